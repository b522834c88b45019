"""A section's name, or the writers' names without "by", printed between the headline and the
story's first paragraph.

Above the headline a section or menu name is furniture (:func:`head.head_verdict`); some
pages print it under the headline instead ("World News" over the caption and the lede). There
it is the same line, and only that: a caption or a kicker of its own under the headline is read
by other passes. A line there made only of names is the byline a site prints without its "by"
(:func:`names_byline`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from generator.content.blocks import Block, ends_sentence
from generator.content.cleaning.head import head_verdict
from generator.content.cleaning.rules.base import Page, Verdict, words
from generator.content.cleaning.shallow import name_alone
from generator.text.lexicon import OUTLET_WORDS, PAPER_WORDS


def mark_section_under_headline(blocks: Sequence[Block], verdicts: list[Verdict | None],
                                headline: int | None, page: Page,
                                first_story: int | None) -> None:
    """A section's or menu's name between the headline and the first paragraph of prose is the
    page's navigation, as it is above the headline (round 23)."""
    if headline is None or first_story is None:
        return
    lower = frozenset(w for b in blocks for w in _WORD.findall(b.text) if w.islower())
    for i in range(headline + 1, first_story):
        if verdicts[i] is None:
            found = head_verdict(blocks[i].text, page, above_headline=False)
            if found is not None and found.rule == "section-name":
                verdicts[i] = found
            elif names_byline(blocks[i].text, lower):
                verdicts[i] = Verdict("byline", "names-byline", "the writers' names without "
                                      "\"by\" between the headline and the story")
            elif _bulleted_label(blocks, verdicts, i):
                verdicts[i] = Verdict("navigation", "bulleted-label",
                                      "a label in the page's bulleted list of facts under the "
                                      "headline (section, region)")


def _bulleted_label(blocks: Sequence[Block], verdicts: list[Verdict | None], i: int) -> bool:
    """A label of a few words after a bullet, next to another bulleted line the rules judged
    (" • Region" over " • 13 May 2031"): the page's list of its own facts under the headline,
    not a paragraph of the story (fdev4 fresh pages)."""
    text = blocks[i].text.lstrip()
    if text[:1] not in _BULLETS or words(text[1:]) > MAX_BULLETED_WORDS or ends_sentence(text):
        return False
    return any(0 <= j < len(blocks) and verdicts[j] is not None
               and blocks[j].text.lstrip()[:1] in _BULLETS for j in (i - 1, i + 1))


_BULLETS = "•·"
#: A bulleted label under the headline is this short (a section, a region, a desk).
MAX_BULLETED_WORDS = 3


#: What joins the writers' names on a byline: a comma (with or without its space), "and".
_JOINS = re.compile(r"\s*,\s*|\s+(?:and|&|und|et|y|e|en|i)\s+")
#: The last word of a newspaper's name ("The Valley Dispatch"), besides the trade's words.
_PAPER_WORDS = frozenset({w.lower() for w in OUTLET_WORDS} | set(PAPER_WORDS))
#: A word of letters (the page's words in lower case, a line's words).
_WORD = re.compile(r"[^\W\d_]+")
#: A byline of names is this short.
MAX_BYLINE_WORDS = 12


def names_byline(text: str, lower: frozenset[str] = frozenset()) -> bool:
    """Two or more names of two or three capitalised words joined by commas or "and" ("Jo Doe,
    Ann Roe and Kit Poe", "Jo Doe,Ann Roe"), or a name and the newspaper it writes for, opening
    with its article ("Jo Doe The Valley Dispatch"): the writers, whose site prints no "by"
    (spfur12: two sites). One name alone is left to the bare-head rule, and a subtitle of
    capitalised words joins no names and ends on no newspaper's word. A word the page writes in
    lower case (``lower``) is no name's: "Dozens Dead, Thousands Homeless" over a story of the
    dead and the homeless is its subtitle (review 38)."""
    text = text.strip()
    if not text or ends_sentence(text) or words(text) > MAX_BYLINE_WORDS:
        return False
    names, sep, paper = text.partition(" The ")
    if sep:
        tail = paper.split()
        return (_name(names, lower) and 1 <= len(tail) <= 3
                and tail[-1].lower() in _PAPER_WORDS and all(t[:1].isupper() for t in tail))
    parts = _JOINS.split(text)
    return len(parts) >= 2 and all(_name(part, lower) for part in parts)


def _name(text: str, lower: frozenset[str]) -> bool:
    """Two or three capitalised words, none of which the page writes in lower case."""
    return name_alone(text) and not any(w.lower() in lower for w in _WORD.findall(text))
