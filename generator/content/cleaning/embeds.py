"""An embedded post whose picture link and sign-off share a line below the post's text.

Some scrapers print a post's text on lines of its own and then one line holding its picture's
address and its sign-off ("pic.twitter.com/… — Name (@handle) date"). That line is an embed
already (rule ``embed-link``); the text above it is the post's, as it is above a sign-off line
of its own (:func:`generator.content.cleaning.passes.mark_embeds`). A line with the post's
text before the link holds the post's last line: the lines above it are the post's too when
the first of them carries a post's mark (:func:`mark_post_lines`), else the story's.
"""

from __future__ import annotations

from collections.abc import Sequence

from generator.content.blocks import Block
from generator.content.cleaning.rules.base import Verdict, compile_re2, words
from generator.content.cleaning.rules.table import RULES
from generator.text.languages import fold

#: The post's sign-off: a dash, the author and the handle in brackets, the date.
_SIGN_OFF = next(r.regex for r in RULES if r.name == "embed-attribution")
#: The post's picture link opening the line, before its sign-off.
_LINK_FIRST = compile_re2(r"^\s*(?:https?://)?pic\.twitter\.com/\S+\s*")
#: A post's text is at most this long (as above a sign-off line of its own).
MAX_POST_WORDS = 90
#: A post's own marks: a hashtag or a handle. A post of a picture alone has its link and
#: sign-off only, and the line above it, a story's sentence, has neither.
_POST_MARK = compile_re2(r"(?:^|[^\w&])[#@][^\W\d_]\w*")


def mark_signed_links(blocks: Sequence[Block], verdicts: list[Verdict | None]) -> None:
    """The free block right above a line of a post's picture link and sign-off is the post's
    text when it carries a post's marks (round 23)."""
    for i in range(1, len(blocks)):
        verdict = verdicts[i]
        if verdict is None or verdict.rule != "embed-link":
            continue
        folded = fold(blocks[i].text)
        m = _LINK_FIRST.search(folded)
        if m is None or _SIGN_OFF.search(folded[m.end():]) is None:
            continue
        above = blocks[i - 1].text
        if (verdicts[i - 1] is None and words(above) <= MAX_POST_WORDS
                and _POST_MARK.search(above)):
            verdicts[i - 1] = Verdict("embed", "embed-text", "text of an embedded post")


#: How many free lines above a post's last line (its text and picture link) may be its text,
#: and how long a post's text is at most, its lines together: a post on the network whose
#: picture links these are holds 280 characters.
_POST_LINES = 4
POST_CHARACTERS = 280
_LINK = compile_re2(r"(?:https?://)?pic\.twitter\.com/\S+")


def mark_post_lines(blocks: Sequence[Block], verdicts: list[Verdict | None]) -> None:
    """The short free lines right above a post's last line (its text, then its picture link,
    with its sign-off line under it) are the post's text, up to the nearest one carrying a
    post's mark (a handle or a hashtag): the scraper printed a post's sentences on lines of
    their own (trial 42: an agency's post in the page's language, its "32 bodies" kept as
    the story's). Without such a mark above, the lines are the story's."""
    for i in range(2, len(blocks)):
        verdict, last = verdicts[i], verdicts[i - 1]
        if verdict is None or verdict.rule != "embed-attribution" or last is None \
                or last.rule != "embed-link":
            continue
        link = _LINK.search(fold(blocks[i - 1].text))
        if link is None or not words(blocks[i - 1].text[:link.start()]):
            continue  # no text before the link: a picture's post, whose text is not above
        above, length = [], len(blocks[i - 1].text[:link.start()].strip())
        for k in range(i - 2, max(-1, i - 2 - _POST_LINES), -1):
            length += len(blocks[k].text.strip()) + 1
            if verdicts[k] is not None or length > POST_CHARACTERS:
                break
            above.append(k)
            if _POST_MARK.search(blocks[k].text):
                for j in above:
                    verdicts[j] = Verdict("embed", "embed-text", "text of an embedded post")
                break


def heads_an_embed(kinds_below: Sequence[str | None]) -> bool:
    """A line with nothing but an embedded post and its lines (its link, its attribution) below
    it is the story's heading of the video or post it shows, which has no full stop: the tail
    pass keeps it as story (:func:`generator.content.cleaning.passes.mark_tail`) and the copy is
    not cut there (:func:`generator.content.cleaning.excerpt.excerpt_reasons`). One rule for
    both steps, given the kinds of what stands below the line (``None`` for story; spent s32,
    a viral page's title over the post it embeds)."""
    return bool(kinds_below) and all(kind == "embed" for kind in kinds_below)
