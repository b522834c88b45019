"""What the analysis holds: the types the site pages, the PDF, the charts and TimelineJS read.

Labels a reader sees for a kind of record (:data:`KIND_LABEL`) are decided here, once, so the
site and the printed briefing name records alike.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from generator.analyse.copies import Copies, CopyFamily
from generator.analyse.independence import Independence
from generator.analyse.naming import by_name, plain_words, same_person
from generator.check.checked import Citation, SourceDate
from generator.check.mentions import Mention
from generator.check.off_event import OffEvent
from generator.content.figure_value import FigureValue, agreement
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
from generator.text.dates import FuzzyDate, display_published, moment_text, utc

#: What a reader calls each kind of record, on pages, in charts and in print.
KIND_LABEL = {"event": "Event", "figure": "Figure", "quote": "Quote"}
#: The states of an outlet on a record in which the fact sheets cite it.
CITED = ("reports", "disagrees")
_NO_TIME = datetime.min.replace(tzinfo=UTC)


@dataclass(frozen=True)
class Source:
    """Where a report comes from: the article, its outlet, the citation anchor on its page."""

    article: Article
    outlet: Outlet | None
    anchor: str
    #: the copy family the article belongs to: its report is a copy, not an independent one
    family: CopyFamily | None = None
    #: the independent source it is (:meth:`generator.analyse.copies.Copies.origin`)
    origin_id: str = ""

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
        """One independent source: as the copies say (an agency's story, a copy family), else
        the outlet."""
        return self.origin_id or "outlet:" + (self.article.outlet or "")


@dataclass
class FigureRow:
    """One report of a figure, read in the figure's unit, with when its value held."""

    report: FigureReport
    source: Source
    text: str  # the value as written: "about 300", "6"
    attribution: str
    value: FigureValue = field(default_factory=lambda: FigureValue(0))  # in the figure's unit
    #: when the value held: the report's ``as_of``, else the article's publication
    as_of: datetime | date | None = None
    as_of_given: bool = False  # from ``as_of:`` (the text says "as of 5 pm")
    shown: str = ""  # with its unit, as written plus converted: "6 miles (9.7 km)"
    copy_of: str = ""  # the article republishes this source (its ``via``): a wire copy
    #: an earlier count its article recalls beside a higher one (:func:`.figures.recalled`)
    recalled: bool = False

    @property
    def time_text(self) -> str:
        """When the value held: "3 Nov 2023, 14:00 (UTC+06:00)", or the date alone."""
        return moment_text(self.as_of) if self.as_of is not None else "unknown"

    @property
    def sort_key(self) -> tuple:
        return (utc(self.as_of) if self.as_of is not None else _NO_TIME,
                self.source.outlet_name, self.source.article.id)


@dataclass(frozen=True)
class Flag:
    """Reports of a running count that cannot be updates of one another."""

    kind: str  # "lower" (a later report of one source is lower), "same-time", or "fell"
    earlier: FigureRow
    later: FigureRow

    @property
    def text(self) -> str:
        a, b = self.earlier, self.later
        if self.kind == "lower":
            return (f"{b.source.outlet_name} gives {b.shown} as of {b.time_text}, lower than "
                    f"its {a.shown} as of {a.time_text}, and states no correction")
        return (f"{a.source.outlet_name} gives {a.shown} as of {a.time_text} and "
                f"{b.source.outlet_name} {b.shown} as of {b.time_text}: about the same time, "
                "and both cannot hold")


@dataclass(frozen=True)
class Stance:
    """One outlet on one record: cited, mentioned but not cited, an excerpt cut before it could
    say, silent (its text says nothing of it), or unchecked (the record cannot be looked for in
    the text: a statement, an event with no terms, place or actors)."""

    state: str  # "reports", "disagrees", "mentions", "excerpt", "silent", "unchecked"
    article: Article | None = None  # the article that mentions it, or the excerpt
    mention: Mention | None = None


@dataclass
class FigureAnalysis:
    figure: Figure
    rows: list[FigureRow]  # in time order
    #: fixed: "agree", "consistent", "disagree", "by-counter"; running: "update", "conflict";
    #: either: "single" when one outlet reports it
    status: str
    low: float
    high: float
    attributions: list[str]
    silent: list[Outlet]
    kind: str = "fixed"
    stances: dict[str, Stance] = field(default_factory=dict)  # outlet id -> its stance
    flags: list[Flag] = field(default_factory=list)  # running: what cannot be an update
    falls: list[Flag] = field(default_factory=list)  # running: where a later report is lower
    latest: FigureRow | None = None  # running: the last report
    latest_by_outlet: list[FigureRow] = field(default_factory=list)
    #: running: the first reports, none known to come after another (one day, not all timed)
    opening: list[FigureRow] = field(default_factory=list)
    #: running: the last reports, none known before the latest; its value or their span
    closing: list[FigureRow] = field(default_factory=list)
    latest_text: str = ""
    latest_outlets: str = ""
    latest_shown: str = ""
    #: (who counted, its reports, status): fixed, counts by who counted; running, the latest's
    counts: list[tuple[str, list[FigureRow], str]] = field(default_factory=list)

    @property
    def unit(self) -> str:
        found = self.figure.comparison_unit
        return self.figure.unit or (found.written if found else "")

    @property
    def running(self) -> bool:
        return self.kind == "running"
    independence: Independence | None = None

    @property
    def opening_text(self) -> str:
        """The first value of a running count; when several reports open it and none is known
        to come first, the span of their values ("40–61"), never one picked by name."""
        return values_text(self.opening or self.rows[:1])

    @property
    def steady(self) -> bool:
        """Every report gives one value (8, 8, 8: not 8, 10, 8, which came back; review 13)."""
        return len({values_text([r]) for r in self.rows}) == 1

    @property
    def range_text(self) -> str:
        if self.running and self.latest is not None and len(self.rows) > 1:
            if {id(r) for r in self.opening} == {id(r) for r in self.closing} or self.steady:
                return self.opening_text  # one day's reports, or one value throughout: not "8 to 8"
            return f"{self.opening_text} to {self.latest_text}"
        if self.counts:  # police 20,000, organisers 100,000: each counter's own span
            return "; ".join(f"{isolate_bidi(who)}: {values_text(rows, ' to ')}"
                             for who, rows, _ in self.counts)
        return values_text(self.rows, " to ")

    def outlets_in(self, state: str) -> list[tuple[str, Stance]]:
        return [(o, s) for o, s in self.stances.items() if s.state == state]

    @property
    def attribution_differs(self) -> bool:
        """Outlets attribute a fixed figure to different sources whose values are not one (a
        report naming no counter credits no one; two counters giving one value back each
        other). A running count passes from one authority to the next: its table shows each."""
        named = [row for row, who in zip(self.rows, self.attributions, strict=False)
                 if row.report.attributed_to and who]
        return (not self.running and len({row.attribution for row in named}) > 1
                and agreement([row.value for row in named]) != "agree")

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
    speaker: str = ""  # as this outlet names the speaker; an actor id shows the actor's name
    #: the listed actor the speaker names (its id, its name or one of its variants), if any
    actor: str = ""
    #: written in another language than the first rendering: a translation, whose words are
    #: not compared with it (trial 33 struck out an English quotation's words against Spanish)
    translated: bool = False


@dataclass
class QuoteAnalysis:
    quote: Quote
    renderings: list[Rendering]
    silent: list[Outlet]
    independence: Independence | None = None

    def _differ(self, key, same_in_family, comparable=lambda a, b: True) -> bool:
        """Two ``comparable`` renderings differ unless equal, or copies of one family that
        ``same_in_family`` holds alike (a full stop, a title: the outlet's house style)."""
        rs = self.renderings
        return any(comparable(a, b) and key(a) != key(b)
                   and not (a.source.family is not None and a.source.family is b.source.family
                            and same_in_family(a, b))
                   for i, a in enumerate(rs) for b in rs[i + 1:])

    @property
    def wording_differs(self) -> bool:
        """Two renderings in one language differ in their words (two languages' renderings are
        translations, whose words differ whatever was said: no sign of a changed statement)."""
        return self._differ(lambda r: " ".join(r.report.text.split()),
                            lambda a, b: plain_words(a.report.text) == plain_words(b.report.text),
                            lambda a, b: (a.source.article.language or "")
                            == (b.source.article.language or ""))

    @property
    def speaker_differs(self) -> bool:
        """Two renderings name two speakers: not one actor's two spellings, listed as its
        variants (trial 30 warned of "different speakers"), nor one body described in two
        languages ("The Danish government", "El gobierno danés": trial 33), whose words differ
        as a translation's do; names are compared across languages."""
        rs = self.renderings
        return any(not same_person(a.speaker, b.speaker) and not (a.actor and a.actor == b.actor)
                   and (a.source.article.language == b.source.article.language
                        or (by_name(a.speaker) and by_name(b.speaker)))
                   for i, a in enumerate(rs) for b in rs[i + 1:])

    @property
    def speaker_text(self) -> str:
        return "; ".join(f"{isolate_bidi(r.source.outlet_name)}: "
                         f"{isolate_bidi(r.speaker or 'unnamed')}"
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
    #: outlet id -> "reports" | "disagrees" (cited) | "mentions" (not cited) | "excerpt" (cut
    #: before it could say) | "silent" | "unchecked" (not looked for in the text)
    outlets: dict[str, str]
    stances: dict[str, Stance] = field(default_factory=dict)
    independence: Independence | None = None
    #: outlet id -> the copy family its report belongs to, for reports that are copies
    copies: dict[str, CopyFamily] = field(default_factory=dict)

    @property
    def reporters(self) -> list[str]:
        """The outlets the fact sheets cite for it."""
        return [o for o, state in self.outlets.items() if state in CITED]

    @property
    def mentioners(self) -> list[str]:
        return [o for o, state in self.outlets.items() if state == "mentions"]


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
    claims: list[Claim]  # what the fact sheets cite it for
    silent: list[Claim]  # what other outlets report and its text says nothing of
    mentions: list[Claim] = field(default_factory=list)  # what it states, not yet cited
    excerpt: list[Claim] = field(default_factory=list)  # what its excerpts were cut before


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
    #: article id -> why it may be about another event, on weak evidence (``check``: "unsure")
    off_event_unsure: dict[str, OffEvent] = field(default_factory=dict)
    duplicates: list[tuple[str, str, str]] = field(default_factory=list)

    def family(self, article_id: str) -> CopyFamily | None:
        return self.copies.family_of.get(article_id)

    @property
    def independent_sources(self) -> int:
        """How many independent sources report the event: a page judged to be about another
        event is none of them (trial 34's cover counted the near miss among its sources)."""
        return self.copies.independent(a for a in self.content.articles
                                       if a not in self.off_event)
    #: positions of report fields the source does not hold (Checked.analysts_readings)
    analysts_readings: frozenset[tuple[str, int, int]] = frozenset()

    def analysts_reading(self, report, key: str) -> bool:
        """True when ``report``'s ``key`` (date_text, speaker, attributed_to) is the analyst's
        reading, not words the source holds: pages label it so."""
        return report.at(key) in self.analysts_readings


def values_text(rows: list[FigureRow], joint: str = "–") -> str:
    """One value, or the span of several reports' values ("40–61", "40 to 61")."""
    if len({r.value.converted_text() for r in rows}) == 1:
        return rows[0].value.converted_text()
    low = min(rows, key=lambda r: r.value.low)
    high = max(rows, key=lambda r: r.value.high)
    return _span(low.value.converted_number(0), high.value.converted_number(1), joint)


def _span(low: str, high: str, joint: str) -> str:
    """"3 to 9", but "3" when "3" and "at least 3" differ only in their wording ("3–3" read as a
    typing error)."""
    return low if low == high else f"{low}{joint}{high}"
