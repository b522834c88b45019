"""A draft's figure reports as ``briefing check`` will read them: a reading whose value check does
not find in its quote is left out of the draft.

The draft promises that ``briefing check`` accepts it as it is (its header says so), and an
analyst who moves a record into the fact sheets should not meet an error Briefing itself wrote.
Extract and check read one casualty written with an article ("a driver was killed") with two
readers: extract's (:mod:`generator.extract.singular`) sees outcomes across a sentence, check's
(:func:`generator.check.values.said_in_words`) only in the quote's own shapes; where they
disagreed (real pages: an infant named as a member of the dead, a metaphor "una herida",
"deux … deux" beside a one), the draft carried a value check then called "not what the quote
says". Check is the judge of a report, so its reading decides: the report is left out, counted,
and the draft's header says how many and why. Folding the two readers into one is the lasting
mend (they sit in two stages: check may not import extract).
"""

from __future__ import annotations

from generator.check.values import check_value
from generator.content.problems import Problems, Severity
from generator.content.schema import Figure, FigureReport
from generator.extract.model import FigureCandidate, FigureProposal


def _rejected(c: FigureCandidate, unit: str, language: str) -> bool:
    """Whether check reports a problem (error or warning) with the candidate's value."""
    value = list(c.value) if isinstance(c.value, tuple) else c.value
    try:
        report = FigureReport(article=c.article, quote=c.evidence, value=value,
                              approx=c.approx)
        figure = Figure(id="draft", label="draft", unit=unit, reports=[report])
    except ValueError:  # a shape the fact-sheet schema refuses is no report either
        return True
    problems = Problems()
    check_value(report, figure, language, problems)
    return any(p.severity in (Severity.ERROR, Severity.WARNING) for p in problems.items)


def checked(figures: list[FigureProposal], languages: dict[str, str]
            ) -> tuple[list[FigureProposal], int]:
    """The proposals with only the reports check accepts (a proposal left with none is dropped),
    and how many reports were left out. ``languages``: article id -> its language."""
    kept: list[FigureProposal] = []
    left_out = 0
    for proposal in figures:
        reports = [c for c in proposal.reports
                   if not _rejected(c, proposal.unit, languages.get(c.article, "en"))]
        left_out += len(proposal.reports) - len(reports)
        if reports:
            proposal.reports = reports
            kept.append(proposal)
    return kept, left_out
