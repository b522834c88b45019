"""A list of other articles closing the page, told by a mark its entries repeat (fur5).

The list passes of :mod:`.runs` ask each entry to give itself away (its teaser retells its
title); some sites' entries do not, but the list still shows its rhythm: every entry repeats a
mark. Two marks were found on pages of two sites, in Portuguese and in German:

* the same short label over each entry (a section's name over every title and its summary,
  four times down the page's end);
* the same signature after each title, then a date ("… by desk on July 18th, 2020": the same
  words before a figure, line after line).

A story repeats neither: a crosshead is not printed three times, and its lines do not close on
the same words and a date. So the judge asks for :data:`MIN_MARKS` marks at least, no more than
:data:`MAX_GAP` blocks between two of them or after the last one (the list closes the page),
and entries of a title's or a summary's size between them (:data:`MAX_ENTRY_WORDS`, two
sentences at most). A short label right above the first mark is the list's heading, and the
free blocks between the first mark and a list other rules took above it are its entries too.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

from generator.content.blocks import Block, ends_sentence, sentence_count
from generator.content.cleaning.features import CUT_TEASER
from generator.content.cleaning.rules.base import Verdict, Verdicts, words
from generator.content.cleaning.shallow import open_end

#: Marks of one kind in the run, at least.
MIN_MARKS = 3
#: Blocks between two marks (an entry's title and its summary), and after the last, at most.
MAX_GAP = 3
#: A label mark, and the list's heading, have at most this many words.
MAX_LABEL_WORDS = 3
#: An entry's title or summary has at most this many words and two sentences.
MAX_ENTRY_WORDS = 40
#: A signature: the words right before the line's closing date, at most this many tokens long
#: (the date: a month's name or a figure, then figures).
SIGNATURE_WORDS = 3
MAX_DATE_TOKENS = 4
_FIGURE = re.compile(r"\d")


def _label(text: str) -> bool:
    t = text.strip()
    return 1 <= words(t) <= MAX_LABEL_WORDS and not ends_sentence(t) \
        and any(c.isalpha() for c in t)


def _mark(text: str) -> str | None:
    """The block's mark: the label itself, or the signature before its closing date."""
    if _label(text):
        return "label:" + " ".join(text.split()).casefold()
    tokens = text.split()
    if len(tokens) < SIGNATURE_WORDS + 4 or not _FIGURE.search(tokens[-1]):
        return None
    date = 1
    while date < MAX_DATE_TOKENS and (_FIGURE.search(tokens[-date - 1])
                                      or tokens[-date - 1][:1].isupper()):
        date += 1
    sign = tokens[-date - SIGNATURE_WORDS:-date]
    if any(_FIGURE.search(t) for t in sign):
        return None
    return "sign:" + " ".join(sign).casefold()


def _announced(blocks: Sequence[Block], free: list[int], top: int) -> bool:
    """The story announces the run with a colon ("Residents listed the earlier floods:"): a
    chronology or a list of the story's own, whose lines may repeat words and end on dates
    (the review of fur5)."""
    above = free[top - 1] if top > 0 else None
    if above is None or above + 1 != free[top]:
        return False
    return blocks[above].text.rstrip().endswith(":") and words(blocks[above].text) > \
        MAX_LABEL_WORDS


def _turns(where: dict[str, list[int]], own: str, chain: list[int]) -> bool:
    """Another label alternates with the chain's (a reporter's and a guest's names over their
    turns): an interview's transcript, not a list of other articles."""
    span = range(chain[0], chain[-1] + 2)
    return own.startswith("label:") and any(
        mark.startswith("label:") and sum(p in span for p in other) >= MIN_MARKS - 1
        for mark, other in where.items() if mark != own)


def _entry(text: str) -> bool:
    return words(text) <= MAX_ENTRY_WORDS and sentence_count(text) <= 2


def mark_marked_list(blocks: Sequence[Block], verdicts: Verdicts, headline: int | None,
                     language: str) -> None:
    """Mark the list closing the page whose entries repeat a label or a signature; when the
    page stops on a function word in its last entry, the copy was cut there (an excerpt)."""
    free = [i for i, v in enumerate(verdicts) if v is None and i != headline]
    where: dict[str, list[int]] = defaultdict(list)
    for pos, i in enumerate(free):
        mark = _mark(blocks[i].text)
        if mark is not None:
            where[mark].append(pos)
    for own, positions in where.items():
        chain = [positions[-1]]
        for pos in reversed(positions[:-1]):
            if chain[0] - pos > MAX_GAP + 1:
                break
            chain.insert(0, pos)
        if len(chain) < MIN_MARKS or len(free) - 1 - chain[-1] > MAX_GAP:
            continue
        run = free[chain[0]:]
        if not all(_entry(blocks[i].text) for i in run):
            continue
        if _announced(blocks, free, chain[0]) or _turns(where, own, chain) \
                or sum(blocks[i].text.rstrip().endswith("?") for i in run) >= 2:
            # (questions between the marks: an interview's turns, whatever removed the
            # interviewer's label)
            continue
        top = chain[0]
        if top > 0 and _label(blocks[free[top - 1]].text) and free[top - 1] + 1 == free[top]:
            run.insert(0, free[top - 1])  # the list's heading
        else:  # the entries of a list other rules took above the first mark
            above = [i for i in range(free[top] - 1, -1, -1)
                     if verdicts[i] is not None or i == headline][:1]
            if above and verdicts[above[0]] is not None \
                    and verdicts[above[0]].kind == "related-links":
                between = [i for i in free[:top] if i > above[0]]
                if len(between) <= MAX_GAP and all(_entry(blocks[i].text) for i in between):
                    run = between + run
        for i in run:
            verdicts[i] = Verdict("related-links", "marked-list",
                                  "a list of other articles closing the page, each entry "
                                  "repeating the same label or signature")
        last = len(blocks) - 1
        if run[-1] == last and open_end(blocks[last].text, language):
            verdicts[last] = Verdict("related-links", CUT_TEASER, "the page stops mid-sentence "
                                     "in its list of other articles")
