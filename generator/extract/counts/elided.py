"""A number whose noun the sentence just named and leaves out ("3.000 déplacés … et plus de
2.000 à Benghazi"): kept apart from :mod:`generator.extract.figures`, which reads the numbers
that name their own noun, so that each stays under the module cap."""

from __future__ import annotations

import re

from generator.extract.counts.abstain import set_off
from generator.extract.counts.beside_toll import PRESUMED
from generator.extract.counts.counted import (
    counted_in,
    nothing_after,
    noun_left_out,
    others_before,
    population_before,
)
from generator.extract.counts.implicit import how_badly_en
from generator.extract.counts.nationals import nationals
from generator.extract.counts.people_counted import whereabouts
from generator.text.adverbs import FOCUS
from generator.text.adverbs import alternation as adverbs_of
from generator.text.casualty.asides import PART_OF_THEM
from generator.text.casualty.outcome_verbs import outcome_before
from generator.text.casualty.outcomes import WORD, outcome_after
from generator.text.copulas import AMONG_VERBS, PLURAL, SINGULAR
from generator.text.copulas import alternation as copula_alternation
from generator.text.counted_words import (
    OUTCOMES,
    PEOPLE,
    PERSON,
    STATUS,
    THING_GROUPS,
    counted_group,
    is_person,
)
from generator.text.lexicon import NOUN_GROUPS, lemma
from generator.text.negation import denied
from generator.text.number_words import QUALIFIERS, UNITS_AFTER
from generator.text.part_of import partitive_end
from generator.text.place_words import DIMENSION_AFTER
from generator.text.quantities import QUANTITY, quantities
from generator.text.quantities.languages import alternation

#: How far before a bare number the figure whose noun it leaves out may stand.
_ELIDED_REACH = 160


def _people(figure, lang: str) -> bool:
    """Does an earlier figure count people (whatever befell them)?"""
    return figure.head in PEOPLE or figure.group in OUTCOMES or is_person(figure.head, lang) \
        or (figure.group in NOUN_GROUPS and figure.group not in THING_GROUPS)


def elided(q, text: str, before: str, lang: str, earlier: list, offset: int
            ) -> tuple[str, str, int] | None:
    """A number whose noun is left out because the sentence just named it: "3.000 déplacés …
    et plus de 2.000 à Benghazi", "a further 10,000 people were still missing, lower than the
    20,000 a spokesperson gave", "put that number higher, at 11,300". The general shape: a
    plain count (not a date, a time, a year or a measured amount) followed by nothing that
    could be counted (the clause ends, or a preposition starts a place or a source), shortly
    after a figure of the same sentence or of the sentence before. An outcome named between
    the two ("killed 135 people and injured 5,000 in …") counts instead of the earlier
    figure's noun. After "the other" or "of whom" the noun is left out whatever follows."""
    if q.kind != QUANTITY or q.unit or q.high is not None or population_before(before):
        return None
    stop = q.written_end
    shape = others_before(before)  # "gli altri cinque solo", "waarvan er drie naar"
    if shape and not re.fullmatch(r"\d{4}", text[q.start:q.end]):  # not a year
        since = before[max(0, earlier[-1].end - offset):] if earlier else before
        if shape == "part" and re.search(r"\d", since):
            return None  # "400 volcanes, de los que 129": a part of a whole no table counts,
            # not of a figure further back (trial 29: read as the kilometres of the line before)
        whole = earlier[-1].head if shape == "part" and earlier else None  # part of that group
        done = outcome_after(text[stop:], lang) or whole
        if done is None and shape == "rest" and not (earlier and _people(earlier[-1], lang)):
            # "the other three" that nothing befalls: the things the figure before counts, else
            # no figure (trial 38: "the same class as the other three", ships, read as people)
            return (earlier[-1].noun, earlier[-1].head, offset + stop) if earlier else None
        done = done or ("people" if lang == "en" else "person")
        noun = earlier[-1].noun if shape == "part" and earlier else before.split()[-1]
        return noun, done, offset + stop  # "of whom 40": the people named, not "whom"
    if not earlier or not (nothing_after(text, stop, lang) or noun_left_out(text[stop:], lang)
                           or (earlier[-1].head in UNITS_AFTER
                               and bool(DIMENSION_AFTER.match(text, stop)))):
        return None  # "80 de ellas", "5 autres ont"
    prior = earlier[-1]
    if partitive_end(text[stop:]) and prior.head in UNITS_AFTER:
        return None  # "3 davon" after "a 2,870 metre peak": a part of people or things, not metres
    if _located_by(text[stop:], prior.head, lang):
        counts = [f for f in earlier if f.head != prior.head and f.end > offset]
        if not counts:
            return None
        prior = counts[-1]  # "30 Kumpel 400 Meter unter Tage, weitere sechs in 450 Meter"
    gap_start = prior.end - offset if prior.end > offset else 0
    if len(before) - gap_start > _ELIDED_REACH:
        return None
    if fate := whereabouts(before, text[stop:], lang):  # "the fate of the eight others is
        return prior.noun, fate, offset + stop  # unknown": the missing, whatever the noun was
    done = outcome_before(before, lang)  # "… and injuring 5,000 others"
    if done:
        return prior.noun, done, offset + stop
    if re.match(r"\s*(?:others?|autres|otros|otras|altri|altre|outros|outras|weitere|andere)\b",
                text[stop:], re.I):  # "… six others": people like them, not what befell them
        if prior.group in THING_GROUPS:  # "40 vehicles collided … 25 others crashed"
            return prior.noun, prior.head, offset + stop
        return prior.noun, "people" if lang == "en" else "person", offset + stop
    if (prior.head not in OUTCOMES or prior.head in STATUS) and (
            done := outcome_after(text[stop:], lang)):
        return prior.noun, done, offset + stop  # "Sur les 40 présents, 14 – et non 9 – ont
        # trouvé la mort": a part of people there whose own verb, past an aside, says what befell
        # them (trial 29: the dead read as people present)
    if set_off(q, text):  # "the mayor, now 61, said": an apposition, no count (.abstain)
        return None
    gap = before[gap_start:]
    gap_words = [m for m in re.finditer(r"[^\W\d_][\w’'-]*", gap)]
    for k, m in enumerate(gap_words):
        outcome = counted_group(gap[m.start():], lang, OUTCOMES)
        if outcome and not denied([w.group(0) for w in gap_words], k, lang):
            return m.group(0), outcome, offset + stop  # (not "who were not evacuated, we
            # found 12": trial 29 read the people found as evacuees)
    return prior.noun, prior.head, offset + stop


