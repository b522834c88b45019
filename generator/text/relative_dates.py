"""Resolve an article's own date wording ("on Wednesday", "last week") against its publication date.

News copy dates events relative to the moment the article appeared. :func:`resolve` turns such a
wording into a :class:`.FuzzyDate` and says which rule it applied, so the analyst
(and the timeline) can see *why* "on Wednesday" became 30 Aug 2017. A wording it does not
understand raises :class:`UnresolvableDate` with a message saying what to write instead; it never
guesses.

Conventions (news usage; "publication date" is the local date defined in the first rule)
--------------------------------------------------------------------------------------------

* **Local date.** ``published`` is the article's publication moment. A datetime with a time zone
  is read on the outlet's own clock: 2017-08-30T21:10-05:00 is Wednesday 30 August, although it
  is already 31 August in UTC. A plain date is used as it is, and so is the wall-clock date of a
  datetime without a zone.
* **Bare weekdays** ("on Wednesday", "Tuesday night", "later on Wednesday", "Wednesday morning")
  are the most recent such day *on or before* the publication date; the same day counts (an
  article of Wed 30 Aug 2017 saying "on Wednesday" means 30 Aug). A weekday in a clause about
  what is to come ("the vote is due on Friday") is the coming one: that needs the sentence, and
  :mod:`generator.text.future` applies it for extract and check. Day precision, exact. "last
  Wednesday" is the most recent Wednesday strictly *before* the publication date.
* **today** ("earlier today", "this morning", "tonight", …) is the publication date;
  **yesterday** and **last night** the day before; "the day before yesterday" two days before.
* **Weekends.** "over the weekend", "at the weekend", "this weekend", "during the weekend" are the
  most recent Saturday–Sunday on or before the publication date, cut off at the publication date
  (an article of Sunday means Saturday–Sunday, one of Saturday just Saturday). "last weekend" is
  the same on Monday–Friday; on a Saturday or Sunday it is the weekend before. Weekends are
  *approximate*: a weekend deal may be struck on Friday night, and in much of the Gulf the
  weekend was Friday–Saturday.
* **Weeks** run Monday–Sunday. "last week" is the previous week, approximate (writers stretch it).
  "this week" / "earlier this week" run from the Monday of the publication week to the
  publication date, exact.
* **Months and years.** "this month" / "earlier this month" is the publication month, "last
  month" the one before (month precision); "this year" / "earlier this year" and "last year"
  likewise with year precision. "in August" (also "early/mid/late August") is the most recent
  August on or before the publication month; "last August" the most recent one strictly before
  it; "in August 2016" that month. "in 2014" is the year 2014.
* **"N … ago"** (digits, or "a"/"an"/"one" … "twelve"): days → that day, exact (approximate only
  when qualified, as in "about two days ago"); weeks → 7·N days back, as an approximate day range
  of ±3 days (never after the publication date); months → that month, approximate; years → that
  year, approximate.
* **Explicit dates** ("on Aug. 29", "29 August", "August 29, 2017", "29/08/2017", "2017-08-29",
  "the 29th", "Aug. 29-30") are days (or day ranges). A missing year is the most recent one that
  puts the date on or before the publication date; a missing month ("the 29th") likewise. A
  weekday written with the date ("Tuesday, Aug. 29") must agree with it. Numeric dates whose
  day and month could be swapped ("3/4/2017") are refused as ambiguous. The project's own date
  grammar (``2017-08``, ``~2017-08-30``, ``2017-08-26/2017-08-27``) is accepted as written.
* **Refused**, with a hint: wordings relative to another event ("hours before the strike" —
  resolve that event instead), future wordings ("next week", "tomorrow"), vague spans ("a few
  days ago", "recently"), and anything else not listed here.

Library
-------
Explicit dates are parsed with ``dateparser`` (maintained by Zyte; already installed as a
dependency of trafilatura's ``htmldate``): it reads the many ways outlets write a calendar date —
"29th August", "August 29th, 2017", "29.08.2017", "Tuesday, 29 August 2017" — in English and in
the other languages of a regional press corpus ("le 29 août 2017", "29 أغسطس"), which a table of
our own would not. It is used only for absolute dates, with its relative-date parsers switched
off and every date part it did not find filled in by the rules above: its own relative
conventions ("Wednesday" = a week ago if today is Wednesday, "Aug 29-30" = 1930) are not news
conventions. Everything relative is hand-written here.

:func:`conflicts` tells whether two fuzzy dates cannot both hold; see its docstring for the
tolerance given to approximate dates.
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Any

from generator.text.clock_times import TIME_OF_DAY, ClockTime, clock_time
from generator.text.dates import (
    FuzzyDate,
    Precision,
    day_point,
    local_date,
    month_point,
    parse_fuzzy_date,
    year_point,
)
from generator.text.lexicon import MONTH, MONTHS, NUMBER_WORDS, WEEKDAY, WEEKDAYS


@dataclass(frozen=True)
class Resolved:
    """A wording resolved against a publication date."""

    date: FuzzyDate  # the resolved date: precision, maybe a range, approximate for vague wordings
    expression: str  # the wording as given
    rule: str  # which convention was applied, for the analyst
    time: ClockTime | None = None  # the time of day written beside the day, set aside


class UnresolvableDate(ValueError):
    """A wording that cannot be resolved; the message says what to write instead."""


# --------------------------------------------------------------------------- building blocks

WEEK_SLACK = 3  # "N weeks ago" is 7·N days back, give or take this many days

_WEEKDAY = "(?P<weekday>" + WEEKDAY + ")"
_MONTH = "(?P<month>" + MONTH + r")\.?"
#: A part of the day after a weekday or "yesterday" ("Sunday night", "yesterday morning"): the
#: same day, here and where extract finds a date wording (extract/dates.py).
PART_OF_DAY = r"(?:\s+(?:morning|afternoon|evening|night|overnight))?"
_QUALIFIER = r"(?:(?:early|late|earlier|later)\s+)?"
_NUMBER = r"(?P<n>\d{1,3}|" + "|".join(NUMBER_WORDS) + ")"
_VAGUE_NUMBER = (r"(?P<vague>about|around|roughly|some|nearly|almost|more\s+than|over|"
                 r"less\s+than|under|just\s+over|just\s+under|approximately)\s+")


def _day(d: date, approximate: bool = False) -> FuzzyDate:
    return FuzzyDate(day_point(d), None, approximate)


def _days(first: date, last: date, approximate: bool = False) -> FuzzyDate:
    if first == last:
        return _day(first, approximate)
    return FuzzyDate(day_point(first), day_point(last), approximate)


def _month(year: int, month: int, approximate: bool = False) -> FuzzyDate:
    return FuzzyDate(month_point(year, month), None, approximate)


def _year(year: int, approximate: bool = False) -> FuzzyDate:
    return FuzzyDate(year_point(year), None, approximate)


def _months_back(pub: date, n: int) -> tuple[int, int]:
    index = pub.year * 12 + (pub.month - 1) - n
    return index // 12, index % 12 + 1


def _on_or_before(pub: date, weekday: int) -> date:
    return pub - timedelta(days=(pub.weekday() - weekday) % 7)


def _number(text: str) -> int:
    return int(text) if text.isdigit() else NUMBER_WORDS[text]


def _normalise(expression: str) -> str:
    text = unicodedata.normalize("NFKC", expression)
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u00a0", " ")
    text = re.sub(r"\s+", " ", text).strip().lower()
    text = re.sub(r"[\s,;:!?.]+$", "", text)  # trailing punctuation ("on Wednesday,")
    return re.sub(r"^(?:on|in|at)\s+(?=\d)", "", text)  # "on 29 August", "in 2014"


# --------------------------------------------------------------------------- the rules

Rule = Callable[[re.Match[str], date], tuple[FuzzyDate, str]]
_RULES: list[tuple[re.Pattern[str], Rule]] = []


def _rule(pattern: str) -> Callable[[Rule], Rule]:
    def register(func: Rule) -> Rule:
        _RULES.append((re.compile(pattern), func))
        return func
    return register


@_rule(r"(?:(?:earlier|later|early|late)\s+)?(?:today|tonight|this\s+(?:morning|afternoon|evening))"
       r"|(?:earlier|later)\s+(?:on\s+)?today|today's")
def _today(m: re.Match[str], pub: date) -> tuple[FuzzyDate, str]:
    return _day(pub), "today: the publication date"


@_rule(r"(?:(?:early|late|earlier)\s+)?(?:yesterday(?:'s)?" + PART_OF_DAY + r"|last\s+night)")
def _yesterday(m: re.Match[str], pub: date) -> tuple[FuzzyDate, str]:
    return _day(pub - timedelta(days=1)), "yesterday: the day before the publication date"


@_rule(r"the\s+day\s+before\s+yesterday")
def _day_before_yesterday(m: re.Match[str], pub: date) -> tuple[FuzzyDate, str]:
    return _day(pub - timedelta(days=2)), "the day before yesterday: two days before publication"


@_rule(_QUALIFIER + r"(?:on\s+)?" + _QUALIFIER + _WEEKDAY + r"(?:'s)?"  # "later Sunday"
       + PART_OF_DAY)
def _weekday(m: re.Match[str], pub: date) -> tuple[FuzzyDate, str]:
    name = m.group("weekday")
    day = _on_or_before(pub, WEEKDAYS.index(name))
    return _day(day), f"weekday: the most recent {name.title()} on or before publication"


#: Weekdays in the other corpus languages, as news copy dates an event with them: the same rule
#: as "on Wednesday" (the most recent such day on or before publication), with the language's
#: own "on"/"this" and parts of the day ("am Mittwochabend", "mercredi soir", "este miércoles",
#: "nesta quarta-feira", "mercoledì pomeriggio"). Spanish needs its article and Portuguese its
#: "-feira" or "nesta": "domingo" and "segunda" are also a name and "second".
FOREIGN_WEEKDAYS: dict[str, int] = {
    **dict.fromkeys(("montag", "lundi", "lunes", "lunedì", "lunedi", "segunda"), 0),
    **dict.fromkeys(("dienstag", "mardi", "martes", "martedì", "martedi", "terça", "terca"), 1),
    **dict.fromkeys(("mittwoch", "mercredi", "miércoles", "miercoles", "mercoledì", "mercoledi",
                     "quarta"), 2),
    **dict.fromkeys(("donnerstag", "jeudi", "jueves", "giovedì", "giovedi", "quinta"), 3),
    **dict.fromkeys(("freitag", "vendredi", "viernes", "venerdì", "venerdi", "sexta"), 4),
    **dict.fromkeys(("samstag", "samedi", "sábado", "sabado", "sabato"), 5),
    **dict.fromkeys(("sonntag", "dimanche", "domingo", "domenica"), 6),
    # Arabic (after "day of", "morning of"…), Hindi, Bengali, Urdu (before "کو", on)
    **dict.fromkeys(("الاثنين", "الإثنين", "सोमवार", "সোমবার", "پیر"), 0),
    **dict.fromkeys(("الثلاثاء", "मंगलवार", "মঙ্গলবার", "منگل"), 1),
    **dict.fromkeys(("الأربعاء", "बुधवार", "বুধবার", "بدھ"), 2),
    **dict.fromkeys(("الخميس", "गुरुवार", "बृहस्पतिवार", "বৃহস্পতিবার", "جمعرات"), 3),
    **dict.fromkeys(("الجمعة", "शुक्रवार", "শুক্রবার", "جمعہ"), 4),
    **dict.fromkeys(("السبت", "शनिवार", "শনিবার", "ہفتہ", "ہفتے"), 5),
    **dict.fromkeys(("الأحد", "रविवार", "রবিবার", "اتوار"), 6),
}
FOREIGN_WEEKDAY = (
    r"(?:am\s+)?(?P<de>montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)"
    r"(?:abend|morgen|nachmittag|vormittag|mittag|nacht)?"
    r"|(?:ce\s+|le\s+)?(?P<fr>lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)"
    r"(?:\s+(?:soir|matin|après-midi|apres-midi))?"
    r"|(?:el|este|ese)\s+(?P<es>lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado"
    r"|domingo)(?:\s+por\s+la\s+(?:mañana|tarde|noche))?"
    r"|(?:questo\s+)?(?P<it>lunedì|lunedi|martedì|martedi|mercoledì|mercoledi|giovedì|giovedi"
    r"|venerdì|venerdi|sabato|domenica)(?:\s+(?:sera|mattina|pomeriggio|notte))?"
    r"|(?:(?:nesta|nessa|esta|na)\s+)?(?P<pt>segunda|terça|terca|quarta|quinta|sexta)-feira"
    r"(?:\s+\(\d{1,2}\))?|(?:nesta|nessa)\s+(?P<pt2>segunda|terça|terca|quarta|quinta|sexta)"
    r"|(?:neste|nesse|no)\s+(?P<pt3>sábado|sabado|domingo)"
    r"|(?:يوم|صباح|مساء|ليلة|فجر)\s+(?:اليوم\s+)?(?P<ar>الاثنين|الإثنين|الثلاثاء|الأربعاء|الخميس"
    r"|الجمعة|السبت|الأحد)"
    r"|(?P<hi>सोमवार|मंगलवार|बुधवार|गुरुवार|बृहस्पतिवार|शुक्रवार|शनिवार|रविवार)"
    r"|(?P<bn>সোমবার|মঙ্গলবার|বুধবার|বৃহস্পতিবার|শুক্রবার|শনিবার|রবিবার)"
    r"|(?P<ur>پیر|منگل|بدھ|جمعرات|جمعہ|ہفتہ|ہفتے|اتوار)\s+کو")
#: The same weekdays without their named groups, for a pattern that skips a weekday inside a
#: larger one (a source after its speech verb: "ha detto lunedì il sindaco"), where group names
#: would clash.
UNNAMED_FOREIGN_WEEKDAY = re.sub(r"\?P<\w+>", "?:", FOREIGN_WEEKDAY)


@_rule(FOREIGN_WEEKDAY)
def _foreign_weekday(m: re.Match[str], pub: date) -> tuple[FuzzyDate, str]:
    name = next(v for v in m.groupdict().values() if v)
    day = _on_or_before(pub, FOREIGN_WEEKDAYS[name])
    return _day(day), (f"weekday: the most recent {WEEKDAYS[FOREIGN_WEEKDAYS[name]].title()} "
                       "on or before publication")



#: Weekday names by language, for the wordings that tie a weekday to the week before
#: publication (the names are those of :data:`FOREIGN_WEEKDAYS`).
_WD = {
    "de": "montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag",
    "fr": "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche",
    "es": "lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|domingo",
    "it": "lunedì|lunedi|martedì|martedi|mercoledì|mercoledi|giovedì|giovedi|venerdì|venerdi"
          "|sabato|domenica",
    "pt": "segunda|terça|terca|quarta|quinta|sexta|sábado|sabado|domingo",
}
_DE_PART = r"(?:abend|morgen|nachmittag|vormittag|mittag|nacht)?"
#: "Tuesday of last week" in each language (trial 13: "am Dienstag vergangener Woche" was read
#: as its "am Dienstag", the most recent Tuesday, a week late): the weekday in the Monday–Sunday
#: week before the publication week.
WEEKDAY_OF_LAST_WEEK = (
    rf"(?:on\s+)?(?P<en>{WEEKDAY})(?:\s+(?:morning|afternoon|evening|night))?\s+(?:of\s+)?"
    r"last\s+week"
    rf"|(?:am\s+)?(?P<de>{_WD['de']}){_DE_PART}\s+(?:der\s+)?(?:vergangene[nr]|letzte[nr]"
    r"|vorige[nr])\s+woche"
    rf"|(?:le\s+)?(?P<fr>{_WD['fr']})\s+de\s+la\s+semaine\s+(?:dernière|passée|précédente)"
    rf"|(?:el\s+)?(?P<es>{_WD['es']})\s+de\s+la\s+semana\s+(?:pasada|anterior)"
    rf"|(?P<it>{_WD['it']})\s+della\s+settimana\s+(?:scorsa|precedente)"
    rf"|(?:(?:na|no)\s+)?(?P<pt>{_WD['pt']})(?:-feira)?\s+da\s+semana\s+(?:passada|anterior)")
#: "last Tuesday" in the other languages ("am vergangenen Dienstag", "mardi dernier", "el
#: martes pasado", "martedì scorso", "na terça-feira passada"): the most recent such day
#: strictly before publication, as "last Tuesday" is.
FOREIGN_LAST_WEEKDAY = (
    rf"(?:am\s+)?(?:vergangenen|letzten|vorigen)\s+(?P<de>{_WD['de']}){_DE_PART}"
    rf"|(?:le\s+)?(?P<fr>{_WD['fr']})\s+(?:dernier|passé)"
    rf"|(?:el\s+)?(?P<es>{_WD['es']})\s+pasado"
    rf"|(?P<it>{_WD['it']})\s+scorso|(?:lo\s+)?scorso\s+(?P<it2>{_WD['it']})"
    rf"|(?:(?:na|no)\s+)?(?P<pt>{_WD['pt']})(?:-feira)?\s+passad[oa]"
    rf"|(?:na|no)\s+(?:última|último)\s+(?P<pt2>{_WD['pt']})(?:-feira)?")


def _weekday_index(m: re.Match[str]) -> int:
    name = next(v for v in m.groupdict().values() if v)
    return WEEKDAYS.index(name) if name in WEEKDAYS else FOREIGN_WEEKDAYS[name]


@_rule(WEEKDAY_OF_LAST_WEEK)
def _weekday_of_last_week(m: re.Match[str], pub: date) -> tuple[FuzzyDate, str]:
    weekday = _weekday_index(m)
    day = pub - timedelta(days=pub.weekday() + 7 - weekday)
    return _day(day), (f"weekday of last week: the {WEEKDAYS[weekday].title()} of the "
                       "Monday–Sunday week before the publication week")


@_rule(FOREIGN_LAST_WEEKDAY)
def _foreign_last_weekday(m: re.Match[str], pub: date) -> tuple[FuzzyDate, str]:
    weekday = _weekday_index(m)
    day = _on_or_before(pub - timedelta(days=1), weekday)
    return _day(day), (f"last weekday: the most recent {WEEKDAYS[weekday].title()} before the "
                       "publication date")

#: Today and yesterday in the other corpus languages, as news copy dates an event with them
#: (the same rules as "today", "this morning", "yesterday", "last night"). "Nowadays" ("hoje em
#: dia", "hoy en día", "oggigiorno") is not today.
FOREIGN_TODAY_BY_LANGUAGE = {
    "de": r"(?:bis\s+)?heute(?:\s+(?:morgen|früh|vormittag|mittag|nachmittag|abend|nacht))?",
    "fr": r"aujourd['’]hui|ce\s+(?:matin|soir)|cet\s+après-midi|cette\s+nuit",
    "es": r"hoy(?!\s+(?:en\s+)?d[ií]a)|esta\s+(?:mañana|tarde|noche|madrugada)",
    "it": r"oggi(?!\s*giorno)|stamattina|stamani|stasera|stanotte|questa\s+mattina"
          r"|questo\s+pomeriggio",
    "pt": r"hoje(?!\s+em\s+dia)|nesta\s+(?:manhã|tarde|noite|madrugada)",
    "nl": r"vandaag|vanochtend|vanmorgen|vanmiddag|vanavond|vannacht",
    "pl": r"dzisiaj|dziś",
}
#: ("hier" is "here" in German and Dutch: each table is read in its own language only)
FOREIGN_YESTERDAY_BY_LANGUAGE = {
    "de": r"gestern(?:\s+(?:morgen|früh|vormittag|mittag|nachmittag|abend|nacht))?|gesternabend",
    "fr": r"hier(?:\s+(?:matin|soir|après-midi))?|la\s+nuit\s+dernière",
    "es": r"ayer(?:\s+por\s+la\s+(?:mañana|tarde|noche))?|anoche",
    "it": r"ieri(?:\s+(?:mattina|pomeriggio|sera|notte))?",
    "pt": r"ontem(?:\s+(?:de\s+manhã|à\s+tarde|à\s+noite))?",
    "nl": r"gisteren|gisteravond|gistermiddag|gisterochtend",
    "pl": r"wczoraj",
}
FOREIGN_TODAY = "|".join(FOREIGN_TODAY_BY_LANGUAGE.values())
FOREIGN_YESTERDAY = "|".join(FOREIGN_YESTERDAY_BY_LANGUAGE.values())


@_rule(FOREIGN_TODAY)
def _foreign_today(m: re.Match[str], pub: date) -> tuple[FuzzyDate, str]:
    return _day(pub), "today: the publication date"


@_rule(FOREIGN_YESTERDAY)
def _foreign_yesterday(m: re.Match[str], pub: date) -> tuple[FuzzyDate, str]:
    return _day(pub - timedelta(days=1)), "yesterday: the day before the publication date"


@_rule(r"(?:on\s+)?last\s+" + _WEEKDAY + PART_OF_DAY)
def _last_weekday(m: re.Match[str], pub: date) -> tuple[FuzzyDate, str]:
    name = m.group("weekday")
    day = _on_or_before(pub - timedelta(days=1), WEEKDAYS.index(name))
    return _day(day), f"last weekday: the most recent {name.title()} before the publication date"


@_rule(r"(?:over|at|during|on)\s+the\s+weekend|(?:over\s+|during\s+)?this\s+(?:past\s+)?weekend"
       r"|(?:over\s+)?the\s+(?:past\s+)?weekend")
def _weekend(m: re.Match[str], pub: date) -> tuple[FuzzyDate, str]:
    saturday = _on_or_before(pub, 5)
    sunday = min(saturday + timedelta(days=1), pub)
    return _days(saturday, sunday, approximate=True), (
        "weekend: the most recent Saturday–Sunday on or before publication (approximate: "
        "may include Friday night)")


@_rule(r"(?:over\s+|during\s+|at\s+)?last\s+weekend")
def _last_weekend(m: re.Match[str], pub: date) -> tuple[FuzzyDate, str]:
    saturday = _on_or_before(pub, 5)
    if saturday + timedelta(days=1) >= pub:  # published during a weekend: the one before
        saturday -= timedelta(days=7)
    return _days(saturday, saturday + timedelta(days=1), approximate=True), (
        "last weekend: the most recent Saturday–Sunday that ended before the publication date "
        "(approximate: may include Friday night)")


@_rule(_QUALIFIER + r"last\s+week|the\s+(?:previous|past)\s+week")
def _last_week(m: re.Match[str], pub: date) -> tuple[FuzzyDate, str]:
    monday = pub - timedelta(days=pub.weekday() + 7)
    return _days(monday, monday + timedelta(days=6), approximate=True), (
        "last week: the Monday–Sunday week before the publication week (approximate)")


@_rule(_QUALIFIER + r"this\s+week|earlier\s+in\s+the\s+week")
def _this_week(m: re.Match[str], pub: date) -> tuple[FuzzyDate, str]:
    monday = pub - timedelta(days=pub.weekday())
    return _days(monday, pub), "this week: Monday of the publication week to the publication date"


@_rule(_QUALIFIER + r"this\s+month|earlier\s+in\s+the\s+month")
def _this_month(m: re.Match[str], pub: date) -> tuple[FuzzyDate, str]:
    return _month(pub.year, pub.month), "this month: the publication month"


@_rule(_QUALIFIER + r"last\s+month")
def _last_month(m: re.Match[str], pub: date) -> tuple[FuzzyDate, str]:
    return _month(*_months_back(pub, 1)), "last month: the month before the publication month"


@_rule(_QUALIFIER + r"this\s+year|earlier\s+in\s+the\s+year")
def _this_year(m: re.Match[str], pub: date) -> tuple[FuzzyDate, str]:
    return _year(pub.year), "this year: the publication year"


@_rule(_QUALIFIER + r"last\s+year")
def _last_year(m: re.Match[str], pub: date) -> tuple[FuzzyDate, str]:
    return _year(pub.year - 1), "last year: the year before the publication year"


@_rule(r"(?:in\s+)?(?:(?:early|mid|late)[\s-]*)?(?P<year>\d{4})")
def _in_year(m: re.Match[str], pub: date) -> tuple[FuzzyDate, str]:
    return _year(int(m.group("year"))), "year: the year named"


@_rule(r"(?:in\s+)?(?:(?:early|mid|late)[\s-]*)?" + _MONTH + r"(?:,?\s+(?P<year>\d{4}))?")
def _in_month(m: re.Match[str], pub: date) -> tuple[FuzzyDate, str]:
    month = MONTHS[m.group("month")]
    if m.group("year"):
        return _month(int(m.group("year")), month), "month: the month and year named"
    year = pub.year if month <= pub.month else pub.year - 1
    name = calendar.month_name[month]
    return _month(year, month), f"month: the most recent {name} on or before publication"


@_rule(r"last\s+" + _MONTH)
def _last_named_month(m: re.Match[str], pub: date) -> tuple[FuzzyDate, str]:
    month = MONTHS[m.group("month")]
    year = pub.year if month < pub.month else pub.year - 1
    name = calendar.month_name[month]
    return _month(year, month), (
        f"last month name: the most recent {name} before the publication month")


@_rule(r"(?:" + _VAGUE_NUMBER + r")?" + _NUMBER + r"\s+(?P<unit>day|week|month|year)s?\s+ago")
def _ago(m: re.Match[str], pub: date) -> tuple[FuzzyDate, str]:
    n, unit, vague = _number(m.group("n")), m.group("unit"), bool(m.group("vague"))
    what = f"{n} {unit}{'s' if n != 1 else ''} ago"
    if unit == "day":
        return _day(pub - timedelta(days=n), vague), f"{what}: counted back from publication"
    if unit == "week":
        middle = pub - timedelta(days=7 * n)
        first, last = middle - timedelta(days=WEEK_SLACK), middle + timedelta(days=WEEK_SLACK)
        return _days(first, min(last, pub), approximate=True), (
            f"{what}: {7 * n} days before publication, ±{WEEK_SLACK} days (approximate)")
    if unit == "month":
        return _month(*_months_back(pub, n), approximate=True), (
            f"{what}: the month {n} back from the publication month (approximate)")
    return _year(pub.year - n, approximate=True), (
        f"{what}: the year {n} back from the publication year (approximate)")


@_rule(r"(?:on\s+)?the\s+(?P<day>\d{1,2})(?:st|nd|rd|th)(?:\s+of\s+the\s+month)?")
def _day_of_month(m: re.Match[str], pub: date) -> tuple[FuzzyDate, str]:
    day = int(m.group("day"))
    year, month = pub.year, pub.month
    for _ in range(3):
        if day <= calendar.monthrange(year, month)[1] and date(year, month, day) <= pub:
            return _day(date(year, month, day)), (
                "day of month: the most recent such day on or before publication")
        year, month = _months_back(date(year, month, 1), 1)
    raise UnresolvableDate(f"no month in the three up to publication has a day {day}; "
                           f"write the date as YYYY-MM-DD")


# --------------------------------------------------------------------------- explicit dates

_ISO_GRAMMAR = re.compile(r"~?\d{4}(?:-\d{1,2}){0,2}(?:/\d{4}(?:-\d{1,2}){0,2})?")
_AMBIGUOUS_NUMERIC = re.compile(r"(\d{1,2})[/.\-](\d{1,2})(?:[/.\-](\d{2}|\d{4}))?")
_DAY_RANGE = re.compile(
    r"(?P<pre>.*?)\b(?P<d1>\d{1,2})(?:st|nd|rd|th)?\s*(?:-|–|—|to|and)\s*"
    r"(?P<d2>\d{1,2})(?:st|nd|rd|th)?\b(?P<post>.*)")
_DATE_RANGE = re.compile(r"(?:from\s+|between\s+)?(?P<a>.+?)(?:\s*[–—]\s*|\s+(?:-|to|until|and)\s+)"
                         r"(?P<b>.+)")


@lru_cache(maxsize=16)
def _dateparser(languages: tuple[str, ...] | None, parts: tuple[str, ...]) -> Any:
    from dateparser.date import DateDataParser  # imported on first use: it is slow to load

    return DateDataParser(languages=list(languages) if languages else None, settings={
        "PARSERS": ["absolute-time"],  # no relative dates, no timestamps
        "REQUIRE_PARTS": list(parts),
        # Missing parts are filled in by our rules; a leap-year base keeps "Feb. 29" parseable.
        "RELATIVE_BASE": datetime(2000, 12, 31),
    })


def _latest(month: int, day: int, not_after: date) -> date | None:
    """The most recent month/day on or before `not_after` (looking back far enough for Feb 29)."""
    for year in range(not_after.year, not_after.year - 9, -1):
        if day <= calendar.monthrange(year, month)[1] and date(year, month, day) <= not_after:
            return date(year, month, day)
    return None


def _explicit_day(text: str, pub: date, not_after: date,
                  languages: tuple[str, ...] | None) -> tuple[FuzzyDate, bool] | None:
    """One calendar date, with whether its year was written; None when it is not a date."""
    m = _AMBIGUOUS_NUMERIC.fullmatch(text)
    if m and int(m.group(1)) <= 12 and int(m.group(2)) <= 12 and m.group(1) != m.group(2):
        raise UnresolvableDate(
            f"day and month could be either way round in {text!r}; write the date as "
            f"YYYY-MM-DD or with the month's name")
    for parts in (("day", "month", "year"), ("day", "month")):
        data = _dateparser(languages, parts).get_date_data(text)
        if data.date_obj is None or data.period != "day":
            continue
        found = data.date_obj.date()
        if len(parts) == 3:
            return _day(found), True
        latest = _latest(found.month, found.day, not_after)
        if latest is None:
            return None
        return _day(latest), False
    if not re.search(r"(?<!\d)\d{4}(?!\d)", text):  # "Feb. 30" is not February 2030
        return None
    data = _dateparser(languages, ("month", "year")).get_date_data(text)
    if data.date_obj is not None and data.period == "month":
        return _month(data.date_obj.year, data.date_obj.month), True
    return None


def _check_weekday(text: str, resolved: FuzzyDate) -> None:
    named = [name for name in WEEKDAYS if re.search(rf"\b{name}\b", text)]
    if len(named) == 1 and not resolved.is_range and resolved.precision is Precision.DAY:
        actual = WEEKDAYS[resolved.first.weekday()]
        if actual != named[0]:
            raise UnresolvableDate(
                f"{resolved.first:%d %B %Y} was a {actual.title()}, not a {named[0].title()}; "
                f"check the article and write the date it means")


#: What a rule says of a date written without its year: its year is inferred
#: (:func:`generator.text.future.coming_date` reads one in a clause about what is to come).
YEARLESS = " (year: the most recent on or before publication)"


def _explicit(text: str, pub: date,
              languages: tuple[str, ...] | None) -> tuple[FuzzyDate, str] | None:
    if _ISO_GRAMMAR.fullmatch(text):
        try:
            return parse_fuzzy_date(text), "explicit date"
        except ValueError as exc:
            raise UnresolvableDate(str(exc)) from None
    if not re.search(r"\d", text) or re.fullmatch(r"\d{1,2}", text):
        return None
    inferred = YEARLESS
    # Ranges first: dateparser would read "Aug. 29-30" as 29 August 2030.
    ends: tuple[str, str] | None = None
    m = _DAY_RANGE.fullmatch(text)
    if m and re.search(r"[^\W\d_]", m.group("pre") + m.group("post")):
        if int(m.group("d1")) >= int(m.group("d2")):
            raise UnresolvableDate(f"the range {text!r} does not run forwards")
        ends = (f"{m.group('pre')}{m.group('d1')}{m.group('post')}",
                f"{m.group('pre')}{m.group('d2')}{m.group('post')}")
    elif m := _DATE_RANGE.fullmatch(text):
        ends = (m.group("a"), m.group("b"))
    if ends is not None:
        end = _explicit_day(ends[1], pub, pub, languages)
        start = (_explicit_day(ends[0], pub, end[0].first, languages)
                 if end is not None and end[0].precision is Precision.DAY else None)
        if end is not None and start is not None and start[0].precision is Precision.DAY:
            if start[0].first > end[0].first:
                raise UnresolvableDate(f"the range {text!r} ends before it starts")
            rule = "explicit day range" + ("" if end[1] else inferred)
            return _days(start[0].first, end[0].first), rule
    single = _explicit_day(text, pub, pub, languages)
    if single is None:
        return None
    _check_weekday(text, single[0])
    return single[0], "explicit date" + ("" if single[1] else inferred)


# --------------------------------------------------------------------------- refusals

_REFUSALS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"\b(?:before|after|following|prior\s+to|ahead\s+of|since|until|till|by)\b"),
     "it dates the event relative to another event, not to the publication; resolve that "
     "event's date and date this one from it"),
    (re.compile(r"\b(?:next|tomorrow|coming|upcoming|later\s+this|from\s+now)\b"),
     "it points to the future; write the date the event was due or took place"),
    (re.compile(r"\b(?:few|several|couple|some|many|recent(?:ly)?|lately|past)\b"),
     "it is too vague to resolve; write an approximate date or range"),
    (re.compile(r"\bhours?\b|\bminutes?\b"),
     "hours and minutes are not resolved; write the day"),
]

_EXAMPLES = ("on Wednesday, yesterday, last night, over the weekend, last week, earlier this "
             "month, last year, in 2014, three years ago, on Aug. 29, 29 August 2017")


def _refuse(expression: str, text: str, pub: date, reason: str = "") -> UnresolvableDate:
    reason = reason or next((why for pattern, why in _REFUSALS if pattern.search(text)),
                            f"it is not a wording Briefing knows (known: {_EXAMPLES})")
    return UnresolvableDate(
        f"cannot resolve {expression!r} against the publication date {pub.isoformat()}: {reason}. "
        f"Write the date yourself in `date:` (e.g. {pub.isoformat()}, {pub:%Y-%m}, "
        f"~{pub.isoformat()} or {(pub - timedelta(days=1)).isoformat()}/{pub.isoformat()}) "
        f"and keep the article's wording in `date_text`")


# --------------------------------------------------------------------------- the API

def resolve(expression: str, published: datetime | date, *,
            languages: Sequence[str] | None = None) -> Resolved:
    """Resolve an article's date wording against its publication moment (see module docstring).

    `languages` (ISO codes such as ``["en", "fr"]``) narrows the languages tried for explicit
    calendar dates; by default dateparser detects the language. Relative wordings are English,
    weekdays also in the other corpus languages (:data:`FOREIGN_WEEKDAYS`).
    Raises UnresolvableDate with a message for the analyst.
    """
    pub = local_date(published)
    try:
        return _resolve(expression, pub, languages)
    except UnresolvableDate:
        raise
    except (OverflowError, ValueError):  # date arithmetic left the years 1 to 9999
        raise UnresolvableDate(
            f"cannot resolve {expression!r} against the publication date {pub.isoformat()}: "
            "the date it means falls outside the calendar (years 1 to 9999); check the "
            "article's publication date, or write the date yourself in `date:`") from None


def _resolve(expression: str, pub: date, languages: Sequence[str] | None) -> Resolved:
    if not isinstance(expression, str) or not expression.strip():
        raise UnresolvableDate("the date wording is empty; copy the article's words, e.g. "
                               "'on Wednesday', or leave `date_text` out")
    text = _normalise(expression)
    for pattern, rule in _RULES:
        m = pattern.fullmatch(text)
        if m:
            try:
                fuzzy, why = rule(m, pub)
            except UnresolvableDate as exc:
                raise UnresolvableDate(f"cannot resolve {expression!r}: {exc}") from None
            return Resolved(fuzzy, expression, why)
    timed = TIME_OF_DAY.search(text) is not None
    found = _without_time(text, pub, languages) if timed else None
    if found is not None:
        return Resolved(found.date, expression, f"{found.rule}; the time of day is set aside",
                        clock_time(text))
    langs = tuple(languages) if languages else None
    # a weekday of another language before a date is read first, so that the weekday is
    # checked against the date whether dateparser reads the whole or not ("jeudi 30 avril"
    # as "ce jeudi 30 avril")
    dated = _weekday_and_date(text, expression, pub, langs)
    if dated is not None:
        return Resolved(dated[0], expression, dated[1])
    if _HOURS_AGO.search(text):  # dateparser reads "2 h ago" as 2 August
        raise _refuse(expression, text, pub, "hours and minutes are not resolved; write the day")
    try:
        explicit = _explicit(text, pub, langs)
    except UnresolvableDate as exc:
        raise UnresolvableDate(f"cannot resolve {expression!r}: {exc}") from None
    if explicit is not None:
        return Resolved(explicit[0], expression, explicit[1])
    if timed:
        raise _refuse(expression, text, pub, "it gives a time of day, and no day Briefing can "
                      "read beside it")
    raise _refuse(expression, text, pub)


#: Hours or minutes ago written short ("2 h ago", "9h ago", "40 mins ago"): a time, no day.
_HOURS_AGO = re.compile(r"(?<![\d.:])\d{1,3}\s?(?:h|hrs?|mins?)\.?\s+ago\b")


def _without_time(text: str, pub: date, languages: Sequence[str] | None) -> Resolved | None:
    """The day of a wording that gives a time of day beside it, read without the time."""
    day = re.sub(r"\s+", " ", TIME_OF_DAY.sub(" ", text)).strip(" ,")
    if not day or TIME_OF_DAY.search(day):
        return None
    try:
        return _resolve(day, pub, languages)
    except UnresolvableDate:
        return None


#: A time of day beside the day's words ("yesterday at around 7 pm", "around 7 pm on Friday",
#: "am Freitag gegen 19 Uhr Ortszeit", "vendredi vers 19h00 heure locale"): the day resolves
#: without it; the rules know days, not times. A clock needs its mark (a colon, "h", "pm",
#: "Uhr"), so that "June 2" keeps its 2. A bracket after it (the time in UTC) goes with it.


#: A weekday of another language before a calendar date: "ce jeudi 12 juin 2025", "el jueves
#: 12 de junio", "am Donnerstag (12. Juni)". dateparser reads neither the demonstrative nor the
#: article, and the weekday alone would drop the date the page gives. Before a date a Spanish or
#: Portuguese weekday needs no article ("jueves 30 de abril", "sábado, 2 de maio"): the date
#: after it tells it from a name ("Domingo"), and dateparser would drop the weekday unchecked.
_WEEKDAY_THEN_DATE = re.compile(
    rf"(?:{FOREIGN_WEEKDAY}|(?P<es_bare>lunes|martes|miércoles|miercoles|jueves|viernes|sábado"
    rf"|sabado|domingo))\s*[,(]?\s*(?P<rest>[^()]*\d[^()]*?)\)?")


def _weekday_and_date(text: str, expression: str, pub: date,
                      languages: tuple[str, ...] | None) -> tuple[FuzzyDate, str] | None:
    m = _WEEKDAY_THEN_DATE.fullmatch(text)
    found = _explicit(m.group("rest").strip(), pub, languages) if m else None
    if m is None or found is None:
        return None
    name = next(v for k, v in m.groupdict().items() if v and k != "rest")
    weekday = FOREIGN_WEEKDAYS[name]
    if found[0].precision is Precision.DAY and not found[0].is_range and \
            found[0].first.weekday() != weekday:
        raise UnresolvableDate(
            f"cannot resolve {expression!r}: {found[0].first:%d %B %Y} was a "
            f"{WEEKDAYS[found[0].first.weekday()].title()}, not a {WEEKDAYS[weekday].title()}; "
            "check the article and write the date it means")
    return found[0], found[1] + f", on the {WEEKDAYS[weekday].title()} it names"




def _widen_back(d: date, precision: Precision) -> date:
    if precision is Precision.DAY:
        return d - timedelta(days=1)
    if precision is Precision.MONTH:
        year, month = _months_back(d, 1)
        return date(year, month, 1)
    return date(d.year - 1, 1, 1)


def _widen_forward(d: date, precision: Precision) -> date:
    if precision is Precision.DAY:
        return d + timedelta(days=1)
    if precision is Precision.MONTH:
        year, month = _months_back(d, -1)
        return date(year, month, calendar.monthrange(year, month)[1])
    return date(d.year + 1, 12, 31)


def _span(value: FuzzyDate) -> tuple[date, date]:
    first, last = value.first, value.last
    if value.approximate:
        first = _widen_back(first, value.start.precision)
        last = _widen_forward(last, (value.end or value.start).precision)
    return first, last


def conflicts(a: FuzzyDate, b: FuzzyDate) -> bool:
    """True when the two dates cannot both hold: their [first, last] spans do not overlap.

    An approximate date is widened at each end by one unit of that end's precision: a day for
    day precision (so ``~2017-08-30`` covers 29–31 August), a
    month for month precision, a year for year precision. Exact dates are not widened.
    """
    a_first, a_last = _span(a)
    b_first, b_last = _span(b)
    return a_last < b_first or b_last < a_first
