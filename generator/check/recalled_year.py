"""A page that writes the event's year as a time it looks back on reports a later event.

Near-miss pages recall the briefing's event to measure their own: "the collapse revives memories
of the 2018 disaster", "in August 2018, 43 people had died", "un precedente era accaduto nel
2018", "en noviembre de 2018". They share the event's names (its city, its street) and, when
undated, nothing else tells them apart. The shape is the year written without its day: a report
from the event's own days writes the day ("on Tuesday", "on 14 August 2018") or nothing, and
writes the year alone only for other years (the bridge opened in 1967). A follow-up of the
event itself (its trial, years on) recalls the year too, but in its first sentence, with the
event's place as its subject (:func:`recalled_lede`). A page may also write the year relative to
its own: "last year, fires near the city killed more than 100" (:func:`recalled_last_year`).
Kept apart from the signature (:mod:`.event_signature`) so that each stays short.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from generator.content.model import Article
from generator.text.recalled import year_of_now
from generator.text.sentences import sentence_spans
from generator.text.written_dates import month_before, years_without_day

#: Characters of the page shown before the year it recalls, for the analyst.
SHOWN = 30

#: "Last year" in the corpus's languages: the year before the page's own, written relative to it
#: (en, de, fr, es, it, pt, nl, pl).
LAST_YEAR = re.compile(
    r"(?i)\b(?:last\s+year|(?:im\s+)?(?:vergangenen|letzten|vorigen)\s+Jahr(?:es)?"
    r"|(?:vergangenes|letztes|voriges)\s+Jahr|l['’]an\s+(?:dernier|pass[ée])"
    r"|l['’]ann[ée]e\s+(?:derni[èe]re|pass[ée]e)|el\s+(?:año\s+pasado|pasado\s+año)"
    r"|l['’]anno\s+(?:scorso|passato)|lo\s+scorso\s+anno|(?:o|no)\s+ano\s+passado"
    r"|(?:vorig|verleden)\s+jaar|w\s+(?:zeszłym|ubiegłym)\s+roku)\b")
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


def recalled_year(article: Article, window: tuple[date, date]) -> str:
    """Where the article writes a year of the event's days without its day (the words before
    it and the year, for the analyst), or "". With a month, the month must be one of the
    event's: a report of the event may write of an earlier month of its year ("inspected in
    March 2018" of a bridge that fell in August); and the year written as the span up to now
    or as a target ("the deadliest so far in 2018", "rebuilt by the end of 2018") is the
    report's own year."""
    at = _recalled_at(article, window)
    if at is None:
        return ""
    text = article.written
    start = max(0, at - SHOWN)
    shown = " ".join(text[start:at + 4].split())
    return ("…" if start else "") + shown


def recalled_lede(article: Article, window: tuple[date, date]) -> str:
    """The story's first sentence when the first year it recalls is there, else "". A
    follow-up opens by naming the event it follows, its place with its year ("the trial over
    the Corvella fire of June 2031 ended on Tuesday"); a near miss opens with its own event and
    recalls the earlier one further down ("… In August 2031, 30 drivers had died there")."""
    at = _recalled_at(article, window)
    story = article.text
    head = len(article.written) - len(story)  # the headline and its line break, when written
    spans = sentence_spans(story)
    if at is None or not spans or not spans[0][0] <= at - head < spans[0][1]:
        return ""
    return story[spans[0][0]:spans[0][1]]


def _recalled_at(article: Article, window: tuple[date, date]) -> int | None:
    """The position in ``article.written`` of the first year :func:`recalled_year` reads."""
    years = range(window[0].year, window[1].year + 1)
    months = {(window[0].year, window[0].month), (window[1].year, window[1].month)}
    text = article.written
    for at, year in years_without_day(text, article.language):
        month = month_before(text, at, article.language)
        if year in years and (month is None or (year, month) in months) \
                and not year_of_now(text, at):
            return at
    return None


def recalled_last_year(article: Article, names: set[str], events: Callable[[str], bool]) -> str:
    """Where a sentence writes "last year" (:data:`LAST_YEAR`) beside one of the article's
    ``names`` (case-folded) that ``events`` says the pages naming the event use: the words
    before it and the phrase, for the analyst; else "". A page that does not name the event's
    town and recalls deaths "near the city" of the event a year back reports the next year's
    fire there, though undated (a report of the event recalling an earlier one names another
    place, or only the country, which says nothing: the caller passes names less countries)."""
    text = article.written
    lines = [(m.start(), m.group()) for m in re.finditer(r"[^\n]+", text)]
    for start, end in ((at + a, at + b) for at, line in lines for a, b in sentence_spans(line)):
        sentence = text[start:end]
        if (m := LAST_YEAR.search(sentence)) is None:
            continue
        if any(events(n) for w in _WORD.findall(sentence) if (n := w.casefold()) in names):
            at = start + m.start()
            begin = max(start, at - SHOWN)
            return ("…" if begin > start else "") + " ".join(text[begin:start + m.end()].split())
    return ""
