"""What the analysis holds: the types the site pages, the PDF, the charts and TimelineJS read.

Labels a reader sees for a kind of record (:data:`KIND_LABEL`) are decided here, once, so the
site and the printed briefing name records alike.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from generator.check.checked import Citation, SourceDate
from generator.content.model import Article, Content
from generator.content.schema import (
    Entity,
    Era,
    Event,
    EventReport,
    Figure,
    FigureReport,
    Outlet,
    Quote,
    QuoteReport,
)
from generator.text.characters import isolate_bidi
from generator.text.dates import FuzzyDate, display_published
from generator.text.numbers import number

#: What a reader calls each kind of record, on pages, in charts and in print.
KIND_LABEL = {"event": "Event", "figure": "Figure", "quote": "Quote"}


def value_text(report: FigureReport) -> str:
    """A figure report as a reader would say it: "about 300", "308", "300–310"."""
    return report.figure_value.text()


@dataclass(frozen=True)
class Source:
    """Where a report comes from: the article, its outlet, the citation anchor on its page."""

    article: Article
    outlet: Outlet | None
    anchor: str

    @property
    def outlet_name(self) -> str:
        return self.outlet.name if self.outlet else (self.article.outlet or "unknown outlet")

    @property
    def outlet_id(self) -> str:
        return self.article.outlet or ""

    @property
    def published(self) -> str:
        return display_published(self.article.published)


@dataclass
class FigureRow:
    report: FigureReport
    source: Source
    text: str
    attribution: str


@dataclass
class FigureAnalysis:
    figure: Figure
    rows: list[FigureRow]
    status: str  # "agree", "consistent", "disagree"
    low: float
    high: float
    attributions: list[str]
    silent: list[Outlet]

    @property
    def range_text(self) -> str:
        texts = sorted({r.text for r in self.rows})
        if len(texts) == 1:
            return texts[0]
        return f"{number(self.low)} to {number(self.high)}"

    @property
    def attribution_differs(self) -> bool:
        return len(set(self.attributions)) > 1

    @property
    def attribution_text(self) -> str:
        return "; ".join(f"{isolate_bidi(r.source.outlet_name)}: {isolate_bidi(r.attribution)}"
                         for r in self.rows)


@dataclass
class DiffPiece:
    op: str  # "same", "ins", "del"
    text: str


@dataclass
class Rendering:
    report: QuoteReport
    source: Source
    diff: list[DiffPiece]


@dataclass
class QuoteAnalysis:
    quote: Quote
    renderings: list[Rendering]
    silent: list[Outlet]

    @property
    def wording_differs(self) -> bool:
        return len({" ".join(r.report.text.split()) for r in self.renderings}) > 1

    @property
    def speaker_differs(self) -> bool:
        return len({r.report.speaker.casefold() for r in self.renderings}) > 1

    @property
    def speaker_text(self) -> str:
        return "; ".join(f"{isolate_bidi(r.source.outlet_name)}: "
                         f"{isolate_bidi(r.report.speaker or 'unnamed')}"
                         for r in self.renderings)


@dataclass
class DatedSource:
    source: Source
    report: EventReport
    date: SourceDate | None  # what this source says about the date, if anything


@dataclass
class TimelineEntry:
    event: Event
    date: FuzzyDate
    sources: list[DatedSource]
    conflict: str = ""  # why the sources' dates cannot all hold; empty when they can
    era: Era | None = None


@dataclass
class Claim:
    kind: str  # "event", "figure", "quote"
    id: str
    label: str
    outlets: dict[str, str]  # outlet id -> "reports" | "silent" | "disagrees"

    @property
    def reporters(self) -> list[str]:
        return [o for o, state in self.outlets.items() if state != "silent"]


@dataclass
class VariantUse:
    entity: Entity
    kind: str  # "actor", "place", "term"
    counts: dict[str, Counter]  # outlet id -> Counter(name -> mentions)
    articles: dict[str, Counter]  # article id -> Counter(name -> mentions)

    def names(self) -> list[str]:
        return [self.entity.name, *self.entity.variants]

    def total(self, name: str) -> int:
        return sum(c[name] for c in self.counts.values())


@dataclass
class Discrepancy:
    kind: str  # "figure", "attribution", "speaker", "wording"
    target: str  # record id
    title: str
    detail: str


@dataclass
class OutletSummary:
    outlet: Outlet
    articles: list[Article]
    claims: list[Claim]  # what it reports
    silent: list[Claim]  # what other outlets report and it does not


@dataclass
class Analysis:
    content: Content
    citations: dict[str, list[Citation]]  # article id -> citations, in text order
    figures: list[FigureAnalysis]
    quotes: list[QuoteAnalysis]
    timeline: list[TimelineEntry]
    claims: list[Claim]
    variants: list[VariantUse]
    discrepancies: list[Discrepancy]
    outlets: list[OutletSummary]
    covered_outlets: list[Outlet] = field(default_factory=list)
    #: positions of report fields the source does not hold (Checked.analysts_readings)
    analysts_readings: frozenset[tuple[str, int, int]] = frozenset()

    def analysts_reading(self, report, key: str) -> bool:
        """True when ``report``'s ``key`` (date_text, speaker, attributed_to) is the analyst's
        reading, not words the source holds: pages label it so."""
        return report.at(key) in self.analysts_readings
