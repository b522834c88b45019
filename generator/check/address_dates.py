"""When a page appeared, read from its publication date or its address.

Kept apart from the signature (:mod:`.event_signature`) so that each stays short; the check
of a page's date against the briefing's (:mod:`.checks`) and ``extract`` read it too.
"""

from __future__ import annotations

import re
from datetime import date

from generator.content.model import Article
from generator.text.dates import local_date
from generator.text.lexicon import MONTH, MONTHS

#: A date in a page's address ("/2023/09/12/", "-20230912-")
_URL_DATE = re.compile(r"(?<!\d)(20\d\d|19\d\d)([/-]?)(0[1-9]|1[0-2])\2(0[1-9]|[12]\d|3[01])(?!\d)")
#: ... and with a month or day of one figure, between slashes only ("/2031/7/9/")
_URL_DATE_SHORT = re.compile(r"/((?:19|20)\d\d)/()(0?[1-9]|1[0-2])/(0?[1-9]|[12]\d|3[01])/")
#: ... and the month alone, when the address gives no day ("/2014/02/", "/2019-01/")
URL_MONTH = re.compile(r"/((?:19|20)\d\d)[/-](0?[1-9]|1[0-2])/")
#: ... and with the month in letters, as English-language sites write it ("/2018/jan/25/")
_URL_DATE_NAMED = re.compile(rf"/((?:19|20)\d\d)/()({MONTH})/(0?[1-9]|[12]\d|3[01])/",
                             re.IGNORECASE)
#: ... and with the month and day as one group, or joined by a hyphen ("/2013/0424/",
#: "/2010/11-15/"), as some news sites in Chinese and English write it
_URL_DATE_JOINED = re.compile(r"/((?:19|20)\d\d)/()(0[1-9]|1[0-2])-?(0[1-9]|[12]\d|3[01])/")
#: ... and at the start of a run of figures that goes on into a serial number or a time of day
#: ("/view/20310716174245606", "A203107070003"), as many Korean and Japanese sites number their
#: pages; read last, and only from the first figure of the run (a serial number with a date
#: inside it is no date). A plain article number may open with figures that make a date
#: ("/story/1912051234", "/p/2009120123456"), so only these shapes are read: a year from 2000,
#: then a serial of four figures ending the run, or a time of day (hours, minutes, seconds), or
#: a serial of seven figures or more ("/202008069386257-")
_URL_DATE_GLUED = re.compile(r"(?<!\d)(20\d\d)()(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])"
                             r"(?=\d{4}(?!\d)|(?:[01]\d|2[0-3])[0-5]\d[0-5]\d|\d{7})")

#: ... and day, month in letters and year as the path's first folder ("/21-Sep-2031/"), as
#: some South Asian sites write it (trial 20); deeper, such a folder is a topic's ("/anniversary/
#: 1-may-2019/", review 18); the lookaheads keep the groups in the order of the others
_URL_DATE_DAY_FIRST = re.compile(
    rf"^[a-z]+://[^/]+/(?=(?:0?[1-9]|[12]\d|3[01])-(?:{MONTH})-((?:19|20)\d\d)/)()"
    rf"(?=\d{{1,2}}-({MONTH})-)(0?[1-9]|[12]\d|3[01])-", re.IGNORECASE)

_URL_DATES = (_URL_DATE, _URL_DATE_SHORT, _URL_DATE_NAMED, _URL_DATE_JOINED, _URL_DATE_DAY_FIRST,
              _URL_DATE_GLUED)


def article_date(article: Article) -> date | None:
    """Its publication date, or the date in its address (``/2023/09/12/``), or None."""
    published = article.published
    if isinstance(published, date):  # a datetime too: the outlet's own day (dates.local_date)
        return local_date(published)
    url = article.url or ""
    m = next((m for pattern in _URL_DATES if (m := pattern.search(url))), None)
    if m:
        month = m.group(3)
        try:
            return date(int(m.group(1)), MONTHS[month.casefold()] if month.isalpha()
                        else int(month), int(m.group(4)))
        except ValueError:
            return None
    return None


def dated_by_folders(article: Article) -> bool:
    """Whether its date is its address's, written as folders of their own for the year, the
    month and the day ("/2018/08/25/", "/2018/aug/25/"): a site's archive, which no serial
    number or id writes. Such a date is as sure as the analyst's ``published:``; one read from
    figures glued together ("-20180825-", "/view/20180825123456") may be an id's."""
    if article.published is not None:
        return False
    url = article.url or ""
    m = next((m for pattern in _URL_DATES if (m := pattern.search(url))), None)
    if m is None or m.re not in (_URL_DATE, _URL_DATE_SHORT, _URL_DATE_NAMED):
        return False
    return m.re is not _URL_DATE or (m.group(2) == "/" and url[m.start() - 1:m.start()] == "/"
                                     and url[m.end():m.end() + 1] in ("/", ""))


def article_year(article: Article) -> int | None:
    """The year it appeared: its date's (:func:`article_date`), or the year of a month in its
    address when the address gives no day ("/2024/12/"): enough to tell a recalled year."""
    found = article_date(article)
    if found:
        return found.year
    m = URL_MONTH.search(article.url or "")
    return int(m.group(1)) if m else None
