"""A block parted in two where a pass found the page's words after a sentence of the story.

The passes that read what a page says to its reader judge whole blocks, but a scraper can glue
the page's request after the story's last sentence ("The council votes on the plan in May.
Leave a comment below."). Removing the block would lose the story's sentence, against the
cleaner's promise that no word of the story is lost; so such a pass returns where the request
starts in the block, and :func:`part_tails` cuts it there: the story's part is judged as story,
the rest keeps the pass's verdict. Both parts keep their spans in the source, so the text is
still conserved.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from generator.content.blocks import Block, LineIndex, piece
from generator.content.cleaning.address import (
    SENTENCE_BREAK,
    addresses_reader,
    short_sentence,
)
from generator.content.cleaning.page_request import names_page
from generator.content.cleaning.rules.base import Page, Verdict, Verdicts
from generator.content.cleaning.rules.table import TABLE


def part_tails(blocks: Sequence[Block], verdicts: Verdicts, headline: int | None,
               tails: Mapping[int, int], source: str, index: LineIndex,
               ) -> tuple[list[Block], Verdicts, int | None]:
    """The blocks and verdicts with each block of ``tails`` (index → offset in its text) parted
    at its offset: the head left free (no verdict), the tail with the block's verdict; and the
    headline's index moved past the blocks added above it."""
    if not tails:
        return list(blocks), list(verdicts), headline
    out_blocks: list[Block] = []
    out_verdicts: Verdicts = []
    above = 0  # blocks added above the headline
    for i, (block, verdict) in enumerate(zip(blocks, verdicts, strict=True)):
        at = tails.get(i)
        if at is None or verdict is None:
            out_blocks.append(block)
            out_verdicts.append(verdict)
            continue
        out_blocks += [piece(block, 0, at, source, index),
                       piece(block, at, len(block.text), source, index)]
        out_verdicts += [None, verdict]
        above += headline is not None and i < headline
    return out_blocks, out_verdicts, None if headline is None else headline + above


#: The kinds of the table's rules that read what the page asks of or tells its reader (a
#: newsletter, a consent banner, a paywall's notice, a call for pictures): one of those rules can
#: match in a block's last sentence ("… Sign up for our newsletter."), and a sentence of the
#: story glued before it is parted from it. The other kinds' tails (a caption's credit, a
#: title's outlet) are furniture together with what stands before them.
ADDRESSED_KINDS = frozenset({"newsletter", "consent-banner", "paywall", "reader-address"})


def table_tails(blocks: Sequence[Block], verdicts: Verdicts, page: Page) -> dict[int, int]:
    """The blocks a rule of :data:`ADDRESSED_KINDS` took whole whose match stands in a later
    sentence, after a sentence of the story: the head is a sentence (more words than a button,
    a full stop: :func:`~generator.content.cleaning.address.short_sentence`) that no rule takes,
    addresses no reader and names no part of the page, and the tail alone is still the rule's.
    Each such block's verdict becomes the tail's (its match read on the tail's text); the
    returned ``{block: offset}`` is for :func:`part_tails`."""
    tails: dict[int, int] = {}
    for i, verdict in enumerate(verdicts):
        if verdict is None or verdict.match is None or verdict.kind not in ADDRESSED_KINDS:
            continue
        text = blocks[i].text
        first = verdict.match.start()
        while first < len(text) and not text[first].isalnum():
            first += 1
        at = max((m.end() for m in SENTENCE_BREAK.finditer(text, 0, first)), default=0)
        head = text[:at]
        if not at or not short_sentence(head) or addresses_reader(head, page.language) \
                or names_page(head, page.language) \
                or _judged(blocks, i, head, page) is not None:
            continue
        tail = _judged(blocks, i, text[at:], page)
        if tail is not None and tail.rule == verdict.rule:
            verdicts[i] = tail
            tails[i] = at
    return tails


def _judged(blocks: Sequence[Block], i: int, text: str, page: Page) -> Verdict | None:
    """What the rule table makes of ``text`` standing in the place of block ``i``."""
    return TABLE.matches(_InPlace(blocks, i, Block(text, blocks[i].line, blocks[i].start,
                                                   blocks[i].end)), i, page)


class _InPlace(Sequence[Block]):
    """The blocks with one of them replaced, without copying the page's list (a rule's check
    may look at the blocks around)."""

    def __init__(self, blocks: Sequence[Block], i: int, block: Block) -> None:
        self.blocks, self.i, self.block = blocks, i, block

    def __len__(self) -> int:
        return len(self.blocks)

    def __getitem__(self, k):  # type: ignore[override]
        if isinstance(k, slice):
            return [self[j] for j in range(*k.indices(len(self)))]
        return self.block if k in (self.i, self.i - len(self)) else self.blocks[k]
