"""One casualty written with an article: "a cyclist was killed", "un ouvrier décède", "eine Tote",
"een dode", "el fallecimiento de una vecina". News states a single death or injury with the
language's article far more often than with the numeral, and a briefing that lists "2 injured"
but not "a firefighter was injured" misses a figure of the event.

The quantity reader does not read articles as numbers (an article is one only in a few shapes,
and "a spokesman said", "un camion", "one of the" are not counts), so the shapes are read here,
where an outcome can be seen: the article (or the numeral one) is

- the subject of an outcome: article, a person (:data:`~generator.text.counted_words.PERSON`),
  then the outcome in the same clause ("a driver died", "una mujer de NN años ha fallecido");
- the object of one: "killing a worker", "rescued a boy", "ha ucciso un uomo";
- before an outcome noun: "un mort", "eine tote Frau", "een dode", "un herido";
- after an outcome noun and "of": "the death of a driver", "el fallecimiento de una vecina".

Evacuations are left out: a single evacuee is rare, and "a building was evacuated" is common.

It is the one reader of these shapes: ``briefing extract`` drafts a figure of one from what it
finds (``extract/singular.py``), and ``briefing check`` accepts value 1 in a report's quote when
it finds one there (``check/values.said_in_words``). Each stage had its own reader before, and
they disagreed on a quarter of invented sentences (issue 16): check refused "the blast killed a
woman" and read one in "a man killed three people".
"""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

import regex

from generator.text.articles import definite
from generator.text.casualty.agent import harms_others
from generator.text.casualty.members import (
    ONE_OUTCOMES,
    member,
    member_named,
    person_at,
    severe_member,
)
from generator.text.casualty.one_of import MEMBER_OF, NUMERALS, en_suffered, one_of_a_group
from generator.text.casualty.outcome_verbs import outcome_before
from generator.text.casualty.outcomes import outcome_after
from generator.text.counted_words import (
    ONE,
    OUTCOMES,
    counted_group,
    counted_prefix,
    is_person,
)
from generator.text.countries import country_of_people
from generator.text.demonyms import names_one_of_a_people
from generator.text.lexicon import NOUN_GROUPS
from generator.text.negation import negation_right_before
from generator.text.number_words import QUALIFIERS
from generator.text.one_person import ANOTHER_PERSON, paired
from generator.text.part_of import OF, ONE_OF_THEM, PART_OF, member_phrase
from generator.text.speech_verbs import speech_verbs, speech_words
from generator.text.status_words import NOT_STATUS_NOUNS

_WORD = re.compile(r"[\w’'-]+")
#: The noun group each outcome's noun belongs to ("killed" -> dead), as extract's figures say.
_NOUN_GROUP = {noun: key for key, nouns in NOUN_GROUPS.items() for noun in nouns}
#: An age, a place or a comma-set age between the person and the outcome ("una mujer de NN años
#: ha fallecido", "a cyclist, NN, was killed", "a NN-year-old driver").
_AGE = re.compile(r"^\s*,?\s*(?:de|di|van|von|of|aged|age|agé|âgée?|de\s+unos)?\s*\d{1,3}"
                  r"(?:\s*(?:ans|anni|años|anos|jahren?|jaar|years?(?:\s+old)?|lat))?\s*,?",
                  re.I)
#: French elides "que" before the article ("il semble qu'une femme est portée disparue",
#: "lorsqu'un pompier a été blessé", trial 23): the article still opens the clause. Other
#: elisions ("d'un", "l'un") make it a complement or a pronoun, and stay unread.
_ELIDED_QUE = r"(?<=qu['’])"
#: ... but the subjunctive after it says what is feared or possible, not what happened ("les
#: secours craignent qu'un ouvrier soit mort", "il est possible qu'une femme ait été blessée").
_SUBJUNCTIVE = re.compile(r"[^.;:,]{0,40}?\b(?:soit|soient|ait|aient|fût|fussent)\b", re.I)


#: One death named by its singular noun: after the numeral one ("one death", "uma morte"; not
#: after an article: "a death in the family" counts nothing) and before "of" and the person
#: ("la muerte de una vecina", "a morte de um motorista"). The tables of
#: :data:`~generator.text.counted_words.COUNTED` begin with the plural ("deaths", "muertes").
_ONE_DEATH: dict[str, tuple[str, ...]] = {
    "en": ("death",), "fr": ("décès",), "es": ("muerte", "deceso"), "it": ("decesso",),
    "pt": ("morte", "óbito"), "nl": ("dood",), "pl": ("śmierć",),
}


