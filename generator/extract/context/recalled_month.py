"""A sentence that opens on a month named as past ("Last March, a bomber attacked a mosque in the
city, killing 64"; "En mars dernier", "Lo scorso marzo", "El pasado marzo", "Im vergangenen
März", "In March last year") tells what happened then, from end to end: when that month lies two
months or more before the page appeared, its numbers are an earlier event's, no report of this
one (trial 41: such a toll joined the running toll and led its label). A toll recalled by its
year is :func:`generator.extract.context.background.recalled_spans`'s; a month of the event's own
years
(``event_years``, when the analyst dated the event) recalls nothing."""

from __future__ import annotations

import re
from datetime import date, datetime
from functools import lru_cache

from generator.text.sentences import Sentence
from generator.text.written_dates import month_names

#: How many months before the page's own month the month named must lie ("last March" on a page
#: of early April may still tell the event's own days).
MONTHS_BEFORE = 2


#: Per language: the words before the month that make it a past one ("last March", "el pasado
#: marzo"), those after it ("mars dernier", "marzo pasado") and those after it that say it was
#: last year's ("March last year", "marzo del año pasado").
_SHAPES = {
    "en": (r"last", r"", r"last\s+year"),
    "fr": (r"", r"dernier", r"de\s+l['’]an(?:née)?\s+dernière?"),
    "es": (r"pasado(?:\s+mes\s+de)?", r"pasado", r"del\s+año\s+pasado"),
    "it": (r"scorso(?:\s+mese\s+di)?", r"scorso", r"dell['’]anno\s+scorso"),
    "pt": (r"passado(?:\s+mês\s+de)?", r"passado", r"do\s+ano\s+passado"),
    "de": (r"(?:vergangenen|letzten)", r"", r""),
}


@lru_cache(maxsize=32)
def _opening(lang: str) -> re.Pattern[str]:
    """The past month opening a sentence (see :data:`_SHAPES`): the month in the group
    ``month``, with ``before`` or ``after`` set (and ``year`` when it was last year's)."""
    names = "|".join(sorted((re.escape(n) for n in month_names(lang) if len(n) >= 3),
                            key=len, reverse=True))
    before, after, year = _SHAPES.get(lang, _SHAPES["en"])
    opener = r"(?:(?:in|en|em|im|nel|nello|lo|el|no|o)\s+){0,2}"  # "En el pasado mes de"
    return re.compile(
        rf"\s*{opener}" + (rf"(?P<before>{before}\s+)?" if before else "")
        + rf"(?P<month>{names})\b"
        + (rf"(?:\s+(?P<after>{after}))?" if after else "")
        + (rf"(?:\s+(?P<year>{year}))?" if year else "") + r"\b", re.I)


def recalled_by_month(sents: list[Sentence], published: datetime | date | None, lang: str,
                      event_years: frozenset[int] = frozenset()) -> list[tuple[int, int]]:
    """The article offsets of the sentences that open on a past month (see the module) lying
    :data:`MONTHS_BEFORE` months or more before ``published``: their numbers are an earlier
    event's. Nothing on an undated page."""
    if published is None:
        return []
    names = month_names(lang)
    spans = []
    for s in sents:
        m = _opening(lang).match(s.text)
        if not m or not (m.groupdict().get("before") or m.groupdict().get("after")
                         or m.groupdict().get("year")):
            continue
        month = names[m.group("month").casefold()]
        year = published.year - 1 if m.groupdict().get("year") or month >= published.month \
            else published.year
        if year in event_years:
            continue  # the analyst's own dates: the sentence tells the event
        if (published.year - year) * 12 + published.month - month >= MONTHS_BEFORE:
            spans.append((s.start, s.end))
    return spans
