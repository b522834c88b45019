"""What befell a group of people, named by the verb whose object the number is ("killed at
least 135 people", "a tué 12 personnes", "ferendo 30 persone", "pulled out two"), or by the
group of the dead or the injured it is counted among ("Entre os feridos, … cinco"). Split from
:mod:`.outcomes`, which reads the outcome named after the group, and whose words it shares."""

from __future__ import annotations

import re

from generator.text.adverbs import FOCUS
from generator.text.adverbs import alternation as adverbs_of
from generator.text.casualty.outcomes import LINKS, WORD
from generator.text.casualty.tolls import toll_before
from generator.text.copulas import DEFINITE_PLURAL, PLURAL, alternation
from generator.text.counted_words import OTHERS, OUTCOMES, PEOPLE, counted_group, counted_prefix
from generator.text.future import MODALS
from generator.text.lexicon import AGENT_PREPOSITIONS, BUT, COUNT_TERMS, NOUN_GROUPS, WEEKDAY, lemma
from generator.text.plural_nouns import plural_lemma
from generator.text.relative_dates import UNNAMED_FOREIGN_WEEKDAY
from generator.text.status_words import LAID_WASTE, LAID_WASTE_DONE

#: English verbs whose object is the group they did something to ("killed at least 135
#: people", "injuring 5,000"), by lemma.
_OUTCOME_VERBS = {"kill": "dead", "injure": "wounded", "wound": "wounded", "hurt": "wounded",
                  "displace": "evacuee", "evacuate": "evacuee", "rescue": "rescued",
                  "save": "rescued", "claim": "dead",
                  # "martyring 44 worshippers": the dead as outlets honour them (trial 41)
                  "martyr": "dead",
                  # people pulled from the water or the ruins ("pulled 17 people alive from")
                  "pull": "rescued"}


def outcome_before(before: str, lang: str, toll: bool = False, after: str = "") -> str | None:
    """What happened to a group of people, named by the verb whose object the number is:
    "killed at least 135 people", "a tué 12 personnes", "ferendo 30 persone"; with ``toll``, in
    a language other than English, also by a toll named before it ("jumlah korban … menjadi
    18 orang": the number of victims rose to 18 people)."""
    tail = before[-60:]
    if (day := _WEEKDAY_LAST.search(tail)) is not None:  # "a tué mardi au moins 23"
        return outcome_before(before[:len(before) - len(tail) + day.start()] + " ", lang, toll,
                              after)
    named = _GROUP_IS.search(before[-120:])  # "the dead are three men", "les victimes sont"
    if named and (group := counted_group(next(filter(None, named.groups())) + " ", lang,
                                         OUTCOMES)):
        return group
    m = re.search(r"([^\W\d_][\w’'-]*)\s*$", before)
    nxt = WORD.match(after.lstrip(" \u00a0"))
    # the number opens a clause of its own ("…, six are", "…, e cinco estão"), not a
    # preposition's object ("levados para dois hospitais"), and no noun of its own follows
    opens = re.search(r"(?:[,;]|\b(?:and|e|y|et|und|ed)\b)\s*$", before)
    among = None if toll or not opens or (nxt and (plural_lemma(nxt.group(0), lang) or forms_a_noun(
        nxt.group(0), lang))) else _AMONG.search(before[-160:])
    if among and not (m and counted_group(m.group(1), lang, OUTCOMES)):
        return counted_group(among.group(1), lang, OUTCOMES)  # "Entre os feridos, … cinco"
    if not m:  # no word right before it (or one ending on a vowel sign, "দাঁড়িয়েছে")
        named = toll_before(before, lang, 0) if toll and lang != "en" else None
        return named[1] if named and named[1] in OUTCOMES else None
    word = m.group(1)
    prev = re.search(r"([^\W\d_][\w’'-]*)\s+$", before[:m.start()])
    if lang != "en" and word.lower().strip("’'") in LINKS and prev:  # "la mort d’au moins 160"
        of = counted_group(prev.group(1) + " ", lang, OUTCOMES)  # the death of: an outcome noun
        if of:
            return of
    if lang == "en" and _dead_toll(before):
        return "dead"  # "taking the death toll to at least 23 miners", "a toll of 480 pilgrims"
    if lang == "en" and (along := _ALONG_WITH.search(before)):
        # "the robber was killed, along with two hostages": what befell the one befell them
        return outcome_before(before[:along.start()] + " ", lang, toll)
    if lang == "en" and _NOT_ACCOUNTED_FOR.search(before):
        return "missing"  # "have not been able to account for nine people": unaccounted for
    if word.lower() in ("all", "another", "the") and lang == "en":  # "killing all 31 people"
        return outcome_before(before[:m.start()], lang)
    if (focus := _FOCUS_LAST.search(before)) or (_MANNER.search(word) and prev):
        # "sono morti anche tre operai", "starben insgesamt 15", "hirió gravemente a 31"
        return outcome_before(before[:focus.start() if focus else m.start()], lang, toll, after)
    if lang == "de" and (v := _VERB_THEN_PHRASE_DE.search(before)) and (
            found := counted_group(v.group(1), lang, OUTCOMES)):
        return found  # "tötete am Montag 12"
    if (agent := _agent_phrase(before, lang)) is not None and (
            found := outcome_before(before[:agent], lang, toll)):
        return found  # "furono tratti in salvo dai sommozzatori 8 bagnanti"
    if lang == "es" and word.lower() == "a" and prev:  # the object's "a": "mató a tres personas"
        return outcome_before(before[:m.start()], lang, toll, after)
    if word.lower() == "by" and lang == "en" and prev:  # "attended by 1,500 people"; not
        return counted_group(prev.group(1), lang, ("present",))  # "killed by 12 gunmen"
    first = prev and re.search(r"([^\W\d_][\w’'-]*)\s+$", before[:prev.start()])
    found = counted_group(word, lang, OUTCOMES) or (prev and _phrase(prev.group(1), word, lang)) \
        or (first and _phrase(f"{first.group(1)} {prev.group(1)}", word, lang))  # "tratto in salvo"
    if not found and lang == "ar" and word[:1] in "وف":  # "وإصابة 30": and the injuring of 30
        found = counted_group(word[1:], lang, OUTCOMES)
    if found or lang != "en":
        named = toll_before(before, lang, 0) if toll and not found else None
        return found or (named[1] if named and named[1] in OUTCOMES else None)
    return _OUTCOME_VERBS.get(base := lemma(word.lower()), _OUTCOME_VERBS.get(base.rstrip("d")))


