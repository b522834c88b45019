"""Lines the outlet prints on several of its articles (a slogan, a credit, a footer).

Which lines those are is found across the outlet's articles when they are loaded
(:func:`generator.content.articles.repeated_lines`); this pass removes them from one article
where a template puts them: above the story's first paragraph of prose or below its last.
"""

from __future__ import annotations

from collections.abc import Sequence

from generator.content.blocks import Block
from generator.content.cleaning.headline import prose_paragraphs
from generator.content.cleaning.passes import normal_line
from generator.content.cleaning.rules.base import Verdict, Verdicts


def mark_repeated(blocks: Sequence[Block], verdicts: Verdicts, repeated: frozenset[str],
                  headline: int | None, language: str) -> None:
    """Lines the outlet prints on several of its articles (a slogan, a credit, a footer), above
    the story's first paragraph of prose or below its last: a template's place. Inside the story
    a repeated line is the outlet's own (a crosshead of a series, a background paragraph)."""
    if not repeated:
        return
    prose = prose_paragraphs(blocks, verdicts, headline, language)
    if not prose:
        return
    for i, block in enumerate(blocks):
        if prose[0] <= i <= prose[-1] or verdicts[i] is not None or i == headline:
            continue
        if normal_line(block.text) in repeated:
            verdicts[i] = Verdict("repeated", "repeated-in-outlet",
                                  "printed on several articles of the same outlet")
