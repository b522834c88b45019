"""Animals counted with what befell them: birds killed and birds rescued are two figures, and
neither is the human toll (trial 38: ten dolphins that died were a count of dolphins with no
outcome, birds rescued and birds killed one figure, and French "phoques … morts" read as the
dead). The outcome is read as for people (:func:`.people_counted.people_outcome`); the group
names the animal as written and what befell it ("birds dead"), so that it is grouped with no
count of people and labelled by both."""

from __future__ import annotations

import re
from functools import lru_cache

from generator.content.measured import measure_of
from generator.extract.counts.people_counted import people_outcome
from generator.text.animal_words import ANIMALS
from generator.text.counted_words import OUTCOMES

#: The outcome groups that befall animals as they befall people (not "discharged", nor the
#: statuses of people); the label says each as its measure does ("wounded" -> "injured").
_FATES = frozenset({"dead", "wounded", "rescued", "survivor", "missing", "evacuee"})
_FATE_END = re.compile(r" \((?:" + "|".join(sorted({measure_of(f) for f in _FATES})) + r")\)$")


def animal(noun: str, lang: str) -> str | None:
    """The animal word of ``noun`` (as written, lower case), when it counts animals."""
    m = _animals(lang).search(noun.lower())
    return m.group(0) if m else None


@lru_cache(maxsize=16)
def _animals(lang: str) -> re.Pattern[str]:
    """The language's animal words, whole ("fishermen" is no "fish")."""
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, ANIMALS.get(lang, ("\x00",))))
                      + r")(?!\w)")


def animal_fate(counted: tuple[str, str, int], before: str, rest: str, lang: str
                ) -> tuple[str, str, int]:
    """``counted`` (noun, group, end), its group made the animal and what befell it ("birds
    (dead)") when the noun counts animals and an outcome is read for them; the group the
    table gave when no outcome is read ("bird"), never an outcome of people alone."""
    noun, group, end = counted
    found = animal(noun, lang)
    if found is None:
        return counted
    fate = group if group in _FATES else people_outcome((noun, "person", end), before, rest,
                                                       lang)[1]
    if fate in _FATES and fate in OUTCOMES:
        return noun, f"{found} ({measure_of(fate)})", end
    return (noun, found, end) if group in OUTCOMES else counted


def fate_of_animals(group: str) -> bool:
    """Is ``group`` animals with what befell them (:func:`animal_fate`)? Its label names it."""
    return bool(_FATE_END.search(group))
