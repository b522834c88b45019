"""A line that points at something the page did not keep as story: it ends with a colon, and
what follows it is furniture or nothing (issue 13, round 5).

"See all the pictures of the rescue:", "Read also:", "Share this story:", "No comments:" — the
scraper kept the pointer but not the player, or a rule removed the links or buttons under it.
On the corpus's dev pages and the fresh pages of rounds 4 and 5 every line of at most twelve
words that ends with a colon is furniture; a story's line that ends with a colon ("The dead
were:", "He added:") has the story under it, or ends a text cut there, and is left alone.
Runs last, so that it sees what every other pass removed, and from the page's end up, so that
two pointers in a row are both found.

The entries a removed pointer lists are furniture of its kind too (round fur7): "Read also:" over
three or more titles of other stories, or a ticker's stamp over its jump links (stamped
themselves: short lines under a stamp with none are the story's facts in brief). A title has no
sentence's end (no full stop, no colon), a few words, a capital or a figure first; the run ends at
the first line that is not one. A live page's stamp over one entry's title and its text keeps
both: one title is no list, and the text ends its sentences.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from generator.content.blocks import Block, ends_sentence
from generator.content.cleaning.rules.base import Verdict, words
from generator.text.clock_times import TIME_OF_DAY

#: A pointer is one clause: at most this many words.
MAX_POINTER_WORDS = 12
#: The entries a pointer lists: titles of this many words, at least this many of them in a row.
ENTRY_WORDS = (2, 16)
MIN_ENTRIES = 3
#: Under a time stamp, the entries of a ticker carry stamps of their own, at least this many:
#: short lines with none under a stamp are the story's own ("Updated 10:32:" over three facts
#: in brief, review 26), not jump links.
MIN_STAMPED = 2
_BULLET = re.compile(r"^[-–•·*▪]\s+")
_SENTENCE_BREAK = re.compile(r"[.!?…]\s")


def is_pointer(text: str) -> bool:
    """One clause of a few words ending with a colon, opening with a capital."""
    text = text.strip()
    if not text.endswith(":") or not 1 <= words(text) <= MAX_POINTER_WORDS:
        return False
    body = text[:-1].rstrip()
    return bool(body) and body[:1].isupper() and not _SENTENCE_BREAK.search(body) \
        and not body.endswith((":", ",", ";"))


def mark_pointers(blocks: Sequence[Block], verdicts: list[Verdict | None],
                  headline: int | None) -> None:
    """Pointers above furniture are furniture of the same kind; at the page's end, a run of two
    pointers or more is ("See the pictures:" / "Our earlier report:"). One line ending with a colon
    at the page's end stays story: the text may have been cut under it ("The dead were:")."""
    for i in range(len(blocks) - 1, -1, -1):
        if verdicts[i] is not None or i == headline or not is_pointer(blocks[i].text):
            continue
        if i + 1 < len(blocks):
            following = verdicts[i + 1]
            if following is None:
                continue  # the story goes on under it: "The dead were:" / the list
            kind = following.kind
        elif i > 0 and verdicts[i - 1] is None and i - 1 != headline \
                and is_pointer(blocks[i - 1].text):
            kind = "embed"
        else:
            continue
        verdicts[i] = Verdict(kind, "pointer", "a line ending with a colon over furniture or "
                              "in a run of such lines at the page's end (what it points at was "
                              "not kept)")
    _mark_entries(blocks, verdicts, headline)


def is_entry(text: str) -> bool:
    """A title in a list: a few words, a capital or a figure first (after a bullet), and no
    sentence's end."""
    text = _BULLET.sub("", text.strip())
    return ENTRY_WORDS[0] <= words(text) <= ENTRY_WORDS[1] and (text[:1].isupper() or
                                                              text[:1].isdigit()) \
        and not ends_sentence(text)


def _stamped(text: str) -> bool:
    """Whether a title opens with its own time stamp ("- 12:05 Uhr: …"), as a ticker's entries
    do."""
    return TIME_OF_DAY.match(_BULLET.sub("", text.strip()).lower()) is not None


def _mark_entries(blocks: Sequence[Block], verdicts: list[Verdict | None],
                  headline: int | None) -> None:
    """Under a removed line ending with a colon, a run of titles is the list it points at."""
    for i, block in enumerate(blocks):
        verdict = verdicts[i]
        if verdict is None or not block.text.rstrip().endswith(":") \
                or words(block.text) > MAX_POINTER_WORDS:
            continue
        run = []
        for j in range(i + 1, len(blocks)):
            if verdicts[j] is not None or j == headline or not is_entry(blocks[j].text):
                break
            run.append(j)
        if len(run) < MIN_ENTRIES or (verdict.kind == "date-stamp" and sum(
                _stamped(blocks[j].text) for j in run) < MIN_STAMPED):
            continue
        # a "Read more:" is a pointer to other stories, a ticker's stamp one to its entries
        kind = {"truncation-notice": "related-links", "date-stamp": "navigation"}.get(
            verdict.kind, verdict.kind)
        for j in run:
            verdicts[j] = Verdict(kind, "pointed-entries", "a run of titles under a removed "
                                  "line ending with a colon: the list it points at")
