"""A toll reported over days is one running figure, not one figure per order of magnitude.

Figures group when their values are within a factor 2, which keeps a day's misreadings apart
(the foreigners among the dead beside the toll). A running count (the dead, the injured, the
missing) outgrows that factor as the story unfolds: twelve dead on the first day and four
hundred a fortnight later are one toll. So each article's own toll, the highest count it gives
of a running noun group, may join the toll group of earlier days whatever its value, and only
reports published the same day must keep within the factor. An article's smaller counts of the
same group (five more bodies, a day's recoveries, the foreigners among the dead) are no second
toll: they stay under the factor rule against the reports of their day.

A toll's day is its publication's, unless its own clause dates it: "rose to 412 yesterday",
"am Dienstag sind 38 Menschen gestorben" held the day before or on that Tuesday, and a
later page's higher toll is then an update, not a disagreement. :func:`own_day` finds that date
among the sentence's date expressions (:mod:`.dates`, the rules the timeline uses) and extract
proposes it as the report's ``as_of``.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import defaultdict
from datetime import date

from generator.analyse.copies import Copies
from generator.analyse.naming import plain_words
from generator.content.model import Content
from generator.extract.dates import DateMention
from generator.extract.model import FigureCandidate
from generator.text.dates import Precision, utc
from generator.text.lexicon import OTHER_TIME_WORDS
from generator.text.numbers import number
from generator.text.speech_verbs import THAT_WORD

__all__ = ["copied_days", "day_of", "own_day", "same_day_disagree", "toll_candidates", "toll_span"]

#: Date expressions that name one day a toll can stand on ("since Friday" is when it began,
#: "over the weekend" and "last week" are spans, "today" is the publication's day).
_DAY_KINDS = frozenset({"weekday", "yesterday", "calendar date", "iso date"})
#: At most this many words between the number (or its noun) and the day: one clause.
_CLAUSE_WORDS = 6
#: How far (characters) from the number a day is looked for: twice the clause's words, long.
_NEAR = 300
#: What ends a clause between the two: punctuation, and conjunctions that open another clause.
_CLAUSE_BREAK = re.compile(rf"[,;:()\[\]\"“”«»„—–]|\s-\s|\b(?:{OTHER_TIME_WORDS})\b", re.I)


#: Whom the statement was made to, between its day and the reported clause ("dijo el lunes a
#: la radio local que", "a déclaré dimanche à l'AFP que", "ha detto domenica all'ANSA che",
#: "sagte am Sonntag der Nachrichtenagentur dpa, dass": trial 28), a few words at most.
_TO_WHOM = (r"\s*(?:to|a|al|à|au|aux|ao|aos|all['’]|alla|der|dem)\s*"
            r"(?:[^\W\d_][\w'’.-]*\s+){0,3}?(?=[^\W\d_][\w'’.-]*\s*,?\s*" + THAT_WORD + ")"
            r"[^\W\d_][\w'’.-]*")
#: A reported clause's first word after a day, a comma before it as German writes one ("sagte
#: am Montag, dass"), an elided "qu'" glued to the next word ("a déclaré lundi qu'il y avait").
_REPORTED = re.compile(r"\s*(?:" + _TO_WHOM + r")?,?\s*" + THAT_WORD, re.I)


def _reported(gap: str) -> str | None:
    """The words after a day that open a reported clause ("… on Sunday that …"), from the
    conjunction on, or None."""
    m = _REPORTED.match(gap)
    return gap[m.end():] if m else None


def own_day(text: str, sentence_start: int, number: tuple[int, int],
            mentions: list[DateMention], published: date | None, ends: list[int] | None = None
            ) -> tuple[date, DateMention] | None:
    """The day a number's own clause says it held, before its publication day, with the date
    mention that says it: the nearest expression of one day, in the same clause (no
    punctuation or clause conjunction between them, at most a few words apart). A sentence
    that opens on the day ("On Wednesday, the toll rose to 300") dates its first clause."""
    if published is None:
        return None
    number_start, number_end = number
    best = None
    # only the mentions near the number can share its clause: a bounded look, so that a sentence
    # of many numbers and many days stays linear (mentions are in text order)
    at = bisect_left(ends if ends is not None else [m.end for m in mentions],
                     number_start - _NEAR)
    for m in mentions[at:]:
        if m.start > number_end + _NEAR:
            break
        if m.kind not in _DAY_KINDS or not m.resolved or m.date.is_range \
                or m.date.precision is not Precision.DAY or m.date.first >= published:
            continue
        opening = False
        if m.end <= number_start:
            gap = text[m.end:number_start]
            opening = text[sentence_start:m.start].strip() == "" and gap.lstrip().startswith(",")
            if opening:  # the day opens the sentence and governs its main clause
                gap = gap.lstrip()[1:]
        elif m.start >= number_end:
            gap = text[number_end:m.start]
        else:
            continue
        reach = _CLAUSE_WORDS * (2 if opening else 1)
        if not opening and m.end <= number_start and (rest := _reported(gap)) is not None:
            # "told reporters on Friday that the morgue held 80": the day dates the statement
            # whose reported clause holds the count
            gap, reach = rest, _CLAUSE_WORDS * 2
        if len(gap.split()) > reach or _CLAUSE_BREAK.search(gap):
            continue
        if best is None or len(gap) < best[0]:
            best = (len(gap), m)
    return (best[1].date.first, best[1]) if best else None


def day_of(c: FigureCandidate, content: Content,
           copied: dict[int, date] | None = None) -> date | None:
    """The day (UTC) a report's count held: its own ``as_of`` when its clause dates it, else
    the day an earlier copy of its words appeared (:func:`copied_days`), else the day its
    article was published; None when none is known."""
    if c.as_of is not None:
        return c.as_of
    if copied and id(c) in copied:
        return copied[id(c)]
    published = content.articles[c.article].published
    return utc(published).date() if published else None


#: Characters either side of a count that an earlier copy must hold too for the count to be its.
_COPY_WINDOW = 60


def copied_days(cands: list[FigureCandidate], content: Content, copies: Copies,
                running: frozenset[str]) -> dict[int, date]:
    """For a count whose words an earlier member of its copy family printed, that member's
    day. A wire text carried a day later keeps its "the count is now 40": the count held
    when the wire wrote it, not when the copy ran, and beside the next day's running toll
    (three times higher) it was split off as another figure (trial 20). Running counts only:
    their day is what groups them, and each is looked for in every earlier member's text.

    "Earlier" is by the member's last change: a live page's later entries may copy the wire
    (review 20: the wire's count was dated by the first day of a live page that carried it two
    days later). A wire outlet's own story is the family's origin and keeps its day."""
    plain: dict[str, str] = {}

    def text_of(article_id: str) -> str:
        if article_id not in plain:
            plain[article_id] = " " + plain_words(content.articles[article_id].text) + " "
        return plain[article_id]

    out: dict[int, date] = {}
    for c in cands:
        family = copies.family_of.get(c.article)
        article = content.articles[c.article]
        if (family is None or c.group not in running or article.published is None
                or c.as_of is not None):
            continue
        member = family.member(c.article)
        if member is not None and member.credit_how == "a wire's own story":
            continue
        needle = _window(article.text, c.number_start, c.number)
        if needle is None:
            continue
        own = utc(article.published).date()
        earlier = [utc(other.published).date() for m in family.members
                   if m.article != c.article
                   and (other := content.articles.get(m.article)) is not None
                   and other.published is not None
                   and utc(other.updated or other.published).date() < own
                   and needle in text_of(m.article)]
        if earlier:
            out[id(c)] = min(earlier)
    return out


def _window(text: str, start: int, number: str) -> str | None:
    """The plain words around a count, the count's own among them, or None when too few to
    tell a copy. A word is left out at an edge only where the window cut into it: a count
    ending the text keeps its number (review 20: "stood at 40." at a copy's end became "stood
    at", which the wire's "stood at 30." matched)."""
    a = max(0, start - _COPY_WINDOW)
    b = min(len(text), start + len(number) + _COPY_WINDOW)
    words = plain_words(text[a:b]).split()
    if a > 0 and text[a - 1].isalnum() and text[a].isalnum():
        words = words[1:]
    if b < len(text) and text[b - 1].isalnum() and text[b].isalnum():
        words = words[:-1]
    own = plain_words(number).split()
    if len(words) < 6 or not own or not any(
            words[i:i + len(own)] == own for i in range(len(words) - len(own) + 1)):
        return None
    return " " + " ".join(words) + " "


def toll_candidates(cands: list[FigureCandidate], running: frozenset[str]) -> set[int]:
    """The ids of the candidates that are their article's toll: the highest count of a running
    noun group the article gives (and every report of that value), on each day of a live page's
    sections (:mod:`generator.check.live_sections`). Vague amounts
    ("hundreds") and low-confidence readings are no toll: they are lower bounds or guesses."""
    def section(c: FigureCandidate) -> object:  # a live page's section's day, else None
        return c.section

    best: dict[tuple, float] = defaultdict(float)  # per article and group, and per section
    for c in cands:
        if c.group in running and c.confidence != "low":
            for k in ((c.article, c.group, None), (c.article, c.group, section(c))):
                best[k] = max(best[k], c.low)
    # each section's highest count is a toll of the section's day; a count outside any section
    # only as the article's highest ("five more bodies were found on Thursday"; review 15)
    return {id(c) for c in cands if c.group in running and c.confidence != "low"
            and c.low == best[(c.article, c.group, section(c))]}


def same_day_disagree(members: list[FigureCandidate], days: dict[int, date | None]) -> bool:
    """Whether two exact values differ among reports published the same day: only those may
    disagree, a later day's value is an update."""
    exact: dict[date | None, set] = defaultdict(set)
    for c in members:
        if not c.approx:
            exact[days.get(id(c))].add(repr(c.value))
    return any(len(values) > 1 for values in exact.values())


def toll_span(members: list[FigureCandidate], days: dict[int, date | None]) -> str:
    """'from 2 (16 Apr 2014) to 226 (30 Apr 2014)': the first and the latest day's values."""
    dated = sorted((d, c.low) for c in members if (d := days.get(id(c))) is not None)
    (first, a), (last, b) = dated[0], dated[-1]
    return (f"from {number(a)} ({first.day} {first:%b %Y}) to {number(b)} "
            f"({last.day} {last:%b %Y})")
