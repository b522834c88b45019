"""Where a subject after its speech verb ends on whom the words were told: German "sagte ein
Augenzeuge der Nachrichtenagentur dpa", "sagte ein Beamter der Küstenwache dem Tagesspiegel"
(trial 42: the newspaper was read into the speaker's name); French "a précisé un secouriste aux
journalistes" (trial 44: the authorities told were read into a teacher's description)."""

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


def told_from_fr(words: list[str], i: int) -> bool:
    """Whether the ``i``-th of a French subject's ``words`` (not the first) opens whom the words
    were told: "aux" before a word in lower case ("un secouriste aux journalistes", "le maire aux
    habitants"). "à" and "au" end a subject already (``speech_words.NOT_A_SUBJECT``); "aux"
    before a capital is an office's ("le ministre délégué aux Transports, …")."""
    return i > 0 and words[i].lower() == "aux" and i + 1 < len(words) and \
        words[i + 1][:1].islower()
