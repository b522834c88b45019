"""Units of figures: what an analyst writes in ``unit:`` and what the quantity reader attaches to
a number, resolved to one unit, and converted with ``pint``.

Why pint: a maintained registry of every unit news copy uses (miles, nautical miles, feet, km/h,
knots, tonnes, cubic metres, hectares, percent …) with exact conversion factors, and a parser for
what analysts write ("miles", "kilometres per hour", "m/s", "sq km"); keeping our own table of
factors would be a second, worse copy of it. The registry costs 0.2 s to load, so it is loaded
on the first unit that needs it, not on import.

A unit is one of three kinds:

* **measure**: a unit pint converts (``km``, ``miles``, ``knots``, ``percent``). Two measures of
  the same dimension compare after conversion: "6 miles" is 9.7 km.
* **scale**: a unit pint does not convert and that only compares with itself: an earthquake's
  ``magnitude``, currencies (``usd``, ``eur``, ``gbp``: rates change by the day) and the kiloton of
  TNT.
* **count**: what a number counts (``fighters``, ``people``, ``deaths``). Counts compare with
  counts, as they are: a figure of "fighters" and a report written as "militants" count the same
  thing in other words.

The reader's unit names (:data:`generator.text.number_words.UNITS_AFTER`, pint-style:
``km``, ``mile``, ``metric_ton``, ``km_per_hour``) and every word of that table in every language
resolve to the same units, so a unit read in a quote and a unit written in a fact sheet compare.
"""

from __future__ import annotations

import functools
import math
import re
from dataclasses import dataclass
from typing import Any

from generator.text.number_words import CURRENCIES, UNITS_AFTER, UNITS_BEFORE
from generator.text.quantities.heat import TEMPERATURE_SENTENCE

MEASURE, SCALE, COUNT = "measure", "scale", "count"

#: "42 degrees" with no scale: the outlet's own, Celsius or Fahrenheit; compared as written with
#: a figure in either (pint's bare "degree" is an angle).
BARE_DEGREE = "degree (as written)"
TEMPERATURE_KEYS = frozenset({"degree_Celsius", "degree_Fahrenheit"})
#: The reader's unit names as pint spells them (the others are pint's own names already).
READER_PINT = {
    "km": "kilometer", "m": "meter", "cm": "centimeter", "cubic_meter": "meter ** 3",
    "square_meter": "meter ** 2", "square_kilometer": "kilometer ** 2",
    "km_per_hour": "kilometer / hour", "mile_per_hour": "mile / hour",
}
#: Units pint does not convert, each comparable only with itself.
SCALES = frozenset({"magnitude", "kiloton"} | CURRENCIES)
#: Words pint reads as a unit that, in a fact sheet, name something counted ("points" of an index
#: are not typographic points; "stones" are not 14 pounds).
NOT_MEASURES = frozenset({"point", "points", "pt", "pts", "stone", "stones", "line", "lines",
                          "cup", "cups", "pi", "rad", "count", "counts", "percentage",
                          "a", "an", "the", "at", "bar", "bars"})


def _aliases() -> dict[str, str]:
    """Every word of the reader's unit tables -> the reader's unit name."""
    out: dict[str, str] = {}
    for table in (UNITS_AFTER, UNITS_BEFORE):
        for name, words in table.items():
            out.setdefault(name, name)
            for word in words:
                out.setdefault(word.lower(), name)
    out.update({"$": "usd", "us$": "usd", "dollar": "usd", "dollars": "usd", "€": "eur",
                "£": "gbp", "mw": "magnitude", "kt": "kiloton", "mph": "mile_per_hour",
                "metres": "m", "metre": "m", "meters": "m", "meter": "m"})
    return out


_ALIASES = _aliases()

#: How a label names a quantity in each of the reader's units: a figure group of metres is
#: "Metres (400)", not "Number of mètres (400)" in the first outlet's language, nor "Number of
#: % (30)" (trial 13).
NAMES = {
    "millimeter": "millimetres", "inch": "inches",
    "cm": "centimetres", "m": "metres", "km": "kilometres", "mile": "miles",
    "nautical_mile": "nautical miles", "foot": "feet", "yard": "yards",
    "square_meter": "square metres",
    "square_kilometer": "square kilometres", "square_mile": "square miles", "hectare": "hectares",
    "cubic_meter": "cubic metres", "liter": "litres", "milliliter": "millilitres",
    "kilogram": "kilograms", "metric_ton": "tonnes", "kiloton": "kilotons",
    "gigawatt": "gigawatts", "megawatt": "megawatts",
    "km_per_hour": "kilometres per hour", "mile_per_hour": "miles per hour", "knot": "knots",
    "degree": "degrees", "degree_Celsius": "degrees Celsius",
    "degree_Fahrenheit": "degrees Fahrenheit", "percent": "per cent", "magnitude": "magnitude",
    "usd": "US dollars", "eur": "euros", "gbp": "pounds sterling", "inr": "Indian rupees",
    "second": "seconds", "minute": "minutes", "hour": "hours", "day": "days", "week": "weeks",
    "month": "months", "year": "years",
}


def unit_name(text: str | None) -> str | None:
    """The English name of a unit of the reader's tables in any of its spellings ("mètres",
    "Tonnen", "%", "euro"), for a label; None for a counted noun."""
    if not text:
        return None
    return NAMES.get(_ALIASES.get(re.sub(r"\s+", " ", text.strip().lower()), ""))


