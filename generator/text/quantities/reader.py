"""The reader: the three passes over one text, in order.

Each pass marks what it reads as taken, and the later passes skip it: clock times and dates go
first so that "11:46" or "30 August" is never read as amounts, digits next, numbers in words
last (the order the package's docstring gives). What two passes read apart is joined after
them: a range of words and digits, digits in brackets after their words, a range of clock
times."""

from __future__ import annotations

from dataclasses import dataclass, replace

from generator.text.quantities.calendar import CalendarPass
from generator.text.quantities.digits import Digits
from generator.text.quantities.languages import fold, language
from generator.text.quantities.model import QUANTITY, TIME, VAGUE, Quantity
from generator.text.quantities.numerals import NumeralsPass
from generator.text.quantities.wind import as_speeds
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
    found = mixed_ranges(reader, sorted(reader.out, key=lambda q: q.start))
    found = bracketed_digits(reader, found)
    found = clock_ranges(reader, found)
    return as_speeds(converted_alike(found, reader.folded), reader.folded)


def bracketed_digits(reader: Reader, found: list[Quantity]) -> list[Quantity]:
    """A number in words with its digits in brackets after it ("Huit (8) morts", "forty-two (42)
    people"), as legal and some wire copy writes it: one number, its span over the brackets, so
    that the noun after them is still the noun it counts (trial 45: neither was read as a toll).
    The digits say the value: words the word pass read in pieces ("three hundred-sixty-one
    (361)": 3 and 160) are joined into it, when only spaces and hyphens stand between them."""
    out: list[Quantity] = []
    folded = reader.folded
    for q in found:
        # the words right before the brackets: back over pieces with only spaces or hyphens
        # between them, the opening bracket alone before the digits
        first, stop, between = len(out), q.start, " ("
        while first and out[first - 1].kind == QUANTITY and out[first - 1].high is None \
                and out[first - 1].unit is None and not folded[out[first - 1].start].isdigit() \
                and not folded[out[first - 1].end:stop].strip(between):
            first -= 1
            stop, between = out[first].start, " -"
        words = out[first:]
        if (words and q.kind == QUANTITY and q.high is None and folded[q.start].isdigit()
                and folded[words[-1].end:q.start].strip() == "("
                and folded[q.end:q.end + 1] == ")"
                and (len(words) > 1 or words[0].value == q.value)):
            head = words[0]
            out[first:] = [replace(head, end=q.end + 1, value=q.value, scaled=q.scaled,
                                   span=(head.span[0], max(head.span[1], q.end + 1)))]
            continue
        out.append(q)
    return out


def mixed_ranges(reader: Reader, found: list[Quantity]) -> list[Quantity]:
    """A range with one end in words and the other in digits ("between five and 10", "entre
    dez e 15"): the digit pass and the word pass each see one end only, so the range is closed
    here, by the same test of the words between (:meth:`Scanner.range_with`)."""
    out: list[Quantity] = []
    for q in found:
        prev = out[-1] if out else None
        if (prev is not None and prev.kind == q.kind == QUANTITY and prev.high is None
                and q.high is None and q.approx == "exact" and prev.unit in (None, q.unit)
                and reader.folded[prev.start].isdigit() != reader.folded[q.start].isdigit()):
            ends = reader.range_with(prev.start, prev.end, prev.value, prev.scaled,
                                     Digits(q.start, q.end, q.value, q.decimals, False), q.unit)
            if ends is not None and ends[3] == q.end:
                out[-1] = replace(prev, end=q.end, high=ends[2], unit=q.unit,
                                  span=(prev.span[0], max(q.span[1], q.end)))
                continue
        out.append(q)
    return out


def clock_ranges(reader: Reader, found: list[Quantity]) -> list[Quantity]:
    """The first hour of a span of clock times is a time too: "von 12 bis 18 Uhr", "from 9 to
    5 p.m.", "de 10 à 16 heures", "zwischen 10 und 12 Uhr" name the word for hours once, after
    the last, so the first was read as a count of nothing (sealed set s14, unsealed: a near
    miss's "12 bis 18 Uhr" proposed as 12 of something). The words between are the reader's
    own test of a range (:meth:`Scanner.range_with`)."""
    out = list(found)
    for i in range(len(out) - 1):
        q, nxt = out[i], out[i + 1]
        if (q.kind != QUANTITY or nxt.kind != TIME or q.unit is not None or q.high is not None
                or q.approx != "exact" or q.value != int(q.value) or not 0 <= q.value <= 24):
            continue
        gap = reader.folded[q.end:nxt.start]
        window = reader.folded[max(0, q.start - 18):q.start]
        if reader.RANGE_WORD_RE.fullmatch(gap) or (
                reader.BETWEEN_RE.search(window) and reader.RANGE_AND_RE.fullmatch(gap)):
            out[i] = replace(q, kind=TIME)
    return out


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
