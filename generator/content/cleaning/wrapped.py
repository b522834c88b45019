"""Hard-wrapped lines joined into one block, parted again where furniture starts.

A scraper that keeps a page's line breaks inside a paragraph leaves its lines to be joined
(:func:`generator.content.blocks.split_blocks`); a picture's credit or a button under the last
line of a paragraph is then joined to it. This pass parts such a block before its last line.
"""

from __future__ import annotations

from collections.abc import Sequence

from generator.content.blocks import Block, LineIndex, ends_sentence, piece
from generator.content.cleaning.rules.base import Page
from generator.content.cleaning.rules.table import TABLE


def part_wrapped(blocks: Sequence[Block], source: str, index: LineIndex,
                 page: Page) -> list[Block]:
    """Blocks joined from hard-wrapped lines, parted again before their last line when a rule
    of the table recognises that line on its own and it is no sentence's end.

    A line that opens in lower case under one without a final stop is read as the wrapped rest
    of it, but a picture's credit ("fot. Name/ @handle" under the title printed again) or a
    button under a date open in lower case too, and end the run of lines. The wrapped rest of
    a title or of a sentence ("… in the" / "valley", "… as the" / "water rose.") is no furniture
    by itself, or ends with its full stop, and stays joined; lines inside the run are never
    parted (a fragment of wrapped prose is no line of its own).
    """
    out: list[Block] = []
    for block in blocks:
        lines = [line.strip() for line in source[block.start:block.end].split("\n")]
        if len(lines) < 2 or " ".join(lines) != block.text:
            out.append(block)
            continue
        last = lines[-1]
        if ends_sentence(last) or TABLE.matches([Block(last, block.line)], 0, page) is None:
            out.append(block)
            continue
        k = len(block.text) - len(last)  # where the last line starts in the joined text
        out += [piece(block, 0, k - 1, source, index), piece(block, k, len(block.text), source,
                                                              index)]
    return out
