"""The YAML schema analysts write by hand, as pydantic models.

Why pydantic: the schema is the documentation of the format (types, defaults, allowed values) and
its validation errors carry a path into the data, which :mod:`.yamlsource` turns into a
file line. ``extra="forbid"`` makes a misspelt key an error instead of silently lost data.

Keys are short and most have defaults, so a minimal record is a few lines. The full format with an
example of every record is documented in ``FORMAT.md``.
"""

from __future__ import annotations

import math
from datetime import date, datetime
from enum import Enum
from typing import Annotated, Any, Literal, get_args

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PlainValidator,
    PositiveInt,
    PrivateAttr,
    StringConstraints,
    WithJsonSchema,
    field_validator,
)

from generator.content.figure_value import (
    FigureValue,
    Reported,
    Tolerance,
    parse_tolerance,
    report_value,
)
from generator.content.measured import MEASURES
from generator.content.units import Unit, unit
from generator.text.dates import FuzzyDate, parse_fuzzy_date, parse_published

ID_PATTERN = r"^[a-z0-9][a-z0-9_-]*$"
#: Ids that name a page the generator writes itself: an article's page is ``articles/<id>.md``
#: and an outlet's ``outlets/<id>.md``, beside the list of them, ``index.md``. An article saved
#: as ``index.txt`` (a common scraped name) silently replaced the list of articles. Anchors and
#: chart files are prefixed by their kind, so no other id can collide.
RESERVED_IDS = {"index": "the name of the page that lists them all (index.md)"}
Id = Annotated[str, StringConstraints(pattern=ID_PATTERN, max_length=120)]
Text = Annotated[str, StringConstraints(strip_whitespace=True)]
NonEmpty = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]


def _to_text(value: Any) -> Any:
    """YAML reads `2017` or `308` unquoted as numbers; a text field takes them as written."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    return value


# JSON Schema (``briefing schema``, for editors) says what the YAML may hold, which is wider
# than the Python type: an unquoted 2017 or 308 is a number in YAML and is accepted as text.
Str = Annotated[Text, BeforeValidator(_to_text), WithJsonSchema({"type": ["string", "number"]})]
Name = Annotated[NonEmpty, BeforeValidator(_to_text),
                 WithJsonSchema({"type": ["string", "number"], "minLength": 1})]


def _one_or_many(value: Any) -> Any:
    """``place: Derna`` or ``place: [Derna, درنة]``."""
    return [value] if isinstance(value, str) else value


def _fuzzy(value: Any) -> FuzzyDate:
    if isinstance(value, FuzzyDate):
        return value
    return parse_fuzzy_date(value)


#: The one value type of a date in every file (the briefing's, an event's, a report's, an era's
#: ends): one reader (:func:`generator.text.dates.parse_fuzzy_date`), one help text.
DATE_HELP = ("2017-08-30 (a day), 2017-08 (a month), 2017 (a year), ~2017-08-30 (approximate), "
             "2017-08-26/2017-08-27 (a range) or 2023-11-04T02:30+06:00 (a time of day with its "
             "zone)")
DateValue = Annotated[FuzzyDate, BeforeValidator(_fuzzy), WithJsonSchema(
    {"type": ["string", "integer"], "description": DATE_HELP})]


class Record(BaseModel):
    """Base of every YAML record: strict keys, immutable, remembers where it was written."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    _path: str = PrivateAttr(default="")
    _positions: dict[str, tuple[int, int]] = PrivateAttr(default_factory=dict)

    def at(self, key: str = "") -> tuple[str, int, int]:
        """(file, line, col) of one of this record's keys, or of the record itself."""
        line, col = self._positions.get(key) or self._positions.get("", (0, 0))
        return self._path, line, col


class SiteEngine(str, Enum):
    """The static-site engine that turns the generated docs tree into the site. Both read the
    same ``mkdocs.yml`` and the same tree; Material for MkDocs reaches end of life in May 2027
    and Zensical is its successor."""

    MKDOCS = "mkdocs"
    ZENSICAL = "zensical"


class Briefing(Record):
    title: Name
    subtitle: Str = ""
    label: Str = ""
    summary: Str = ""
    author: Str = ""
    keywords: list[Name] = []
    #: Add the page "Candidates not yet reviewed" (what `briefing extract` proposes) to the site.
    candidates_page: bool = False
    #: When and where the event happened, to tell pages about another event (optional): a date
    #: or range as in fact sheets, and the place's names as outlets spell them.
    date: DateValue | None = None
    place: Annotated[list[Name], BeforeValidator(_one_or_many), WithJsonSchema(
        {"anyOf": [{"type": "string"}, {"type": "array", "items": {"type": "string"}}]})] = []
    #: Which engine `briefing build` and `briefing serve` run (`--engine` overrides it).
    engine: SiteEngine = SiteEngine.MKDOCS


