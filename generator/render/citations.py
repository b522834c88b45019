"""An article's paragraphs cut where cited passages start and end, for site and print alike.

A citation is an evidence quote located in the article's text (:class:`Citation`). Both the
site's article page and the printed appendix mark each cited passage, put an anchor where it
starts and a link back (site) or note numbers (print) where it ends; only the markup differs, so
the cutting is done once, here.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from generator.check.checked import Citation
from generator.content.model import Article


@dataclass(frozen=True)
class Piece:
    """A run of one paragraph's text with the same citations over all of it."""

    text: str
    marked: bool  # inside at least one cited passage
    shared: bool = False  # inside a passage the article shares with its copy family
    starts: tuple[Citation, ...] = ()  # passages that start here: anchors go before the text
    ends: tuple[Citation, ...] = ()  # passages that end here: their links or notes go after it


def cited_paragraphs(article: Article, citations: list[Citation],
                     shared: tuple[tuple[int, int], ...] = ()) -> list[list[Piece]]:
    """Each paragraph of ``article`` as pieces. A passage that runs over several paragraphs
    starts in the first and ends in the last. ``shared`` are the character spans the article
    shares with its copy family (:mod:`generator.analyse.copies`): pieces inside them are
    ``shared``, the rest is the outlet's own."""
    out: list[list[Piece]] = []
    offset = 0
    for para in article.paragraphs:
        start, end = offset, offset + len(para.text)
        offset = end + 2  # paragraphs are joined with a blank line in Article.text
        inside = [c for c in citations if c.span.start < end and c.span.end > start]
        cuts = {0, len(para.text)}
        runs = [(max(a - start, 0), min(b - start, len(para.text)))
                for a, b in shared if a < end and b > start]
        for a, b in runs:
            cuts.update((a, b))
        for c in inside:
            cuts.add(max(c.span.start - start, 0))
            cuts.add(min(c.span.end - start, len(para.text)))
        last = len(para.text)
        pieces = []
        for a, b in itertools.pairwise(sorted(cuts)):
            pieces.append(Piece(
                text=para.text[a:b],
                marked=any(c.span.start - start <= a and c.span.end - start >= b
                           for c in inside),
                shared=any(x <= a and b <= y for x, y in runs),
                starts=tuple(c for c in inside
                             if c.span.start - start == a or (a == 0 and c.span.start < start)),
                ends=tuple(c for c in inside
                           if c.span.end - start == b or (b == last and c.span.end > end)),
            ))
        out.append(pieces)
    return out
