"""The promise "never lose a word", as a check the tests run on any cleaned text.

Every piece the cleaner returns — headline, story paragraph, removed block — carries its span in
the source. The source is conserved when the pieces, sorted by position, cover every character
that is not white space exactly once, and each piece's text is its span (white space aside; a
Markdown heading's ``#`` marks are markup, not text).
"""

from __future__ import annotations

import re

from generator.content.blocks import normalise_newlines
from generator.content.cleaner import CleanedText, clean_text

_SPACE = re.compile(r"\s+")
_HEADING = re.compile(r"#{1,6}[ \t]+")


def faults(source: str, cleaned: CleanedText, *, start: int = 0,
           end: int | None = None) -> list[str]:
    """What breaks conservation of ``source[start:end]`` (CR/LF already normalised): an empty
    list when every character is in exactly one place."""
    end = len(source) if end is None else end
    pieces = [("story", b) for b in cleaned.paragraphs]
    pieces += [(f"removed:{r.rule}", r) for r in cleaned.removed]
    if cleaned.headline_block is not None:
        pieces.append(("headline", cleaned.headline_block))
    found: list[str] = []
    owner: dict[int, str] = {}
    for place, p in sorted(pieces, key=lambda x: x[1].start):
        if place.startswith("removed:") and p.kind in ("page-chrome", "markup"):
            continue  # an HTML page's text outside its main text: not in this source
        span = source[p.start:p.end]
        if place == "headline" and cleaned.headline_origin == "markdown-heading":
            marks = _HEADING.match(span)  # "## Title ##": the marks are markup
            if marks:
                span = span[marks.end():].rstrip().rstrip("#")
        want = _SPACE.sub("", span)
        if want != _SPACE.sub("", p.text):
            found.append(f"{place} at {p.start}..{p.end}: text {p.text[:40]!r} is not its "
                         f"source {span[:40]!r}")
        for i in range(p.start, p.end):
            if source[i].isspace():
                continue
            if i in owner:
                found.append(f"character {i} ({source[i]!r}) is in {owner[i]} and in {place}")
                break
            owner[i] = place
    lost = [i for i in range(start, end) if not source[i].isspace() and i not in owner]
    if lost:
        found.append(f"{len(lost)} character(s) in no place, the first at {lost[0]} "
                     f"({source[lost[0]]!r} in {source[max(0, lost[0] - 20):lost[0] + 20]!r})")
    return found


# --- helpers of the cleaning tests -----------------------------------------------------------

def page(*parts: str) -> str:
    """A page of the given paragraphs, as a scraper saves it."""
    return "\n\n".join(parts) + "\n"


def read(text: str, **options) -> CleanedText:
    """``clean_text``, asserting on the way that every character is conserved."""
    cleaned = clean_text(text, **options)
    assert faults(normalise_newlines(text), cleaned) == []
    return cleaned


def story(c: CleanedText) -> list[str]:
    return [b.text for b in c.paragraphs]


# An invented page's parts, shared by the cleaning tests: a headline, a lede and a body
# paragraph that every furniture shape is put around.
TITLE = "Floods kill 40 in the valley"
LEDE = ("The death toll from the floods in the valley rose to 40 on Saturday, the regional "
        "health office said, as rescuers searched the river banks for the missing.")
BODY = ("Rescue teams reached the last cut-off village by boat on Sunday morning, and the army "
        "opened two shelters in the district school.")


def rules(c: CleanedText) -> dict[str, str]:
    return {r.text: r.rule for r in c.removed}
