"""One casualty written with an article ("a cyclist was killed", "un mort", "eine Tote") as a
figure of one. The reading itself is :func:`generator.text.casualty.one.one_casualties`, the one
reader ``briefing check`` also asks whether a report's quote says 1 (issue 16: the two stages had
a reader each and disagreed, so check refused what extract drafted); this module only makes each
casualty it finds a :class:`~generator.extract.figures.Figure`.
"""

from __future__ import annotations

from generator.extract.counts.nationals import NATIONAL
from generator.extract.figures import Figure
from generator.text.casualty.one import one_casualties
from generator.text.sentences import Sentence


def singular_figures(sentence: Sentence, lang: str, counted: frozenset[str] = frozenset()
                     ) -> list[Figure]:
    """Every one-person casualty the sentence states with an article or the numeral one, as a
    figure of one (``counted``: see :func:`~generator.text.casualty.one.one_casualties`). One of
    a country's people ("a Canadian") is counted apart, what befell them kept beside."""
    out: list[Figure] = []
    for c in one_casualties(sentence.text, lang, counted):
        why = [f"one {c.group} written with '{c.article}' and its outcome"]
        start, end = sentence.start + c.at, sentence.start + c.end
        if c.people is not None:
            out.append(Figure(1, c.approx, c.written, c.people, NATIONAL, start, end, "medium",
                              why, befell=c.group))
        else:
            out.append(Figure(1, c.approx, c.written, c.noun, c.group, start, end, "medium", why))
    return out