class OutletKind(str, Enum):
    WIRE = "wire"
    DAILY = "daily"
    WEEKLY = "weekly"
    BROADCASTER = "broadcaster"
    MAGAZINE = "magazine"
    THINK_TANK = "think-tank"
    AGGREGATOR = "aggregator"
    BLOG = "blog"
    GOVERNMENT = "government"
    NGO = "ngo"
    OTHER = "other"


class Lean(Record):
    rating: Name
    source: Name = Field(description="where the rating comes from; required so it is never ours")


class Outlet(Record):
    id: Id
    name: Name
    kind: OutletKind = OutletKind.OTHER
    country: Str = ""
    url: Str = ""
    notes: Str = ""
    lean: Lean | None = None


class OutletsFile(Record):
    outlets: list[Outlet] = []


class ArticleMeta(Record):
    """What an article file lacks, curated beside it (``<id>.yaml``) or in Markdown front matter."""

    outlet: Id | None = None
    published: Str | None = None
    #: When a live page was last changed, as the page says: its relative days are read from it too.
    updated: Str | None = None
    timezone: Str | None = None
    url: Str = ""
    author: Str = ""
    via: Str = ""
    retrieved: Str | None = None
    headline: Str = ""
    language: Str = "en"
    #: Keep the file but leave it out of the briefing, saying why ("about the 2020 fire").
    exclude: Str = ""
    #: Lines of the file that are story although the cleaner removed them, or took one for the
    #: headline (`briefing show` prints each block's line): the analyst's correction.
    keep: list[PositiveInt] = []


def _moment(value: Any) -> datetime | date:
    if isinstance(value, (datetime, date)):
        return value
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        raise ValueError("write a date-time with its zone, e.g. 2023-11-04T17:00+06:00")
    try:
        return parse_published(value)
    except ValueError:
        raise ValueError(f"{str(value).strip()!r} is not a moment with its zone; write e.g. "
                         "2023-11-04T17:00+06:00 (or Z for UTC), or a day, 2023-11-04") from None


#: A moment with its zone (2023-11-04T17:00+06:00) or a day (2023-11-04).
MomentValue = Annotated[datetime | date, PlainValidator(_moment), WithJsonSchema(
    {"type": "string", "description": "when the value held: 2023-11-04T17:00+06:00 (with its "
     "zone, or Z for UTC) or a day, 2023-11-04; default: the article's publication"})]


class Evidence(Record):
    article: Id
    quote: NonEmpty


class EventReport(Evidence):
    date_text: Str = ""  # the article's own wording: "on Wednesday", "over the weekend"
    date: DateValue | None = None  # the date this source gives, when it gives one explicitly


class Event(Record):
    id: Id
    title: Name
    date: DateValue
    place: Id | None = None
    actors: list[Id] = []
    group: Str = ""  # a timeline lane: a theatre or an actor ("Iraq", "coalition")
    summary: Str = ""
    #: Words that name the event in an article ("landfall"), to tell an outlet that mentions it
    #: without being cited from one that is silent; default: its place's or actors' names.
    terms: list[Name] = Field([], description="words that name the event in an article "
                              "(landfall); default: its place and actors")
    reports: list[EventReport] = Field(min_length=1)


#: "nearly" is a value the outlet stops short of ("nearly 40 people": fewer than 40, close to it),
#: kept apart from "about" so the briefing shows the words the outlet wrote (trial 36: "almost
#: 6 miles" and "nearly 40" were drafted and shown as "about").
Approx = Literal["about", "nearly", "more-than", "fewer-than", "at-least", "up-to"]
#: Figures are counts and amounts reported in prose; anything beyond this is a typo (or an
#: attack: a 400-digit integer overflows float arithmetic, ``1e400`` is infinity).
MAX_FIGURE = 10**15


_VALUE_HINT = "write the figure as a number (308) or a range [300, 310]"


def _number(value: Any) -> int | float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ValueError(f"{value!r} is not a number; {_VALUE_HINT}, and keep the article's "
                         "wording in the quote")
    if abs(value) >= MAX_FIGURE or not math.isfinite(value):  # abs first: no float(10**400)
        raise ValueError("a figure must be a finite number below a million billion (10^15)")
    return value


def _figure_value(value: Any) -> int | float | tuple[int | float, int | float]:
    """One number or a [low, high] range, with one clear message per mistake (a plain union
    would answer "abc" with three errors, one per branch)."""
    if isinstance(value, (list, tuple)):
        if len(value) != 2:
            raise ValueError(f"a range is two numbers [low, high], not {len(value)}")
        low, high = _number(value[0]), _number(value[1])
        if low > high:
            raise ValueError("a range is written [low, high]")
        return (low, high)
    return _number(value)


