"""The sections of a live page: each update's stamp ("UPDATE: 8/21/23") dates the paragraphs
printed under it.

A live page stacks its updates, newest first, each under a stamp the cleaner removes as a date
line (and keeps as ``updated`` metadata of that removed block). Read at the page's publication
day, the tolls of every section were one day's reports of one article that cannot all hold
(111, 114 and 115 dead), and were split into three groups (trial 18, a wildfire's live page
updated for three weeks). A running count with no day of its own in its clause is given the
day of the stamp above its paragraph, when that stamp reads as one day between the page's
publication and its update (``updated:`` in the metadata, else :data:`WINDOW` days after
publication): "9/03/2023" is 3 September on a page of August updated in September, never 9
March; a two-digit year is this century's. ``briefing extract`` proposes that day as the
report's ``as_of``; ``briefing check`` hints at it for a report of a running count that gives
none (:func:`as_of_hint`).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import accumulate

from generator.content.model import Article
from generator.text.dates import local_date
from generator.text.lexicon import WEEKDAYS
from generator.text.written_dates import stamp_day_within

#: How long after publication a stamp may be read when the metadata gives no update.
WINDOW = 90


@dataclass(frozen=True)
class Sections:
    """A live page's sections: the stamps' source lines and days, and where each story
    paragraph ends in ``article.text`` with its source line (read once per article, so that
    dating a figure is two lookups, not a walk over the paragraphs)."""

    lines: tuple[int, ...] = ()
    days: tuple[date | None, ...] = ()  # None: a stamp whose day cannot be told
    ends: tuple[int, ...] = ()
    paragraph_lines: tuple[int, ...] = ()

    def day(self, offset: int) -> date | None:
        """The day of the stamp above the paragraph holding ``offset``."""
        p = bisect_right(self.ends, offset)
        if not self.lines or p >= len(self.ends):
            return None
        i = bisect_right(self.lines, self.paragraph_lines[p])
        return self.days[i - 1] if i else None


#: An update's stamp opening a paragraph of the story, a weekday its day: "Update Thursday
#: morning:", "UPDATE, Tuesday 6 p.m. —" (trial 35: kept in the story, its counts got no day
#: and extract read the weekday from the publication, the week before).
INLINE_STAMP = re.compile(
    r"\s*\(?\s*(?:update[ds]?|latest)\s*[,:]?\s*(?:on\s+)?(?P<day>" + "|".join(WEEKDAYS)
    + r")\s*(?:(?:morning|afternoon|evening|night|noon|\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?m\.?)"
    r"\s*)?(?:[:—–]|-\s)", re.I)


def _inline_day(text: str, first: date, last: date) -> date | None:
    """The day of an update stamp opening ``text``: its weekday, the last one on or before the
    page's update (``last``), when that is not before its publication (``first``)."""
    m = INLINE_STAMP.match(text)
    if m is None:
        return None
    day = last - timedelta(days=(last.weekday() - WEEKDAYS.index(m["day"].lower())) % 7)
    return day if day >= first else None


def section_days(article: Article) -> Sections:
    """The page's sections, when it stacks two update stamps or more (a stamp whose day cannot
    be told still ends the section above it); none otherwise."""
    if article.published is None:
        return Sections()
    first = local_date(article.published)
    last = local_date(article.updated) if article.updated is not None else \
        first + timedelta(days=WINDOW)
    found = sorted([(r.line, stamp_day_within(value, first, last)) for r in article.removed
                    for key, value in r.yields if key == "updated"]
                   + [(p.line, _inline_day(p.text, first, last)) for p in article.paragraphs
                      if article.updated is not None and INLINE_STAMP.match(p.text)])
    if sum(1 for _, day in found if day is not None) < 2:
        return Sections()  # one stamp is the page's update, not a stack of sections (review 15)
    ends = list(accumulate(len(p.text) + 2 for p in article.paragraphs))
    return Sections(tuple(line for line, _ in found), tuple(day for _, day in found),
                    tuple(ends), tuple(p.line for p in article.paragraphs))


def as_of_hint(article: Article, report, span, running: bool) -> str | None:
    """The hint for a report of a running count, with no ``as_of``, quoting a live page's
    section dated by its update stamp to another day than the publication's."""
    if not running or span is None or getattr(report, "as_of", None) is not None:
        return None
    day = section_days(article).day(span.start)
    if day is None or article.published is None or day == local_date(article.published):
        return None
    return (f"the quote stands under the page's update stamp of {day.isoformat()}: add "
            f"`as_of: {day.isoformat()}` (the day the count held), or the count is read as of "
            f"the page's publication, {local_date(article.published).isoformat()}")
