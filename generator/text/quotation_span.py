"""Whether a place in a text stands inside a direct quotation, and where that quotation closes.

Two readers need it: ``check`` looks for a figure's credit in the sentence that closes the
quotation the figure is quoted from, and ``extract`` keeps a speaker's words whole in an event's
title. One reading for both, on the double marks only: a single curly mark is an apostrophe too
("It’s"). German closes „…“ with the mark English opens with: read as an opening mark, a place
after such a quotation counts as inside one, which only keeps words that could have been cut.
"""

from __future__ import annotations

#: Double quotation marks that open a quotation, and those that close one; the straight mark
#: does both, by its count.
OPENING, CLOSING = "“«„", "”»"
_MARKS = OPENING + CLOSING + '"'


def inside_quotation(text: str, at: int, start: int = 0) -> bool:
    """Whether ``text[at]`` stands inside a quotation opened after ``start``: the last mark
    before it opens one (a typographic opening mark, or an odd count of straight ones)."""
    marks = [c for c in text[start:max(at, start)] if c in _MARKS]
    if not marks:
        return False
    return marks[-1] in OPENING or (marks[-1] == '"' and marks.count('"') % 2 == 1)


def closing_mark(text: str, at: int, end: int | None = None) -> int | None:
    """Where the quotation that ``text[at]`` stands in closes, before ``end``; None if it does
    not close there."""
    stop = len(text) if end is None else end
    return next((i for i in range(at, stop) if text[i] in CLOSING + '"'), None)
