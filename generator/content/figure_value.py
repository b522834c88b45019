"""What one report of a figure says: the values it allows, how it is written, how two compare.

The rule is FORMAT.md's "When do sources disagree?". Each report is read as an interval: an exact
value ``v`` is [v, v], a range is itself, ``about v`` is v ± :data:`ABOUT_TOLERANCE`,
``more-than`` is open above v (v itself excluded), ``at-least`` is [v, ∞), ``fewer-than`` is
below v (v excluded) and ``up-to`` is [0, v]. Reports that all say the same thing *agree*;
reports whose intervals share a point are *consistent*; otherwise the sources *disagree*.

Check, analyse, the charts and ``briefing extract`` all read values through this class, so the
site, the PDF and the draft cannot disagree about what "more than 300" allows. (extract used to
keep a closed-bounds copy with "more than 300" allowing 300; the open bounds the site shows won.)
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from generator.text.numbers import number

#: "about 300" is read as 300 ± ABOUT_TOLERANCE.
ABOUT_TOLERANCE = 0.10

#: The ``approx`` keys of the format as a reader says them.
APPROX_WORDS = {
    "about": "about", "more-than": "more than", "fewer-than": "fewer than",
    "at-least": "at least", "up-to": "up to",
}

Number = int | float


@dataclass(frozen=True)
class FigureValue:
    """A number or a [low, high] range, with the ``approx`` qualifier of the format (or None)."""

    value: Number | tuple[Number, Number]
    approx: str | None = None

    @property
    def low(self) -> float:
        return float(self.value[0] if isinstance(self.value, tuple) else self.value)

    @property
    def high(self) -> float:
        return float(self.value[1] if isinstance(self.value, tuple) else self.value)

    def interval(self) -> tuple[float, float]:
        """The values the report allows (see the module docstring)."""
        low, high = self.low, self.high
        match self.approx:
            case "about":
                return low * (1 - ABOUT_TOLERANCE), high * (1 + ABOUT_TOLERANCE)
            case "more-than":
                return math.nextafter(high, math.inf), math.inf
            case "at-least":
                return low, math.inf
            case "fewer-than":
                return 0.0, math.nextafter(low, -math.inf)
            case "up-to":
                return 0.0, high
        return low, high

    def text(self) -> str:
        """As a reader would say it: "about 300", "308", "300–310"."""
        if isinstance(self.value, tuple):
            text = f"{number(self.value[0])}–{number(self.value[1])}"
        else:
            text = number(self.value)
        return f"{APPROX_WORDS[self.approx]} {text}" if self.approx else text

    def read_as(self) -> str:
        """The interval as words: "above 308", "300 or more", "270–330"."""
        lo, hi = self.interval()
        match self.approx:
            case "more-than":
                return f"above {number(self.high)}"
            case "at-least":
                return f"{number(self.low)} or more"
            case "fewer-than":
                return f"below {number(self.low)}"
            case "up-to":
                return f"{number(self.high)} or fewer"
        return number(lo) if lo == hi else f"{number(lo)}–{number(hi)}"

    def can_both_hold(self, other: FigureValue) -> bool:
        """Whether one quantity can satisfy both reports (their intervals share a value)."""
        low, high = self.interval()
        other_low, other_high = other.interval()
        return not (other_high < low or high < other_low)


class Reported:
    """What anything with a ``value`` and an ``approx`` reads as: a fact-sheet report, a figure
    found in an article, a candidate of the draft."""

    @property
    def figure_value(self) -> FigureValue:
        return FigureValue(self.value, self.approx)  # type: ignore[attr-defined]

    @property
    def low(self) -> float:
        return self.figure_value.low

    @property
    def high(self) -> float:
        return self.figure_value.high


def agreement(values: list[FigureValue]) -> str:
    """"agree" (the same value and qualifier), "consistent" (one value fits every report) or
    "disagree"."""
    if len({(v.value, v.approx) for v in values}) == 1:
        return "agree"
    intervals = [v.interval() for v in values]
    if max(lo for lo, _ in intervals) <= min(hi for _, hi in intervals):
        return "consistent"
    return "disagree"
