"""A gallery page: the captions of its pictures are its story (fur6, the round on page shapes).

On an article a caption ending with its picture's credit ("… at the harbour on Monday
(Credits: Agency/ Jane Roe)") is furniture beside the story, and the rule table's
"picture-credit" removes it whole. A photo gallery is made of such captions: they outnumber the
page's paragraphs many times over, and what the outlet wrote about the event is in them. There
the credit alone is the page's furniture; the caption before it is kept as story.
"""

from __future__ import annotations

from collections.abc import Sequence

from generator.content.blocks import Block, LineIndex, piece
from generator.content.cleaning.headline import is_prose
from generator.content.cleaning.rules.base import Verdict, Verdicts, words

#: The rules that remove a caption whole for the credit in brackets that ends it: the rule
#: table's, and the note read by :mod:`generator.content.cleaning.notes`.
_CREDITED = frozenset({"picture-credit", "credited-caption"})
#: A gallery holds this many credited captions at least, and this many times as many as the
#: paragraphs of prose left on the page (an article with three pictures has more paragraphs).
MIN_CAPTIONS = 4
CAPTIONS_PER_PARAGRAPH = 2
#: A caption kept as story says something: a few words before its credit.
MIN_CAPTION_WORDS = 4



def _credit_start(text: str) -> int | None:
    """Where the credit in brackets that closes a credited caption opens."""
    if not text.rstrip(" .").endswith(")"):
        return None
    at = text.rfind("(")
    return at if at > 0 else None


def part_gallery(blocks: Sequence[Block], verdicts: Verdicts, source: str, index: LineIndex,
                 language: str) -> tuple[list[Block], Verdicts]:
    """On a gallery, each caption the rule table removed with its credit is parted in two: the
    caption, left to be judged as story, and the credit, removed as a caption's credit."""
    credited = {i for i, v in enumerate(verdicts) if v is not None and v.rule in _CREDITED}
    prose = sum(1 for i, v in enumerate(verdicts)
                if v is None and is_prose(blocks[i].text, language))
    if len(credited) < MIN_CAPTIONS or len(credited) < CAPTIONS_PER_PARAGRAPH * prose:
        return list(blocks), list(verdicts)
    out_blocks: list[Block] = []
    out_verdicts: Verdicts = []
    for i, (block, verdict) in enumerate(zip(blocks, verdicts, strict=True)):
        at = _credit_start(block.text) if i in credited else None
        if at and words(block.text[:at]) >= MIN_CAPTION_WORDS:
            out_blocks += [piece(block, 0, at, source, index),
                           piece(block, at, len(block.text), source, index)]
            out_verdicts += [None, Verdict("caption", "gallery-credit", "a gallery picture's "
                                           "credit after its caption (the caption is the story)")]
            continue
        out_blocks.append(block)
        out_verdicts.append(verdict)
    return out_blocks, out_verdicts


def keep_gallery_captions(blocks: Sequence[Block], verdicts: Verdicts) -> None:
    """The caption parted from its credit by :func:`part_gallery` stays story, whatever rule
    read it as a caption afterwards for standing above a credit (the rules of a caption over
    its credit, or printed around it, were written for articles)."""
    for i in range(len(blocks) - 1):
        after, verdict = verdicts[i + 1], verdicts[i]
        if (after is not None and after.rule == "gallery-credit" and verdict is not None
                and verdict.kind == "caption" and blocks[i].line == blocks[i + 1].line):
            verdicts[i] = None
