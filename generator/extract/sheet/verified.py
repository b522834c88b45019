"""A draft's figure reports as ``briefing check`` will read them: a reading whose value check
refuses in its quote (an error) is left out of the draft and listed at its end.

The draft promises that ``briefing check`` accepts it as it is (its header says so), and an
analyst who moves a record into the fact sheets should not meet an error Briefing itself wrote.
Check is the judge of a report, so its reading decides: a report it refuses is left out, counted
in the draft's header and listed as a comment at its end for the analyst to judge. A warning
("the quote gives no number") is check accepting the report, and keeps it. One casualty written
with an article ("a driver was killed") is read by one reader for both stages
(:mod:`generator.text.casualty.one`; before, each stage had its own and check refused many of
extract's drafts, issue 16), so such a draft is left out only when its quote, cut shorter than
the sentence, no longer holds what the reader read.
"""

from __future__ import annotations

from collections.abc import Callable

from generator.check.values import check_value, states
from generator.content.problems import Problems
from generator.content.schema import Figure, FigureReport
from generator.content.units import unit as unit_of
from generator.extract.model import FigureCandidate, FigureProposal
from generator.text.quantities import QUANTITY, VAGUE, read


def _problems(c: FigureCandidate, unit: str, language: str, report_unit: str = "") -> bool:
    """Whether check reports an error with the candidate's value. A warning ("the quote gives
    no number" for "one of the divers was injured") is check accepting it with a note, as the
    draft promises; only what check refuses is left out."""
    value = list(c.value) if isinstance(c.value, tuple) else c.value
    try:
        report = FigureReport(article=c.article, quote=c.evidence, value=value,
                              approx=c.approx, unit=report_unit)
        figure = Figure(id="draft", label="draft", unit=unit, reports=[report])
    except ValueError:  # a shape the fact-sheet schema refuses is no report either
        return True
    problems = Problems()
    check_value(report, figure, language, problems)
    return bool(problems.errors)


def _accepted_unit(c: FigureCandidate, unit: str, language: str) -> str | None:
    """The unit in which check accepts the candidate's value: ``""`` for its group's, another
    unit the quote gives it in (rainfall given per square meter in liters, in a group of
    liters), as check's hint says an analyst should write it (``unit:`` on the report), or None
    when check rejects it in every unit."""
    if not _problems(c, unit, language):
        return ""
    wanted = c.value if isinstance(c.value, tuple) else (c.value,)
    for q in read(c.evidence, language):
        if q.kind in (QUANTITY, VAGUE) and q.unit and q.unit != unit \
                and any(states(q, float(v)) for v in wanted) \
                and not _problems(c, unit, language, q.unit):
            return q.unit
    return None


def _comparable(report_unit: str, unit: str) -> bool:
    """Whether check compares a report in ``report_unit`` with a figure in ``unit``."""
    own, target = unit_of(report_unit), unit_of(unit)
    return own is None or target is None or own.convertible(target)


def _unit_said(c: FigureCandidate, language: str) -> bool:
    """Whether the quote gives the candidate's value with a unit of its own ("40 mm"), not as a
    bare number ("reached 40"), which check accepts in any unit."""
    wanted = c.value if isinstance(c.value, tuple) else (c.value,)
    return any(q.kind in (QUANTITY, VAGUE) and q.unit and any(states(q, float(v)) for v in wanted)
               for q in read(c.evidence, language))


def _fitted(proposal: FigureProposal, language: Callable[[str], str]) -> list[FigureCandidate]:
    """The proposal's reports check accepts. When some are read in another unit, the figure
    takes that unit if every report then passes (rain in "liters per square meter" is
    millimetres, and so is the whole group), and no report gives its value as a bare number,
    which was read in the group's unit: "5 cm" beside "reached 40" makes no 40 cm (review 37).
    Else each keeps its own, where check can convert it, and is left out where it cannot."""
    kept = []
    for c in proposal.reports:
        accepted = _accepted_unit(c, proposal.unit, language(c.article))
        if accepted is not None:
            c.report_unit = accepted
            kept.append(c)
    other = {c.report_unit for c in kept if c.report_unit}
    if len(other) == 1:
        (alt,) = other
        if not any(_problems(c, alt, language(c.article)) for c in proposal.reports) \
                and all(c.report_unit or _unit_said(c, language(c.article))
                        for c in proposal.reports):
            proposal.unit = alt
            for c in proposal.reports:
                c.report_unit = ""
            return list(proposal.reports)
    return [c for c in kept if not c.report_unit or _comparable(c.report_unit, proposal.unit)]


def checked(figures: list[FigureProposal], languages: dict[str, str]
            ) -> tuple[list[FigureProposal], list[FigureCandidate]]:
    """The proposals with only the reports check accepts (a proposal left with none is dropped),
    and the reports left out. ``languages``: article id -> its language."""
    kept: list[FigureProposal] = []
    left_out: list[FigureCandidate] = []
    for proposal in figures:
        reports = _fitted(proposal, lambda a: languages.get(a, "en"))
        left_out += [c for c in proposal.reports if c not in reports]
        if reports:
            proposal.reports = reports
            kept.append(proposal)
    return kept, left_out