ReportedValue = Annotated[int | float | tuple[int | float, int | float],
                        PlainValidator(_figure_value), WithJsonSchema({
                            "description": "a number (308) or a range [low, high]",
                            "anyOf": [{"type": "number"},
                                      {"type": "array", "items": {"type": "number"},
                                       "minItems": 2, "maxItems": 2}]})]


class FigureReport(Evidence, Reported):
    value: ReportedValue
    approx: Annotated[Approx | None, WithJsonSchema({
        "description": "how the source qualifies the value; true means about",
        "anyOf": [{"enum": list(get_args(Approx))}, {"type": ["boolean", "null"]}]})] = None
    attributed_to: Str = ""
    #: The unit this report states, when it is not the figure's ("miles" of a depth in km).
    unit: Str = Field("", description="this report's unit when it is not the figure's "
                      "(miles of a depth in km): converted for the comparison")
    #: When the value held, when the article says ("as of 5 pm"); default: its publication.
    as_of: MomentValue | None = None
    #: A running count lower than this source's earlier report is flagged unless the source
    #: says the earlier count was corrected (true).
    correction: bool = Field(False, description="a running count lower than this source's "
                             "earlier report, which the source says corrects it")

    @field_validator("approx", mode="before")
    @classmethod
    def _approx_true(cls, value: Any) -> Any:
        if value is True:
            return "about"
        if value is False:
            return None
        if isinstance(value, str):
            return value.strip().lower().replace(" ", "-")
        return value



def _tolerance(value: Any) -> Tolerance | None:
    if value is None or isinstance(value, Tolerance):
        return value
    return parse_tolerance(value)


class Figure(Record):
    id: Id
    label: Name
    #: A unit pint knows (km, miles, km/h, knots, tonnes), a scale (magnitude, usd) or what is
    #: counted (fighters, people).
    unit: Str = Field("", description="a unit (km, miles, km/h, knots, tonnes, percent), a scale "
                      "(magnitude, usd) or what is counted (fighters, people)")
    #: fixed: one true value the sources should agree on; running: a count that grows or is
    #: revised over time (deaths, injured, missing, displaced, arrests).
    kind: Literal["fixed", "running"] = Field("fixed", description=(
        "fixed: one true value; running: a count that grows or is revised (deaths, injured, "
        "missing, displaced, arrests)"))
    #: What it measures, in one word of a fixed set (content/measured.py); ``briefing extract``
    #: proposes it, and an analyst may correct or leave it out.
    measure: Literal[MEASURES] | None = Field(None, description=(  # type: ignore[valid-type]
        "what the figure measures: " + ", ".join(MEASURES)))
    #: How far "about" reaches for this figure: 10% or a number in its unit (default: by the
    #: precision written, FORMAT.md).
    tolerance: Annotated[Tolerance | None, PlainValidator(_tolerance), WithJsonSchema({
        "description": "how far 'about' reaches: a percentage (10%) or a number in the unit",
        "anyOf": [{"type": "string", "pattern": r"^\s*\d+(\.\d+)?\s*%\s*$"},
                  {"type": "number", "minimum": 0}, {"type": "null"}]})] = None
    #: Words that name what the figure counts ("dead", "killed", "death toll"), to find
    #: outlets that state it without being cited; default: the words of its label and unit.
    terms: list[Name] = Field([], description="words that state it in an article, to tell an "
                              "outlet that states it uncited from a silent one")
    reports: list[FigureReport] = Field(min_length=1)

    @field_validator("kind", mode="before")
    @classmethod
    def _kind_lower(cls, value: Any) -> Any:
        return value.strip().lower() if isinstance(value, str) else value

    @property
    def comparison_unit(self) -> Unit | None:
        """The unit its reports are compared in: its own, else the first a report states."""
        return unit(self.unit) or next((u for u in (unit(r.unit) for r in self.reports) if u),
                                       None)

    def value_of(self, report: FigureReport) -> FigureValue:
        """A report's value in this figure's unit, with its tolerance."""
        return report_value(report.value, report.approx, report.unit, self.comparison_unit,
                            self.tolerance)


class QuoteReport(Record):
    article: Id
    text: NonEmpty = Field(description="the statement as this outlet renders it; also the evidence")
    speaker: Str = ""
    quote: Str = ""


class Quote(Record):
    id: Id
    label: Name
    speaker: Id | None = None
    reports: list[QuoteReport] = Field(min_length=1)


class Entity(Record):
    id: Id
    name: Name
    kind: Str = ""
    variants: list[Name] = []
    description: Str = ""


class Era(Record):
    """A phase of the story, drawn as a band on the timeline."""

    id: Id
    title: Name
    start: DateValue
    end: DateValue


class FactSheet(Record):
    eras: list[Era] = []
    events: list[Event] = []
    figures: list[Figure] = []
    quotes: list[Quote] = []
    actors: list[Entity] = []
    places: list[Entity] = []
    terms: list[Entity] = []
