"""Date stamps: a publication date line, a stamp left without its values, a live ticker's mark,
a weekday and its date on a line of their own. They come first in the table: "Published · 3
hours ago" is not a commenter.
"""

from __future__ import annotations

from generator.content.cleaning.rules.base import (
                Rule,
                ci,
)
from generator.content.cleaning.rules.patterns import (
                DATE,
                DATE_LINE,
                DAY,
                EDGE,
                EMPTY_STAMP,
                MONTH,
                TIME,
                WEEKDAY,
)

#: A live ticker's mark between plus signs: a date, with or without its year ("17. Juli",
#: "Mon, 3 May", "17.07."), a clock time with an optional "Uhr" ("18:30 Uhr", "9 Uhr"), or both.
_TICKER_TIME = rf"(?:{TIME}(?:\s*uhr)?|\d{{1,2}}\s*uhr)"


_TICKER_WHEN = (rf"(?:(?:{DATE}|(?:{WEEKDAY},?\s+)?(?:{DAY}\s+{MONTH}|{MONTH}\s+{DAY}"
                r"|\d{1,2}\.\d{1,2}\.))"
                rf"(?:\s*[,|/·–-]?\s*{_TICKER_TIME})?|{_TICKER_TIME})")


RULES: tuple[Rule, ...] = (
    # ---- date stamps first: "Published · 3 hours ago" is not a commenter
    Rule("date-line", "date-stamp", "publication date line", ci(DATE_LINE), max_words=16,
         yields=("date",)),
    Rule("empty-stamp", "date-stamp", "a date stamp or byline left without its values",
         ci(EMPTY_STAMP), max_words=8),
    # a live ticker's entry mark between plus signs ("+++ 17. Juli +++", "+++ 18:30 Uhr +++"):
    # only a date or a clock time; a figure between them is a breaking line ("+++ 12 Tote +++")
    Rule("ticker-mark", "date-stamp", "a live ticker's date or time between plus signs",
         ci(rf"^\s*\+{{2,}}\s*{_TICKER_WHEN}\s*\+{{2,}}\s*$"), max_words=6),
    # a weekday and its day without the year, alone on a line ("Wednesday, January 15",
    # "mercredi 15 janvier"): the page's date, not its title; gives no date (no year)
    Rule("weekday-date", "date-stamp", "a weekday and its date on a line of its own",
         ci(rf"^{EDGE}{WEEKDAY},?\s+(?:{MONTH}\s+{DAY}|{DAY}\s+(?:de\s+)?{MONTH}){EDGE}$"),
         max_words=5),
    # a live page's entry mark, a weekday and a clock time alone on a line ("Dienstag, 8.34
    # Uhr:", "Tuesday, 8:34 a.m."): the time of the entry under it (fdev4 fresh pages)
    Rule("weekday-time", "date-stamp", "a weekday and a clock time on a line of their own",
         ci(rf"^{EDGE}{WEEKDAY},?\s+{_TICKER_TIME}\s*:?{EDGE}$"), max_words=5),
)