#: A preposition, and at most an article and a word, before a measure ("in 450 Meter", "en la
#: de 450 metros", "at 450 metres"): what locates a bare number, not what it measures.
_AT_A_MEASURE = re.compile(r"\s*(?:in|at|en|à|a|bei|auf|on|to|down|unter)\s+(?:[^\W\d_]+\s+){0,2}$",
                           re.I)


def _located_by(after: str, unit: str, lang: str) -> bool:
    """Whether a bare number is placed by a measure of ``unit`` that follows it ("weitere sechs in
    450 Meter Tiefe", "otros 6 en la de 450 metros"): then the earlier measure is not the noun it
    leaves out (trial 24: five miners read as five metres); the last count of the sentence is."""
    for q in quantities(after[:60], lang):
        return bool(q.unit == unit and _AT_A_MEASURE.fullmatch(after[:q.start]))
    return False


#: A clause that opens on a group of what befell people, then a comma, and counts its parts
#: ("Of the dead, 12 were women and 9 men", "Dos mortos, 12 são…", "Parmi les blessés, 12…",
#: "De los fallecidos, 40…", "Dei morti, 20…", "Von den Vermissten, 3…"): the numbers after it,
#: the first and those joined to it by "and", count that group unless they name an outcome of
#: their own ("Of the injured, three died"). A copula or a verb of being among may take the
#: comma's place or follow it ("Among the dead were five adults", "Unter den Toten waren fünf",
#: "Parmi les morts, il y a cinq", "Tra i morti ci sono cinque": chk51b). The sentence may open
#: with a list's bullet ("- Parmi les blessés, on dénombre 9 enfants": xdev51, a page of bullets);
#: "among" may open the clause after a source's comma or "that" too ("According to police, among
#: the dead were", "secondo il prefetto, fra i feriti figurano", "dijo que entre los muertos hay").
_COPULA = copula_alternation(SINGULAR + PLURAL + AMONG_VERBS)
_GROUP_FIRST = re.compile(
    r"(?:(?:^[-–—•*·]?\s*|[.;:!?]\s+)(?:of\s+the|des|de\s+l[oa]s|d[oa]s|de(?:i|gli|lle)|von\s+den)"
    r"|(?:^[-–—•*·]?\s*|[.;:!?,]\s+|\b(?:that|que|che|dass)\s+)(?:among\s+the|parmi\s+les|"
    r"entre\s+l[oa]s|entre\s+[oa]s|(?:tra|fra)\s+(?:i|gli|le)|unter\s+den))\s+"
    r"(?P<noun>[^\W\d_]+)(?:\s*,\s*(?:" + _COPULA + r"\s+)?|\s+" + _COPULA + r"\s+)"
    r"(?:" + adverbs_of(FOCUS) + r"\s+)?(?:[^.;:!?]*?\s(?:and|et|e|y|und|ed)\s+)?$", re.I)

