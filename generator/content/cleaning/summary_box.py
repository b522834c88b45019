"""A summary of the story in points, printed again under it ("In brief" / "- A firefighter
died …"): split from :mod:`.margins` (round 28) when that module reached its size limit.
"""

from __future__ import annotations

from collections.abc import Sequence

from generator.content.blocks import Block, ends_sentence
from generator.content.cleaning.features import BULLET, starts_upper
from generator.content.cleaning.headline import is_prose
from generator.content.cleaning.rules.base import LETTER_WORD, Verdict, Verdicts, words

#: A summary box's heading is short; each of its points has this many words at least, and this
#: share of its words of four letters or more are words of the story above it.
MAX_SUMMARY_HEADING_WORDS = 6
MIN_SUMMARY_POINT_WORDS = 6
MIN_SUMMARY_SHARE = 0.8
SUMMARY_CUT = "summary-box-cut"


def _long_words(text: str) -> list[str]:
    return [w.lower() for w in LETTER_WORD.findall(text) if len(w) >= 4]


def mark_summary_box(blocks: Sequence[Block], verdicts: Verdicts, headline: int | None,
                     language: str) -> None:
    """The page's end: a short heading, then only bulleted points, each made of the story's own
    words ("In brief" / "- A firefighter died when his boat capsized …"), is a summary of the
    story printed again under it. Points that tell something the story above does not, or a
    list without its heading, are the story's own. (A text that stops inside the box is cut.)"""
    free = [i for i, v in enumerate(verdicts) if v is None and i != headline]
    points = []
    for i in reversed(free):
        if not BULLET.match(blocks[i].text):
            break
        points.insert(0, i)
    if not points or len(free) <= len(points) + 1:
        return
    heading = free[-len(points) - 1]
    text = blocks[heading].text
    if words(text) > MAX_SUMMARY_HEADING_WORDS or ends_sentence(text) or not starts_upper(text):
        return
    before = [i for i in free if i < heading]
    if not any(is_prose(blocks[i].text, language) for i in before):
        return
    vocabulary = {w for i in before for w in _long_words(blocks[i].text)}
    for i in points:
        own = _long_words(blocks[i].text)
        if (words(blocks[i].text) < MIN_SUMMARY_POINT_WORDS or not own
                or sum(w in vocabulary for w in own) < MIN_SUMMARY_SHARE * len(own)):
            return
    rule = SUMMARY_CUT if not ends_sentence(blocks[points[-1]].text) else "summary-box"
    for i in [heading, *points]:
        verdicts[i] = Verdict("repeated", rule, "a summary of the story in points, under a "
                              "heading, after it (the story's own words printed again)")
