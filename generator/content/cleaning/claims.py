"""Headers that own the blocks after them: "Related posts" over article titles, "Tags" over
labels, "About the author" over the bio, a reaction prompt over its buttons; and a sign-up
form's last line that owns the box's name and pitch above it (:func:`_claim_box`).

Split from :mod:`.passes` (round 28) when a page's own headline under a section's label and its
time stamp ("Trending", a date and time, the title, the byline) needed reading apart from a
list of one link.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from generator.content.blocks import Block, ends_sentence
from generator.content.cleaning.margins import glued_date, has_time_or_ago
from generator.content.cleaning.passes import BIO
from generator.content.cleaning.rules.base import (
    Verdict,
    Verdicts,
    group,
    is_label,
    is_title,
    words,
)


def claim_following(blocks: Sequence[Block], verdicts: Verdicts) -> None:
    """A header with nothing after it on its line owns the short blocks that follow.

    "Tags" or "Categories" on a line of its own is followed by one label per line; "Related
    posts" by article titles; "About the author" by the bio; a reaction prompt by its buttons.
    The claim ends at the first block that does not fit (a real paragraph), so a header in the
    middle of a page cannot eat story. A picture's caption or credit between two titles does not
    end a list of titles: each entry of a "See also" list may come with its picture's credit
    (round 17).
    """
    fits_by_claim: dict[str, Callable[[str], bool]] = {
        "labels": is_label, "titles": is_title, "block": lambda text: words(text) <= 120,
        "buttons": lambda text: words(text) <= 3}
    for i, verdict in enumerate(list(verdicts)):
        rule = verdict.source if verdict is not None else None
        if rule is None or rule.claims is None or verdict.match is None:
            continue
        if rule.claims == "box":
            _claim_box(blocks, verdicts, i, rule.kind, rule.name, rule.why)
            continue
        if (group(verdict.match, "items") or "").strip():
            continue  # the list is on the header's own line
        fits = fits_by_claim[rule.claims]
        if rule.claims == "titles" and _heading_over_headline(blocks, verdicts, i, fits):
            continue
        for j in range(i + 1, len(blocks)):
            other = verdicts[j]
            if other is not None:
                passed = (rule.kind, "advertisement") + (
                    ("caption",) if rule.claims == "titles" else ())
                if rule.claims == "block" or other.kind not in passed or other.source is rule:
                    break  # other furniture, or the next such header (it claims its own)
                continue  # an advert or a header of the same kind does not end the list
            if not fits(blocks[j].text):
                break
            if rule.claims == "block":
                m = BIO.search(blocks[j].text[:2000])
                verdicts[j] = Verdict(rule.kind, "about-the-author", "author bio", bio=True,
                                      values={"author": group(m, "author") or ""} if m else {})
                break
            verdicts[j] = Verdict(rule.kind, rule.name, f"{rule.why}: item")


#: An entry of a menu printed as a list: a marker, then its label.
_MENU_ENTRY = re.compile(r"\s*[-•*▪]\s+\S")


def _heading_over_headline(blocks: Sequence[Block], verdicts: Verdicts, i: int,
                           fits: Callable[[str], bool]) -> bool:
    """A related heading at the page's top, with only furniture above it, over one title and
    then a paragraph or the byline: the title is the page's own headline under a section's label
    ("Trending", round 21 on fresh pages), not a list of one link; a list over the story holds
    more. The page's time stamp between the label and the title ("April 2, 2031 / 9:50 AM") is
    no title of the list (s15, once opened). A heading printed as a menu's last entry may have
    the menu's other entries above it, unread yet ("- Category", "- Latest news", the title:
    trial 38, the headline was taken for a link)."""
    listed = _MENU_ENTRY.match(blocks[i].text) is not None
    if any(v is None and not (listed and _MENU_ENTRY.match(blocks[k].text)
                              and is_label(blocks[k].text))
           for k, v in enumerate(verdicts[:i])):
        return False
    after = [k for k in range(i + 1, len(blocks))
             if not (verdicts[k] is None and glued_date(blocks[k].text)
                     and has_time_or_ago(blocks[k].text))][:2]
    if len(after) < 2:
        return False
    title, then = after
    return verdicts[title] is None and fits(blocks[title].text) and (
        (verdicts[then] is None and not fits(blocks[then].text))
        or (verdicts[then] is not None and verdicts[then].kind == "byline"))


#: A sign-up box's name: a few words and no sentence end ("Weather Wise", "Morning Briefing").
BOX_NAME_WORDS = 6
#: Its pitch under the name: one short sentence ("From rain to heat waves, we've got you
#: covered.").
BOX_PITCH_WORDS = 20
#: The story's own prose above the box: two sentences of at least this many words kept above
#: it, so that a page's headline and standfirst are never taken for a box's name and pitch.
PROSE_WORDS = 10


def _claim_box(blocks: Sequence[Block], verdicts: Verdicts, i: int, kind: str, name: str,
               why: str) -> None:
    """A sign-up form's last line ("Or with:") owns the box's name, and the pitch under it, set
    right above it between two paragraphs of the story (fdev3 on fresh pages): the name is a
    title of a few words without a final stop, the pitch at most one short sentence. Without a
    name over it nothing is taken: a short last sentence of the story stays story."""
    above = []
    for j in range(i - 1, max(i - 3, -1), -1):
        if verdicts[j] is not None:
            break
        above.append(j)
    for box in (above[:1], above[:2]):
        if not box:
            continue
        top, *pitch = sorted(box)
        text = blocks[top].text
        name_ok = (is_label(text) or (words(text) <= BOX_NAME_WORDS and is_title(text)))
        pitch_ok = all(words(blocks[k].text) <= BOX_PITCH_WORDS and not is_title(blocks[k].text)
                       for k in pitch)
        prose_above = sum(1 for k in range(top) if verdicts[k] is None
                          and words(blocks[k].text) >= PROSE_WORDS
                          and ends_sentence(blocks[k].text)) >= 2
        if name_ok and pitch_ok and prose_above:
            for k in box:
                verdicts[k] = Verdict(kind, name, f"{why}: the box's name and pitch")
            return