#: The same group said to include the part: "Victims included 30 pupils", "The dead include
#: five minors", "Las víctimas incluyen a cuatro niños", "Le vittime includono", "As vítimas
#: incluem" (spent23).
_GROUP_INCLUDES = re.compile(
    r"(?:^[-–—•*·]?\s*|[.;:!?]\s+)(?:(?:the|l[oa]s|le|as|os)\s+)?(?P<noun>[^\W\d_]+)\s+"
    r"(?:also\s+)?(?:includ(?:e|es|ed|ono|evano)|incluy(?:e|en|eron)(?:\s+a)?|inclu(?:em|íam))"
    r"\s+$", re.I)


def _outcome_noun_en(noun: str, lang: str) -> str | None:
    """What befell a group an English noun names ("victims": the dead), by the noun groups of
    :data:`~generator.text.lexicon.NOUN_GROUPS`, which English counts with (the counted table
    holds only its outcome words)."""
    if lang != "en":
        return None
    base = lemma(noun.lower())
    return next((g for g, nouns in NOUN_GROUPS.items() if base in nouns and g in OUTCOMES), None)


#: The groups of what befell people (the dead, the injured, the missing…) that pass to a part.
_OUTCOME_GROUPS = frozenset(OUTCOMES) | {PRESUMED}  # "feared dead, among them two boys"
#: A part of the group just counted opened before its number: "…, including 4 children",
#: "…, dont 4 enfants", "…, darunter 4 Kinder", "…, entre ellos 4 niños", "…, tra cui 4
#: bambini", "…, entre eles 4 crianças" (chk50f, the figure checklist).
_PART_OPENED = re.compile(r"[,(–—]" + PART_OF_THEM + r"\s*$", re.I)  # or a dash's aside
#: French, German and Italian write the opener of a part with no comma too, right after the
#: group's noun ("neuf morts dont deux enfants", "di cui", "darunter"; spent23): only there,
#: as "dont" after any other noun is a relative ("deux morts dans le département dont 300
#: pompiers ont été mobilisés": the firefighters are no part of the dead).
_PART_GLUED = re.compile(r"\s+(?:dont|darunter|di\s+cui|tra\s+cui)\s*$", re.I)


def _part_opened(before: str, earlier: list, offset: int) -> bool:
    """Whether ``before`` opens a part of the group of the figure just before (``earlier``'s
    last), with a comma, or with no comma right after that figure's noun."""
    end = earlier[-1].end - offset
    return bool(_PART_OPENED.search(before)) or (
        0 <= end <= len(before) and _PART_GLUED.fullmatch(before, end) is not None)

#: ... and every member after it in a list ("including 16 tourists and three crew members",
#: "darunter 16 Urlauber und drei Besatzungsmitglieder": chk51b), when the member before was
#: read as a part of the group (the figure just before is of an outcome).
_PART_LISTED = re.compile(r"[,(]" + PART_OF_THEM + r"\s+[^.;:!?()]{1,80}?(?:,|\s(?:and|et|y|e|"
                          r"und|ed|sowie))\s+$", re.I)
#: A copula right after a listed member's noun: it opens a clause of its own, no member of the
#: list ("including five passengers, and two police officers were at the scene").
_OWN_VERB = re.compile(r"(?:\s+[^\W\d_]+){0,2}?\s+" + _COPULA + r"\b", re.I)
#: The groups a part's noun may name: people by who they are, or a service or a crew.
_PEOPLE_GROUPS = ("person", "crew", "police", "soldier", "responder")


