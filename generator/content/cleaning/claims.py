"""Headers that own the blocks after them: "Related posts" over article titles, "Tags" over
labels, "About the author" over the bio, a reaction prompt over its buttons.

Split from :mod:`.passes` (round 28) when a page's own headline under a section's label and its
time stamp ("Trending", a date and time, the title, the byline) needed reading apart from a
list of one link.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from generator.content.blocks import Block
from generator.content.cleaning.margins import glued_date, has_time_or_ago
from generator.content.cleaning.passes import BIO, Verdicts
from generator.content.cleaning.rules.base import Verdict, group, is_label, is_title, words


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


def _heading_over_headline(blocks: Sequence[Block], verdicts: Verdicts, i: int,
                           fits: Callable[[str], bool]) -> bool:
    """A related heading at the page's top, with only furniture above it, over one title and
    then a paragraph or the byline: the title is the page's own headline under a section's label
    ("Trending", round 21 on fresh pages), not a list of one link; a list over the story holds
    more. The page's time stamp between the label and the title ("April 2, 2031 / 9:50 AM") is
    no title of the list (s15, once opened)."""
    if any(v is None for v in verdicts[:i]):
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
