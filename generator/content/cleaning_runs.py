"""A list of other articles closing the page, judged as one run (issue 13, round 9).

The margins' passes judge lines one by one (:mod:`.cleaning_shallow`), and a list of other
articles defeats them: its titles and teasers are written in the page's language, carry function
words and read like a crosshead over a paragraph. What gives the list away is the run, not any
line of it: entries of the same shape one after another, each a title of a few words without a
final stop (sometimes a shorter label over it) and a teaser under it, and teasers that are cut
(an ellipsis, or a sentence stopped in the middle) or that retell their own title about another
event than the page's.

A story has the same two shapes (a crosshead, the paragraph under it), so the judge is strict:

* only the run that closes the page is judged, read from the page's end up, entry by entry; the
  walk stops at the first block that does not fit, and blocks other rules removed are passed;
* two entries or more, and every one of them must give itself away twice: its teaser retells
  its title (two content words shared), and the title is about something else than the page's
  headline and first paragraph (at most a quarter of its content words shared with them). A
  crosshead is about the story, and a paragraph under it seldom repeats two of its words; that
  a teaser is cut says nothing, since some pages cut every paragraph of the story;
* a short label over the first entry ("Recommended") goes with the run; a list of facts, a
  bulleted list or a line ending with a colon is no title, so the walk stops there.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from generator.content.blocks import Block, ends_sentence
from generator.content.cleaning import Verdict, words
from generator.content.cleaning_headline import is_prose
from generator.text.languages import UNSPACED, normalise, stop_words

Verdicts = list[Verdict | None]

#: A title in a list of other articles has at most this many words (a teaser has more).
MAX_TITLE_WORDS = 16
#: A teaser has at least this many words.
MIN_TEASER_WORDS = 8
#: A label over the list ("Recommended", "More stories") has at most this many words.
MAX_LABEL_WORDS = 3
#: A label over an entry's title (a topic, a place) has at most this many words.
MAX_KICKER_WORDS = 6
#: Entries in the run, at least.
MIN_ENTRIES = 2
#: An entry's title shares at most this share of its content words with the page's story.
MAX_TOPIC_SHARE = 0.25
_WORD = re.compile(r"[^\W\d_]+")
_OPENS = re.compile(r"^[\"“„«‘]?[^\W_]")


def _stems(text: str, language: str) -> set[str]:
    """Content words as compared between a title and a teaser: five letters of each word of
    three or more that is no stop word ("Crispanada" and "Crispanadas", "fire" and "fires")."""
    stops = stop_words(language) | stop_words("en")
    return {w.lower()[:5] for w in _WORD.findall(text) if len(w) >= 3 and w.lower() not in stops}


def _title(text: str) -> bool:
    """A title: a few words opening with a capital or a figure, no final stop, no colon, comma
    or bullet at either end."""
    t = text.strip()
    if not 1 <= words(t) <= MAX_TITLE_WORDS or not _OPENS.match(t) or t[-1:] in ":,;":
        return False
    if not t[:1].isupper() and not t[:1].isdigit() and t[:1] not in "\"“„«‘":
        return False
    return not ends_sentence(t) or t[-1:] in "?!"


def _teaser(text: str) -> bool:
    t = text.strip()
    return words(t) >= MIN_TEASER_WORDS and bool(_OPENS.match(t)) and t[:1].upper() == t[:1]


def _gives_away(titles: list[str], teaser: str, topic: set[str], language: str) -> bool:
    own = set().union(*(_stems(t, language) for t in titles))
    if not own or len(own & _stems(teaser, language)) < 2:
        return False
    return len(own & topic) / len(own) <= MAX_TOPIC_SHARE


def _topic(blocks: Sequence[Block], verdicts: Verdicts, headline: int | None,
           language: str) -> set[str]:
    """The content words of the page's headline and of its first paragraph of prose."""
    first = next((i for i, v in enumerate(verdicts) if v is None and i != headline
                  and is_prose(blocks[i].text, language)), None)
    texts = [blocks[i].text for i in (headline, first) if i is not None]
    return set().union(*(_stems(t, language) for t in texts)) if texts else set()


def _entries(blocks: Sequence[Block], kept: list[int], topic: set[str],
             language: str) -> list[int]:
    """The blocks of the entries that close the page, read from its end up; [] when fewer than
    :data:`MIN_ENTRIES` entries all give themselves away."""
    run: list[int] = []
    entries = 0
    k = len(kept) - 1
    while k >= 1:
        teaser = blocks[kept[k]].text
        if not _teaser(teaser):
            break
        titles = [kept[k - 1]] if _title(blocks[kept[k - 1]].text) else []
        if not titles:
            break
        above = blocks[kept[k - 2]].text if k >= 2 else ""
        if _title(above) and words(above) <= MAX_KICKER_WORDS \
                and words(above) < words(blocks[titles[0]].text):
            titles.insert(0, kept[k - 2])  # a short label over the title
        if not _gives_away([blocks[i].text for i in titles], teaser, topic, language):
            break
        run = [*titles, kept[k], *run]
        entries += 1
        k -= len(titles) + 1
    if entries < MIN_ENTRIES:
        return []
    if k >= 0 and words(blocks[kept[k]].text) <= MAX_LABEL_WORDS \
            and not ends_sentence(blocks[kept[k]].text) and _title(blocks[kept[k]].text):
        run.insert(0, kept[k])  # the list's own label: "Recommended"
    return run


def mark_teaser_list(blocks: Sequence[Block], verdicts: Verdicts, headline: int | None,
                     language: str) -> None:
    """Mark the list of other articles that closes the page, when its entries give it away."""
    if normalise(language) in UNSPACED or not blocks:
        return
    start = headline + 1 if headline is not None else 0
    kept = [i for i in range(start, len(blocks)) if verdicts[i] is None]
    topic = _topic(blocks, verdicts, headline, language)
    for i in _entries(blocks, kept, topic, language):
        verdicts[i] = Verdict("related-links", "teaser-list", "a list of other articles closing "
                              "the page: titles, each over a teaser that is cut or retells it "
                              "about another event")
