"""People counted by nationality as a part of the victims: a breakdown of the toll, measured by
what befell the victims and kept apart from the toll.

Spent s37 (a poisoning at a ski resort) gave its dead by nationality in five languages: "the
victims, comprising 11 foreign nationals and one … citizen", "nos corpos, que incluem 11
estrangeiros", "unter den Opfern befinden sich elf Ausländer", "los cuerpos de las víctimas,
que incluyen 11 personas extranjeras", "zwłoki 12 osób – w tym 11 cudzoziemców". Such a count
was read as people with no outcome (measure ``count``), or, for foreigners of no country named,
as people like any others (trial 26), a rival of the toll of 12. The words before the number
name the group it is a part of: what befell that group befell the count (its measure), while
its group is ``national``, each nationality's count apart from the toll
(:mod:`.nationals`, grouped by its scope). A count with an outcome of its own after it ("nine
foreign nationals are in hospital") and a count that is no part of a group stay as they were.
"""

from __future__ import annotations

import re

from generator.extract.counts.animals import animal_fate
from generator.extract.counts.nationals import NATIONAL
from generator.extract.counts.people_counted import national_fate, people_outcome
from generator.text.casualty.asides import PART_OF_THEM
from generator.text.counted_words import OUTCOMES, counted_group
from generator.text.lexicon import NOUN_GROUPS, lemma
from generator.text.nationals import FOREIGN, WORD

#: The group's noun, then the words that say it holds the count: "the victims, comprising",
#: "os corpos, que incluem", "las víctimas, que incluyen", "the dead include", "les victimes,
#: dont", "die Opfer, darunter".
_HOLDS = re.compile(
    r"(?:^|\W)(?P<noun>[^\W\d_]+)\s*,?\s*(?:(?:which|that|que|qui|che|die|które)\s+)?"
    r"(?:also\s+)?(?:compris(?:ing|ed|e|es)|includ(?:e|es|ed|ing|ono|evano)|"
    r"incluy(?:e|en|eron|endo)(?:\s+a)?|inclu(?:em|íam|ent|aient)|compren(?:nent|aient|dono)|"
    r"umfass(?:t|en|ten)|obejmują|" + PART_OF_THEM + r")\s*$", re.I)
#: "Among" the group, then at most two words (a verb of being among): "unter den Opfern
#: befinden sich", "parmi les victimes figurent", "entre los fallecidos hay", "tra le vittime ci
#: sono", "among the dead were".
_AMONG = re.compile(
    r"(?:^|\W)(?:among(?:st)?|parmi|entre|unter|tra|fra|wśród)\s+"
    r"(?:(?:the|les|los|las|den|i|gli|le|os|as)\s+)?(?P<noun>[^\W\d_]+)\s*,?"
    r"(?:\s+[^\W\d_]+){0,2}\s*$", re.I)
#: The group's count just before, then a part opened after a comma, a dash or a bracket:
#: "12 osób – w tym 11", "douze morts, dont neuf", "12 Tote, darunter".
_PART_AFTER = re.compile(r"^[^.;:!?\d]{0,60}?(?:[,(–—]|\s-)" + PART_OF_THEM + r"\s*$", re.I)
#: The dead named by their bodies where the tables name no outcome (Polish, English nouns).
_BODIES = frozenset({"zwłoki", "ciała", "bodies", "corpses", "remains"})


def _outcome_of(noun: str, lang: str) -> str | None:
    """What befell the group a noun names: "víctimas", "Opfern", "victims", "bodies": the dead."""
    low = noun.lower()
    if low in _BODIES:
        return "dead"
    found = counted_group(noun + " ", lang, OUTCOMES)
    if found:
        return found
    base = lemma(low)
    return next((g for g, nouns in NOUN_GROUPS.items() if g in OUTCOMES and base in nouns), None)


def _by_nationality(counted: tuple[str, str, int], after: str, lang: str) -> bool:
    """Whether the people counted are named by their country, or as foreigners in the first
    words after the number ("11 personas extranjeras", "elf Ausländer")."""
    if counted[1] == NATIONAL or counted[1] in NOUN_GROUPS.get("national", ()):
        return True
    words = [w.lower() for w in WORD.findall(re.split(r"[,.;:()]", after, maxsplit=1)[0])[:3]]
    return any(w in FOREIGN.get(lang, ()) for w in words)


def _group_before(before: str, lang: str, earlier: list, offset: int) -> str | None:
    """What befell the group the words before the number say it is a part of."""
    for pattern in (_HOLDS, _AMONG):
        m = pattern.search(before[-120:])
        if m and (done := _outcome_of(m.group("noun"), lang)):
            return done
    if earlier:
        last = earlier[-1]
        done = last.befell or last.group
        start = last.end - offset
        if done in OUTCOMES and 0 <= start <= len(before) and _PART_AFTER.match(before[start:]):
            return done
    return None


def fate_of(counted: tuple[str, str, int], before: str, own: str, after: str, lang: str,
            earlier: list, offset: int) -> tuple[tuple[str, str, int], str]:
    """What a count counts and what befell those it counts apart from its group (the count of a
    country's people: :func:`.people_counted.national_fate`): ``counted`` read by
    :func:`.people_counted.people_outcome` and :func:`.animals.animal_fate`, unless it counts
    people by nationality as a part of a group with an outcome (module docstring): then its
    group is ``national`` and what befell it that group's outcome, or its own."""
    befell = national_fate(counted, before, own, lang)
    read = animal_fate(people_outcome(counted, before, own, lang), before, own, lang)
    if befell or not _by_nationality(counted, after, lang):
        return read, befell
    done = _group_before(before, lang, earlier, offset)
    if done is None:
        return read, befell
    return (read[0], NATIONAL, read[2]), read[1] if read[1] in OUTCOMES else done
