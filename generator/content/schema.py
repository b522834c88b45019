"""The YAML schema analysts write by hand, as pydantic models.

Why pydantic: the schema is the documentation of the format (types, defaults, allowed values) and
its validation errors carry a path into the data, which :mod:`.yamlsource` turns into a
file line. ``extra="forbid"`` makes a misspelt key an error instead of silently lost data.

Keys are short and most have defaults, so a minimal record is a few lines. The full format with an
example of every record is documented in ``FORMAT.md``.
"""

from __future__ import annotations

import math
from enum import Enum
from typing import Annotated, Any, Literal, get_args

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PlainValidator,
    PrivateAttr,
    StringConstraints,
    WithJsonSchema,
    field_validator,
)

from generator.content.figure_value import Reported
from generator.text.dates import FuzzyDate, parse_fuzzy_date

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
    timezone: Str | None = None
    url: Str = ""
    author: Str = ""
    via: Str = ""
    retrieved: Str | None = None
    headline: Str = ""
    language: Str = "en"


def _fuzzy(value: Any) -> FuzzyDate:
    if isinstance(value, FuzzyDate):
        return value
    return parse_fuzzy_date(value)


DATE_HELP = ("2017-08-30 (a day), 2017-08 (a month), 2017 (a year), ~2017-08-30 (approximate) "
             "or 2017-08-26/2017-08-27 (a range)")
DateValue = Annotated[FuzzyDate, BeforeValidator(_fuzzy), WithJsonSchema(
    {"type": ["string", "integer"], "description": DATE_HELP})]


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
    reports: list[EventReport] = Field(min_length=1)


Approx = Literal["about", "more-than", "fewer-than", "at-least", "up-to"]
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



class Figure(Record):
    id: Id
    label: Name
    unit: Str = ""
    reports: list[FigureReport] = Field(min_length=1)


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
