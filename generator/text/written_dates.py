"""Calendar dates an article writes out in full (day, month and year), in its own language.

A page with no publication date still dates itself: a dateline ("GUWAHATI, Oct 11, 2004"), a
story line ("dans la nuit du dimanche 14 au lundi 15 octobre 2018"), a caption. Only dates with
all three parts are read here: a bare year ("the worst since 1891") is background, and a day
without a year needs the publication date this reader is asked to do without
(:mod:`generator.text.relative_dates` reads those when a publication date is known).

Month names come from ``dateparser``'s locale tables (already a dependency, used for explicit
dates by :mod:`generator.text.relative_dates`): they spell the months of every language of a
regional press corpus, abbreviations and inflected forms included ("września", "Jänner"), which a
table of our own would not.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from generator.text.languages import MONTH_KEYS, calendar_words, locale_info


@lru_cache(maxsize=64)
def _months(language: str) -> dict[str, int]:
    """Month names (case-folded, without a trailing dot) of ``language`` and of English."""
    out: dict[str, int] = {}
    for code in dict.fromkeys((language, "en")):
        info = locale_info(code)
        for number, key in enumerate(MONTH_KEYS, 1):
            for name in info.get(key, []):
                if len(name) >= 3:
                    out.setdefault(name.casefold().rstrip("."), number)
    return out


def month_names(language: str) -> dict[str, int]:
    """Month names of ``language`` and of English, case-folded, with their numbers: the one
    table of months of every language (``briefing extract`` finds a day's date with it too)."""
    return _months(language)


@lru_cache(maxsize=64)
def month_abbreviations(language: str) -> frozenset[str]:
    """The names of :func:`month_names` another name of their month starts with ("mar", "set",
    "dic", "jun"): a month only with their dot (or a year after them); bare after a number they
    are words of their own as often ("ganó 2 set", "a 4 mar de la costa": review 30)."""
    names = _months(language)
    return frozenset(m for m in names if any(n != m and n.startswith(m) and names[n] == names[m]
                                             for n in names))


def _alternation(names) -> str:
    return "|".join(sorted((re.escape(n) for n in names), key=len, reverse=True))


@lru_cache(maxsize=64)
def _patterns(language: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    names = "|".join(sorted((re.escape(n) for n in _months(language)), key=len, reverse=True))
    month = rf"(?P<month>{names})\.?"
    day = r"(?P<day>[0-3]?\d)(?:er|st|nd|rd|th|º|\.)?"
    year = r"(?P<year>(?:19|20)\d\d)"
    # 14 octobre 2018, 15. April 2019, 11 de septiembre de 2023, 6 Ιουλίου του 2013 (Greek may
    # put the genitive article before the year) / Oct 11, 2004, April 15th 2019
    day_first = re.compile(rf"(?<!\w){day}\s+(?:de\s+)?{month}\s+(?:de\s+|του\s+)?{year}(?!\d)",
                           re.I)
    month_first = re.compile(rf"(?<!\w){month}\s+{day},?\s+{year}(?!\d)", re.I)
    return day_first, month_first


_ISO = re.compile(r"(?<!\d)((?:19|20)\d\d)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?!\d)")


#: A date in figures with a four-digit year: "12.09.2023", "12/9/2023", "2023/09/12".
_NUMERIC = re.compile(r"(?<![\d.,/])(\d{1,2})([./])(\d{1,2})\2((?:19|20)\d\d)(?![\d.,/]?\d)"
                      r"|(?<![\d.,/])((?:19|20)\d\d)/(\d{1,2})/(\d{1,2})(?![\d.,/]?\d)")
#: Languages whose writers put the month first in a date in figures ("9/12/2023").
MONTH_FIRST = frozenset({"en"})


def _numeric(m: re.Match[str], language: str) -> date | None:
    """The date of a match of :data:`_NUMERIC`, or None when it is no date, or when the day and
    the month could be either way round in English (American pages write the month first,
    British ones the day: 3/4/2023 is left unread)."""
    if m.group(5):
        return date(int(m.group(5)), int(m.group(6)), int(m.group(7)))
    a, b, year = int(m.group(1)), int(m.group(3)), int(m.group(4))
    if language in MONTH_FIRST:
        if a <= 12 and b <= 12 and a != b:
            return None
        a, b = (b, a) if a <= 12 else (a, b)
    return date(year, b, a)


#: An update stamp in figures at the start of a line ("UPDATE: 8/21/23", "21.08.2023 14:05"):
#: either order of day and month, a two- or four-digit year.
_STAMP = re.compile(r"^\D*?(\d{1,2})[./-](\d{1,2})[./-]((?:19|20)?\d\d)\b")


def stamp_day_within(text: str, first: date, last: date) -> date | None:
    """The one day of ``[first, last]`` a stamp in figures can be, month or day first; None
    when it is no such stamp or both readings fall in the window. A stamp is dated by the page
    it is on, not by its outlet's habits: "9/03/2023" on a page of August updated in September
    is 3 September; a two-digit year is this century's."""
    m = _STAMP.match(text)
    if m is None:
        return None
    a, b, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
    year += 2000 if year < 100 else 0
    days = set()
    for month, day in ((a, b), (b, a)):
        try:
            days.add(date(year, month, day))
        except ValueError:
            continue
    inside = [d for d in days if first <= d <= last]
    return inside[0] if len(inside) == 1 else None


def written_dates(text: str, language: str) -> list[date]:
    """Every full calendar date written in ``text``, in text order (invalid ones left out): in
    words in the page's language, as ISO dates, and in figures ("12.09.2023")."""
    return [d for _at, _end, d in sorted(_full_dates(text, language))]


def _full_dates(text: str, language: str) -> list[tuple[int, int, date]]:
    found: list[tuple[int, int, date]] = []
    months = _months(language)
    for pattern in _patterns(language):
        for m in pattern.finditer(text):
            try:
                found.append((m.start(), m.end(), date(
                    int(m["year"]), months[m["month"].casefold()], int(m["day"]))))
            except (ValueError, KeyError):
                continue
    for m in _NUMERIC.finditer(text):
        try:
            if (found_date := _numeric(m, language)) is not None:
                found.append((m.start(), m.end(), found_date))
        except ValueError:
            continue
    for m in _ISO.finditer(text):
        try:
            found.append((m.start(), m.end(), date(int(m[1]), int(m[2]), int(m[3]))))
        except ValueError:
            continue
    return found


@lru_cache(maxsize=64)
def _yearless(language: str) -> re.Pattern[str]:
    names = _alternation(_months(language))
    cut = month_abbreviations(language)
    day_first = _alternation(set(_months(language)) - cut) + rf"|(?:{_alternation(cut)})(?=\.)"
    # the month before its day is English order only: elsewhere a number after a month counts
    # something ("Seit Mai 30 Tote", "en marzo 15 personas": review 30)
    month_first = (rf"|(?<!\w)(?P<month2>{names})\.?\s+(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?"
                   rf"(?!\w|,?\s+(?:19|20)\d\d)") if language == "en" else ""
    return re.compile(rf"(?<![\w.])(?P<day>[0-3]?\d)(?:er|st|nd|rd|th|º|\.)?\s+(?:de\s+)?"
                      rf"(?P<month>{day_first})\.?(?!\w|\s+(?:de\s+|del\s+)?(?:19|20)\d\d)"
                      + month_first, re.I)


def days_written(text: str, language: str, appeared: date) -> list[date]:
    """The days of a month ``text`` writes without their year ("le 12 novembre", "am 12.
    November", "Nov. 12"), each the most recent such day on or before ``appeared``, the day
    the page appeared: news dates what happened by its day of the month, and the year is the
    page's (or the one before, for December's days on a January page)."""
    months = _months(language)
    out = []
    for m in _yearless(language).finditer(text):
        name, day = (m["month"], m["day"]) if m["month"] else (m["month2"], m["day2"])
        try:
            when = date(appeared.year, months[name.casefold()], int(day))
            out.append(when if when <= appeared else when.replace(year=appeared.year - 1))
        except (ValueError, KeyError):
            continue
    return out


#: A year written on its own or with its month only ("in 2018", "en noviembre de 2018", "the
#: 2018 collapse"): not a piece of a date in figures ("2018-08", "08/2018"), nor a year of
#: Chinese, Japanese or Korean characters followed by its month and day ("2018年8月14日").
_YEAR_ALONE = re.compile(r"(?<![\d.,/-])((?:19|20)\d\d)"
                         r"(?![\d.,]\d|[-/.]\d|\s*[年년]\s*\d{1,2}\s*[月월]\s*\d)")


#: A word before a year, with the "de"/"del" Spanish, Portuguese and Italian put between them
#: ("noviembre de 2018", "agosto del 2018").
_WORD_BEFORE_YEAR = re.compile(r"([^\W\d_]+)\.?\s+(?:de\s+|del\s+)?$")


def month_before(text: str, at: int, language: str) -> int | None:
    """The month written just before the year at ``at`` ("in August 2018", "nel maggio 2023"),
    or None."""
    m = _WORD_BEFORE_YEAR.search(text, max(0, at - 30), at)
    return _months(language).get(m[1].casefold()) if m else None


#: A day of the month just before a year: the last day of a range ("July 14 and 15, 2021",
#: "14-15 July" is read whole), whose month came before the first day.
_DAY_BEFORE_YEAR = re.compile(r"(?<!\d)[0-3]?\d(?:st|nd|rd|th)?,\s*$")


def years_without_day(text: str, language: str) -> list[tuple[int, int]]:
    """Each year ``text`` writes with no day of the month (its position, the year): how a page
    names a time it looks back on ("in August 2018", "nel 2018", "the 2018 disaster"), where a
    report of its own days writes the day ("on 14 August 2018", "Tuesday")."""
    taken = [(start, end) for start, end, _d in _full_dates(text, language)]
    return [(m.start(), int(m[1])) for m in _YEAR_ALONE.finditer(text)
            if not any(start <= m.start() < end for start, end in taken)
            and not _DAY_BEFORE_YEAR.search(text, max(0, m.start() - 8), m.start())]


_AFTER_DATE = re.compile(r"[\s.)\]»”\"']*")


def ends_on_date(text: str, language: str) -> bool:
    """Whether ``text`` ends on a full calendar date ("…, Sunday, Oct. 2, 2022."): the way a
    wire picture's caption ends (the day the picture was taken), and a story paragraph seldom
    does."""
    tail = text[-60:]
    return any(_AFTER_DATE.fullmatch(tail, m.end()) for pattern in _patterns(language)
               for m in pattern.finditer(tail))


#: Between a caption's last comma and the day its picture was taken: a weekday, an article or a
#: preposition of the date ("…, Spain, Monday, April 28", "…, le 28 avril", "…, am 28. April").
_DATE_LEAD = ("on", "le", "el", "il", "am", "em", "op", "o", "w", "dne", "den", "the", "del",
              "lo", "de")


def ends_on_date_after_comma(text: str, language: str) -> bool:
    """Whether ``text`` ends on a full calendar date set off by a comma, at most a weekday or the
    date's article between them ("… outside the station, April 28, 2031.", "…, le 28 avril
    2031."): the day a picture was taken closing its caption. A story sentence says when
    things happened inside its clause ("… hit the north on April 28, 2031.")."""
    tail = text[-80:]
    weekdays = set(calendar_words()[1])
    for pattern in _patterns(language):
        for m in pattern.finditer(tail):
            if not _AFTER_DATE.fullmatch(tail, m.end()):
                continue
            lead = tail[:m.start()].rstrip()
            for _ in range(4):
                word = re.search(r"(\w+)\.?$", lead.removesuffix(",").rstrip())
                weekday = word is not None and word[1].casefold() in weekdays
                if lead.endswith(",") and not weekday:
                    return True  # (a weekday's own comma is no caption's: "on Sunday, Oct. 2")
                if word is None or not (weekday or word[1].casefold() in _DATE_LEAD):
                    break
                lead = lead.removesuffix(",").rstrip()[:word.start()].rstrip()
    return False