#: A noun the death noun qualifies ("death row", "death toll", "a death threat").
_DEATH_COMPOUND = re.compile(r"\s+(?:row|toll|penalty|sentence|threat|certificate|trap|rate)",
                             re.I)


@cache
def _at_least(lang: str) -> re.Pattern[str] | None:
    """The language's "at least" words (:data:`~generator.text.number_words.QUALIFIERS`) at the
    end of a text: "killing at least one worker" is the object of its outcome as "killing one
    worker" is."""
    words = sorted((w for w, v in QUALIFIERS.get(lang, {}).items() if v == "at-least"),
                   key=len, reverse=True)
    return re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, words))})\s*$", re.I) if words else None


@cache
def _spoken_by(lang: str) -> re.Pattern[str]:
    """A speech verb right before the article, after a quotation's close or a comma: the person
    after it is the verb's subject, who speaks ("», raconte une blessée", "\", relató un
    herido")."""
    return re.compile(rf"[,»”\"]\s*(?:{speech_verbs(lang)})\s+$", re.I)


class OneCasualty(NamedTuple):
    """One casualty a text states with an article or the numeral one: the word that says one
    (``written`` at ``at``: the outlet's "one" of "one of them" where it has one), where its
    phrase ends, the noun phrase, its outcome group, the qualifier ("at-least"), the words
    naming one of a country's people when that is who the person is ("eine Australierin"), and
    the article itself."""

    at: int
    written: str
    end: int
    noun: str
    group: str
    approx: str | None
    people: str | None
    article: str


def one_casualties(text: str, lang: str, counted: frozenset[str] = frozenset()
                   ) -> list[OneCasualty]:
    """Every one-person casualty ``text`` states with an article or the numeral one.
    ``counted`` are the outcomes an earlier sentence of the page counted (two or more) and this
    one does not: a person who then suffers one of them is one of those already counted ("Two
    people died. In the old town a cyclist was killed when a wall fell"), not a figure of
    their own; in the sentence that counts them the person is a part of the breakdown ("two
    firefighters and a neighbour were hurt"). A member named as one of them ("Among the dead
    was a boy") is a figure of its own, as in the sentence that counts them."""
    words = ONE.get(lang)
    if not words:
        return []
    alt = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    out: list[OneCasualty] = []
    # an elided article is glued to its noun ("un'infermiera"): its apostrophe ends it
    for m in re.finditer(rf"(?:{_ELIDED_QUE}|(?<![\w’'-]))(?:{alt})(?:(?<=['’])|(?![\w-]))",
                         text, re.I):
        if m.group(0) == "1" and re.match(r"[.,:/]\d", text[m.end():m.end() + 2]):
            continue  # "1.5", "1,200", "1:30"
        if re.search(r"qu['’]$", text[max(0, m.start() - 3):m.start()], re.I) \
                and _SUBJUNCTIVE.match(text, m.end()):
            continue  # "craignent qu'un ouvrier soit mort": feared, not stated (review 21)
        if negation_right_before(lang).search(text, max(0, m.start() - 12), m.start()):
            continue  # "not one death", "pas un blessé", "ni un herido": none
        if _spoken_by(lang).search(text, max(0, m.start() - 30), m.start()):
            continue  # "« … », confie un blessé": who speaks, not a count (trial 21)
        found = _read(text, m.start(), m.end(), lang)
        if found is None:
            continue
        noun, group, end = found
        named = member_phrase(text, max(0, m.start() - 90), m.start())
        if _NOUN_GROUP.get(group, group) in counted and not (
                named or PART_OF.search(text, max(0, m.start() - 60), m.start())
                or _one_death(m.group(0), noun, lang)):
            continue  # one of those counted; but a member named as such is a figure of its own
        least = _at_least(lang)  # "au moins un mort": the lower bound the words give
        approx = "at-least" if least and least.search(text, 0, m.start()) else None
        one = ONE_OF_THEM.search(text, max(0, m.start() - 40), m.start())
        at, written = ((one.start(1), one.group(1)) if one else
                       (named.start("one"), named.group("one")) if named and named.group("one")
                       else (m.start(), m.group(0)))
        # "among the dead were two Finns, a Canadian and a Peruvian": one of a country's people,
        # counted apart as "two Danes" are (trial 26: each made a toll of one)
        out.append(OneCasualty(at, written, end, noun, group, approx,
                               _one_of_a_people(text, m.end(), lang), m.group(0)))
    return out


