"""The reader: the three passes over one text, in order."""

from __future__ import annotations

from dataclasses import dataclass, replace

from generator.text.quantities.calendar import CalendarPass
from generator.text.quantities.languages import fold, language
from generator.text.quantities.model import QUANTITY, VAGUE, Quantity
from generator.text.quantities.numerals import NumeralsPass
from generator.text.quantities.words import WordsPass


@dataclass
class Reader(CalendarPass, NumeralsPass, WordsPass):
    """Reads one text; each pass takes the characters it reads so no number is read twice."""


def read(text: str, lang: str = "en") -> list[Quantity]:
    """Every number in ``text``, in order, each read once."""
    reader = Reader(text, fold(text), language(lang), bytearray(len(text)), [])
    reader.times()
    reader.dates()
    reader.digits()
    reader.words()
    return converted_alike(sorted(reader.out, key=lambda q: q.start), reader.folded)


def converted_alike(found: list[Quantity], folded: str) -> list[Quantity]:
    """A conversion in brackets has the qualifier of the number it converts: "about six
    kilometres (3.7 miles)" is about 3.7 miles."""
    out: list[Quantity] = []
    for q in found:
        prev = out[-1] if out else None
        if (prev is not None and q.kind == QUANTITY and q.approx == "exact"
                and prev.kind == QUANTITY and prev.approx != "exact" and q.span[0] > 0
                and folded[q.span[0] - 1] == "(" and 0 <= q.span[0] - 1 - prev.span[1] <= 2):
            q = replace(q, approx=prev.approx)
        out.append(q)
    return out


def quantities(text: str, lang: str = "en") -> list[Quantity]:
    """The numbers that are amounts (with or without a value), not times, dates or ids."""
    return [q for q in read(text, lang) if q.kind in (QUANTITY, VAGUE)]
