"""Sentences with their offsets in an article's cleaned text.

Offsets are into ``Article.text`` (paragraphs joined by a blank line), so that a clause taken
from a sentence is exactly a substring of the text ``briefing check`` searches.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Protocol

from generator.text.lexicon import ABBREVIATIONS

_BOUNDARY = re.compile(r"[.!?…]+[\"”’')\]]*\s+(?=[\"“‘(\[]?[A-Z0-9])")


@dataclass(frozen=True)
class Sentence:
    """One sentence of an article, with its offsets in :attr:`Article.text`."""

    start: int
    end: int
    text: str
    paragraph: int  # index of the paragraph it belongs to

    def local(self, offset: int) -> int:
        return offset - self.start


def _splits(text: str) -> list[int]:
    cuts = []
    for m in _BOUNDARY.finditer(text):
        before = text[:m.start()]
        word = re.search(r"([\w.’']+)$", before)
        token = (word.group(1) if word else "").lower().rstrip(".")
        if text[m.start()] == "." and (token in ABBREVIATIONS or re.fullmatch(r"[a-z]", token)
                                       or re.fullmatch(r"(?:[a-z]\.)+[a-z]", token)):
            continue
        cuts.append(m.end())
    return cuts


class Paragraphed(Protocol):
    """An article as far as sentences go: its paragraphs, each with a ``text``."""

    @property
    def paragraphs(self) -> Sequence[Any]: ...


def paragraph_offsets(article: Paragraphed) -> list[tuple[int, str]]:
    """(offset in Article.text, paragraph text) for each paragraph."""
    out, at = [], 0
    for block in article.paragraphs:
        out.append((at, block.text))
        at += len(block.text) + 2
    return out


@lru_cache(maxsize=256)
def _sentences_of(text: str) -> tuple[tuple[int, int], ...]:
    bounds, start = [], 0
    for cut in [*_splits(text), len(text)]:
        piece = text[start:cut]
        stripped = piece.rstrip()
        lead = len(piece) - len(piece.lstrip())
        if stripped.strip():
            if bounds and re.fullmatch(r"\([^()]*\)\W*", stripped.strip()):
                bounds[-1] = (bounds[-1][0], start + len(stripped))  # "… (Levant Wire)"
            else:
                bounds.append((start + lead, start + len(stripped)))
        start = cut
    return tuple(bounds)


def sentences(article: Paragraphed) -> list[Sentence]:
    """Every sentence of the article, not split at abbreviations ("Col.", "U.S.") or initials,
    with a closing "(Levant Wire)" kept on the sentence before it."""
    out = []
    for index, (offset, text) in enumerate(paragraph_offsets(article)):
        for start, end in _sentences_of(text):
            out.append(Sentence(offset + start, offset + end, text[start:end], index))
    return out


def words(text: str) -> int:
    return len(text.split())
