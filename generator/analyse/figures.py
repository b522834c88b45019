"""Figures compared across sources: fixed values, and running counts that change over time.

Every figure's reports are read in the figure's unit (:meth:`Figure.value_of`: "6 miles" of a
depth in km is 9.7 km) and put in time order: each report's value holds *as of* its ``as_of:``
("the toll stood at 157 as of 6 pm") or, by default, its article's publication.

**Fixed figures** (a magnitude, a depth, the fighters in one convoy) have one true value: the
sources agree, are consistent, or disagree (:func:`generator.content.figure_value.agreement`).

**Running figures** (``kind: running``: deaths, injured, missing, displaced, arrests) grow or are
revised while the story unfolds: 50, then 69, then 128 is a progression, not a contradiction.
Only what cannot be an update is flagged:

* a later report of one outlet lower than its previous one, unless the report says the count
  was corrected (``correction: true``);
* two reports of about the same time (both with a time of day, at most :data:`SAME_TIME`
  apart) that cannot both hold; a copy of another source's report (``via``) is not "of" its
  publication time unless ``as_of:`` says so, and is left out of this rule.

Reports whose order is unknown (two on one day, one without a time of day) are never flagged.
The latest value is named overall and per outlet.

**Counts by who counted.** A crowd is counted by the police, the organisers and a counting firm,
and every outlet may print all three: 21,000 by the police against 90,000 by the organisers is
two counts, not outlets contradicting each other. When reports name who counted
(``attributed_to``) and their values cannot all hold, each counter's reports are compared among
themselves (:func:`counts`): the outlets disagree only when they differ on what one counter said.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from generator.analyse.copies import Copies, credits_itself
from generator.analyse.coverage import reads_counts, stances
from generator.analyse.independence import independence
from generator.analyse.model import (
    FigureAnalysis,
    FigureRow,
    Flag,
    Source,
    values_text,
)
from generator.check.mentions import Mentions
from generator.check.terms import figure_terms
from generator.content.figure_value import agreement
from generator.content.measured import FALLING
from generator.content.model import Article, Content
from generator.content.schema import Figure, FigureReport, Outlet
from generator.text.dates import local_date, utc
from generator.text.quantities import QUANTITY, VAGUE, quantities

#: Two reports of a running count at most this far apart are of "about the same time".
SAME_TIME = timedelta(minutes=30)


def attribution(report: FigureReport, content: Content) -> str:
    value = report.attributed_to
    if value in content.actors:
        return content.actors[value].name
    # no counter named: the outlet's own count, or one it repeats without saying whose; the
    # pages must not claim which
    return value or "no counter named"


def _row(figure: Figure, index: int, report: FigureReport, content: Content,
         copies: Copies) -> FigureRow:
    article = content.articles[report.article]
    outlet = content.outlets.get(article.outlet or "")
    source = Source(article, outlet, f"cite-figure-{figure.id}-{index}",
                    copies.family_of.get(article.id), copies.origin(article.id))
    value = figure.value_of(report)
    text = value.text()
    target = figure.comparison_unit
    own_unit = report.unit or figure.unit or (target.written if target else "")
    shown = f"{text} {own_unit}".strip()
    if value.factor != 1.0 and target is not None:
        shown += f" ({value.converted_text()} {target.written})"
    words = vague_words(report, article.language)
    if words:  # the outlet wrote "dozens", not 24: its words first, the bound as our reading
        shown = f"“{words}” (read as {shown})"
    copy_of = article.via if article.via and not credits_itself(article, outlet) else ""
    return FigureRow(report, source, text, attribution(report, content), value,
                     report.as_of if report.as_of is not None else article.published,
                     report.as_of is not None, shown, copy_of)


def vague_words(report: FigureReport, language: str) -> str:
    """The outlet's words when a report's value is the least a vague amount of its quote allows
    ("dozens" for ``value: 24, approx: at-least``), else "". A number shown must be the number
    the outlet wrote: 24 is Briefing's reading of "dozens", never the outlet's figure."""
    if report.approx != "at-least" or isinstance(report.value, tuple):
        return ""
    found = [q for q in quantities(report.quote, language or "en")]
    if any(q.kind == QUANTITY and report.value in q.values for q in found):
        return ""  # the quote writes the number itself ("at least 24")
    return next((report.quote[q.start:q.end] for q in found
                 if q.kind == VAGUE and q.floor == report.value), "")


def recalled(row: FigureRow, rows: list[FigureRow], measure: str | None = None) -> bool:
    """Whether a report of a running count is an earlier count its article recalls: the
    article dates a higher count of the same counter (:func:`_same_counter`) to an earlier
    day, and this one says no day of its own nor that it corrects the count. Put at the
    publication, "Boric had said the toll was 64" came after the page's "112 on Sunday" and
    read as a fall the page states no correction for (trial 27). Two undated counts of one
    article keep their unknown order (trial 11: a span, not a pick). A count that can fall
    (``measure`` in :data:`~generator.content.measured.FALLING`: "120 missing on Sunday", "40
    still missing") is presumed nothing: its lower count may be the later one."""
    if row.as_of_given or row.report.correction or measure in FALLING:
        return False
    own = row.source.article.id
    return any(other.source.article.id == own and other.as_of_given
               and other.value.low > row.value.high and _same_counter(row, other)
               for other in rows)


def _same_counter(lower: FigureRow, higher: FigureRow) -> bool:
    """Whether a lower count may be the same counter's earlier one: it names no counter, or
    the one the higher names ("Boric" within "President Gabriel Boric"). Two counters' counts
    of one day are each its own latest (trial 11: a railway's 131 and a province's 128)."""
    if not lower.report.attributed_to:
        return True
    a, b = lower.attribution.casefold().split(), higher.attribution.casefold().split()
    return bool(a and b) and (a == b or a[-1] == b[-1])


def _ordered(a: FigureRow, b: FigureRow) -> bool:
    """Whether ``b`` is known to come after ``a``: both moments, or different days."""
    ta, tb = a.as_of, b.as_of
    if ta is None or tb is None:
        return False
    if isinstance(ta, datetime) and isinstance(tb, datetime):
        return utc(tb) > utc(ta)
    return local_date(tb) > local_date(ta)


def _same_time(a: FigureRow, b: FigureRow) -> bool:
    """Both values held at about the same moment. A copy of another source's report (``via``)
    holds as of some time before its publication, unless ``as_of:`` says when: never "the
    same time" as anything."""
    if any(row.copy_of and not row.as_of_given for row in (a, b)):
        return False
    ta, tb = a.as_of, b.as_of
    return (isinstance(ta, datetime) and isinstance(tb, datetime)
            and abs(utc(ta) - utc(tb)) <= SAME_TIME)


def flags(rows: list[FigureRow]) -> list[Flag]:
    """What in a running count cannot be an update (see the module docstring)."""
    out: list[Flag] = []
    previous: dict[str, FigureRow] = {}
    for row in rows:
        before = previous.get(row.source.outlet_id)
        if (before is not None and _ordered(before, row) and not row.report.correction
                and row.value.interval()[1] < before.value.interval()[0]):
            out.append(Flag("lower", before, row))
        previous[row.source.outlet_id] = row
    for i, a in enumerate(rows):
        for b in rows[i + 1:]:
            if _same_time(a, b) and not a.value.can_both_hold(b.value):
                out.append(Flag("same-time", a, b))
    return out


def falls(rows: list[FigureRow]) -> list[Flag]:
    """Where a running count is lower than a report known to come before it: each highest
    report so far with the first that falls below it. Another outlet's lower count can be an
    update (a revision, or another counter's count), so it is no flag; but a reader of
    "every report can be an update" would not learn that the toll went down (288 counted, then
    275 when some bodies proved counted twice)."""
    out: list[Flag] = []
    peak: FigureRow | None = None
    for row in rows:
        # the values each report allows, as flags() compares them: "about 300", then 290, is
        # no fall
        if peak is not None and _ordered(peak, row) and \
                row.value.interval()[1] < peak.value.interval()[0]:
            out.append(Flag("fell", peak, row))
            peak = None
        if peak is None or row.value.interval()[0] > peak.value.interval()[0]:
            peak = row
    return out


def _latest(rows: list[FigureRow]) -> FigureRow:
    """The last report that says something newer: a later "at least 12" (a next day's recap)
    after an exact 17 holds 17 too, so it is no fall to 12 and the 17 stays the latest."""
    for i in range(len(rows) - 1, 0, -1):
        row = rows[i]
        low, high = row.value.interval()
        if row.report.approx not in ("at-least", "more-than") or not any(
                low < e.value.low and e.value.high <= high and e.value.low == e.value.high
                for e in rows[:i]):
            return row
    return rows[0]


def _closing(rows: list[FigureRow], latest: FigureRow) -> list[FigureRow]:
    """The latest report and those before it in the list that are not known to come before it
    (one day, not all timed): 35 and 2 dead on one day are both the latest, their order
    unknown; a sort puts one last, and naming it alone would say the count fell to 2."""
    upto = rows[:next(i for i, row in enumerate(rows) if row is latest) + 1]
    return [row for row in upto if not _ordered(row, latest)]


def _latest_by_counter(closing: list[FigureRow]) -> list[tuple[str, list[FigureRow], str]]:
    """The last reports of a running count by who counted, when each names its counter and they
    name more than one: a railway's 278 and a state's 275 on one day are two authorities' counts,
    each its own latest, not two values whose order within the day is unknown."""
    by = _by_counter(closing) if len(closing) >= 2 else {}
    return [(who, group, agreement([r.value for r in group])) for who, group in by.items()]


def _by_counter(rows: list[FigureRow]) -> dict[str, list[FigureRow]]:
    """The reports by who counted, when every report names its counter and they name more than
    one; else none: a count credited to no one may be any counter's (:func:`counts`)."""
    if any(not row.report.attributed_to for row in rows):
        return {}
    by: dict[str, list[FigureRow]] = {}
    for row in rows:
        by.setdefault(row.attribution, []).append(row)
    return by if len(by) >= 2 else {}


def _latest_each(rows: list[FigureRow]) -> list[FigureRow]:
    """Each outlet's last reports: all of those none is known to come before, as for the count
    as a whole; a sort would pick one of an outlet's two same-day values and hide the other.
    One value an outlet gives twice (in its lede and again below) is named once."""
    per: dict[str, list[FigureRow]] = {}
    for row in rows:
        per.setdefault(row.source.outlet_id, []).append(row)
    closing = sorted((r for group in per.values() for r in _closing(group, _latest(group))),
                     key=lambda row: row.sort_key)
    once: dict[tuple[str, str, str], FigureRow] = {}
    for row in closing:
        once.setdefault((row.source.outlet_id, row.shown, row.attribution), row)
    return list(once.values())


def counts(rows: list[FigureRow]) -> list[tuple[str, list[FigureRow], str]]:
    """The reports of a fixed figure whose values cannot all hold (the caller has found they
    disagree), by who counted, with each counter's agreement, when every report names its
    counter, more than one counter is named and some counter is given by two independent
    sources or more; else [] (all compared as one).

    A count credited to no one may be the outlet's own or any counter's: set apart, an outlet's
    own 310 beside a militia's 308 would hide the very disagreement a fact-checker looks for
    (the example's fighters). Two outlets of one copy family repeating a counter are one
    source, no sign that outlets agree on it."""
    by = _by_counter(rows)
    if not by:
        return []
    # only when independent sources are seen to repeat a counter: three agencies' winds, one
    # per outlet, are three estimates that disagree, with nothing to show any agreed on
    if all(len({r.source.origin for r in group}) < 2 for group in by.values()):
        return []
    return [(who, group, "single" if len({r.source.origin for r in group}) == 1
             else agreement([r.value for r in group])) for who, group in by.items()]


def _apart(split: list[tuple[str, list[FigureRow], str]]) -> bool:
    """No two counters' values can both hold: each count is its counter's, none credited to
    two (that would be outlets attributing one figure differently)."""
    return all(agreement([r.value for r in a[1] + b[1]]) == "disagree"
               for i, a in enumerate(split) for b in split[i + 1:])


def analyse_figure(figure: Figure, content: Content, covered: list[Outlet],
                   by_outlet: dict[str, list[Article]],
                   mentions: Mentions, copies: Copies) -> FigureAnalysis | None:
    rows = [_row(figure, i, r, content, copies) for i, r in enumerate(figure.reports)
            if r.article in content.articles]
    if not rows:
        return None
    rows.sort(key=lambda row: row.sort_key)
    outlets = {row.source.outlet_id for row in rows}
    found: list[Flag] = []
    fell: list[Flag] = []
    latest: FigureRow | None = None
    closing: list[FigureRow] = []
    latest_by_outlet: list[FigureRow] = []
    split: list[tuple[str, list[FigureRow], str]] = []
    if figure.kind == "running":
        for row in rows:
            row.recalled = recalled(row, rows, figure.measure)
        current = [row for row in rows if not row.recalled]
        found = flags(current)
        fell = falls(current)
        status = "conflict" if found else ("single" if len(outlets) == 1 else "update")
        latest = _latest(current)
        closing = _closing(current, latest)
        latest_by_outlet = _latest_each(current)
        split = _latest_by_counter(closing)
        flagged = {row.source.outlet_id for f in found for row in (f.earlier, f.later)}
        cited = {o: "disagrees" if o in flagged else "reports" for o in outlets}
    else:
        status = ("single" if len(outlets) == 1
                  else agreement([row.value for row in rows]))
        cited = {o: "disagrees" if status == "disagree" else "reports" for o in outlets}
        split = counts(rows) if status == "disagree" else []
        if split:  # who counted explains the spread; outlets differ only within one counter
            status = "disagree" if any(g[2] == "disagree" for g in split) else "by-counter"
            cited = {o: "reports" for o in outlets} | {
                r.source.outlet_id: "disagrees" for g in split if g[2] == "disagree"
                for r in g[1]}
    # a figure whose label and unit leave no word to find it by ("Number of people on board":
    # "on" ends the words read, "people" names nothing in particular) is never looked for in
    # the text (check/mentions.find_mentions): an outlet not citing it is unchecked, not silent
    outlet_stances = stances(covered, by_outlet, cited,
                             mentions.get(("figure", figure.id), {}),
                             looked_for=bool(figure_terms(figure)), readable=reads_counts)
    return FigureAnalysis(
        figure=figure, rows=rows, status=status,
        low=min(row.value.low for row in rows), high=max(row.value.high for row in rows),
        # counters whose counts lie apart are no figure attributed differently
        attributions=[] if split and _apart(split) else [row.attribution for row in rows],
        silent=[o for o in covered if outlet_stances[o.id].state == "silent"],
        kind=figure.kind, stances=outlet_stances, flags=found, latest=latest, counts=split,
        falls=fell if figure.kind == "running" else [],
        latest_by_outlet=latest_by_outlet,
        opening=[row for row in rows if not _ordered(rows[0], row)] if latest else [],
        closing=closing, latest_text=values_text(closing) if closing else "",
        latest_outlets=", ".join(dict.fromkeys(r.source.outlet_name for r in closing)),
        latest_shown=(closing[0].shown if len(closing) == 1 else
                      "; ".join(f"{values_text(g)} {figure.unit or ''}".strip() + f" ({who})"
                                for who, g, _ in split) if split else
                      f"{values_text(closing)} {figure.unit or ''}".strip() if closing else ""),
        independence=independence([row.source for row in rows]),
    )


def analyse_figures(content: Content, covered: list[Outlet],
                    by_outlet: dict[str, list[Article]], mentions: Mentions, copies: Copies
                    ) -> list[FigureAnalysis]:
    out = [analyse_figure(f, content, covered, by_outlet, mentions, copies)
           for f in content.figures.values()]
    return [f for f in out if f is not None]
