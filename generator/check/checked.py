"""What the check stage hands on: the content with every citation located and every date read.

The analyse and render stages only read these; the site and the PDF mark each :class:`Citation`
in its article and link back to the record it supports.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from generator.check.mentions import Mentions
from generator.check.off_event import OffEvent
from generator.content.model import Content
from generator.text.clock_times import ClockTime
from generator.text.dates import FuzzyDate
from generator.text.matching import Span


@dataclass(frozen=True)
class Citation:
    """One evidence quote located in its article."""

    article: str
    span: Span
    kind: str  # "event", "figure", "quote"
    record: str  # record id
    report: int  # index of the report in the record
    label: str  # human title of the record

    @property
    def anchor(self) -> str:
        return f"cite-{self.kind}-{self.record}-{self.report}"


@dataclass(frozen=True)
class SourceDate:
    """The date one source gives for an event: explicit, or its wording resolved against the
    article's publication date ("on Wednesday", published Wed 30 Aug 2017 -> 30 Aug 2017)."""

    date: FuzzyDate | None
    wording: str
    rule: str
    published: datetime | date | None
    error: str = ""
    time: ClockTime | None = None  # the time of day the wording gives beside its day
    #: the day of a live page's update when the wording was read from it (check/live_pages.py)
    from_update: str = ""


@dataclass
class Checked:
    content: Content
    citations: list[Citation] = field(default_factory=list)
    #: (event id, report index) -> the date that source gives
    dates: dict[tuple[str, int], SourceDate] = field(default_factory=dict)
    #: event id -> why its sources' dates cannot all hold
    date_conflicts: dict[str, str] = field(default_factory=dict)
    #: (file, line, col) of report fields whose words the source does not hold (a date_text,
    #: a speaker, a free-text attributed_to): the analyst's reading, shown as such
    analysts_readings: set[tuple[str, int, int]] = field(default_factory=set)
    #: (record kind, record id) -> article id -> passages that state the figure or name the
    #: event, cited or not (what tells "not cited" from "silent")
    mentions: Mentions = field(default_factory=dict)
    #: article id -> why it looks like it is about another event
    off_event: dict[str, OffEvent] = field(default_factory=dict)
    #: article id -> why it *may* be about another event, on weak or conflicting evidence: shown
    #: to the analyst, never acted on
    off_event_unsure: dict[str, OffEvent] = field(default_factory=dict)
    #: (first article, repeating article, why): the same article saved twice
    duplicates: list[tuple[str, str, str]] = field(default_factory=list)
