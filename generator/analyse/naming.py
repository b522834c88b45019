"""How two outlets' renderings compare by their words: a quotation's words without punctuation
and case, and one speaker named more or less fully. The quote analysis flags a discrepancy of
wording or speaker only where these say the outlets differ, and the extractor's copy families
compare texts by the same words."""

from __future__ import annotations

import re

from generator.text.names import strip_titles


def plain_words(text: str) -> str:
    """Words only: what is left of a rendering without its punctuation and case."""
    return " ".join(re.findall(r"\w+", text.casefold()))


def same_person(a: str, b: str) -> bool:
    """Two namings of one speaker: equal but for a title ("Col. Ryan Dillon", "Ryan Dillon"),
    or one inside the other, a person named more or less fully ("Dillon", "Coalition spokesman
    Ryan Dillon"). A fact-checker is told of a discrepancy only where the outlets name someone
    else: a role against a name's words ("a spokesman", "a press release"), two full names
    ("Ana Ruiz", "Pedro Ruiz"), a speaker against none (trial 9: a union leader's full name in
    one outlet against his surname alone in another was shown as two speakers)."""
    words_a = set(plain_words(strip_titles(a)).split())
    words_b = set(plain_words(strip_titles(b)).split())
    if not words_a or not words_b:
        return words_a == words_b
    return words_a <= words_b or words_b <= words_a


def by_name(speaker: str) -> bool:
    """Whether a speaker is named by a name (a capitalised word after its first), not only
    described ("the government", "el gobierno"): a description is translated with the
    statement, a name is not."""
    return any(w[:1].isupper() for w in speaker.split()[1:])
