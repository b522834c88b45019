"""Dates as analysts write them: with a precision, maybe approximate, maybe a range.

Grammar (kept deliberately small so a typo is an error, not a silent guess)::

    2017-08-30            a day
    2017-08               a month
    2017                  a year
    ~2017-08-30           approximate (also "about 2017-08-30", "c. 2017-08")
    2017-08-26/2017-08-27 a range (ISO 8601 interval); each end may have its own precision
    2023-11-03T23:47+05:45 a moment: a day with a time of day and its zone (``Z`` for UTC)

Relative wordings ("on Wednesday") are kept as the article's text next to the resolved date;
resolving them is the analysis stage's job.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, tzinfo
from enum import Enum
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError


class Precision(str, Enum):
    DAY = "day"
    MONTH = "month"
    YEAR = "year"


_PART = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$")
_MOMENT = re.compile(r"^\d{4}-\d{2}-\d{2}[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?"
                     r"(?P<zone>Z|[+-]\d{2}:?\d{2})?$", re.I)
#: A date written day (or month) first, the way pages and people write it: 15/06/2031, 15.06.2031
_DAY_FIRST = re.compile(r"^(\d{1,2})([./-])(\d{1,2})\2(\d{4})$")
#: ... and year first with slashes, which would read as a range: 2031/06/15
_YEAR_SLASHED = re.compile(r"^(\d{4})/(\d{1,2})/(\d{1,2})$")
_APPROX = re.compile(r"^(?:~|about\s+|c\.\s*|circa\s+|approx(?:imately)?\.?\s+)", re.I)


@dataclass(frozen=True)
class DatePoint:
    first: date
    last: date
    precision: Precision
    #: The moment, when the source gives a time of day (aware: with its zone); ``first`` and
    #: ``last`` are then its wall-clock day in that zone.
    time: datetime | None = None

    def display(self) -> str:
        if self.time is not None:
            return moment_text(self.time)
        if self.precision is Precision.DAY:
            return f"{self.first.day} {self.first:%b %Y}"
        if self.precision is Precision.MONTH:
            return f"{self.first:%b %Y}"
        return f"{self.first:%Y}"

    def iso(self) -> str:
        if self.time is not None:
            return self.time.isoformat(timespec="minutes")
        if self.precision is Precision.DAY:
            return self.first.isoformat()
        if self.precision is Precision.MONTH:
            return f"{self.first:%Y-%m}"
        return f"{self.first:%Y}"


@dataclass(frozen=True)
class FuzzyDate:
    """A date as precise as the sources allow."""

    start: DatePoint
    end: DatePoint | None = None
    approximate: bool = False

    @property
    def precision(self) -> Precision:
        return self.start.precision

    @property
    def first(self) -> date:
        return self.start.first

    @property
    def last(self) -> date:
        return (self.end or self.start).last

    @property
    def is_range(self) -> bool:
        return self.end is not None

    @property
    def time(self) -> datetime | None:
        """The moment, when the date carries a time of day."""
        return self.start.time

    def sort_key(self) -> tuple[date, int, datetime, date]:
        """By day (on the source's clock), then a day before the moments of that day, then by
        the moment (in UTC)."""
        moment = self.time
        return (self.first, 0 if moment is None else 1,
                moment.astimezone(UTC) if moment is not None else _NO_MOMENT, self.last)

    def display(self) -> str:
        text = self.start.display()
        if self.end is not None:
            text = f"{text} – {self.end.display()}"
        return f"c. {text}" if self.approximate else text

    def heading(self) -> str:
        """Shorter than :meth:`display`, for headings and chart labels: the local time without
        its zone, and the UTC day and time only when that is another day ("4 Nov 2023, 02:30
        (3 Nov, 20:30 UTC)")."""
        moment = self.time
        if moment is None or self.end is not None:
            return self.display()
        text = f"{moment.day} {moment:%b %Y}, {moment:%H:%M}"
        in_utc = moment.astimezone(UTC)
        if zone_text(moment) == "UTC":
            text += " UTC"
        elif in_utc.date() != moment.date():
            text += f" ({in_utc.day} {in_utc:%b}, {in_utc:%H:%M} UTC)"
        return f"c. {text}" if self.approximate else text

    def precision_label(self) -> str:
        label = f"{self.end.precision.value} range" if self.end else self.precision.value
        if self.time is not None and self.end is None:
            label = "time of day"
        return f"approximate {label}" if self.approximate else label

    def iso(self) -> str:
        text = self.start.iso() + (f"/{self.end.iso()}" if self.end else "")
        return f"~{text}" if self.approximate else text


def day_point(day: date) -> DatePoint:
    return DatePoint(day, day, Precision.DAY)


def month_point(year: int, month: int) -> DatePoint:
    """The whole month, first to last day."""
    days = calendar.monthrange(year, month)[1]
    return DatePoint(date(year, month, 1), date(year, month, days), Precision.MONTH)


def year_point(year: int) -> DatePoint:
    return DatePoint(date(year, 1, 1), date(year, 12, 31), Precision.YEAR)


def local_date(published: datetime | date) -> date:
    """The publication date on the outlet's own clock: the wall-clock date of a datetime in its
    own zone (2017-08-30T21:10-05:00 is 30 August, although 31 August in UTC), a date as it is."""
    if isinstance(published, datetime):
        return published.date()
    if isinstance(published, date):
        return published
    raise TypeError(f"published must be a date or datetime, not {type(published).__name__}")


def _point(text: str) -> DatePoint:
    m = _MOMENT.match(text.strip())
    if m:
        return moment_point(_moment(text.strip(), m.group("zone")))
    m = _PART.match(text.strip())
    if not m:
        raise ValueError(f"{text!r} is not a date; write YYYY-MM-DD, YYYY-MM or YYYY, or a "
                         "moment with its zone: 2023-11-03T23:47+05:45")
    year = int(m.group(1))
    if m.group(2) is None:
        return year_point(year)
    month = int(m.group(2))
    if not 1 <= month <= 12:
        raise ValueError(f"{text!r}: month {month} does not exist")
    if m.group(3) is None:
        return month_point(year, month)
    days = calendar.monthrange(year, month)[1]
    if not 1 <= int(m.group(3)) <= days:
        raise ValueError(f"{text!r}: day {int(m.group(3))} does not exist "
                         f"({calendar.month_name[month]} {year} has {days} days)")
    return day_point(date(year, month, int(m.group(3))))


def _moment(text: str, zone: str | None) -> datetime:
    if not zone:
        raise ValueError(f"{text!r} has a time but no time zone; add its offset "
                         f"({text}+06:00, or Z for UTC): a time of day is a different "
                         "moment in every zone")
    try:
        return datetime.fromisoformat(text.upper().replace("Z", "+00:00").replace(" ", "T"))
    except ValueError as exc:
        raise ValueError(f"{text!r} is not a date and time: {exc}") from None


def moment_point(moment: datetime) -> DatePoint:
    """The day of an aware moment on its own clock, with the moment kept."""
    day = moment.date()
    return DatePoint(day, day, Precision.DAY, moment)


_NO_MOMENT = datetime.min.replace(tzinfo=UTC)


def zone_text(moment: datetime) -> str:
    """"UTC", "UTC+05:45", "UTC-04:00"."""
    return offset_text(moment.utcoffset())


def offset_text(off: timedelta | None) -> str:
    """A zone by its offset from UTC, the one spelling of zones in a briefing (a fact sheet's
    moment, a publication date, a source's time of day)."""
    if not off:
        return "UTC"
    sign = "+" if off >= timedelta(0) else "-"
    minutes = abs(int(off.total_seconds())) // 60
    return f"UTC{sign}{minutes // 60:02d}:{minutes % 60:02d}"


def moment_text(moment: datetime | date) -> str:
    """A moment as a reader needs it: "3 Nov 2023, 14:05 (UTC+06:00)"; when the local day and
    the UTC day differ, both: "4 Nov 2023, 02:30 local time (UTC+06:00); 3 Nov 2023, 20:30
    UTC". A bare date is the date alone ("3 Nov 2023"): no invented time of day."""
    if not isinstance(moment, datetime):
        return f"{moment.day} {moment:%b %Y}"
    local = f"{moment.day} {moment:%b %Y}, {moment:%H:%M}"
    zone = zone_text(moment)
    if zone == "UTC":
        return f"{local} UTC"
    in_utc = moment.astimezone(UTC)
    if in_utc.date() != moment.date():
        return f"{local} local time ({zone}); {in_utc.day} {in_utc:%b %Y}, {in_utc:%H:%M} UTC"
    return f"{local} ({zone})"


def parse_fuzzy_date(value: object) -> FuzzyDate:
    """Parse the grammar above; raises ValueError with a message meant for the analyst."""
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str):
        raise ValueError("a date must be text such as 2017-08-30, 2017-08 or 2017")
    text = value.strip()
    approximate = False
    m = _APPROX.match(text)
    if m:
        approximate = True
        text = text[m.end():]
    _refuse_day_first(text)
    if "/" in text:
        left, _, right = text.partition("/")
        start, end = _point(left), _point(right)
        if end.last < start.first or (start.time is not None and end.time is not None
                                      and end.time < start.time):
            raise ValueError(f"range {value!r} ends before it starts")
        return FuzzyDate(start, end, approximate)
    return FuzzyDate(_point(text), None, approximate)


def _refuse_day_first(text: str) -> None:
    """A date written day first, or with slashes, is refused with the spelling it stands for:
    read as a range ("15" to "06/2023") it gave "'15' is not a date", naming no part of the
    mistake."""
    m = _YEAR_SLASHED.match(text)
    if m:
        raise ValueError(f"{text!r}: write {m.group(1)}-{int(m.group(2)):02d}-"
                         f"{int(m.group(3)):02d} (a '/' joins the two ends of a range)")
    m = _DAY_FIRST.match(text)
    if not m:
        return
    a, b, year = int(m.group(1)), int(m.group(3)), m.group(4)
    iso = [f"{year}-{month:02d}-{day:02d}" for day, month in ((a, b), (b, a))
           if 1 <= month <= 12 and 1 <= day <= 31]
    spelt = " or ".join(dict.fromkeys(iso)) or "YYYY-MM-DD"
    raise ValueError(f"{text!r} is written day (or month) first; write the year first: {spelt}"
                     + (" (day first, or month first)" if len(set(iso)) == 2 else ""))


def parse_timezone(name: str) -> tzinfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(
            f"unknown time zone {name!r}; use an IANA name such as Asia/Beirut") from None


def parse_published(value: object, tz_name: str | None = None) -> datetime | date:
    """A publication date: a datetime *with* offset, or a bare date (optionally with a zone).

    A datetime without offset is refused: "on Wednesday" in an article means a different day in
    Beirut and in Washington, so the analyst must say which clock the outlet used.
    """
    text = str(value).strip()
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        return date.fromisoformat(text)
    _refuse_day_first(text)
    try:
        parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise ValueError(
            f"{text!r} is not a date-time; write e.g. 2017-08-30T21:10:00+03:00"
        ) from None
    if parsed.tzinfo is None:
        if tz_name:
            return parsed.replace(tzinfo=parse_timezone(tz_name))
        raise ValueError(
            f"{text!r} has no time zone; add an offset such as +03:00 or a `timezone:`")
    return parsed


def utc(value: datetime | date) -> datetime:
    """Sort key for publication moments; bare dates count as noon UTC."""
    if isinstance(value, datetime):
        return value.astimezone(UTC)
    return datetime(value.year, value.month, value.day, 12, tzinfo=UTC)


def display_published(value: datetime | date | None) -> str:
    if value is None:
        return "unknown"
    if isinstance(value, datetime):
        return f"{value:%a %d %b %Y, %H:%M} {zone_text(value)}"
    return f"{value:%a %d %b %Y}"
