"""Date expressions for ``briefing extract``, resolved against the publication date.

Found by pattern ("on Wednesday", "Wednesday's", "On Wednesday morning", "earlier today",
"yesterday", "last night", "over the weekend", "last week", "earlier in the week", "earlier this
month", "this year", "three years ago", "in 2014", "on Aug. 29", "29 August 2017", "in August")
and resolved by :func:`generator.text.relative_dates.resolve`, the same rules ``briefing check``
applies to a report's ``date_text`` — so the draft's dates are the ones the timeline will show.
A date wording the rules refuse is left out, except wordings relative to another event
("hours before the strike", "several hours prior to the reported airstrike"): those are
proposed with the publication day, approximate, as a placeholder the draft marks for review.

"since Friday" is dated to its start (the Friday) and the report carries that date explicitly,
as ``briefing check`` refuses "since" wordings.

"this Thursday", "next week", "tomorrow" and the like are not event dates in news copy (the
first usually names the day of publication, the others the future) and are not proposed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import lru_cache

from generator.check.live_sections import INLINE_STAMP
from generator.text.date_apposition import later_reading
from generator.text.datelines import read_dateline
from generator.text.dates import FuzzyDate, day_point, local_date
from generator.text.future import in_future_clause
from generator.text.holidays import FIXED_DAY, fixed_day
from generator.text.languages import date_languages
from generator.text.lexicon import MONTH, MONTH_NAMES, NUMBER_WORDS, WEEKDAY
from generator.text.local_day import in_local_time, local_day
from generator.text.relative_dates import (
    FOREIGN_LAST_WEEKDAY,
    FOREIGN_TODAY_BY_LANGUAGE,
    FOREIGN_WEEKDAY,
    FOREIGN_WEEKDAYS,
    FOREIGN_YESTERDAY_BY_LANGUAGE,
    PART_OF_DAY,
    UNNAMED_FOREIGN_WEEKDAY,
    WEEKDAY_OF_LAST_WEEK,
    UnresolvableDate,
    resolve,
)
from generator.text.sentences import Sentence
from generator.text.written_dates import month_abbreviations, month_names

_WD = WEEKDAY
_MON_FULL = "|".join(MONTH_NAMES)
_MON = MONTH
_NUM = r"(?:\d{1,3}|" + "|".join(NUMBER_WORDS) + ")"
#: The weekdays of :data:`FOREIGN_WEEKDAYS` written in Latin letters, as they stand before a date.
_LATIN_WEEKDAYS = [w for w in FOREIGN_WEEKDAYS if all(c <= "\u024f" for c in w)]
_EVENT_NOUN = r"(?:(?:the|a|an|its|their|his|her)\s+)?(?:[a-z.-]+\s+)?[a-z-]+"
PATTERNS: list[tuple[str, str]] = [
    ("relative to an event",
     rf"\b(?:(?:a\s+few|several|some|many|just|only|{_NUM})\s+)?(?:hours?|days?|weeks?|"
     rf"minutes?|months?)\s+(?:before|after|prior\s+to|ahead\s+of|following)\s+{_EVENT_NOUN}"),
    ("since", rf"\bsince\s+(?:(?:last|early|late)\s+)?(?:{_WD}|(?:{_MON_FULL})(?:\s+\d{{1,2}})?"
              rf"(?:,?\s+(?:19|20)\d\d)?|\d{{1,2}}\s+(?:{_MON_FULL})(?:\s+(?:19|20)\d\d)?"
              rf"|(?:19|20)\d\d)(?:['’]s)?{PART_OF_DAY}\b"),
    ("weekday",
     rf"\b(?:(?:early|late)\s+)?(?:on\s+)?(?:(?:early|late)\s+)?(?:last\s+)?(?:{_WD})"
     rf"(?:['’]s)?{PART_OF_DAY}\b"),
    ("weekday", rf"\b(?:{FOREIGN_WEEKDAY})(?![\w-])"),  # "am Mittwochabend", "ce mercredi"
    # "Tuesday last week", "am Dienstag vergangener Woche", "mardi dernier": longer than the
    # weekday alone at the same start, so taken before it
    ("weekday", rf"\b(?:{WEEKDAY_OF_LAST_WEEK})(?![\w-])"),
    ("weekday", rf"\b(?:{FOREIGN_LAST_WEEKDAY})(?![\w-])"),
    ("today", r"\b(?:(?:earlier|later)\s+(?:on\s+)?)?today\b|\btonight\b|"
              r"\bthis\s+(?:morning|afternoon|evening)\b"),
    ("yesterday", r"\b(?:(?:early|late)\s+)?yesterday(?:['’]s)?" + PART_OF_DAY
                  + r"|\blast\s+night\b|\bthe\s+day\s+before\s+yesterday\b"),
    ("weekend", r"\b(?:over|at|during|on)\s+the\s+(?:past\s+)?weekend\b|"
                r"\b(?:over\s+|during\s+)?(?:this|last)\s+(?:past\s+)?weekend\b"),
    ("week/month/year", r"\b(?:(?:earlier|later)\s+)?(?:last|this)\s+(?:week|month|year)\b|"
                        r"\bearlier\s+in\s+the\s+(?:week|month|year)\b|"
                        r"\bthe\s+(?:previous|past)\s+week\b"),
    ("ago", rf"\b(?:(?:about|around|some|nearly|almost|more\s+than|roughly)\s+)?{_NUM}\s+"
            rf"(?:day|week|month|year)s?\s+ago\b"),
    ("calendar date", rf"\b(?:on\s+)?(?:(?:{_WD}),?\s+)?(?:{_MON})\.?\s+\d{{1,2}}"
                      rf"(?:st|nd|rd|th)?(?:\s*[-–]\s*\d{{1,2}})?(?:,?\s+\d{{4}})?\b"),
    ("calendar date", rf"\b(?:on\s+)?(?:(?:{_WD}),?\s+)?(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)?"
                      rf"(?:\s*[-–]\s*\d{{1,2}})?\s+(?:of\s+)?(?:{_MON})\.?(?:,?\s+\d{{4}})?\b"),
    ("month", rf"\b(?:in|last|since|early|mid|late)(?:\s+|-)(?:(?:early|mid|late)[\s-]+)?"
              rf"(?:{_MON_FULL})(?:,?\s+\d{{4}})?\b|\b(?:{_MON_FULL})\s+\d{{4}}\b"),
    ("year", r"\bin\s+(?:(?:early|mid|late)[\s-]+)?(?:19|20)\d{2}\b"),
    ("year", r"(?<=\bthe\s)(?:19|20)\d{2}(?=\s+[A-Za-z])"),  # "the 2014 Arsal raid"
    ("iso date", r"\b\d{4}-\d{2}-\d{2}\b"),
    # "on Christmas Day", "am Weihnachtstag": longer than "Day after a riot" at its start, so
    # the holiday is taken, not a placeholder relative to an event (trial 39)
    ("holiday", FIXED_DAY),
]
_COMPILED = [(name, re.compile(p, re.I)) for name, p in PATTERNS]
#: Today and yesterday in the article's own language ("heute", "ieri sera"; "hier" is
#: yesterday in French only).
_BY_LANGUAGE = {lang: [(kind, re.compile(rf"(?<![\w-])(?:{table[lang]})(?![\w-])", re.I))
                       for kind, table in (("today", FOREIGN_TODAY_BY_LANGUAGE),
                                           ("yesterday", FOREIGN_YESTERDAY_BY_LANGUAGE))]
                for lang in FOREIGN_TODAY_BY_LANGUAGE}


@lru_cache(maxsize=64)
def _day_of_month(language: str) -> list[tuple[str, re.Pattern[str]]]:
    """A day of the article's language's month, its weekday before it ("21. Dezember", "jeudi
    21 décembre", "el 23 de diciembre de 2023", "1er décembre"), the months from the one table
    (:func:`~generator.text.written_dates.month_names`): trial 34 found no German, French,
    Spanish or Italian date of a day before. The article before it stays out, as the resolver
    reads the date alone; English has its own patterns above. A month's abbreviation
    (:func:`~generator.text.written_dates.month_abbreviations`) needs its dot or a year."""
    if language == "en":
        return []
    short = month_abbreviations(language)
    full, cut = ("|".join(sorted((re.escape(m) for m in group), key=len, reverse=True))
                 for group in (set(month_names(language)) - short, short))
    year = r"(?:\s+(?:de\s+|del\s+)?(?:1[89]|20)\d\d)"
    return [("calendar date", re.compile(
        r"(?<![\w-])(?:(?:" + UNNAMED_FOREIGN_WEEKDAY + "|" + "|".join(_LATIN_WEEKDAYS)
        + r")(?:-feira)?[\s,]+)?\d{1,2}(?:\.|º|er)?\s+(?:de\s+|di\s+)?(?:" + full
        + "|(?:" + cut + r")(?=\.|" + year + r"))\.?" + year + r"?(?![\w-])", re.I))]


_NOT_PAST = re.compile(r"\b(?:this|next|coming|every|each)\s+$", re.I)


@dataclass
class DateMention:
    """One date expression in one sentence."""

    expression: str  # as written (exact substring of the article)
    start: int  # article offsets of the expression
    end: int
    kind: str  # which pattern found it
    date: FuzzyDate
    rule: str  # how it was resolved, or why it is a placeholder
    resolved: bool  # False: a placeholder (relative to another event)
    confidence: str
    why: list[str] = field(default_factory=list)
    explicit: bool = False  # the draft gives the date: `briefing check` cannot resolve the wording


#: Words that make a date a page stamp, not an event: when the page was posted or changed,
#: when the outlet was founded ("Last Modified:", "Posted at 6:15 AM,", "Est. May 19, 1883").
_STAMP = re.compile(
    r"(?:last\s+modified|modified|updated|posted|published|est\.|established|founded|"
    r"copyright|©|mis\s+à\s+jour|publié|actualizado|publicado|aktualisiert|veröffentlicht|"
    r"aggiornato|pubblicato|atualizado)\s*(?:on|at|le|el|am|il|em)?\s*:?\s*"
    r"(?:\d{1,2}[:.h]\d{2}\s*(?:[ap]\.?m\.?)?\s*,?\s*)?$", re.I)




def _page_stamp(text: str, start: int, end: int) -> bool:
    """A page stamp ("Last Modified: March 27, 2024", "(Est. May 19, 1883)") or a name that
    holds a date word ("USA Today", "Today Show"): never an event."""
    if _STAMP.search(text[max(0, start - 40):start]):
        return True
    dateline = read_dateline(text)  # "VERLO, May 8 (Newswire) --": the day the copy was filed
    if dateline is not None and end <= dateline.end:
        return True
    if _dateline_alone(text[:start], text[end:]):
        return True
    word = text[start:end]
    return word[:1].isupper() and word.lower().strip() == "today" and start > 0 and \
        bool(re.search(r"[A-Z][\w.]*\s+$", text[:start]))


def _update_stamp(text: str, start: int) -> bool:
    """Whether the weekday at ``start`` is the day of an update stamp opening its sentence."""
    return (m := INLINE_STAMP.match(text)) is not None and m.start("day") == start


def _dateline_alone(before: str, after: str) -> bool:
    """A line that is only a place and a day ("Verlo, Wednesday", "Port Sarel, Veloria, 15
    August"): the dateline some outlets set on a line of its own above the lede, the day the
    copy was filed. It tells no event; its day is read again from the lede's own words."""
    place = before.strip().rstrip(",–—-").strip()
    names = [w for w in re.split(r"[\s,]+", place) if w]
    return bool(names) and len(names) <= 5 and not after.strip(" .,:;–—-") and \
        all(w[:1].isupper() and not any(c.isdigit() for c in w) for w in names)


#: A clock in another time zone, inside the parenthesis a weekday stands in ("07h10 (22h10 GMT
#: mardi)", "at 9 a.m. (2300 GMT Tuesday)"): the weekday is the day on that clock, often the
#: day before the local one the story tells. Not an event's day.
_OTHER_CLOCK = re.compile(r"\((?:[^()]*\d)?[^()]*\b(?:GMT|UTC|CET|CEST|HEC|ET|EST|EDT|PST|PDT)\b"
                          r"[^()]*$")


#: A superlative in the clause before "since": the year after it is what the event is measured
#: against, no day of its own ("the deadliest attack on the city since 2016", "the worst
#: flooding since 1998", "the first time since 2010").
_SUPERLATIVE_SINCE = re.compile(
    r"\b(?:\w{2,}iest|worst|biggest|largest|highest|lowest|heaviest|strongest|greatest|"
    r"hottest|coldest|longest|fiercest|most|first)\b[^,;:.!?]{0,60}$", re.I)

#: A date right after "after the <event>" ("Nach dem Erdrutsch am Montag graben die Helfer
#: weiter", "after the collapse on Monday, crews…"): the day of the earlier event the clause
#: looks back on, not of what the sentence tells ("après un précédent bilan de N morts fourni
#: lundi": the earlier toll's day, not the new one's).
_AFTER_EVENT = re.compile(
    r"(?:^|[,;(]\s*|\b(?:and|und|et|y|e)\s+)(?:after|following|nach|après|tras|dopo|depois)\s+"
    r"(?:the|dem|der|den|le|la|l['’]|el|il|lo|o|a|del|des|do|da|an|un|une|einem|einer|una|uno|um|"
    r"uma)\s+(?:[^\W\d_][\w-]*\s+|\d[\d.,]*\s+){0,6}$",
    re.I)


#: A year that dates no event of the sentence (English, the only language read by year): a
#: year inside a relative clause describing something, when the sentence dated its event before
#: the clause ("On Friday, a barge ran aground in the Sound, which parts Ostria from the island
#: it seized in 2019"), and a thing's build year ("the barge was built in 1958, and the other
#: in 1961"). Trial 38: the timeline ran from an annexation's year; build years were events.
_RELATIVE_CLAUSE = re.compile(r"(?:,\s*which|\b(?:the|a|an|this|its|their)\s+(?:[\w-]+\s+){0,2}?"
                              r"[\w-]+\s+(?:that|which|where))\b[^,;:()]*$", re.I)
_BUILT = re.compile(r"\b(?:built|constructed|launched|commissioned)\s+(?:(?:in\s+)?(?:19|20)\d\d"
                    r",?\s+and\s+the\s+other(?:\s+one)?\s+)?$", re.I)


def _background_year(text: str, start: int, taken: list[tuple[int, int, str]]) -> bool:
    """Whether the year at ``start`` is a thing's, not the sentence's event's
    (:data:`_RELATIVE_CLAUSE`, :data:`_BUILT`)."""
    before = text[:start]
    if _BUILT.search(before):
        return True
    clause = _RELATIVE_CLAUSE.search(before)
    return clause is not None and any(b <= clause.start() for _a, b, k in taken
                                      if k not in ("year", "month"))


def dates_in(sentence: Sentence, published: datetime | date | None,
             language: str = "en", updated: datetime | date | None = None) -> list[DateMention]:
    """Date expressions of one sentence, longest first where they overlap; a relative one read
    from a live page's update (``updated``) too, when that gives another day."""
    if published is None:
        return []
    text = sentence.text
    hits: list[tuple[int, int, str]] = []
    for kind, pattern in _COMPILED + _BY_LANGUAGE.get(language, []) + _day_of_month(language):
        for m in pattern.finditer(text):
            hits.append((m.start(), m.end(), kind))
    hits.sort(key=lambda h: (h[0], -(h[1] - h[0])))
    taken: list[tuple[int, int, str]] = []
    for start, end, kind in hits:
        if any(start < b and a < end for a, b, _k in taken):
            continue
        taken.append((start, end, kind))
    out = []
    for start, end, kind in sorted(taken):
        expression = text[start:end]
        if _NOT_PAST.search(text[:start]) or _page_stamp(text, start, end):
            continue
        if kind == "weekday" and _OTHER_CLOCK.search(text[max(0, start - 40):start]):
            continue
        if kind == "year" and language == "en" and _background_year(text, start, taken):
            continue  # "the island it seized in 2019", "built in 1958": no event's day
        if kind in ("weekday", "calendar date") and _AFTER_EVENT.search(text[:start]):
            continue  # "after the sinking on Wednesday, the search goes on": the earlier event's
        if kind in ("weekday", "holiday", "calendar date") and in_future_clause(
                text[:start], text[end:]):
            continue  # "a storm is due on Saturday": to come, not an event (text/future.py)
        if kind == "relative to an event":
            placeholder = FuzzyDate(day_point(local_date(published)), None, True)
            out.append(DateMention(
                expression, sentence.start + start, sentence.start + end, kind, placeholder,
                "relative to another event: the publication day, approximate, is only a "
                "placeholder; date that event and this one from it", False, "low",
                explicit=True))
            continue
        if kind == "holiday":  # "on Christmas Day": its day, the year the most recent one
            day = resolve(fixed_day(expression) or "", published, languages=("en",))
            out.append(DateMention(
                expression, sentence.start + start, sentence.start + end, kind, day.date,
                f"holiday: {fixed_day(expression)}, {day.rule}", True, "medium", explicit=True))
            continue
        if kind == "since" and _SUPERLATIVE_SINCE.search(text[:start]):
            continue  # "the deadliest attack since 2018": what it is measured against (trial 41)
        if kind == "since":  # "since Friday": the day it started; check cannot resolve it
            try:
                start_of = resolve(re.sub(r"^since\s+", "", expression, flags=re.I), published,
                                   languages=date_languages(language))
            except UnresolvableDate:
                continue
            out.append(DateMention(
                expression, sentence.start + start, sentence.start + end, kind, start_of.date,
                f"since: the start, {start_of.rule}", True, "medium", explicit=True))
            continue
        try:
            resolved = resolve(expression, published, languages=date_languages(language))
        except UnresolvableDate:
            continue
        confidence = "high" if kind in {"weekday", "today", "yesterday", "calendar date",
                                        "iso date"} else "medium"
        why = []
        yearless = kind == "calendar date" and not re.search(r"\b(?:1[89]|20)\d\d\b", expression)
        other = None if updated is None or (kind in ("calendar date", "iso date")
                                            and not yearless) else \
            later_reading(expression, updated, published, resolved.date,
                          date_languages(language))
        found = resolved.date
        if kind == "weekday" and in_local_time(text[end:]) and (
                local := local_day(found, local_date(published))) is not found:
            found = local  # "in der Nacht zum Mittwoch (Ortszeit)" (text/local_day.py)
            why.append("the place's local day, as the page says: the day after publication")
        stamp = kind == "weekday" and _update_stamp(text, start)
        if other is not None and (yearless or stamp):
            # a day with no year on a live page: a year before the page, or within its updates
            # ("as of Aug. 18" on a page of 10 August updated on 3 September; trial 18); an
            # update's own stamp ("Update Thursday morning:"), read from the update (trial 35)
            if local_date(published) <= other.first <= local_date(updated):
                found, confidence = other, "medium"
                why.append(f"read from the page's update of {local_date(updated).isoformat()}: "
                           "the day falls between its publication and its update")
            other = None
        if other is not None:
            confidence = "low"
            why.append(f"read from the page's update of {local_date(updated).isoformat()} "
                       f"it would be {other.display()}: check which day the sentence means")
        out.append(DateMention(expression, sentence.start + start, sentence.start + end, kind,
                               found, resolved.rule, True, confidence, why))
    return out
