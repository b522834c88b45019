"""What ``briefing extract`` proposes: candidates found in one article each, grouped into
proposals shaped like fact-sheet records, and the draft that holds them all.

Every candidate carries its evidence (exact words of the article's cleaned text, with their
offsets), how confident the rule is and why; the YAML writer and the site's page of candidates
read these and nothing else.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from generator.content.figure_value import Reported
from generator.text.dates import FuzzyDate


@dataclass(kw_only=True)
class Candidate:
    """One thing found in one article, with the exact words that support it."""

    kind: str  # "figure", "quote", "date" or "name"
    article: str
    evidence: str  # exact words of Article.text
    start: int  # offsets of ``evidence`` in Article.text
    end: int
    summary: str  # one line for a reader
    confidence: str  # "high", "medium" or "low"
    why: list[str] = field(default_factory=list)
    draft_id: str = ""  # the id of the draft record it belongs to


@dataclass(kw_only=True)
class FigureCandidate(Candidate, Reported):
    kind: str = "figure"
    value: float | tuple[float, float]
    approx: str | None
    number: str  # as written: "more than 40"
    noun: str  # as written: "Iraqi militiamen"
    head: str  # lemma of the counted noun: "militiaman"
    group: str  # its noun group: "militiaman"
    measure: str = "count"  # what it measures (content/measured.py): "dead", "responders", "mass"
    attributed_to: str  # as the sentence names the source; "" when it names none
    attributed_id: str = ""  # the actor id when the source is a listed actor
    number_start: int = 0
    as_of: date | None = None  # the day its own clause says the count held (running.own_day)
    as_of_text: str = ""  # that clause's words for the day: "yesterday", "am Mittwoch"
    section: date | None = None  # the day of a live page's section it stands in (live_sections)
    scope: tuple[str, ...] = ()  # the countries its words say it holds in (extract/counts/scope.py)
    vague: bool = False  # "hundreds of people": its label shows the words beside their floor
    #: the unit the quote gives it in, when not its group's (extract/sheet/verified.py): the
    #: report's ``unit:``, so that check converts it
    report_unit: str = ""



@dataclass(kw_only=True)
class QuoteCandidate(Candidate):
    kind: str = "quote"
    text: str  # the quotation as it stands in the article
    speaker: str  # as the article names the speaker, or who "he" is
    speaker_written: str  # exactly as written ("he", "the statement")
    speaker_id: str = ""
    attribution: str = ""  # exact words of the attribution ("Dillon said in a telephone …")
    partial: bool = False


@dataclass(kw_only=True)
class DateCandidate(Candidate):
    kind: str = "date"
    expression: str  # as written: "on Wednesday morning"
    date: FuzzyDate
    rule: str
    resolved: bool  # False: relative to another event; the date is a placeholder
    explicit: bool = False  # the report must give the date: check cannot resolve the wording
    expression_start: int = 0


@dataclass(kw_only=True)
class NameCandidate(Candidate):
    kind: str = "name"
    spelling: str
    cluster: str  # the cluster's main spelling


# ---------------------------------------------------------------------------- proposals


@dataclass
class FigureProposal:
    id: str
    label: str
    unit: str
    reports: list[FigureCandidate]
    why: list[str] = field(default_factory=list)
    #: "running" for a toll (the dead, the injured, the missing, evacuees), which grows while
    #: the story unfolds: its reports are a progression, not a contradiction
    kind: str = "fixed"
    #: what it measures, as its first report's words say (content/measured.py)
    measure: str = "count"


@dataclass
class QuoteProposal:
    id: str
    label: str
    speaker_id: str
    reports: list[QuoteCandidate]
    why: list[str] = field(default_factory=list)


@dataclass
class EventProposal:
    id: str
    title: str
    date: FuzzyDate
    reports: list[DateCandidate]
    actors: list[str] = field(default_factory=list)
    place: str = ""
    why: list[str] = field(default_factory=list)

    @property
    def placeholder(self) -> bool:
        return not any(r.resolved for r in self.reports)


@dataclass
class NameProposal:
    id: str
    name: str
    list: str  # "actors" or "places"
    kind: str  # "person", "place", "actor": a guess from context
    spellings: list[str]
    reports: list[NameCandidate]  # the first use of each spelling in each article
    existing: str = ""  # an entity id when the spellings extend a listed actor/place/term
    new_spellings: list[str] = field(default_factory=list)
    singleton: bool = False
    why: list[str] = field(default_factory=list)


@dataclass
class Draft:
    """Everything proposed, grouped; see :func:`draft_yaml` and :func:`candidates_by_article`."""

    figures: list[FigureProposal]
    quotes: list[QuoteProposal]
    events: list[EventProposal]
    names: list[NameProposal]
    articles: list[str]
    skipped: Counter = field(default_factory=Counter)  # already curated, by kind
    #: article id -> why extract stopped reading it (the watchdog's time limit)
    stopped: dict[str, str] = field(default_factory=dict)
    #: articles with no publication date: their "on Wednesday" cannot be dated, and their
    #: tolls cannot be placed in a running count
    undated: list[str] = field(default_factory=list)
    #: figure readings left out because check does not read their value in their quote
    #: (extract/sheet/verified.py); the draft lists them in comments for the analyst to judge
    unverified: list[FigureCandidate] = field(default_factory=list)

    def candidates(self) -> list[Candidate]:
        out: list[Candidate] = []
        for proposal in [*self.figures, *self.quotes, *self.events, *self.names]:
            out.extend(proposal.reports)
        return out