#: German names a woman of a people with "-in" on the people's word ("eine Australierin").
_GERMAN_FEMININE = regex.compile(r"(?<=\p{Ll}{3})in(?:nen)?$")


def _one_of_a_people(text: str, after: int, lang: str) -> str | None:
    """The words naming one of a country's people right after the article (an adjective
    between at most: "eine junge Australierin", "uma australiana", "an American"): a person
    counted by their country, not the toll; None when the person is named otherwise."""
    tokens = list(_WORD.finditer(text, after, after + 40))[:2]
    for tok in tokens:
        word = tok.group(0)
        if country_of_people(word, lang) or (lang == "de" and country_of_people(
                _GERMAN_FEMININE.sub("", word), lang)) or (
                lang == "en" and names_one_of_a_people(word)):
            return text[tokens[0].start():tok.end()]
    return None


def _one_death(word: str, noun: str, lang: str) -> bool:
    """Whether the numeral one counts a death ("one confirmed death", "one death so far"): a
    toll restated with its own number, never a member of the dead an earlier sentence counted
    (round ffig5: a toll said earlier made a later "one confirmed death" a member of it)."""
    last = noun.split()[-1].lower() if noun.split() else ""
    return word.lower() in NUMERALS and last in _ONE_DEATH.get(lang, ())


def _read(text: str, start: int, end: int, lang: str) -> tuple[str, str, int] | None:
    """(noun phrase, outcome, end offset) of the article at ``start``, or None."""
    severe = severe_member(text, start, end, lang)
    if severe:
        return severe  # "dont au moins deux dans un état critique", "one of them in critical …"
    after = text[end:]
    if OF.match(after) or MEMBER_OF.match(after):
        return one_of_a_group(text, start, end, lang)
    tokens = list(_WORD.finditer(after))[:4]
    # the article's noun phrase ends at a mark: "in einer Werft – vier Arbeiter kamen ums Leben"
    # counts no one with "einer" (trial 23)
    for i in range(1, len(tokens)):
        if after[tokens[i - 1].end():tokens[i].start()].strip():
            tokens = tokens[:i]
            break
    if not tokens:
        return None
    named = member_named(text[max(0, start - 90):start], tokens, end, lang)
    if named:
        return named
    part = PART_OF.search(text[max(0, start - 60):start])
    if part:
        at = max(0, start - 60) + part.start()
        if negation_right_before(lang).search(text, max(0, at - 12), at + 1):
            return None  # "not one of them a child"
        return member(text, at, end, tokens, lang)
    first = tokens[0]
    if after[:first.start()].strip():
        return None  # punctuation right after the article: no noun of its own
    # before an outcome noun: "un mort", "eine tote Frau", "een dode", "an injured driver"; the
    # numeral may have a word between ("one more dead") and needs no person after it (an
    # English article does: "a dead end", "a missing link")
    numeral = text[start:end].lower() in NUMERALS
    for tok in tokens[:2] if numeral else tokens[:1]:
        if tok.group(0).lower() in NOT_STATUS_NOUNS.get(lang, ()):
            return None
        outcome = counted_group(tok.group(0) + " ", lang, ONE_OUTCOMES)
        if outcome is None and numeral and tok.group(0).lower() in _ONE_DEATH.get(lang, ()) \
                and not _DEATH_COMPOUND.match(after, tok.end()):
            outcome = "dead"  # "one death", not "one death row inmate"
        if outcome in ("rescued", "survivor") and not numeral and after[tok.end():].startswith(","):
            return None  # "Una sobreviviente, la oficial X, de 38 años, dijo": a witness (trial 41)
        if outcome and (lang != "en" or numeral or person_at(tokens[1:2], lang)):
            last = tokens[1] if lang == "en" and not numeral else tok
            return text[end:end + last.end()].strip(), outcome, end + last.end()
    person = person_at(tokens[:3], lang)
    if person is None:
        return _another(text[start:end], text[:start], after, end, lang)
    stop = end + person.end()
    if paired(text, start, stop, lang):
        return None  # "a woman and a man died": two people (trial 43)
    # the object of an outcome: "killing a worker", "rescued a boy", "killing at least one worker"
    before = text[:start]
    qualifier = _at_least(lang)
    least = qualifier.search(before) if qualifier else None
    if least:
        before = before[:least.start()].rstrip() + " "
    done = outcome_before(before, lang) if re.search(r"\w\s+$", before) else None
    if done in ONE_OUTCOMES:
        return text[end:stop].strip(), done, stop
    # after an outcome noun and "of": "the death of a driver", "el fallecimiento de una vecina"
    prev = re.search(r"([^\W\d_][\w’'-]*)\s+(?:of|de|d[’']|di|della|van|von)\s*$", before, re.I)
    if prev and (counted_group(prev.group(1), lang, ("dead",))
                 or prev.group(1).lower() in _ONE_DEATH.get(lang, ())
                 or (lang == "en" and prev.group(1).lower() in NOUN_GROUPS["dead"])):
        return text[end:stop].strip(), "dead", stop
    # the subject of an outcome: "a driver died", "un ouvrier décède"
    rest = text[stop:]
    age = _AGE.match(rest)
    if age and any(c.isdigit() for c in age.group(0)):
        rest = " " * age.end() + rest[age.end():]
    done = outcome_after(rest, lang)
    if done in ONE_OUTCOMES and harms_others(rest, lang):
        return None  # "un homme a tué 12 personnes": the one who killed, not one killed
    if done == "wounded" and _RELATIVE.match(rest) and _died_later(rest, lang):
        done = "dead"  # "un hombre que había resultado herido …, murió": hurt first, then died
    if done not in ONE_OUTCOMES:
        return None
    if lang == "en" and not en_suffered(rest, done):
        return None
    return text[end:stop].strip(), done, stop


