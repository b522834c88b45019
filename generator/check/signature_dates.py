"""When each page appeared, what the event's days are, and how far each page is from them.

The dating half of an article's signature (:mod:`.event_signature`), kept apart so that each
stays short. A page is dated by its publication date or its address, else by the date printed on
it (the date-stamp the cleaner removed, :attr:`Article.page_date`), else by the latest full date
it writes (:mod:`generator.text.written_dates`), or by its address's month; the event's days are
the densest span of the dates of the pages about it.
"""

from __future__ import annotations

from calendar import monthrange
from collections.abc import Callable
from datetime import date

from generator.check.address_dates import URL_MONTH, article_date, dated_by_folders
from generator.check.recalled_year import recalled_lede, recalled_year
from generator.check.signature_model import Signature
from generator.content.model import Article, Content
from generator.text.written_dates import days_written, written_dates

#: The event's days are the densest span of this many days holding more than half of the dated
#: independent sources; when no span holds a majority the dates say nothing.
WINDOW_DAYS = 14
#: Fewer dated independent sources than this make no event window; then a page dated this
#: many days or more before, or after, every dated page naming the event is dated away from it.
MIN_DATED, FAR_OFF = 3, 365
#: Days before the event's first day, and after its last, beyond which a page that appeared then
#: reports another event: before it, it cannot report it; a year or more after, a page naming
#: its place is the same place's next event as often as a look back (:mod:`.off_event`).
DAYS_BEFORE, YEAR = 1, 365


def appeared_away(content: Content, article: Article) -> bool:
    """Whether the page appeared, by a date of its own (its publication date, its address's,
    the date-stamp printed on it; not a date it only writes, which may be one it recalls),
    more than :data:`DAYS_BEFORE` days before the event's given days or a :data:`YEAR` or more
    after them; undated, whether its latest full date is a :data:`YEAR` or more before them.
    Only with the date given in briefing.yaml: the days inferred from the sources are the ones
    in question. Such a page may name the given place (the city's tower fire of eight years
    before, its flats fire two years after): it names it for its own event, and its names vouch
    for nothing of this one."""
    given = content.meta.date
    if given is None:
        return False
    when = article_date(article)
    if when is None and (printed := written_dates(article.page_date, article.language)):
        when = printed[0]
    if when is None:
        # undated: the latest full date it writes, when that is a year or more before the event
        # (a report of the event writes no date that old as its latest, unless all it dates is
        # what it recalls: it then vouches for fewer names, which costs the others little)
        written = content.cache.on(article, "written-dates", None,
                                   lambda: written_dates(article.written, article.language))
        return bool(written) and (given.first - max(written)).days >= YEAR
    return (given.first - when).days > DAYS_BEFORE or (when - given.last).days >= YEAR


def event_window(content: Content, dates: dict[str, date],
            weights: dict[str, float]) -> tuple[date, date] | None:
    """The given date, or the densest :data:`WINDOW_DAYS` span holding more than half of the
    dated independent sources' weight (its first and last dated day)."""
    given = content.meta.date
    if given is not None:
        return given.first, given.last
    dated = sorted((d, weights[aid]) for aid, d in dates.items())
    total = sum(w for _d, w in dated)
    if len(dated) < MIN_DATED or total < MIN_DATED:
        return None
    best, span, j, held = 0.0, None, 0, 0.0
    for i, (first, _w) in enumerate(dated):
        while j < len(dated) and (dated[j][0] - first).days <= WINDOW_DAYS:
            held += dated[j][1]
            j += 1
        if held > best:
            best, span = held, (first, dated[j - 1][0])
        held -= dated[i][1]
    return span if best > total / 2 else None


def stated_start(content: Content, about: dict[str, date], window: tuple[date, date]) -> date:
    """The event's first day as the pages about it state it, when they date it before the first
    of them appeared: a day of the month two of them write ("le 12 novembre"), at most
    :data:`WINDOW_DAYS` before the window their publication dates make. The reports of an
    outbreak appear days after it began, and the earliest report, before the others, is no
    other event's (trial 33: a page of the 19th flagged "2 days before" reports of the 21st
    to the 27th that date the first cases to the 12th). A day one page writes may be one it
    recalls."""
    earliest = window[0].toordinal() - WINDOW_DAYS
    stated: dict[date, int] = {}
    for aid, appeared in about.items():
        article = content.articles[aid]
        for day in set(days_written(article.written, article.language or "en", appeared)):
            if earliest <= day.toordinal() < window[0].toordinal():
                stated[day] = stated.get(day, 0) + 1
    return min((d for d, n in stated.items() if n >= 2), default=window[0])