@functools.cache
def registry() -> Any:
    """pint's unit registry, loaded once, on first use."""
    import pint  # third-party: loaded only when a figure has a unit to convert

    return pint.UnitRegistry(autoconvert_offset_to_baseunit=False)


@dataclass(frozen=True)
class Unit:
    """One unit as written, with what it resolves to."""

    written: str
    key: str  # pint's canonical unit ("mile", "kilometer / hour"), a scale's name, or the noun
    kind: str  # MEASURE, SCALE or COUNT

    def convertible(self, other: Unit) -> bool:
        """Whether values in the two units can be compared."""
        if self.kind != other.kind:
            return False
        if self.kind == MEASURE:
            if BARE_DEGREE in (self.key, other.key):  # "42 degrees" and a figure in °C or °F
                return {self.key, other.key} <= TEMPERATURE_KEYS | {BARE_DEGREE}
            return _factor(self.key, other.key) is not None
        return self.kind == COUNT or self.key == other.key

    def factor_to(self, other: Unit) -> float:
        """What one of this unit is in ``other`` (1 for counts and scales); ValueError when
        the two cannot be compared."""
        if not self.convertible(other):
            raise ValueError(f"{self.written!r} cannot be converted to {other.written!r}")
        if self.kind != MEASURE or self.key == other.key or BARE_DEGREE in (self.key, other.key):
            return 1.0
        factor = _factor(self.key, other.key)
        assert factor is not None
        return factor

    @property
    def temperature(self) -> bool:
        """°C, °F or a bare "degrees"."""
        return self.kind == MEASURE and self.key in TEMPERATURE_KEYS | {BARE_DEGREE}

    def same(self, other: Unit) -> bool:
        """The same unit; a bare "degrees" is the same as a figure's °C or °F."""
        return self.kind == other.kind and (self.kind == COUNT or self.key == other.key or (
            BARE_DEGREE in (self.key, other.key) and self.temperature and other.temperature))


def by_scale(target: Unit | None, text: str) -> bool:
    """Whether a figure in ``target`` is looked for in ``text`` by its unit alone: a temperature
    figure, in a text that speaks of a temperature (:data:`TEMPERATURE_SENTENCE`)."""
    return bool(target and target.temperature and TEMPERATURE_SENTENCE.search(text))


@functools.lru_cache(maxsize=512)
def _factor(source: str, target: str) -> float | None:
    """Multiplicative factor from one pint unit to another; None across dimensions and for
    units with an offset (°C to °F is not a factor)."""
    ureg = registry()
    try:
        a, b = ureg.Unit(source), ureg.Unit(target)
        if not a.is_compatible_with(b):
            return None
        if ureg.Quantity(0.0, a).to(b).magnitude != 0:  # an offset: °C to °F
            return None
        return float(ureg.Quantity(1.0, a).to(b).magnitude)
    except Exception:  # pint raises many kinds; any means "not convertible"
        return None


@functools.lru_cache(maxsize=1024)
def unit(text: str | None) -> Unit | None:
    """The unit an analyst or the reader wrote; None for no unit. Never raises: a word that is
    no unit pint knows is a counted noun."""
    if text is None or not str(text).strip():
        return None
    written = str(text).strip()
    low = re.sub(r"\s+", " ", written.lower())
    name = _ALIASES.get(low)
    if name is not None and written != low and _canonical(written):
        name = None  # pint is case-sensitive: "MW" is megawatts, "mw" a moment magnitude
    if name is not None:
        if name in SCALES:
            return Unit(written, name, SCALE)
        if name == "degree":
            return Unit(written, BARE_DEGREE, MEASURE)
        return Unit(written, _canonical(READER_PINT.get(name, name)) or name, MEASURE)
    if low in NOT_MEASURES or not re.search(r"[a-z%°µ]", low):
        return Unit(written, low, COUNT)
    canonical = _canonical(written) or _canonical(low)  # pint is case-sensitive: hPa, MW
    if canonical is None:
        return Unit(written, low, COUNT)
    return Unit(written, canonical, MEASURE)


@functools.lru_cache(maxsize=1024)
def _canonical(text: str) -> str | None:
    """pint's name for a unit expression, or None when pint does not know it as a unit."""
    try:
        parsed = registry().Unit(text)
    except Exception:  # UndefinedUnitError, DefinitionSyntaxError, TypeError …
        return None
    name = str(parsed)
    return name or None


def converted_text(value: float, significant: int) -> str:
    """A converted value rounded to as many significant digits as the value it was converted
    from had (two at least): 6 miles is "9.7" km, 11.5 feet "3.51" m, 185 km/h "115" mph."""
    if value == 0 or not math.isfinite(value):
        return f"{value:g}"
    digits = max(significant, 2)
    magnitude = math.floor(math.log10(abs(value)))
    decimals = max(0, digits - 1 - magnitude)
    rounded = round(value, decimals)
    if decimals == 0:
        return f"{int(rounded):,}"
    return f"{rounded:,.{decimals}f}".rstrip("0").rstrip(".")


def significant_digits(value: float, decimals: int) -> int:
    """How many significant digits a written value has: 6 -> 1, 300 -> 1, 308 -> 3, 6.4 -> 2,
    11.5 -> 3, 0.05 -> 1."""
    if value == 0:
        return 1
    text = f"{abs(value):.{decimals}f}".replace(".", "").lstrip("0")
    if decimals == 0:
        text = text.rstrip("0") or "0"
    return max(len(text), 1)
