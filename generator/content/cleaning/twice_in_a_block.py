"""A picture's text printed twice in one block: its alternative text and its caption run
together on one line, with a space between the copies or none ("… on Tuesday. (Agency) … on
Tuesday. (Agency)", "… on board the vesselThe mayor says …").

:func:`passes.mark_doubles` and the caption twins of :mod:`echoes` judge the same text printed
twice as two blocks; a scraper that flattens the picture's markup leaves both copies in one
block, where neither pass sees a pair (spfur13: four sites on two events, an English, a French
and a German page among them). The pair is judged here as those passes judge it, so a story
sentence printed twice stays story: a copy is a caption when it is short and does not end like
a sentence (a picture's text, as ``mark_doubles`` takes it), or when it ends on a picture's
credit after its last sentence (as the caption twins take it). Its own module because
``echoes`` and ``passes`` are at the size cap.
"""

from __future__ import annotations

from collections.abc import Sequence

from generator.content.blocks import Block, ends_sentence
from generator.content.cleaning.echoes import (
    MAX_BRACKETED_SOURCE_WORDS,
    MIN_TWIN_WORDS,
    credit_tail,
    signed,
)
from generator.content.cleaning.head import MAX_CAPTION_WORDS
from generator.content.cleaning.rules.base import Verdict, Verdicts, words

#: A copy taken on its shape alone (no credit) is at most as long as a caption above the
#: headline may be: ``mark_doubles`` takes two blocks of 25 words, but a picture's description
#: run twice into one block was longer on three of the four sites (26 to 30 words).
MAX_BARE_TWIN_WORDS = MAX_CAPTION_WORDS
#: A credited copy is at most this long, as the caption twins take it.
MAX_SIGNED_TWIN_WORDS = 60
#: The copies are at least this many characters each (a short label said twice is no picture).
MIN_TWIN_CHARS = 20
#: No block longer than two of the longest copies and a credit is looked at: the search for the
#: cut between the copies is quadratic in the block's length (a hard-wrapped page of 15,000
#: lines, one block, took 14 s to clean before this bound; the fresh clone's watchdog test).
MAX_BLOCK_WORDS = 2 * MAX_SIGNED_TWIN_WORDS + 30


def one_text_twice(text: str) -> tuple[str, str] | None:
    """The text a block prints twice over (with white space between the copies or none) and
    what one copy adds after it (a credit, or nothing), or None when the block is not one text
    said twice."""
    t = text.strip()
    for cut in range(MIN_TWIN_CHARS, len(t) - MIN_TWIN_CHARS + 1):
        first, second = t[:cut].rstrip(), t[cut:].lstrip()
        short, long = sorted((first, second), key=len)
        if len(short) >= MIN_TWIN_CHARS and len(short) * 2 >= len(long) and long.startswith(short):
            return short, long[len(short):].strip()
    return None


def _bracketed_source(tail: str) -> bool:
    return (tail[:1] == "(" and tail[-1:] == ")" and words(tail) <= MAX_BRACKETED_SOURCE_WORDS
            and not any(c in tail for c in ".!?"))


def is_caption_twice(text: str) -> bool:
    if len(text) > MAX_BLOCK_WORDS * 20 or words(text) > MAX_BLOCK_WORDS:
        return False
    found = one_text_twice(text)
    if found is None:
        return False
    copy, tail = found
    if words(copy) < MIN_TWIN_WORDS:
        return False
    if tail:  # one copy with its credit, one without, as the caption twins take them
        return words(copy) <= MAX_SIGNED_TWIN_WORDS and (_bracketed_source(tail)
                                                          or credit_tail(tail))
    if signed(copy):
        return words(copy) <= MAX_SIGNED_TWIN_WORDS
    return words(copy) <= MAX_BARE_TWIN_WORDS and not ends_sentence(copy)


def mark_twice_in_a_block(blocks: Sequence[Block], verdicts: Verdicts,
                          headline: int | None) -> None:
    for i, block in enumerate(blocks):
        if verdicts[i] is None and i != headline and is_caption_twice(block.text):
            verdicts[i] = Verdict("caption", "caption-twice-in-a-line",
                                  "a picture's text and its caption run together on one line")
