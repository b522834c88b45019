"""Times of day the sources give for one event, compared with each other and with the fact
sheet's moment (trials 10 and 11: one outlet's crash nine minutes, another's an hour, before the
others' was shown as each source's words and compared with nothing).

A time is placed on a clock before it is compared: a moment of the fact sheet carries its zone;
a source's time named in UTC (GMT, Z) or CET is on that zone; a time with no zone, or in "local
time", is on the event's clock, which is known only when the fact sheet gives the event a
moment. Two times on no common clock are not compared. Two times cannot both hold when they lie
further apart than their slack together (half an hour for "around" and a whole hour, three
minutes for a time written to the minute: :class:`generator.text.clock_times.ClockTime`)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone, tzinfo

from generator.text.clock_times import ClockTime
from generator.text.dates import FuzzyDate, Precision, offset_text


@dataclass(frozen=True)
class TimedSource:
    """One source's time of the event: who, on which day, and the time as written."""

    who: str
    day: date
    time: ClockTime | datetime  # as the wording writes it, or a moment the fact sheet gives


@dataclass(frozen=True)
class _Placed:
    who: str
    moment: datetime  # aware; naive when on the event's clock and that clock is not known
    slack: timedelta
    shown: str


def time_clashes(event_date: FuzzyDate, timed: list[TimedSource]) -> list[str]:
    """What cannot all hold among the sources' times and the fact sheet's moment, one clause
    per pair, in the words of the date conflicts ("X gives …, Y gives …")."""
    if event_date.end is not None or event_date.precision is not Precision.DAY:
        return []  # an event of several days: its sources' times may be its different moments
    moment = event_date.time
    placed: list[_Placed] = []
    if moment is not None:
        slack = timedelta(minutes=30 if event_date.approximate else 0)
        placed.append(_Placed("the fact sheet", moment, slack, f"{moment:%H:%M} "
                              f"({_zone(moment.tzinfo)})"))
    local = moment.tzinfo if moment is not None else None
    for source in timed:
        placed.append(_place(source, local))
    clashes = []
    for n, a in enumerate(placed):
        for b in placed[n + 1:]:
            if (a.moment.tzinfo is None) != (b.moment.tzinfo is None):
                continue  # one on a known clock, one on the event's unknown clock
            if abs(a.moment - b.moment) > a.slack + b.slack:
                clashes.append(f"{a.who} gives {a.shown}, {b.who} gives {b.shown}")
    return clashes


def _place(source: TimedSource, local: tzinfo | None) -> _Placed:
    t = source.time
    if isinstance(t, datetime):
        return _Placed(source.who, t, timedelta(0), f"{t:%H:%M} ({_zone(t.tzinfo)})")
    wall = datetime(source.day.year, source.day.month, source.day.day, t.hour, t.minute)
    zone = local if t.utc_offset is None else timezone(timedelta(hours=t.utc_offset))
    return _Placed(source.who, wall.replace(tzinfo=zone), t.slack,
                   t.display(local="read as the event's local time"))


def _zone(zone: tzinfo | None) -> str:
    return offset_text(zone.utcoffset(None) if zone is not None else None)
