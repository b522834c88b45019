"""A rail of videos under the story: each video's running time on a line of its own beside the
video's title ("03:41" over "Ferry strike leaves islanders waiting"), with a link or two ("Watch
the clip") among them (trial 12, a broadcaster's pages).

The running times are read as bare clock times, and removed as stamps by the rules; the titles
between them are short lines that are no sentences, which no rule knows from a crosshead. Two
running times or more after the story's last paragraph of prose make the lines from the first
of them to the page's end a rail, as long as none of those lines is a sentence: a clock time
over the story's own last line ("14:05" over an update) is one stamp, and a sentence after a
stamp is the story going on. A clock time alone is never the page's date either
(:func:`clock_only`): it names no day.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from generator.content.blocks import Block, ends_sentence
from generator.content.cleaning.rules.base import Verdict, words

#: A clock time or a running time with no day ("03:41", "1:12:45", "14.05 Uhr", "9:30 pm").
_CLOCK_ONLY = re.compile(r"\d{1,2}[:.h]\d{2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?|uhr|h)?",
                         re.IGNORECASE)
#: A rail needs this many running times after the story.
MIN_RUNNING_TIMES = 2
#: A video's title, or a link among them, has at most this many words.
MAX_TITLE_WORDS = 16


def clock_only(text: str) -> bool:
    """A clock or running time and nothing else: no day, so no date of the page."""
    return bool(_CLOCK_ONLY.fullmatch(text.strip()))


def mark_playlist(blocks: Sequence[Block], verdicts: list[Verdict | None],
                  headline: int | None, last_prose: int) -> None:
    """After the story's last paragraph of prose, from the first of two or more lines that are
    running times alone to the page's end: every line no rule has judged is a title or a link
    of a rail of videos, unless one of them is a sentence or too long for a title."""
    times = [i for i in range(last_prose + 1, len(blocks))
             if verdicts[i] is not None and clock_only(blocks[i].text)]
    if len(times) < MIN_RUNNING_TIMES:
        return
    free = [i for i in range(times[0] + 1, len(blocks)) if verdicts[i] is None and i != headline]
    if any(ends_sentence(blocks[i].text) or words(blocks[i].text) > MAX_TITLE_WORDS
           for i in free):
        return
    for i in free:
        verdicts[i] = Verdict("related-links", "video-rail",
                              "a video's title or link in a rail of videos with running times, "
                              "after the story")