#: A death or a wound named by a noun and its link right before the people it befell, past
#: "other(s)": "la morte di altre 3 persone", "la mort de trois autres", "the deaths of 2 more".
_OUTCOME_OF = re.compile(r"(?i)([^\W\d_][\w’'-]*)\s+(?:of|de|d[’']|di|da|do|von|van)\s*(?:(?:"
                         + "|".join(sorted(OTHERS)) + r")\s+)?$")


def outcome_of_before(before: str, lang: str) -> str | None:
    """What a noun of death or wound right before the number says befell the people counted
    ("con la morte di altre 3 persone, ricoverate con ferite": dead,
    though the relative clause after them tells of their wounds; trial 41), or None."""
    m = _OUTCOME_OF.search(before[-80:])
    found = m and counted_group(m.group(1) + " ", lang, OUTCOMES)
    return found if found in ("dead", "wounded", "missing") else None


#: A weekday between the verb and the number it counts ("a tué mardi au moins 23 personnes",
#: "mató el martes al menos a 23", "killed on Tuesday at least 23"; trial 41: people counted).
_WEEKDAY_LAST = re.compile(rf"(?i)(?<=[^\W\d_])\s+(?:(?:on\s+)?(?:{WEEKDAY})|"
                           rf"{UNNAMED_FOREIGN_WEEKDAY})\s*$")


#: German puts a phrase of time or place between its verb (second) and the object counted:
#: "Der Sturm tötete am Montag 12 Menschen", "Das Feuer verletzte in der Nacht fünf Helfer".
_VERB_THEN_PHRASE_DE = re.compile(
    r"([^\W\d_]+)\s+(?:am|im|in|bei|beim|an|auf|nach|vor|seit|während)\s+"
    r"(?:(?:der|dem|den|des|einem|einer)\s+)?[^\W\d_]+\s+$", re.I)
