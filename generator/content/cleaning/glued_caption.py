"""A picture's caption and its credit glued before a paragraph of the story.

Some scrapers flatten a figure into the next paragraph with no space: the caption, a dash, the
credit ("Photo: Jane Roe") and then the paragraph, its first word glued to the credit's last
name ("… the flooded square - Photo: Jane RowleyThe mayor said …"). Read whole, the block is a
story paragraph with a caption inside it, or, when the paragraph was cut before its full stop,
a caption ending on a long credit, and the story's words went with it. The glue is where a
name of lower-case letters runs straight into a capitalised word: there the caption ends.
"""

from __future__ import annotations

from generator.content.cleaning.rules.base import Page, Verdict, compile_re2
from generator.content.cleaning.rules.patterns import alternation
from generator.text import furniture_words as F
from generator.text.languages import fold, stop_words

#: The caption (no sentence end inside it), a dash or a bar, the label of a picture and its
#: colon, then one to six capitalised names, the last one ending on three lower-case letters
#: glued to the capital of the paragraph's first word ("… llamas - Foto: Jane RoeThe mayor").
#: (Three letters: a name's own inner capital follows one or two, "McRoe", "MacRoe", "DeRoe".)
_GLUED = compile_re2(
    r"(?i)^\s*\p{Lu}[^.!?…]{10,300}?\s[-–—|]\s*(?:"
    + alternation([p for ps in F.PICTURE_LABEL.values() for p in ps])
    + r")\s*[:：]\s*((?-i:(?:\p{Lu}[\pL.'’&-]*\s+){0,5}\p{Lu}\pL*?\p{Ll}{3}))"
    r"(?-i:\p{Lu}\p{Ll})")
#: The paragraph after the glue has at least this many words.
MIN_PARAGRAPH_WORDS = 6


def glued_caption(text: str) -> tuple[int, Verdict] | None:
    """Where a caption and its credit glued before the paragraph end, and what they are."""
    head = text[:500]
    if ":" not in head and "：" not in head:
        return None
    m = _GLUED.search(fold(head))
    if m is None or len(text[m.end(1):].split()) < MIN_PARAGRAPH_WORDS:
        return None
    return m.end(1), Verdict("caption", "caption-glued-before",
                                    "a picture's caption and credit glued before the paragraph")


#: A place of one to three capitalised words (each with two lower-case letters or more: a name's
#: own inner capital follows one, "McRoe", "DeRoe") run into the lede's capitalised first word.
_GLUED_PLACE = compile_re2(r"^\s*(\p{Lu}\p{Ll}{2,}(?:[ -]\p{Lu}\p{Ll}{2,}){0,2}?)"
                           r"(\p{Lu}\p{Ll}*)\s")


def glued_dateline(text: str, page: Page, source: str) -> tuple[int, Verdict] | None:
    """Where a dateline glued to the lede's first word ends ("DunmoreAt least 41 …"): the glue
    is a place run into a word the page's language opens sentences with (a stop word: "At",
    "Die", "Al"), never into a name ("MacArthur"), and a paragraph follows it (round 23). A
    name written so ("a site called LinkedIn") comes back on the page; a scraper's glue does
    not."""
    m = _GLUED_PLACE.search(text[:120])
    if (m is None or m.group(2).lower() not in stop_words(page.language)
            or len(text[m.end(1):].split()) < MIN_PARAGRAPH_WORDS
            or source.count(m.group(1) + m.group(2)) > 1):
        return None
    place = m.group(1)
    return m.end(1), Verdict("byline", "glued-dateline", "a dateline glued to the lede",
                             values={"dateline": place})


#: A picture's credit run into the paragraph's last full stop with no space ("… said the
#: minister.Pictures: Agency"): its label right after the stop, a colon, a capitalised credit
#: and nothing after it (round 24 on fresh pages: a video page's "Immagini: Afp").
_GLUED_CREDIT = compile_re2(
    r"(?i)[.!?](?:" + alternation([p for ps in F.PICTURE_LABEL.values() for p in ps])
    + r")\s*[:：]\s*(?-i:\p{Lu})[^.!?:]{1,60}$")
#: The credit's tail is looked for in this many characters at the text's end.
CREDIT_TAIL = 120


def glued_credit(text: str) -> tuple[int, Verdict] | None:
    """Where a picture's credit glued to the paragraph's last full stop starts, and what it is."""
    at = max(0, len(text) - CREDIT_TAIL)
    m = _GLUED_CREDIT.search(fold(text[at:]))
    if m is None or len(text[:at + m.start()].split()) < MIN_PARAGRAPH_WORDS:
        return None
    return at + m.start() + 1, Verdict("credit", "credit-glued-after",
                                     "a picture's credit glued to the last full stop")
