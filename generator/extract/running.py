"""A toll reported over days is one running figure, not one figure per order of magnitude.

Figures group when their values are within a factor 2, which keeps a day's misreadings apart
(the foreigners among the dead beside the toll). A running count (the dead, the injured, the
missing) outgrows that factor as the story unfolds: twelve dead on the first day and four
hundred a fortnight later are one toll. So each article's own toll, the highest count it gives
of a running noun group, may join the toll group of earlier days whatever its value, and only
reports published the same day must keep within the factor. An article's smaller counts of the
same group (five more bodies, a day's recoveries, the foreigners among the dead) are no second
toll: they stay under the factor rule against the reports of their day.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from generator.content.model import Content
from generator.extract.model import FigureCandidate
from generator.text.dates import utc
from generator.text.numbers import number

__all__ = ["day_of", "same_day_disagree", "toll_candidates", "toll_span"]


def day_of(c: FigureCandidate, content: Content) -> date | None:
    """The day (UTC) the article of ``c`` was published, None when it has no date."""
    published = content.articles[c.article].published
    return utc(published).date() if published else None


def toll_candidates(cands: list[FigureCandidate], running: frozenset[str]) -> set[int]:
    """The ids of the candidates that are their article's toll: the highest count of a running
    noun group the article gives (and every report of that value). Vague amounts ("hundreds")
    and low-confidence readings are no toll: they are lower bounds or guesses."""
    best: dict[tuple[str, str], float] = defaultdict(float)
    for c in cands:
        if c.group in running and c.confidence != "low":
            key = (c.article, c.group)
            best[key] = max(best[key], c.low)
    return {id(c) for c in cands if c.group in running and c.confidence != "low"
            and c.low == best[(c.article, c.group)]}


def same_day_disagree(members: list[FigureCandidate], days: dict[int, date | None]) -> bool:
    """Whether two exact values differ among reports published the same day: only those may
    disagree, a later day's value is an update."""
    exact: dict[date | None, set] = defaultdict(set)
    for c in members:
        if not c.approx:
            exact[days.get(id(c))].add(repr(c.value))
    return any(len(values) > 1 for values in exact.values())


def toll_span(members: list[FigureCandidate], days: dict[int, date | None]) -> str:
    """'from 2 (16 Apr 2014) to 226 (30 Apr 2014)': the first and the latest day's values."""
    dated = sorted((d, c.low) for c in members if (d := days.get(id(c))) is not None)
    (first, a), (last, b) = dated[0], dated[-1]
    return (f"from {number(a)} ({first.day} {first:%b %Y}) to {number(b)} "
            f"({last.day} {last:%b %Y})")