#: People joined to one whose outcome the clause has just named ("was killed, along with two
#: hostages", "died together with three passengers": trial 43, read as hostages held).
_ALONG_WITH = re.compile(r"(?i)(?<=[^\W\d_]),?\s+(?:along|together)\s+with\s*$")
#: An adverb of focus, of the total or of the time, the last words before the number (a
#: word before it: the verb whose object the number is): :data:`generator.text.adverbs.FOCUS`.
#: It starts after the first space, which the words before keep, as they keep it before a
#: word ("starben bei dem Überfall insgesamt vier": the verb, then a phrase, ends on a space).
_FOCUS_LAST = re.compile(rf"(?i)(?<=[^\W\d_]\s)\s*{adverbs_of(FOCUS)}\s*$")
#: An adverb of manner, by its ending ("gravemente", "grièvement", "seriously"): between a verb
#: and its object it leaves the verb saying what befell the people counted.
_MANNER = re.compile(r"(?i)\w{3,}(?:mente|ment|ly)$")
#: The group of an outcome made the subject of a copula whose complement is the number: "the
#: dead are three men", "les victimes sont 3 hommes", "las víctimas son", "le vittime sono",
#: "as vítimas são", "die Toten sind", "Bei den Toten handelt es sich um 3 Männer" (chk50f).
_GROUP_IS = re.compile(
    rf"(?i)(?:^|\W){alternation(DEFINITE_PLURAL)}\s+([^\W\d_]+)\s+{alternation(PLURAL)}\s+$"
    r"|\bbei\s+den\s+([^\W\d_]+)\s+handelt\s+es\s+sich\s+um\s+$")


def _agent_phrase(before: str, lang: str) -> int | None:
    """Where a passive's agent ends the words before a number ("… in salvo dai sommozzatori 8
    bagnanti", "rescatadas por los guardacostas 14"; :data:`AGENT_PREPOSITIONS`), when the words
    before it are the participle: a phrase of at most four words opened by an agent's
    preposition, closed by a word of four letters or more (so "salvate da 12" or "feriti con 12"
    are no agent). The verb before it then says what befell the people counted."""
    preps = AGENT_PREPOSITIONS.get(lang)
    if not preps:
        return None
    m = re.search(rf"(?i)(?:^|\s)({alternation(preps)})\s*(?:[^\W\d_][\w’'-]*\s+){{0,3}}"
                  r"[^\W\d_][\w’'-]{3,}\s+$", before[-80:])
    return len(before) - len(before[-80:]) + m.start(1) if m else None


def _phrase(prev: str, word: str, lang: str) -> str | None:
    """An outcome of two words right before the number ("pulled out two", "śmierć poniosło
    12"): the table's beginning must reach into the second word ("killed in" is no phrase)."""
    found = counted_prefix(f"{prev} {word}", lang, OUTCOMES)
    return found[1] if found and len(found[0].rstrip()) > len(prev) + 1 else None


#: The dead's remains named before the people they were ("the bodies of 41 people", "die Leichen
#: von 41 Menschen", "les corps de 41 personnes", "i corpi senza vita di 12 persone", "zwłoki 12
#: osób"), perhaps with a qualifier between ("at least"):
#: the dead, whatever verb follows ("wurden geborgen", recovered, is no rescue: trial 42).
_REMAINS_OF = re.compile(r"(?i)(?:^|\s)(?:(?:bodies|remains|corpses|leichen|leichname|corps|"
                         r"cadavres|cuerpos|cadáveres|restos|corpi|cadaveri|resti|corpos)\s+"
                         # "lifeless": "les corps sans vie de", "i corpi senza vita di" (s37)
                         r"(?:(?:sans\s+vie|sin\s+vida|senza\s+vita|sem\s+vida)\s+)?"
                         r"(?:of|von|de|d['’]|di|dei|degli|delle|des|dos|das)"
                         # Polish puts the people in the genitive with no word between
                         # ("zwłoki 12 osób", "ciała 12 osób")
                         r"|zwłoki|ciała)\s+"
                         r"(?:(?:the|at\s+least|some|about|mindestens|rund|etwa|au\s+moins|"
                         r"environ|al\s+menos|unos|unas|almeno|circa|pelo\s+menos|cerca\s+de)"
                         r"\s+)*$")


def remains_of(before: str, group: str) -> bool:
    """Whether the number after ``before``, counting people (``group``: people of any noun, or
    of an outcome), counts those whose bodies were found (:data:`_REMAINS_OF`); "the remains of
    three houses" are houses; nor "the bodies of 12 missing people", still missing (review 33)."""
    return group != "missing" and (
        group in OUTCOMES or group in PEOPLE or group in ("person", "national")
        or group in NOUN_GROUPS["person"]) and _REMAINS_OF.search(before[-80:]) is not None


def forms_a_noun(word: str, lang: str) -> bool:
    """Whether ``word`` after a number is what it counts (an English plural noun, or a word
    the counted tables name): "dois hospitais", "two hospitals" count hospitals."""
    return counted_group(word, lang) is not None or (
        lang == "en" and word.lower().endswith("s") and word.lower() not in _EN_NOT_NOUNS)


