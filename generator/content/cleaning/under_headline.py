"""A section's name printed between the headline and the story's first paragraph.

Above the headline a section or menu name is furniture (:func:`passes.head_verdict`); some
pages print it under the headline instead ("World News" over the caption and the lede). There
it is the same line, and only that: a caption or a kicker of its own under the headline is read
by other passes.
"""

from __future__ import annotations

from collections.abc import Sequence

from generator.content.blocks import Block
from generator.content.cleaning.passes import head_verdict
from generator.content.cleaning.rules.base import Page, Verdict


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
