"""Where a German subject after its speech verb ends on whom the words were told: "sagte ein
Augenzeuge der Nachrichtenagentur dpa", "sagte ein Beamter der Küstenwache dem Tagesspiegel"
(trial 42: the newspaper was read into the speaker's name)."""

from __future__ import annotations

from generator.text.speech_words import OUTLET_NOUNS_DE

#: The German prepositions "dem" may follow inside a subject ("ein Sprecher von dem Amt"); after
#: any other word, "dem" and what follows it are whom the words were told.
_DATIVE_PREPOSITIONS_DE = frozenset({"von", "mit", "aus", "bei", "nach", "zu", "seit", "vor",
                                     "in", "an", "auf", "unter", "über", "neben", "hinter",
                                     "zwischen", "gegenüber", "außer", "samt", "nebst"})


def told_from_de(words: list[str], i: int) -> bool:
    """Whether the ``i``-th of a German subject's ``words`` (not the first) opens whom the words
    were told: "der" or "dem" before an outlet's noun (:data:`OUTLET_NOUNS_DE`, round 25), or
    "dem" after no preposition ("sagte ein Beamter der Küstenwache dem Tagesspiegel")."""
    w = words[i].lower()
    return i > 0 and w in ("der", "dem") and (any(
        n.lower().endswith(tuple(OUTLET_NOUNS_DE)) for n in words[i + 1:i + 3])
        or (w == "dem" and words[i - 1].lower() not in _DATIVE_PREPOSITIONS_DE))
