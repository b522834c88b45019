"""A section's name printed between the headline and the story's first paragraph.

Above the headline a section or menu name is furniture (:func:`head.head_verdict`); some
pages print it under the headline instead ("World News" over the caption and the lede). There
it is the same line, and only that: a caption or a kicker of its own under the headline is read
by other passes.
"""

from __future__ import annotations

from collections.abc import Sequence

from generator.content.blocks import Block, ends_sentence
from generator.content.cleaning.head import head_verdict
from generator.content.cleaning.rules.base import Page, Verdict, words


def mark_section_under_headline(blocks: Sequence[Block], verdicts: list[Verdict | None],
                                headline: int | None, page: Page,
                                first_story: int | None) -> None:
    """A section's or menu's name between the headline and the first paragraph of prose is the
    page's navigation, as it is above the headline (round 23)."""
    if headline is None or first_story is None:
        return
    for i in range(headline + 1, first_story):
        if verdicts[i] is None:
            found = head_verdict(blocks[i].text, page, above_headline=False)
            if found is not None and found.rule == "section-name":
                verdicts[i] = found
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
