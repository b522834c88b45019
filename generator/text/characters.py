"""Characters a published briefing cannot carry, replaced once where text enters the model.

Pages carry their title in YAML front matter, the PDF is made from XML-like HTML, the search
index and ``timeline.json`` are JSON read by browsers. YAML 1.2 allows neither C0 controls (but
tab, line feed and carriage return), DEL, C1 controls (but NEL), lone surrogates nor U+FFFE and
U+FFFF; XML 1.0 allows none of the controls, surrogates or U+FFFE/U+FFFF; Unicode calls U+FDD0 to
U+FDEF and the last two code points of every plane *noncharacters*, never to be interchanged.
One of them in a headline made a page's front matter invalid YAML, MkDocs then read the front
matter as Markdown, and an attribute list on the same line became a live ``onerror`` handler.

So the model never holds them: :func:`carriable` runs on every string read from a file (YAML
scalars and raw YAML text in :mod:`generator.content.yamlsource`, the article's text where the
``Article`` is built) and replaces each one with U+FFFD, which every format carries and every
reader sees. Control characters that are white space (form feed, vertical tab, the information
separators, NEL) become a plain space instead: they separate words and mean nothing else. The
caller reports what was replaced, with its position, as a warning; nothing is dropped silently.

:func:`isolate_bidi` is the other half of "no character changes what a page shows": a name that
holds a right-to-left override (U+202E) would reverse everything after it on the line, link
text and neighbouring names included. Rendered text that holds explicit bidi controls is wrapped
in a first-strong isolate (U+2068 … U+2069) with its own unmatched isolate closers removed, so
the controls act inside the name and nowhere else.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

REPLACEMENT = "\ufffd"

_PLANE_ENDS = "".join(f"{chr(p * 0x10000 + 0xFFFE)}{chr(p * 0x10000 + 0xFFFF)}"
                      for p in range(17))
#: Every character YAML or XML cannot carry, or Unicode says must not be interchanged.
UNCARRIABLE = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef" + _PLANE_ENDS + "]")


@dataclass(frozen=True)
class Replaced:
    """What :func:`carriable` replaced in one string: the first character and where it stood."""

    offset: int  # of the first replaced character, in the string as given
    char: str
    count: int  # characters replaced in all (white space included)

    def describe(self) -> str:
        return describe(self.char)


def describe(char: str) -> str:
    """``U+FFFF (a noncharacter)``: the code point and why it cannot be published."""
    code = ord(char)
    if 0xD800 <= code <= 0xDFFF:
        why = "a lone surrogate"
    elif unicodedata.category(char) == "Cc":
        why = "a control character"
    else:
        why = "a noncharacter"
    return f"U+{code:04X} ({why})"


def _replacement(match: re.Match[str]) -> str:
    return " " if match.group().isspace() else REPLACEMENT


def carriable(text: str) -> tuple[str, Replaced | None]:
    """``text`` with every :data:`UNCARRIABLE` character replaced (U+FFFD, or a space for white
    space controls), and what was replaced (None when nothing was). Lengths and offsets are
    kept: each character is replaced by exactly one, so positions stay valid."""
    first = UNCARRIABLE.search(text)
    if first is None:
        return text, None
    out, count = UNCARRIABLE.subn(_replacement, text)
    # Report the first character that was not white space: that is the one worth looking for.
    shown = next((m for m in UNCARRIABLE.finditer(text) if not m.group().isspace()), first)
    return out, Replaced(shown.start(), shown.group(), count)


def visible_replacement(found: Replaced | None) -> bool:
    """True when something other than white space was replaced (worth a warning)."""
    return found is not None and not found.char.isspace()


#: Explicit bidi formatting characters: embeddings, overrides, isolates, marks.
_BIDI = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_OPENERS = "\u2066\u2067\u2068"  # LRI, RLI, FSI
_CLOSER = "\u2069"  # PDI


def isolate_bidi(text: str) -> str:
    """``text`` wrapped in FSI … PDI when it holds bidi controls, so that they cannot reorder
    anything outside it (a PDI ends every embedding and override opened since its isolate).
    Closers without an opener inside ``text`` are removed: they would close the wrapper early."""
    if not _BIDI.search(text):
        return text
    out: list[str] = []
    depth = 0
    for ch in text:
        if ch in _OPENERS:
            depth += 1
        elif ch == _CLOSER:
            if depth == 0:
                continue
            depth -= 1
        out.append(ch)
    return "\u2068" + "".join(out) + _CLOSER * (depth + 1)


def strip_isolation(text: str) -> str:
    """Undo :func:`isolate_bidi`'s wrapper (for tests and for comparing shown text)."""
    return text.replace("\u2068", "").replace("\u2069", "")