#: "Another" standing for one more person (:data:`~generator.text.one_person.ANOTHER_PERSON`),
#: and the verbs right after it that say what befell
#: them: "12 fueron rescatados y otro sigue desaparecido", "another is still missing" (trial 23);
#: "otra vez murieron 12", "another 12 people" count no one with it.
_ANOTHER_VERB = re.compile(r"\s+(?:is|was|remains|remained|está|estaba|sigue|seguía|permanece|"
                           r"resultó|murió|falleció|fue)\b", re.I)


def _another(word: str, before: str, after: str, end: int, lang: str
             ) -> tuple[str, str, int] | None:
    """(word, outcome, end) of "another" and the outcome its verb names, or None. The words
    before it must have named people or what befell them ("two fishermen died and another",
    "un hombre murió y otro"); "a boat was found drifting; another is still missing" counts
    no one (review 21)."""
    if word.lower() not in ANOTHER_PERSON or not _ANOTHER_VERB.match(after):
        return None
    if not any(is_person(w.lower(), lang) or counted_group(w + " ", lang, OUTCOMES)
               for w in _WORD.findall(before)):
        return None
    done = outcome_after(after, lang)
    if done not in ONE_OUTCOMES or (lang == "en" and not en_suffered(after, done)):
        return None
    return word, done, end


#: A relative pronoun right after the person: what the clause it opens says befell them came
#: before what the main verb says (trial 23: "a climber who was badly injured … died").
_RELATIVE = re.compile(r"\s*,?\s*(?:que|qui|quien|who|that|che|der|die)\s", re.I)


#: Words that open another clause or report speech after the relative clause: a word of death
#: past them is someone else's ("told reporters that the dead were …", "the fall that killed
#: his partner"); an article before it makes it a noun ("the dead").
_OTHER_CLAUSE = frozenset({"that", "which", "who", "whom", "que", "qui", "quien", "quienes",
                           "che", "dass"})


#: The English auxiliary of a passive speech verb, an adverb between at most ("was later
#: reported dead": the person died).
_PASSIVE_BE = frozenset({"was", "were", "is", "are", "been", "being"})
_ARTICLES_BEFORE = definite(singular=False)


def _died_later(rest: str, lang: str) -> bool:
    """Whether a word of death after the person's relative clause is the main verb: "a
    climber who was injured in the fall died", "un hombre que había resultado herido …,
    murió". Not one in another clause or said by them: "a man who was hurt told reporters
    that the dead were …", "injured in the fall that killed his partner" (review 21)."""
    opened = _RELATIVE.match(rest)
    words = list(_WORD.finditer(rest, opened.end() if opened else 0))[:25]
    for k, m in enumerate(words):
        low = m.group(0).lower()
        if low in _OTHER_CLAUSE:
            return False
        if low in speech_words(lang) and not (
                any(w.group(0).lower() in _PASSIVE_BE for w in words[max(0, k - 2):k])
                and k + 1 < len(words)
                and counted_prefix(rest[words[k + 1].start():], lang, ("dead",))):
            return False  # "told reporters the dead …", "said dead fish …"; not "was reported
            # dead"
        if counted_prefix(rest[m.start():], lang, ("dead",)):
            return not (k and words[k - 1].group(0).lower() in _ARTICLES_BEFORE)
    return False
