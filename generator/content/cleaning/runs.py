"""Runs of furniture at the story's margins, judged as one run (issue 13, round 9): a list of
other articles closing the page (:func:`mark_teaser_list`), a run of short lines above or
below the story (:func:`mark_short_runs`), and a listing page's teasers (:func:`mark_listing_page`,
round 27).

The margins' passes judge lines one by one (:mod:`.shallow`), and a list of other
articles defeats them: its titles and teasers are written in the page's language, carry function
words and read like a crosshead over a paragraph. What gives the list away is the run, not any
line of it: entries of the same shape one after another, each a title of a few words without a
final stop (sometimes a shorter label over it) and a teaser under it that retells the title,
about another event than the page's.

A story has the same two shapes (a crosshead, the paragraph under it), so the judge is strict:

* only the run that closes the page is judged, read from the page's end up, entry by entry; the
  walk stops at the first block that does not fit, and blocks other rules removed are passed;
* two entries or more, and every one of them must give itself away twice: its teaser retells
  its title (two content words shared), and the title is about something else than the page's
  headline and first paragraph (at most a quarter of its content words shared with them, or
  half when a short label without a figure is set over the title, a list's shape: a site's
  list may be about the same kind of event). A crosshead is about the story, and a paragraph
  under it seldom repeats two of its words; that a teaser is cut says nothing, since some
  pages cut every paragraph of the story;
* a teaser is one or two sentences (the linked article's standfirst). A paragraph of three or
  more under a place or a short title is the story's own: a roundup of the day's accidents
  gives each one a title and a paragraph about another event, and a crosshead's paragraph may
  retell its crosshead;
* a short label over the first entry ("Recommended") goes with the run; a list of facts, a
  bulleted list or a line ending with a colon is no title, so the walk stops there.

A widget, a ticker or a list of titles without teasers is a run of short lines: a few words
each, no sentence end (a title's closing question mark or quoted phrase is none: "… or a
last-minute deal?"). Some of its lines carry function words ("Rain likely in the afternoon",
"Police look for witnesses"), so the line-by-line walk of :mod:`.shallow` stops at
them. :func:`mark_short_runs` judges such a run whole, by what the run shows: at least
:data:`MIN_SHORT_RUN` short lines in a row (the headline breaks a run, a block other rules
removed does not), two thirds of them shaped as titles (a capital, three words or more, a
content word in lower case, no figure) or, above the story's first paragraph of prose or below
its last, half of them carrying a widget's figure (a clock time, a date, a temperature, a
share). A story's own list stays: it is introduced by a line ending with a colon ("The dead
were:"), or is a list of facts ("Deaths: 12"), of names (no lower-case content word) or of
counts ("Jane Roe, 34": a bare number is no widget's figure). On dev and every working set no
story line is taken.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from generator.content.blocks import CLOSERS, SENTENCE_END, Block, ends_sentence, sentence_count
from generator.content.cleaning.headline import is_prose, prose_paragraphs
from generator.content.cleaning.margins import OPENING_QUOTES
from generator.content.cleaning.rules.base import LETTER_WORD, Verdict, Verdicts, words
from generator.text.languages import UNSPACED, normalise, stop_words

#: A title in a list of other articles has at most this many words (a teaser has more).
MAX_TITLE_WORDS = 16
#: A teaser has at least this many words.
MIN_TEASER_WORDS = 8
#: ... and at most this many sentences: it is the linked article's standfirst. A paragraph of
#: three sentences or more under a short title is a crosshead's section or a roundup's entry.
MAX_TEASER_SENTENCES = 2
#: A label over the list ("Recommended", "More stories") has at most this many words.
MAX_LABEL_WORDS = 3
#: A label over an entry's title (a topic, a place) has at most this many words.
MAX_KICKER_WORDS = 6
#: Entries in the run, at least.
MIN_ENTRIES = 2
#: An entry's title shares at most this share of its content words with the page's story.
MAX_TOPIC_SHARE = 0.25
#: ... or at most this share when a label is set over the title (a topic, a place: a shape of
#: lists, not of crossheads): a site's list may be about the same kind of event as its page.
MAX_KICKED_TOPIC_SHARE = 0.5
#: A short line has at most this many words, and a run of them at least this many lines.
MAX_SHORT_WORDS = 14
MIN_SHORT_RUN = 4
_FACT = re.compile(r"^\W*[^\W\d][^:]{0,40}:\s*\d")
_WIDGET_FIGURE = re.compile(r"\b\d{1,2}[:h]\d{2}|\b\d{1,4}[-./]\d{1,2}[-./]\d{1,4}\b"
                            r"|\d\s?(?:°|%|km/h|mm\b|hPa)")
_OPENS = re.compile(r"^[\"“„«‘]?[^\W_]")


def _stems(text: str, language: str) -> set[str]:
    """Content words as compared between a title and a teaser: five letters of each word of
    three or more that is no stop word ("Crispanada" and "Crispanadas", "fire" and "fires")."""
    stops = stop_words(language) | stop_words("en")
    return {w.lower()[:5] for w in LETTER_WORD.findall(text)
            if len(w) >= 3 and w.lower() not in stops}


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
    return words(t) >= MIN_TEASER_WORDS and bool(_OPENS.match(t)) and t[:1].upper() == t[:1] \
        and sentence_count(t) <= MAX_TEASER_SENTENCES


def _gives_away(titles: list[str], teaser: str, topic: set[str], language: str) -> bool:
    own = set().union(*(_stems(t, language) for t in titles))
    if not own or len(own & _stems(teaser, language)) < 2:
        return False
    most = MAX_KICKED_TOPIC_SHARE if len(titles) > 1 else MAX_TOPIC_SHARE
    return len(own & topic) / len(own) <= most


def _topic(blocks: Sequence[Block], verdicts: Verdicts, headline: int | None,
           language: str) -> set[str]:
    """The content words of the page's headline and of its first paragraph of prose."""
    first = next(iter(prose_paragraphs(blocks, verdicts, headline, language)), None)
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
                and words(above) < words(blocks[titles[0]].text) \
                and not any(c.isdigit() for c in above):
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