def _member(after: str, lang: str, offset: int) -> tuple[str, int] | None:
    """The people's category a number of a part counts, right after it ("4 children", "4
    Kinder"), and where it ends; None for anything else (a thing, a place)."""
    rest = after.lstrip()
    lead = offset + len(after) - len(rest)
    m = WORD.match(rest)
    if not m:
        return None
    if _member_word(m.group(0), lang, rest):
        return m.group(0), lead + m.end()
    two = _ADJECTIVE_FIRST.match(rest) if lang == "en" else None
    return (two.group(1), lead + two.end()) if two and _member_word(two.group(1), lang, "") \
        else None


#: An English adjective before the noun of a part ("including two innocent hostages", "three
#: young children": trial 43), a lower-case word of letters.
_ADJECTIVE_FIRST = re.compile(r"[a-z]+\s+([\w’'-]+)")


def _member_word(word: str, lang: str, after: str) -> bool:
    """Whether ``word`` (the first of ``after``) names people by who they are."""
    low = word.lower()
    # a specific group (crew, police, soldiers, firefighters) is a category of the part too
    # (a phrase too: "membres d'équipage", "membri dell'equipaggio")
    return bool((counted_group(after + " ", lang, _PEOPLE_GROUPS)
                 or is_person(low, lang)) if lang != "en" else (
        lemma(low) in PEOPLE and (low != lemma(low) or low not in PERSON["en"])))


#: "Of the" and a number in figures right after a number: the number counts a part of the
#: group that number counts ("Quarenta das 57 vítimas", "forty of the 57 victims", "cuarenta
#: de las 57 víctimas", "quarante des 57 victimes", "quaranta delle 57 vittime").
#: The whole's number may carry its qualifier ("14 degli almeno 33 decessi", "14 of the at least
#: 33 dead": trial 35, the county's share of a toll lost).
_OF_A_COUNT = re.compile(
    r"\s+(?:out\s+of(?:\s+(?:the|its|their))?|of\s+(?:the|its|their)|d[oa]s|de\s+l[oa]s|des|"
    r"de[il]|degli|delle|dai|von\s+den|der|van\s+de)\s+(?:(?:" + alternation(
        q for by_lang in QUALIFIERS.values() for q in by_lang if q[:1].isalpha())
    + r")\s+)?\d(?:[\d.,\u00a0]*\d)?(?=\s)", re.I)


def counts_a_part(after: str) -> bool:
    """Whether the number ``after`` follows is set before "of the" and another number ("ten of
    the 64 victims"): a part, which the words after the whole's noun are about."""
    return bool(_OF_A_COUNT.match(after))


#: A part named before "of the" and a whole's number, in the corpus languages: a number, or a
#: word for none, some, most, half, many, several, few or one ("ten of the 64 victims", "none of
#: the 40 passengers", "Zehn der 64 Opfer", "aucun des 40 passagers", "ninguno de los 40",
#: "nessuno dei 40", "keiner der 40", "nenhum dos 40"). Not "all", "each" or "both": all of the
#: whole is what the words after it say.
_PART_WORDS = (
    r"none|no\s+one|neither|some|most|half|many|several|few|one|"
    r"aucun|aucune|certains|certaines|la\s+plupart|la\s+moitié|plusieurs|une?|"
    r"ningun[oa]|algun[oa]s|la\s+mayoría|la\s+mitad|vari[oa]s|un[oa]|"
    r"nessun[oa]|alcun[ie]|la\s+maggior\s+parte|metà|molt[ie]|divers[ie]|"
    r"kein(?:e[rs]?)?|einige|die\s+meisten|die\s+hälfte|viele|mehrere|ein(?:e[rs]?)?|"
    r"nenhum|nenhuma|alguns|algumas|a\s+maioria|metade|vári[oa]s|um|uma|"
    r"geen|enkele|de\s+meeste|de\s+helft|één")
_WHOLE_BEFORE = re.compile(
    r"(?:(?<![\w.,])(?P<n>\d[\d.,\u00a0]*|[^\W\d_]+)|\b(?:" + _PART_WORDS + r"))\s+"
    r"(?:(?:out\s+)?of\s+(?:(?:the|its|their|those)\s+)?|among\s+(?:the\s+)?|d(?:es|['’]entre\s+les)\s+|de\s+l[oa]s\s+|"
    r"entre\s+l[oa]s\s+|d[oa]s\s+|entre\s+[oa]s\s+|de[il]\s+|degli\s+|delle\s+|"
    r"tra\s+(?:i|gli|le)\s+|der\s+|von\s+den\s+|van\s+de\s+)$", re.I)
_PART_WORD = re.compile(r"(?:" + _PART_WORDS + r")$", re.I)


