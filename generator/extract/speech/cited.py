"""The person a sentence cites as saying the quotation that follows: "The paper quoted Ana
Ruiz, its reporter, as saying “…”", "O jornal citou Ana Ruiz dizendo que “…”", "El diario
citó a Ana Ruiz diciendo que «…»", "zitierte Ana Ruiz mit den Worten: „…“".

The speaker is the object of the verb of citing, which the subject readers (the phrase before
a speech verb) cannot see: they took the outlet that cites, or the person named before (round
26). One reader for every language of :data:`~generator.text.speech_words.CITED_SAYING`."""

from __future__ import annotations

import re
from functools import lru_cache

from generator.text.speech_verbs import THAT_WORD
from generator.text.speech_words import CITED_SAYING, QUOTE_CHARS

_NQ = re.escape(QUOTE_CHARS)


@lru_cache(maxsize=16)
def _pattern(lang: str) -> re.Pattern[str] | None:
    table = CITED_SAYING.get(lang)
    if table is None:
        return None
    cite, saying = ("|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
                    for words in table)
    # the person, perhaps with an apposition between commas, then the words of saying and
    # what opens the quotation ("that", "que", a colon), right before its mark
    return re.compile(rf"(?<!\w)(?:{cite})\s+(?:(?:a|à)\s+)?(?P<who>[^,.;:{_NQ}]{{2,60}}?)"
                      rf"(?:,[^,.;:{_NQ}]{{2,100}},)?\s+(?:{saying})"
                      rf"(?:\s+{THAT_WORD})?\s*[:,]?\s*$", re.I)


def cited_speaker(before: str, lang: str) -> str:
    """The person ``before`` (a sentence up to a quotation's opening mark) cites as saying it,
    or ""."""
    pattern = _pattern(lang)
    m = pattern.search(before) if pattern is not None else None
    return m.group("who").strip() if m else ""
