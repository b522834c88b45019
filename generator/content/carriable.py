"""An article's text with the characters no page can carry replaced, where the article is built.

The readers and the cleaner decode and split the file; what they hand over may still hold
noncharacters, C1 controls (a Latin-1 fallback turns byte 0x90 into U+0090) or other characters
that YAML front matter, the PDF's XML or a browser cannot carry
(:data:`generator.text.characters.UNCARRIABLE`). This is the one place they are replaced for
articles, once, on every text field of the :class:`Article` and of its blocks, so that no later
stage (matching, extract, pages, PDF) ever meets one. The replacement is reported as a warning at
the first such character's line; the article itself is kept.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from generator.content.files import UnreadableFile, read_text
from generator.content.model import Article
from generator.content.problems import Problems, report_replaced
from generator.text.characters import Replaced, carriable, visible_replacement

#: Fields that the loader makes itself (paths, ids, notes): never read from the file.
_OWN = {"id", "rel_path", "format", "meta_path", "encoding_note", "language",
        "language_origin", "headline_origin"}
#: Fields that repeat another field's text (the headline's block holds the headline): cleaned,
#: but not counted twice in the warning.
_COPIES = {"headline_block"}


class _Found:
    """The first replaced character worth reporting, its line and column, and the total."""

    def __init__(self) -> None:
        self.first: tuple[Replaced, int, int] | None = None
        self.count = 0

    def add(self, found: Replaced | None, text: str, line: int) -> None:
        if found is None:
            return
        self.count += found.count
        if self.first is None and visible_replacement(found):
            before = text[:found.offset]
            if line:
                line += before.count("\n")
                col = found.offset - (before.rfind("\n") + 1) + 1
            else:
                col = 0
            self.first = (found, line, col)


def _clean(item: Any, found: _Found, line: int = 0) -> Any:
    """``item`` (a string, a dataclass such as a Block, or a tuple of them) with its text
    carriable; the same object when nothing changed."""
    if isinstance(item, str):
        clean, replaced = carriable(item)
        found.add(replaced, item, line)
        return clean
    if isinstance(item, tuple):
        out = tuple(_clean(x, found, line) for x in item)
        return item if all(a is b for a, b in zip(out, item, strict=True)) else out
    if dataclasses.is_dataclass(item) and not isinstance(item, type):
        own_line = getattr(item, "line", line)
        changes = {}
        for f in dataclasses.fields(item):
            value = getattr(item, f.name)
            if isinstance(value, (str, tuple)) or dataclasses.is_dataclass(value):
                new = _clean(value, found, own_line if isinstance(own_line, int) else 0)
                if new is not value:
                    changes[f.name] = new
        return dataclasses.replace(item, **changes) if changes else item
    return item


def _in_source(article: Article, char: str) -> tuple[int, int]:
    """Line and column of ``char`` in the article's file as decoded, or (0, 0) when it is not
    there literally (an HTML entity, say)."""
    try:
        text, _note = read_text(article.path)
    except (OSError, UnreadableFile):
        return 0, 0
    at = text.find(char)
    if at < 0:
        return 0, 0
    return text.count("\n", 0, at) + 1, at - (text.rfind("\n", 0, at) + 1) + 1


def carriable_article(article: Article, problems: Problems) -> Article:
    """``article`` with every text field carriable; one warning names the first replaced
    character's place in the file (line and column for story text, the file otherwise)."""
    found = _Found()
    changes = {}
    for f in dataclasses.fields(article):
        if f.name in _OWN:
            continue
        value = getattr(article, f.name)
        new = _clean(value, _Found() if f.name in _COPIES else found)
        if new is not value:
            changes[f.name] = new
    if not changes:
        return article
    if found.first is not None:
        first, line, col = found.first
        if not line:  # a headline or metadata: look for the character in the file itself
            line, col = _in_source(article, first.char)
        report_replaced(problems, article.path, line, col,
                        Replaced(first.offset, first.char, found.count), "the article")
    return dataclasses.replace(article, **changes)