def whole_of_a_part(before: str, lang: str) -> bool:
    """Whether the number after ``before`` counts the whole a part is taken from ("ten of the
    64 victims have been identified", "none of the 40 passengers were injured"): then the
    words after its noun say what befell the part, not the whole."""
    m = _WHOLE_BEFORE.search(before[-60:])
    if not m:
        return False
    word = m.group("n")
    if word is None or word[:1].isdigit() or _PART_WORD.match(word):
        return True
    return any(q.kind == QUANTITY and q.start == 0 for q in quantities(word, lang))


def _of_a_count(q, after: str, before: str, lang: str, offset: int
                ) -> tuple[str, str, int] | None:
    """A number set before "of the" and another number with its noun ("Quarenta das 57
    vítimas eram vizinhos"): it counts the same group, or what the words after its noun
    say befell that part ("cinco dos 20 feridos morreram": dead), or the verb before it ("Am
    Montag starben drei der 12 Verletzten": dead). The clause of a number
    stops at the next number (:func:`counted_in`), so without this the first one counted
    nothing (fresh wildfire pages, figures round 20)."""
    m = _OF_A_COUNT.match(after)
    if q.kind != QUANTITY or q.unit or not m:
        return None
    found = counted_in(after[m.end():], lang, offset + q.end + m.end())
    if found is None:
        return None
    noun, group, end = found
    return noun, outcome_after(after[end - offset - q.end:], lang) or outcome_before(
        before, lang) or group, end


def part_of(q, after: str, before: str, lang: str, earlier: list, offset: int
            ) -> tuple[str, str, int] | None:
    """A number a partitive pronoun ties to the group just named ("190 personas hospitalizadas,
    20 de ellas en estado crítico", "14 heridos (seis de ellos bomberos)", "30 blessés, dont…"
    aside): a part of that group, so what befell the group befell it, unless the words after it
    name an outcome of their own ("40 heridos, tres de ellos murieron"). A category of its own
    ("bomberos") says who they are, not what happened to them; a toll named earlier in the
    sentence ("el saldo de víctimas … 20 de ellas") counted the whole, not this part. A share
    ("nearly half of them", "40 % of them") is no count of the group: its 50 is a percentage
    (trial 19). An English number with only how badly after it is a part of the injured just
    counted ("27 were hurt, six seriously", trial 22)."""
    if q.unit == "percent":
        return None
    if lang == "en" and (badly := how_badly_en(before, after, offset + q.end, q.value)):
        return badly
    whole = _of_a_count(q, after, before, lang, offset)
    if whole:
        return whole
    if earlier and earlier[-1].group in _OUTCOME_GROUPS and (
            (opened := _part_opened(before, earlier, offset)) or _PART_LISTED.search(before)) and (
            member := _member(after, lang, offset + q.end)) and (
            opened or not _OWN_VERB.match(after, member[1] - offset - q.end)):
        # "21 injured, including 4 children": the children are among the injured
        return member[0], outcome_after(after, lang) or earlier[-1].group, member[1]
    first = _GROUP_FIRST.search(before) or _GROUP_INCLUDES.search(before)
    if first and nationals(after, lang, offset + q.end):
        first = None  # "Among the dead were four French tourists": a country's share (trial 26)
    if first:  # "Of the dead, 12 were women": a part of the group the clause opens on
        outcome = counted_group(first.group("noun") + " ", lang, OUTCOMES) or _outcome_noun_en(
            first.group("noun"), lang)
        if outcome:  # "Of the injured, three died": an outcome of its own
            return first.group("noun"), outcome_after(after, lang) or outcome, offset + q.end
    cut = partitive_end(after)
    if cut and (not earlier or earlier[-1].group not in _OUTCOME_GROUPS) and (
            done := outcome_after(after[cut:], lang)):
        # "the village had 9,000 inhabitants, and 31 of them were killed": the group was no
        # toll (nor a figure at all), the part's own outcome is (review 19's leftover)
        return after[:cut].strip(), done, offset + q.end + cut
    if not cut or not earlier or earlier[-1].group not in _OUTCOME_GROUPS:
        return None
    whole = earlier[-1]
    gap_start = whole.end - offset if whole.end > offset else 0
    if len(before) - gap_start > _ELIDED_REACH:
        return None
    done = outcome_after(after[cut:], lang) or whole.head
    return whole.noun, done, offset + q.end + cut