#: A listing page prints at least this many teasers.
MIN_LISTING_ENTRIES = 3


def mark_listing_page(blocks: Sequence[Block], verdicts: Verdicts, headline: int | None,
                      listing: bool) -> None:
    """A site's tag, topic or category page (its address says so: ``Page.listing``) whose every
    block left is a teaser without a sentence's end is a list of other articles, whole (round
    27): a site's standfirsts often close without a full stop, and on an article's page the
    story's paragraphs end their sentences. A blog's tag page that prints a whole post (its
    paragraphs end with full stops) is left to the other passes."""
    if not listing:
        return
    free = [i for i, v in enumerate(verdicts) if v is None and i != headline]
    if len(free) < MIN_LISTING_ENTRIES or any(_stops(blocks[i].text) for i in free):
        return
    for i in free:
        verdicts[i] = Verdict("related-links", "listing-page", "a listing page's teasers (its "
                              "address names a tag, a topic or a category; no block ends a "
                              "sentence)")


#: A stack of a gallery's captions holds at least this many lines, each of at most this many
#: words (a line the splitter joined to the one under it included).
MIN_STACK = 5
MAX_STACK_WORDS = 20
_BLANK_LINE = re.compile(r"\n[ \t\u00a0]*\n")


def stacks(blocks: Sequence[Block], source: str) -> list[list[int]]:
    """The blocks in groups the page prints with no blank line among them (a gallery's
    captions, a menu), on a page that parts its paragraphs by blank lines: a group runs on
    while no blank line stands between one block's end and the next one's start."""
    groups: list[list[int]] = []
    for i, block in enumerate(blocks):
        if groups and not _BLANK_LINE.search(source[blocks[i - 1].end:block.start]):
            groups[-1].append(i)
        else:
            groups.append([i])
    return groups


def mark_caption_stack(blocks: Sequence[Block], verdicts: Verdicts, headline: int | None,
                       language: str, groups: list[list[int]]) -> None:
    """A stack of short lines with no blank line among them, above the story's first paragraph
    of prose, is a gallery's captions or a menu (round 27): at least :data:`MIN_STACK` lines,
    none longer than :data:`MAX_STACK_WORDS` words, at most one of them a sentence of prose (a
    caption may close on a full stop), two thirds shaped as titles (:func:`_telling`), not
    under a line that ends with a colon. A story's paragraphs printed with no blank line between
    them are one stack with the lede in it, which is longer; a stack of sentences ("… was
    declared a disaster area.") has more than one of prose."""
    if normalise(language) in UNSPACED:
        return
    for group in groups:
        run = [i for i in group if headline is None or i > headline]
        if len(run) < MIN_STACK or all(verdicts[i] is not None for i in run):
            continue
        texts = [blocks[i].text for i in run]
        if any(words(t) > MAX_STACK_WORDS for t in texts) or sum(
                1 for t in texts if is_prose(t, language)) > 1:
            continue
        above = [i for i, v in enumerate(verdicts[:run[0]]) if v is None and i != headline]
        below = [i for i in range(run[-1] + 1, len(blocks))
                 if verdicts[i] is None and is_prose(blocks[i].text, language)]
        if any(is_prose(blocks[i].text, language) for i in above) or not below:
            continue  # only above the story's first paragraph of prose
        if (run[0] and blocks[run[0] - 1].text.rstrip().endswith(":")) \
                or not _telling(texts, language, inside=False):
            continue
        for i in (i for i in run if verdicts[i] is None):
            verdicts[i] = Verdict("caption", "caption-stack", "a stack of short lines printed "
                                  "with no blank line among them above the story (a gallery's "
                                  "captions, a menu)")


