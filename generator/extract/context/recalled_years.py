"""The years and the measures by which :func:`generator.extract.context.background.recalled_spans`
reads a sentence recalling an earlier event: the year a number writes, alone or inside a date in
figures, and a sentence's span less its numbers with a unit."""

from __future__ import annotations

import re
from typing import NamedTuple

from generator.text.quantities import DATE, YEAR, read
from generator.text.sentences import Sentence


class Year(NamedTuple):
    start: int
    end: int
    value: int
    in_date: bool = False


def but_measures(s: Sentence, lang: str) -> list[tuple[int, int]]:
    """The whole sentence ``s`` as article offsets, less its numbers with a unit: a thing of
    the event has a past ("a cargo of 900 tonnes seized in 2016" is the cargo that blew
    up), a count of people in a sentence set in another year is that year's."""
    spans, at = [], s.start
    for q in read(s.text, lang):
        if q.unit:
            first = min(q.start, q.span[0]) if q.span[1] else q.start
            spans.append((at, s.start + first))
            at = s.start + q.end
    return [*spans, (at, s.end)]


#: The year of a date written in figures ("21/2/2004", "2004-02-21"), which the reader reads as
#: one date: a list of past accidents dates each item so.
YEAR_OF_DATE = re.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")


def year_of(q, text: str) -> Year | None:
    """The year the number ``q`` of ``text`` writes, alone ("in 1991") or inside a date in
    figures."""
    if q.kind == YEAR and q.value is not None:
        return Year(q.start, q.end, int(q.value))
    if q.kind == DATE and q.value is None:
        m = YEAR_OF_DATE.search(text, q.start, q.end)
        if m:
            return Year(m.start(), m.end(), int(m.group()), in_date=True)
    return None
