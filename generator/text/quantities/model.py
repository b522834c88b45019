"""One number as an article states it: the value type every reader of numbers receives.

It has a module of its own because the reader imports the passes that build it
(:mod:`.calendar`, :mod:`.numerals`, :mod:`.words`): kept in the reader, it would have the
passes import the reader back, and the package's modules import each other one way only. Every
caller (check's values, extract's figures, the analysis) reads this one type, and where a
number's words begin and end is read here, not again by each caller."""

from __future__ import annotations

from dataclasses import dataclass

QUANTITY, VAGUE, TIME, DATE, YEAR, ORDINAL, ID = (
    "quantity", "vague", "time", "date", "year", "ordinal", "id")


@dataclass(frozen=True)
class Quantity:
    """One number as the text states it.

    ``start``/``end`` cover the number as written with its scale word ("1.2 million") and, for a
    range, both ends ("410 to 589"); ``span`` adds the qualifier and the unit ("more than 2,700
    tons"). ``value`` is the low end of a range, ``high`` its high end; a vague amount has no
    value, only ``floor``, the least value its words allow. ``decimals`` is how many decimals
    were written: the precision of the outlet's number.
    """

    start: int
    end: int
    kind: str
    value: float | None
    high: float | None = None
    unit: str | None = None
    approx: str = "exact"
    decimals: int = 0
    floor: float | None = None
    span: tuple[int, int] = (0, 0)
    scaled: float | None = None  # the value before its scale word ("1.2" of "1.2 million")

    @property
    def values(self) -> tuple[float, ...]:
        """Every value the text states: one, or both ends of a range."""
        out = [v for v in (self.value, self.high) if v is not None]
        return tuple(out)

    @property
    def is_range(self) -> bool:
        return self.high is not None

    @property
    def written_start(self) -> int:
        """Where the number's words begin, its qualifier with them ("more than" of "more than
        40"): the start of ``span``, or ``start`` when the reader gave no span."""
        return self.span[0] if self.span[1] else self.start

    @property
    def written_end(self) -> int:
        """Where the number's words end, its unit with them ("tons" of "2,700 tons")."""
        return max(self.end, self.span[1])
