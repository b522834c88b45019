"""The time of day a source's date wording gives beside its day ("yesterday at around 7 pm",
"am Freitag gegen 19 Uhr Ortszeit", "vendredi à 19 h 30 (17 h 30 GMT)").

:mod:`generator.text.relative_dates` sets the time aside to resolve the day; ``check`` compares
the time with the other sources' and the fact sheet's (:mod:`generator.check.times_of_day`), so
that one outlet's crash at 13:47 against the others' 13:38 is seen, not only shown. The clock a
time is on: GMT, UTC or Z is UTC; CET and CEST their offsets; a time with no zone, or "local
time" in any language, is the event's own clock (news copy gives the local time of the place);
a zone that names several ("IST": India, Ireland, Israel) is not read. French "cet" before a
word is "this" ("à 15 h cet après-midi"), not the zone CET (review 7)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import timedelta

from generator.text.dates import offset_text

#: A live page's entry stamp: a time of day opening a line or sentence with a dash after it,
#: its minutes after a point or a comma ("00,50 – The hearing …", "14.05 - Rescuers …"); a colon
#: is a time anywhere (TIME_RE); not a range's first end ("22,50 – 23,10 metri", review 41).
#: Trial 47: an Italian live page's five stamps were read as 0.5 dead, 20.34 missing and so on.
LIVE_STAMP_RE = re.compile(r"(?:^|(?<=\n))[ \t]*(?P<h>[01]?\d|2[0-3])[.,](?P<m>[0-5]\d)"
                           r"(?=[ \t\u00a0]*[–—-][ \t\u00a0]+(?!\d))")
CLOCK = r"(?:[ap]\.?\s?m\b\.?|uhr\b|h\b)"
_APPROXIMATE = (r"around|about|approximately|roughly|nearly|shortly\s+(?:before|after)|gegen|etwa"
                r"|vers|hacia|cerca\s+de\s+las|sobre\s+las|verso\s+le|por\s+volta\s+das")
#: A clock time in a date wording, with its preposition, approximator and zone (lower case:
#: relative_dates folds the wording first). Group ``time`` is the clock time itself.
TIME_OF_DAY = re.compile(
    r"(?:\b(?:at|à|um|a\s+las|alle|às)\s+)?"
    r"(?:\b(?P<approx>" + _APPROXIMATE + r")\s+)?"
    r"(?P<time>(?<![\d.])\d{1,2}(?:(?:[:.h]|\s?h\s)\d{2}(?![.\d])(?:\s*" + CLOCK + r")?|\s*"
    + CLOCK + "))"
    r"(?:\s+(?P<zone>ist|gmt|utc|(?:cet|cest)(?![\s-]*[^\W\d_])|local\s+time|ortszeit"
    r"|heure\s+locale|\(?locales?\)?|hora\s+local|ora\s+locale))?(?:\s*\([^()]*\))?")
_PARTS = re.compile(r"(?P<h>\d{1,2})(?:(?:[:.h]|\s?h\s)(?P<m>\d{2}))?\s*(?P<mark>[ap]\.?\s?m)?")
#: Zones read: their offset from UTC in hours. None: the event's own clock.
_ZONES = {"gmt": 0, "utc": 0, "cet": 1, "cest": 2}
_UNREAD_ZONES = frozenset({"ist"})


@dataclass(frozen=True)
class ClockTime:
    """A time of day as a source writes it: hour and minute on a clock, how exact."""

    hour: int
    minute: int
    utc_offset: int | None  # hours east of UTC when the wording names a zone; None: local
    approximate: bool  # "around 7 pm", or a whole hour (copy rounds to the hour)

    @property
    def slack(self) -> timedelta:
        """How far the moment may lie from the time written: half an hour for "around" and
        for a whole hour, three minutes for a time written to the minute."""
        return timedelta(minutes=30 if self.approximate else 3)

    def display(self, local: str = "local time") -> str:
        """The time as the check and the timeline print it: "about 19:00 (UTC+1)"; a time on
        the event's clock says so in the caller's words (``local``)."""
        zone = local if self.utc_offset is None else offset_text(timedelta(hours=self.utc_offset))
        return f"{'about ' if self.approximate else ''}{self.hour:02d}:{self.minute:02d} ({zone})"


def clock_time(text: str) -> ClockTime | None:
    """The first time of day in a (lower-case) date wording, or None: none, an hour that is
    no hour of the day, or a zone that names several."""
    m = TIME_OF_DAY.search(text)
    if m is None or (m.group("zone") or "") in _UNREAD_ZONES:
        return None
    parts = _PARTS.match(m.group("time"))
    if parts is None:
        return None
    hour, minute = int(parts.group("h")), int(parts.group("m") or 0)
    mark = (parts.group("mark") or "").replace(".", "").replace(" ", "")
    if mark:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if mark == "pm" else 0)
    if hour > 23 or minute > 59:
        return None
    return ClockTime(hour, minute, _ZONES.get(m.group("zone") or ""),
                     bool(m.group("approx")) or parts.group("m") is None)
