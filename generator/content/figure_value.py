"""What one report of a figure says: the values it allows, how it is written, how two compare.

The rule is FORMAT.md's "When do sources disagree?". Each report is read as an interval in the
figure's unit: an exact value ``v`` is [v, v], a range is itself, ``about v`` is v ± its
precision (:meth:`FigureValue.margin`), ``nearly v`` the same below v and up to v itself,
``more-than`` is open above v (v itself excluded), ``at-least`` is [v, ∞), ``fewer-than`` is
below v (v excluded) and ``up-to`` is [0, v]. A report
written in another unit ("6 miles" of a depth in km) is converted first (:mod:`.units`). Reports
that all say the same thing *agree*; reports whose intervals share a point are *consistent*;
otherwise the sources *disagree*.

**How far "about" reaches.** By the precision of the written value, as a reader hears it: a
value written with decimals is precise to its last decimal ("about 6.4" is 6.35–6.45, ± half a
unit of the last digit); a whole number is a round figure, ± :data:`ABOUT_RELATIVE` of it ("about
300" is 285–315) and at least ± 0.5. A figure may set its own reach (``tolerance: 10%`` or
``tolerance: 0.2`` in its unit), which then applies to every report of it.

Check, analyse, the charts and ``briefing extract`` all read values through this class, so the
site, the PDF and the draft cannot disagree about what "more than 300" allows.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import cached_property

from generator.content.units import Unit, converted_text, significant_digits, unit
from generator.text.numbers import number

#: "about 300" (a whole number) is read as 300 ± ABOUT_RELATIVE × 300.
ABOUT_RELATIVE = 0.05

#: The ``approx`` keys of the format as a reader says them.
APPROX_WORDS = {
    "about": "about", "nearly": "nearly", "more-than": "more than", "fewer-than": "fewer than",
    "at-least": "at least", "up-to": "up to",
}

Number = int | float


def decimals_of(x: Number) -> int:
    """Decimals written in a number as YAML gave it: 6.4 -> 1, 300 -> 0, 300.0 -> 1."""
    if isinstance(x, (int, bool)):
        return 0
    try:
        exponent = Decimal(repr(x)).as_tuple().exponent
    except InvalidOperation:
        return 0
    return max(0, -exponent) if isinstance(exponent, int) else 0


@dataclass(frozen=True)
class Tolerance:
    """How far "about" reaches for one figure: ``relative`` (0.1 is ± 10 %) or ``absolute`` (in
    the figure's unit)."""

    relative: float | None = None
    absolute: float | None = None

    def text(self) -> str:
        if self.relative is not None:
            return f"± {number(self.relative * 100)} %"
        return f"± {number(self.absolute or 0)}"


def parse_tolerance(value: object) -> Tolerance:
    """``10%`` (relative) or a number (absolute, in the figure's unit); ValueError otherwise."""
    if isinstance(value, bool):
        raise ValueError("a tolerance is a percentage (10%) or a number in the figure's unit")
    if isinstance(value, (int, float)):
        if not math.isfinite(value) or value < 0:
            raise ValueError("a tolerance is zero or more")
        return Tolerance(absolute=float(value))
    m = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*%\s*", str(value))
    if not m:
        raise ValueError(f"{value!r} is not a tolerance; write a percentage (10%) or a number "
                         "in the figure's unit (0.2)")
    return Tolerance(relative=float(m.group(1)) / 100)


@dataclass(frozen=True)
class FigureValue:
    """A number or a [low, high] range, with the ``approx`` qualifier of the format (or None),
    as written in its own unit; ``factor`` converts it to the figure's unit."""

    value: Number | tuple[Number, Number]
    approx: str | None = None
    factor: float = 1.0
    tolerance: Tolerance | None = None

    @property
    def written_low(self) -> float:
        return float(self.value[0] if isinstance(self.value, tuple) else self.value)

    @property
    def written_high(self) -> float:
        return float(self.value[1] if isinstance(self.value, tuple) else self.value)

    @property
    def low(self) -> float:
        """The low end in the figure's unit."""
        return self.written_low * self.factor

    @property
    def high(self) -> float:
        return self.written_high * self.factor

    @property
    def decimals(self) -> int:
        ends = self.value if isinstance(self.value, tuple) else (self.value,)
        return max(decimals_of(v) for v in ends)

    def margin(self, v: Number) -> float:
        """How far "about ``v``" reaches, in the written unit (see the module docstring)."""
        if self.tolerance is not None:
            if self.tolerance.relative is not None:
                return abs(float(v)) * self.tolerance.relative
            return (self.tolerance.absolute or 0.0) / (self.factor or 1.0)
        decimals = decimals_of(v)
        if decimals:
            return 0.5 * 10.0 ** -decimals
        return max(ABOUT_RELATIVE * abs(float(v)), 0.5)

    def interval(self) -> tuple[float, float]:
        """The values the report allows, in the figure's unit (see the module docstring)."""
        return self._interval

    @cached_property
    def _interval(self) -> tuple[float, float]:
        # Cached: grouping compares each value with many others (the value is frozen).
        low, high = self.written_low, self.written_high
        match self.approx:
            case "about":
                low, high = (low - self.margin(self._end(0)), high + self.margin(self._end(1)))
            case "nearly":  # short of the value, by as far as "about" reaches
                low = low - self.margin(self._end(0))
            case "more-than":
                low, high = math.nextafter(high, math.inf), math.inf
            case "at-least":
                high = math.inf
            case "fewer-than":
                low, high = 0.0, math.nextafter(low, -math.inf)
            case "up-to":
                low = 0.0
        return low * self.factor, high * self.factor

    def _end(self, i: int) -> Number:
        return self.value[i] if isinstance(self.value, tuple) else self.value

    def text(self) -> str:
        """As written, as a reader would say it: "about 300", "308", "300–310"."""
        if isinstance(self.value, tuple):
            text = f"{number(self.value[0])}–{number(self.value[1])}"
        else:
            text = number(self.value)
        return f"{APPROX_WORDS[self.approx]} {text}" if self.approx else text

    def converted_number(self, end: int = 0) -> str:
        """One end in the figure's unit, rounded to the precision written ("9.7" for 6 miles
        in km; "308" as it is)."""
        v = self._end(end)
        if self.factor == 1.0:
            return number(v)
        return converted_text(float(v) * self.factor, significant_digits(float(v),
                                                                         decimals_of(v)))

    def converted_text(self) -> str:
        """The value in the figure's unit, rounded to the precision written: "9.7" for 6 miles
        in km, "270–330"."""
        if isinstance(self.value, tuple):
            text = f"{self.converted_number(0)}–{self.converted_number(1)}"
        else:
            text = self.converted_number(0)
        return f"{APPROX_WORDS[self.approx]} {text}" if self.approx else text

    def _shown(self, x: float) -> str:
        """A bound in the figure's unit: exact when nothing was converted, else to one digit
        more than was written (3 at least): 3.19, not 3.18516."""
        if self.factor == 1.0 or not math.isfinite(x):
            return number(x)
        return converted_text(x, max(significant_digits(self.written_high,
                                                        self.decimals) + 1, 3))

    def read_as(self) -> str:
        """The interval as words, in the figure's unit: "above 308", "300 or more", "285–315"."""
        lo, hi = self.interval()
        match self.approx:
            case "more-than":
                return f"above {self._shown(self.high)}"
            case "at-least":
                return f"{self._shown(self.low)} or more"
            case "fewer-than":
                return f"below {self._shown(self.low)}"
            case "up-to":
                return f"{self._shown(self.high)} or fewer"
        return self._shown(lo) if lo == hi else f"{self._shown(lo)}–{self._shown(hi)}"

    def can_both_hold(self, other: FigureValue) -> bool:
        """Whether one quantity can satisfy both reports (their intervals share a value)."""
        low, high = self.interval()
        other_low, other_high = other.interval()
        return not (other_high < low or high < other_low)

    def same_words(self, other: FigureValue) -> bool:
        """The same value with the same qualifier, in the same unit."""
        return (self.value, self.approx, self.factor) == (other.value, other.approx, other.factor)


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


def report_value(value: Number | tuple[Number, Number], approx: str | None,
                 report_unit: str, figure: Unit | None,
                 tolerance: Tolerance | None = None) -> FigureValue:
    """A report's value read in its figure's unit. A unit that cannot be converted is read as
    written (``briefing check`` reports it as an error)."""
    factor = 1.0
    own = unit(report_unit)
    if own is not None and figure is not None and own.convertible(figure):
        factor = own.factor_to(figure)
    return FigureValue(value, approx, factor, tolerance)


def agreement(values: list[FigureValue]) -> str:
    """"agree" (the same value and qualifier), "consistent" (one value fits every report) or
    "disagree"."""
    if all(v.same_words(values[0]) for v in values):
        return "agree"
    intervals = [v.interval() for v in values]
    if max(lo for lo, _ in intervals) <= min(hi for _, hi in intervals):
        return "consistent"
    return "disagree"