def _stops(text: str) -> bool:
    """A full stop (or another sentence's end) before any closing quotes or brackets: a teaser
    that closes on a quotation ("… dijo: “se quemó todo”") ends none."""
    t = text.rstrip().rstrip("".join(CLOSERS))
    return bool(t) and t[-1] in SENTENCE_END


def _short(text: str) -> bool:
    t = text.strip()
    return 1 <= words(t) <= MAX_SHORT_WORDS and not _ends_unlike_a_title(t) \
        and t[:1] not in OPENING_QUOTES and t[-1:] not in ":,;"


def _ends_unlike_a_title(text: str) -> bool:
    """A sentence's end, but not a title's: a title may end on a question mark or on a quoted
    phrase ("… or a last-minute deal?", "… calls the plan 'a mistake'")."""
    inner = text.rstrip("\"'”’»«“)]")
    return ends_sentence(text) and not inner.endswith("?") and (
        inner == text or ends_sentence(inner))


def _widget_figure(text: str) -> bool:
    """A clock time, a date, or a figure glued to a unit ("15°", "80%", "12 km/h"): what widgets
    and tickers print. A bare count ("Deaths: 12", "Jane Roe, 34") is a fact of a story's list."""
    return bool(_WIDGET_FIGURE.search(text))


def _title_line(text: str, language: str) -> bool:
    """Shaped as a title: three words or more, a capital first, no figure, and a content word in
    lower case (a verb, a noun: a list of names has none). A question is not counted: a list of
    titles may hold one without breaking its run, but a story asks its questions in the same
    shape, in a row ("What did the inspectors find?", "Why was no one told?")."""
    t = text.strip()
    if words(t) < 3 or not t[:1].isupper() or any(c.isdigit() for c in t) \
            or t.rstrip("\"'”’»«“)]").endswith("?"):
        return False
    stops = stop_words(language)
    return any(w.islower() and len(w) >= 4 and w not in stops for w in LETTER_WORD.findall(t))


def _telling(texts: list[str], language: str, inside: bool) -> bool:
    """Half the lines or more carry a widget's figure, or two thirds are shaped as titles, and
    they are no list of facts. Between two paragraphs of prose only titles tell."""
    if 2 * sum(1 for t in texts if _FACT.match(t)) >= len(texts):
        return False
    titles = sum(1 for t in texts if _title_line(t, language))
    if 3 * titles >= 2 * len(texts):
        return True
    return not inside and 2 * sum(1 for t in texts if _widget_figure(t)) >= len(texts)


def _short_runs(blocks: Sequence[Block], verdicts: Verdicts, span: range) -> list[list[int]]:
    """The runs of short lines in ``span``, with the short lines other rules removed among them
    (a widget whose figures a rule took is still one widget); a longer block a rule removed does
    not break a run, a kept line of another shape does. Runs without a kept line are left out."""
    runs: list[list[int]] = [[]]
    for i in span:
        if _short(blocks[i].text):
            runs[-1].append(i)
        elif verdicts[i] is None and runs[-1]:
            runs.append([])
    return [r for r in runs if len(r) >= MIN_SHORT_RUN and any(verdicts[i] is None for i in r)]


def mark_short_runs(blocks: Sequence[Block], verdicts: Verdicts, headline: int | None,
                    language: str) -> None:
    """Mark runs of short lines above the story's first paragraph of prose or below its last."""
    if normalise(language) in UNSPACED:
        return
    prose = prose_paragraphs(blocks, verdicts, headline, language)
    if not prose:
        return
    spans = [range(0, len(blocks))] if headline is None else \
        [range(0, headline), range(headline + 1, len(blocks))]
    for span in spans:
        for run in _short_runs(blocks, verdicts, span):
            before = blocks[run[0] - 1].text.rstrip() if run[0] else ""
            inside = prose[0] < run[0] and run[-1] < prose[-1]
            if inside and any(verdicts[i] is not None for i in run):
                continue  # between paragraphs, only a run wholly left to this pass
            if before.endswith(":") or not _telling([blocks[i].text for i in run], language,
                                                     inside):
                continue  # the story's own list, under the line that introduces it
            for i in (i for i in run if verdicts[i] is None):
                verdicts[i] = Verdict("other", "short-run", "a run of short lines (a widget, a "
                                      "ticker, a list of titles) judged whole")
