"""A date wording that gives the day twice, the second in apposition to the first: "gestern
Abend, Freitag, 2. Mai", "hier, samedi 3 mai", "yesterday, Saturday" (trial 12: a page gave its
event's day as "yesterday" and as a Saturday with a day number that was a Sunday).

:func:`generator.text.relative_dates.resolve` knows each half, not the whole, and called the
whole "not a wording Briefing knows": the source's own slip went unseen. Here the wording is
cut at a comma into two halves that each resolve (or that the rules refuse for a reason of
their own, a weekday that is not the date's): two halves that agree are the day; two that
cannot both hold, or a half refused, are said to the analyst with each half's reading.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from generator.text.dates import FuzzyDate, local_date
from generator.text.relative_dates import Resolved, UnresolvableDate, conflicts, resolve

_UNKNOWN = "not a wording Briefing knows"


def _half(text: str, published: datetime | date,
          languages: Sequence[str] | None) -> Resolved | UnresolvableDate | None:
    """The half resolved, the rules' refusal of it, or None when no rule knows it."""
    try:
        return resolve(text, published, languages=languages)
    except UnresolvableDate as exc:
        return None if _UNKNOWN in str(exc) else exc


def resolve_apposed(expression: str, published: datetime | date, *,
                    languages: Sequence[str] | None = None) -> Resolved:
    """:func:`resolve`, and when no rule knows the wording, its two halves around a comma."""
    try:
        return resolve(expression, published, languages=languages)
    except UnresolvableDate as whole:
        if _UNKNOWN not in str(whole):
            raise
        parts = expression.split(",")
        for k in range(1, len(parts)):
            left, right = ",".join(parts[:k]).strip(), ",".join(parts[k:]).strip()
            a, b = _half(left, published, languages), _half(right, published, languages)
            if a is None or b is None or (isinstance(a, UnresolvableDate)
                                          and isinstance(b, UnresolvableDate)):
                continue
            if isinstance(a, Resolved) and isinstance(b, Resolved):
                if not conflicts(a.date, b.date):
                    return Resolved(b.date, expression,
                                    f"the day given twice: {a.rule}; {b.rule}", b.time or a.time)
                raise UnresolvableDate(
                    f"cannot resolve {expression!r}: it gives the day twice, and the two cannot "
                    f"both hold: {left!r} is {a.date.display()}, {right!r} is "
                    f"{b.date.display()}; check the article and write the date it means in "
                    "`date:`") from None
            good, bad = (a, b) if isinstance(a, Resolved) else (b, a)
            said = left if good is a else right
            raise UnresolvableDate(
                f"cannot resolve {expression!r}: it gives the day twice; {said!r} is "
                f"{good.date.display()}, and {bad}") from None
        raise


def later_reading(wording: str, later: datetime | date, published: datetime | date,
                  found: FuzzyDate, languages: Sequence[str] | None = None) -> FuzzyDate | None:
    """What ``wording`` means read from a ``later`` moment than the publication (a live page's
    update), when that is another day and the reading differs from ``found`` (the publication's
    reading); else None. One place for `check` and `extract` (FORMAT.md, live pages)."""
    if local_date(later) <= local_date(published):
        return None
    try:
        other = resolve_apposed(wording, later, languages=languages).date
    except UnresolvableDate:
        return None
    return other if other.display() != found.display() else None