_EN_NOT_NOUNS = frozenset({"is", "was", "has", "remains", "says", "as", "its", "his", "this"})


#: A group named as a whole before a number that counts part of it, with no number between:
#: "Among the injured, five are critical", "Tra i feriti … due sono gravi", "Entre os feridos".
_AMONG = re.compile(r"(?i)(?:^|\W)(?:among|amongst|entre|tra|fra|parmi|unter|dos|das|de)\s+"
                    r"(?:the|os|as|los|las|les|i|gli|le|den|die)\s+([^\W\d_]+)[^.;:!?\d]{0,100}$")


#: A death toll the number states, whatever noun follows it ("the death toll to 23 miners"), or
#: the number of the victims, whom the noun table counts as the dead ("officials put the number
#: of victims at 80 people": trial 20 read people), said to be the number by a copula.
#: A hedge between the two ("is expected to be", "once thought to be") makes the number a guess
#: or one replaced since, no toll (review 19).
_DEATH_TOLL_TO = re.compile(r"\b(?:death\s+toll|number\s+of\s+(?:victims|deaths|dead|fatalities))"
                            r"\b(?:(?!\b(?:expected|thought|feared|believed|estimated|projected"
                            r"|likely|once|" + MODALS + r")\b)[^.;:]){0,140}?"
                            r"\b(?:to|at|be|was|is|reached)\s*$", re.I)
#: A toll whose count of people follows it ("a grim toll of 480 pilgrims", "making the total
#: toll at least 904 people", trial 32): the dead, as the toll says. Only right after it: "the
#: toll rose among a group of 40 tourists" counts the group.
_TOLL_OF = re.compile(r"(?:\b(?P<kind>[a-z]+)\s+)?\btoll(?:\s+(?:of|to|at))?\s*$", re.I)


def _dead_toll(before: str) -> bool:
    """Whether ``before`` ends on the dead's toll, in either shape the toll's number takes:
    stated by its copula (:data:`_DEATH_TOLL_TO`) or right after a toll (:data:`_TOLL_OF`) no
    word of another running count names ("the injury toll at 40 people", "the missing toll":
    review 29), as the lexicon's count terms tell them apart. The one place a toll is the
    dead's for the verb readers."""
    if _DEATH_TOLL_TO.search(before):
        return True
    m = _TOLL_OF.search(before)
    kind = m and (m.group("kind") or "").lower()
    return bool(m) and not any(kind in terms for count, terms in COUNT_TERMS.items()
                               if count != "dead")


#: People no one can account for are the unaccounted for, the missing ("authorities have not been
#: able to account for nine people", "could not account for", "are unable to account for"); one
#: who was accounted for is found, and keeps its plain count. Not with "do" ("the budget did
#: not account for the 40 firefighters sent", "the figure does not account for …": what a sum
#: leaves out, rev42).
_NOT_ACCOUNTED_FOR = re.compile(r"(?<!\bdid\s)(?<!\bdo\s)(?<!\bdoes\s)(?<!\bdid)(?<!\bdo)"
                                r"(?<!\bdoes)\b(?:not|n['’]t|unable\s+to|never|yet\s+to)\b"
                                r"[\w\s]{0,30}?\baccount\s+for\s*$", re.I)


#: Where the clause after a count ends: a mark, another number or "but" (the words of a count
#: struck here; whether the people counted are alive, on board or searched for:
#: :mod:`.people_counted`).
COUNT_CLAUSE_END = re.compile(r"[.;:,()–—]|\d|\s(?:" + BUT + r")\s", re.I)


def laid_waste(before: str, lang: str, rest: str = "") -> bool:
    """Whether a verb of destruction or of striking takes the count as its object, right before
    it, or its participle follows it in its clause (:func:`.people_counted.places_struck`,
    without its noun: islands too, :func:`.counted.not_counted_here`)."""
    verbs = LAID_WASTE.get(lang)
    if not verbs:
        return False
    done = LAID_WASTE_DONE.get(lang, ())
    after = COUNT_CLAUSE_END.split(rest, maxsplit=1)[0].lower().split()[:5]
    return bool(re.search(rf"(?i)(?<!\w)(?:{'|'.join(map(re.escape, verbs))})"
                          r"(?:\s+[^\W\d_][\w'’-]*){0,2}\s+$", before[-80:])) or any(
        " ".join(after[i:]).startswith(done) for i in range(len(after)))