def date_signatures(content: Content, sigs: dict[str, Signature], weights: dict[str, float],
                    toward: Callable[[Signature], bool],
                    ) -> tuple[tuple[date, date] | None, list[date]]:
    """Date every article's signature (``when``, ``when_how``, ``days_off``, ``recalls``); the
    event's days, and without them the dates of the pages naming it. ``toward``: whether an
    article's names are mostly the event's."""
    articles = list(content.articles.values())
    dates = {a.id: d for a in articles if (d := article_date(a)) is not None}
    for a in articles:
        if a.published is not None and a.id in dates:
            sigs[a.id].when_how = "published"  # the analyst's own date, not one inferred
        elif a.id in dates and dated_by_folders(a):
            sigs[a.id].when_how = "address"  # the site's archive folders: no id's digits
    for a in articles:
        if a.id not in dates and (printed := written_dates(a.page_date, a.language)):
            # the page's own date-stamp ("Tuesday 30 December 2014 09:50"): when it appeared
            dates[a.id] = printed[0]
            sigs[a.id].when_how = "printed"
        elif a.id not in dates and (written := content.cache.on(
                a, "written-dates", None, lambda a=a: written_dates(a.written, a.language))):
            # the latest date it writes: news reports its latest day; earlier dates are what
            # it recalls ("a year after the fire of 15 April 2019")
            dates[a.id] = max(written)
            sigs[a.id].when_how = "writes"
    # the event's days are those of the pages about it: the pages naming it, and those naming
    # part of it (the country, not the ship) whose names are mostly the event's
    about = {aid: d for aid, d in dates.items() if sigs[aid].names_event or content.meta.date
             or (sigs[aid].names_event is None and toward(sigs[aid]))}
    window = event_window(content, about, weights)
    if window is not None and content.meta.date is None:
        window = (stated_start(content, about, window), window[1])
    loose = False
    if window is None:
        # too few pages naming the event are dated, or none (a briefing mostly in scripts whose
        # names are not read, its few Latin-script pages undated): the densest span of the days
        # of every page that appeared on a known day, holding the days of every page naming it
        window = event_window(content, {aid: d for aid, d in dates.items()
                                   if sigs[aid].when_how != "writes"}, weights)
        if window is not None and not all(window[0] <= d <= window[1] for d in about.values()):
            window = None
        # with none of them dated, those days must hold most of the pages' dates, the ones they
        # write included: two near misses dated in their addresses, years before, are no
        # event's days when the reports write theirs
        if window is not None and not about and 2 * sum(weights[aid] for aid, d in dates.items()
                                                         if window[0] <= d <= window[1]) \
                <= sum(weights[aid] for aid in dates):
            window = None
        # days taken from pages that may be another event's can say a page is far from them,
        # not that a page in them is about the event (a storm's next country shares its days)
        loose = window is not None
    # without even those days, the dates of the pages naming the event still bound it,
    # loosely: a page a year or more from all of them reports another event
    named_days = [] if window else sorted(d for aid, d in dates.items() if sigs[aid].names_event)
    span = window or (named_days and (named_days[0], named_days[-1]))
    for a in articles if span else ():
        # an address giving only the month it appeared in ("/2014/02/") dates a page with no
        # day of its own, to the day of that month nearest the event's (read to judge it, not
        # to find the event's days): a blog's look back at a flood 57 years earlier
        if (a.id not in dates or sigs[a.id].when_how == "writes") and article_date(a) is None \
                and (m := URL_MONTH.search(a.url or "")):
            first = date(int(m.group(1)), int(m.group(2)), 1)
            last = first.replace(day=monthrange(first.year, first.month)[1])
            dates[a.id] = min(max(span[0], first), last)
            sigs[a.id].when_how = "month"
    for aid, when in dates.items():
        sig = sigs[aid]
        sig.when = when
        if span:
            before, after = (span[0] - when).days, (when - span[1]).days
            off = -before if before > 0 else (after if after > 0 else 0)
            sig.days_off = off if window or abs(off) >= FAR_OFF else None
            if loose and sig.days_off == 0:
                sig.days_off = None
    for a in articles if window else ():
        sigs[a.id].recalls = recalled_year(a, window)
        sigs[a.id].lede_recall = recalled_lede(a, window) if sigs[a.id].recalls else ""
    return window, named_days
