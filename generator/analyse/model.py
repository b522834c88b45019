"""What the analysis holds: the types the site pages, the PDF, the charts and TimelineJS read.

Labels a reader sees for a kind of record (:data:`KIND_LABEL`) are decided here, once, so the
site and the printed briefing name records alike.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from generator.analyse.copies import Copies, CopyFamily
from generator.check.checked import Citation, SourceDate
from generator.check.off_event import OffEvent
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
from generator.text.dates import FuzzyDate, display_published
from generator.text.names import strip_titles
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
    #: the copy family the article belongs to: its report is a copy, not an independent one
    family: CopyFamily | None = None

    @property
    def outlet_name(self) -> str:
        return self.outlet.name if self.outlet else (self.article.outlet or "unknown outlet")

    @property
    def outlet_id(self) -> str:
        return self.article.outlet or ""

    @property
    def published(self) -> str:
        return display_published(self.article.published)

    @property
    def origin(self) -> str:
        """One independent source: the copy family, else the outlet."""
        return self.family.id if self.family else "outlet:" + (self.article.outlet or "")


@dataclass(frozen=True)
class Independence:
    """How many independent sources a set of reports is, beside how many outlets."""

    sources: int
    outlets: int
    reports: int
    families: tuple[CopyFamily, ...] = ()  # families with more than one report here

    @property
    def text(self) -> str:
        """ "5 independent sources, 14 outlets"; "1 source" alone when they are the same."""
        s = f"{self.sources} independent source{'s' if self.sources != 1 else ''}"
        if self.outlets == self.sources:
            return s
        return s + f", {self.outlets} outlet{'s' if self.outlets != 1 else ''}"

    @property
    def one_copy(self) -> bool:
        """Several reports, all one copy: not agreement between sources."""
        return self.sources == 1 and self.reports > 1 and bool(self.families)


def independence(sources: list[Source]) -> Independence:
    origins: dict[str, list[Source]] = {}
    for src in sources:
        origins.setdefault(src.origin, []).append(src)
    families = tuple(dict.fromkeys(s[0].family for s in origins.values()
                                   if s[0].family is not None and len(s) > 1))
    return Independence(len(origins), len({s.outlet_id for s in sources}), len(sources),
                        families)


def plain_words(text: str) -> str:
    """Words only: what is left of a rendering without its punctuation and case."""
    return " ".join(re.findall(r"\w+", text.casefold()))


def _same_person(a: str, b: str) -> bool:
    """Two namings of a speaker that differ only in a title ("Col. Ryan Dillon", "Ryan
    Dillon")."""
    return plain_words(strip_titles(a)) == plain_words(strip_titles(b))


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
    independence: Independence | None = None

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
        return "; ".join(f"{r.source.outlet_name}: {r.attribution}" for r in self.rows)


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
    independence: Independence | None = None

    def _differ(self, key, same_in_family) -> bool:
        """Two renderings differ unless they are equal, or are copies of one family that
        ``same_in_family`` holds alike (a full stop, a title: the outlet's house style)."""
        rs = self.renderings
        return any(key(a) != key(b) and not (a.source.family is not None
                                             and a.source.family is b.source.family
                                             and same_in_family(a, b))
                   for i, a in enumerate(rs) for b in rs[i + 1:])

    @property
    def wording_differs(self) -> bool:
        return self._differ(lambda r: " ".join(r.report.text.split()),
                            lambda a, b: plain_words(a.report.text) == plain_words(b.report.text))

    @property
    def speaker_differs(self) -> bool:
        return self._differ(lambda r: r.report.speaker.casefold(),
                            lambda a, b: _same_person(a.report.speaker, b.report.speaker))

    @property
    def speaker_text(self) -> str:
        return "; ".join(f"{r.source.outlet_name}: {r.report.speaker or 'unnamed'}"
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
    independence: Independence | None = None


@dataclass
class Claim:
    kind: str  # "event", "figure", "quote"
    id: str
    label: str
    outlets: dict[str, str]  # outlet id -> "reports" | "silent" | "disagrees"
    independence: Independence | None = None
    #: outlet id -> the copy family its report belongs to, for reports that are copies
    copies: dict[str, CopyFamily] = field(default_factory=dict)

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
    copies: Copies = field(default_factory=Copies)
    #: article id -> why it looks like it is about another event (``check``)
    off_event: dict[str, OffEvent] = field(default_factory=dict)
    duplicates: list[tuple[str, str, str]] = field(default_factory=list)

    def family(self, article_id: str) -> CopyFamily | None:
        return self.copies.family_of.get(article_id)
