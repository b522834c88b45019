"""A number that closes a vessel's name ("„Borkum 518“", "the Marlinka 418 tankers"): the
ship's name, read as an id like "Boeing 737", never a count of ships or of the name's word
(trial 38: a tanker's "212" read as a count of tankers and, by ``check``, as a mention of the
toll). Read by :mod:`generator.text.quantities.numerals`."""

from __future__ import annotations

import re

from generator.text.counted_words import counted_group
from generator.text.names import NAME_PARTICLES

#: Capitalised words that a number closes, after an opening quotation mark (die Tanker „Borkum
#: 518“, del ‘Santa Lucía 318’): with the closing mark right after the number, a name.
#: The name's words may hold a particle (‘Virgen del Mar 256’); French sets its marks apart by a
#: space (« Cap Rouge 73 »).
_WORD = r"[A-ZÀ-ÖØ-Þ][^\W\d_]*(?:[-’'][^\W\d_]+)*[ \u00a0]"
_QUOTED_NAME = re.compile(rf"[“\"„‘‚«‹][ \u00a0\u202f]?{_WORD}(?:(?:{'|'.join(NAME_PARTICLES)})"
                          rf"[ \u00a0]|{_WORD}){{0,3}}$")
_CLOSING = re.compile(r"[ \u00a0\u202f]?[”“\"’‘»›]")
#: An English name before the noun of what it names, after "the" or after another such name and
#: "and" ("the Marlinka 418 tankers", "the Marlinka 418 and Marlinka 77 tankers"), the article
#: opening the sentence too ("The Marlinka 418 tankers left"): a count after a place's name
#: takes no article ("in Varnel 12 tankers").
_NAME_BEFORE_ITS_NOUN = re.compile(
    r"(?:\b[Tt]he|\band|&)[ \u00a0]+(?:[A-Z][^\W\d_]*[ \u00a0]){1,3}$")
_NOUN_AFTER = re.compile(r"[ \u00a0]+([^\W\d_]+)")
#: Four digits of a year of the last or this century and the next: a name closed by its year.
_YEAR = re.compile(r"(?:19|20)\d\d")


def closes_a_vessel_name(text: str, a: int, b: int, lang: str) -> bool:
    """Does the number at ``text[a:b]`` close a vessel's name: in quotation marks closed right
    after it, or (English) before the noun of a vessel? A quoted amount opens on its number
    ("almeno “22 chilometri”"), and a qualifier before the number (“Over 12”) is read by the
    caller first."""
    window = text[max(0, a - 40):a]
    if _YEAR.fullmatch(text[a:b]):
        return False  # a fair's or a plan's year ("Taube 2006", "Vision 2030"): the year reader's
    if _CLOSING.match(text, b) and _QUOTED_NAME.search(window):
        return True
    if lang != "en" or not _NAME_BEFORE_ITS_NOUN.search(window):
        return False
    noun = _NOUN_AFTER.match(text, b, b + 30)
    return noun is not None and any(counted_group(w + " ", "en", ("vessel",)) for w in (
        noun.group(1).lower(), noun.group(1).lower() + "s"))
