"""Captions found by their place next to a picture's credit.

A credit line ("© AFP Jane Roe", "Photo: Name/Agency") stands right above or right below the
caption of its picture: the line on its other side is the caption when it reads like one (no
full stop after a credit at the page's end; a date ending a paragraph above a credit; a short
title over a credit in brackets between two paragraphs of the story). A credit that already
carries its caption before it ends that picture: the line after it is story.

The family's base: a caption between paragraphs needs the story to go on after it, and
:func:`next_kept` (what the cleaner keeps after it) and :func:`story_goes_on` (that, a paragraph
of prose) are the one reading of that for this module's rules and for
:mod:`generator.content.cleaning.captions_closing` (captions told by how they close: a date
after a comma, a source's bare name, a credit in brackets), which builds on this module.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from generator.content.blocks import ABBREVIATION, Block, ends_sentence, sentence_count
from generator.content.cleaning.features import starts_upper
from generator.content.cleaning.headline import is_prose
from generator.content.cleaning.rules.base import Verdict, Verdicts, words
from generator.content.cleaning.rules.table import RULES
from generator.text.languages import fold
from generator.text.written_dates import ends_on_date


def mark_caption_after_credit(blocks: Sequence[Block], verdicts: Verdicts,
                              headline: int | None) -> None:
    """The page's last block, right after a picture's credit and no sentence itself, is that
    picture's caption ("© AFP Name" then "A tree torn down by the wind in …"): a story does not
    end on a line without its full stop straight after a photo credit. A caption that carries its
    own credit at its end is whole, and the cut paragraph after it is story (round 17)."""
    free = [i for i, v in enumerate(verdicts) if v is None and i != headline]
    if not free or free[-1] != len(blocks) - 1 or len(free) < 2:
        return
    last = free[-1]
    before = verdicts[last - 1] if last > 0 else None
    text = blocks[last].text
    if (before is not None and before.kind in ("caption", "credit", "copyright")
            and words(blocks[last - 1].text) <= MAX_CREDIT_WORDS
            and not _captioned_credit(blocks[last - 1].text) and not ends_sentence(text)
            and words(text) <= MAX_CAPTION_AFTER_CREDIT_WORDS
            and starts_upper(text) and not _cut_after_a_sentence(text)):
        verdicts[last] = Verdict("caption", "caption-after-credit",
                                 "the last line, after a picture's credit: its caption")


#: A sentence's end inside a line, then the words after it up to the line's end.
_TAIL_AFTER_SENTENCE = re.compile(r"[.!?…]+[\"'”’)]*\s+(?=\S)(?P<tail>[^.!?…]*)$")
#: Words after a line's last full stop that make it a sentence of its own, cut, not a credit
#: word or two ("… on Sunday. Photo: Name").
MIN_CUT_TAIL_WORDS = 6


def _cut_after_a_sentence(text: str) -> bool:
    """A line of whole sentences that runs on into a cut one ("… on the roads. Repair work is
    going on across the valley and more than 800 h") is the story's last paragraph cut by the
    page, not a caption: a caption without its full stop is one phrase (round 23)."""
    m = _TAIL_AFTER_SENTENCE.search(ABBREVIATION.sub("", text))
    return m is not None and words(m["tail"]) >= MIN_CUT_TAIL_WORDS


#: The rule table's caption that ends on its picture's credit ("… in 1997. Photo: Name").
_CREDIT_TAIL = next(r.regex for r in RULES if r.name == "picture-credit-tail")
#: Words before a credit that make it a whole caption rather than a credit alone.
MIN_CAPTION_WORDS = 3


def _captioned_credit(text: str) -> bool:
    """A credit line that carries its caption before it ("A flooded street, 1997. Photo:
    Archive"): the picture's caption is there already, so the line after it is not."""
    folded = fold(text)  # (the rule table's patterns read folded text, of the same length)
    m = _CREDIT_TAIL.search(folded)
    return m is not None and words(folded[:m.start()]) >= MIN_CAPTION_WORDS


#: A caption after its credit is at most this many words.
MAX_CAPTION_AFTER_CREDIT_WORDS = 40
#: A picture's credit on a line of its own ("© AFP Jane Roe", "Photo: Name/Agency").
MAX_CREDIT_WORDS = 10


def mark_caption_before_credit(blocks: Sequence[Block], verdicts: Verdicts,
                               headline: int | None, language: str) -> None:
    """A paragraph right above a picture's credit line ("NAME/AP PHOTO", "Photo: Name") that
    ends on the day the picture was taken ("…, Sunday, Oct. 2, 2022.") is that picture's
    caption: wire captions end on the date, story paragraphs seldom do, and hardly ever straight
    above a credit."""
    for i in range(len(blocks) - 1):
        after = verdicts[i + 1]
        text = blocks[i].text
        # (A line with no sentence above the credit, over the story, is not taken: a
        # standfirst printed without its full stop stands there too; review 10.)
        if (verdicts[i] is None and i != headline and after is not None
                and after.kind == "caption" and words(blocks[i + 1].text) <= MAX_CREDIT_WORDS
                and not _captioned_credit(blocks[i + 1].text)
                and words(text) <= MAX_CAPTION_BEFORE_CREDIT_WORDS
                and ends_on_date(text, language)):
            verdicts[i] = Verdict("caption", "caption-before-credit",
                                  "a dated caption right above its picture's credit")
        elif (verdicts[i] is None and i != headline and after is not None
              and after.rule == "agency-credit" and blocks[i + 1].line == blocks[i].line
              and words(text) <= MAX_CAPTION_BEFORE_CREDIT_WORDS and ends_on_date(text, language)
              and sum(v is None for v in verdicts[i + 2:]) >= MIN_STORY_AFTER_CAPTION):
            # "… in Verlo, Veloria, May 2, 2031. — Agency" with the story still to come: an
            # agency's bare name glued after a dated line closes a picture's caption, as the
            # story's own credit closes the story (s14: the lead picture's, over the page's own
            # report, had named the picture's agency as the story's)
            verdicts[i] = Verdict("caption", "caption-before-credit",
                                  "a dated caption closed by its picture's agency")
            verdicts[i + 1] = Verdict("caption", "caption-credit",
                                      "the agency credited for the picture above")
        elif (verdicts[i] is None and i != headline and after is not None
              and after.rule == "picture-credit" and words(blocks[i + 1].text) <= MAX_CREDIT_WORDS
              and words(text) <= MAX_TITLE_OVER_CREDIT_WORDS and not ends_sentence(text)
              and starts_upper(text) and _between_story(blocks, verdicts, i, headline)
              and _titles_again(blocks, verdicts, i, headline)):
            verdicts[i] = Verdict("caption", "caption-over-credit",
                                  "a picture's title right above its credit in brackets, "
                                  "between two paragraphs of the story")
        elif (verdicts[i] is None and i != headline and after is not None
              and after.kind == "caption" and _glued_over(blocks, i)
              and words(text) <= MAX_TITLE_OVER_CREDIT_WORDS and not ends_sentence(text)
              and starts_upper(text) and _between_story(blocks, verdicts, i, headline)):
            verdicts[i] = Verdict("caption", "title-over-caption",
                                  "a picture's title on the line right above its caption")


def _glued_over(blocks: Sequence[Block], i: int) -> bool:
    """The line sits on the line right above the caption, with a blank line before it: a page
    that sets its paragraphs apart prints a picture's title and caption together (round 21 on
    fresh pages: the picture's text, then its credited caption). A crosshead is set apart from
    the caption under it, and on a page of single lines nothing tells the two apart."""
    return 0 < i < len(blocks) - 1 and blocks[i + 1].line == blocks[i].line + 1 \
        and blocks[i].line - blocks[i - 1].line > 1


def _titles_again(blocks: Sequence[Block], verdicts: Verdicts, i: int,
                  headline: int | None) -> bool:
    """Whether the page prints the title again over another picture's credit, whole or as its
    first or last words: a gallery's titles repeat ("Valley road" over two pictures), a
    crosshead over a picture's credit does not (review 16: "Rescue efforts continue" is the
    story's own heading); the headline and lines over no credit are not compared (review 17)."""
    title = " ".join(blocks[i].text.casefold().split())
    for j in range(len(blocks) - 1):
        after = verdicts[j + 1]
        if j in (i, headline) or after is None or after.rule != "picture-credit":
            continue
        other = " ".join(blocks[j].text.casefold().split())
        if other == title or other.startswith(title + " ") or other.endswith(" " + title) \
                or title.startswith(other + " ") or title.endswith(" " + other):
            return True
    return False


def _between_story(blocks: Sequence[Block], verdicts: Verdicts, i: int,
                   headline: int | None) -> bool:
    """A sentence of the story before the line and a block of it after its credit
    (:func:`next_kept`): over the story, a line without its full stop may be a standfirst
    (review 10); between two of its paragraphs, a title over a bracketed credit is a picture's
    (trial 19)."""
    # (after the credit any block kept will do, as the rule has always read it, not only the
    # prose :func:`story_goes_on` asks for: read so, a blind pool lost one caption on spfold)
    return any(verdicts[j] is None and j != headline and ends_sentence(blocks[j].text)
               for j in range(i)) and next_kept(verdicts, i + 2, None) is not None


#: A caption above its credit is at most this many words; the credit at most MAX_CREDIT_WORDS.
MAX_CAPTION_BEFORE_CREDIT_WORDS = 60
#: A picture's title with no full stop over its credit ("Flooded valley road") is this short.
MAX_TITLE_OVER_CREDIT_WORDS = 10


def mark_caption_under_label(blocks: Sequence[Block], verdicts: Verdicts, language: str) -> None:
    """A short line between a picture's label ("Photo: The Courier") and the byline or date
    stamp under it is that picture's caption (trial 20), when the story's prose goes on under
    the stamp: a brief that is one paragraph over its date, or a standfirst, stays (review 18).
    A lede of a few words in that place would be taken too: it is kept among the removed blocks,
    with this rule's name, for the reader to see."""
    for i in range(len(blocks) - 3):
        label = verdicts[i]
        if (label is None or label.rule != "picture-label" or verdicts[i + 1] is not None
                or words(blocks[i].text) > MAX_CREDIT_WORDS):
            continue
        stamp = verdicts[i + 2]
        text = blocks[i + 1].text
        if (stamp is not None and stamp.kind in ("byline", "date-stamp")
                and words(text) <= MAX_CAPTION_UNDER_LABEL_WORDS and starts_upper(text)
                and story_goes_on(blocks, verdicts, i + 3, None, language)):
            verdicts[i + 1] = Verdict("caption", "caption-under-label",
                                      "a short line between a picture's label and the byline: "
                                      "the picture's caption")


#: A caption between a picture's label and the byline is at most this many words (a
#: standfirst there is longer).
MAX_CAPTION_UNDER_LABEL_WORDS = 10


def mark_caption_over_top_credit(blocks: Sequence[Block], verdicts: Verdicts) -> None:
    """The page's first line of text, a sentence or two closed by a full stop, right above a
    picture's credit ("Quelle: Name/agency", "Name/AP") is the lead picture's caption (round
    25): a headline has no full stop, and a lede over the lead picture is longer than any
    caption. Run before the headline is chosen, so that the title under it can be."""
    first = next((i for i, v in enumerate(verdicts) if v is None), None)
    if first is None:
        return
    k = _past_separator(blocks, verdicts, first)
    if k >= len(blocks):
        return
    credit, text = verdicts[k], blocks[first].text
    if (credit is not None and credit.kind == "caption"
            and words(blocks[k].text) <= MAX_CREDIT_WORDS
            and not _captioned_credit(blocks[k].text)
            and words(text) <= MAX_CAPTION_AT_TOP_WORDS and ends_sentence(text)
            and sentence_count(text) <= 2
            and sum(v is None for v in verdicts[k + 1:]) >= 2):
        verdicts[first] = Verdict("caption", "caption-over-top-credit",
                                  "the first line, a sentence right above a picture's credit: "
                                  "the lead picture's caption")


def _past_separator(blocks: Sequence[Block], verdicts: Verdicts, i: int) -> int:
    """The block after block ``i``, past a separator cut off the end of its own line ("… dans
    le Finistère. |" over "Photo : Agency |": a caption and its credit set off by bars, fdev4
    fresh pages)."""
    k = i + 1
    while (k < len(blocks) and blocks[k].line == blocks[i].line and verdicts[k] is not None
           and verdicts[k].kind == "separator"):
        k += 1
    return k


def mark_caption_over_label(blocks: Sequence[Block], verdicts: Verdicts) -> None:
    """A sentence or two set on the line right above a bare picture label ("Photo: AFP",
    "Foto: Name") and apart from the line before it is that picture's caption (fdev4 fresh
    pages: the lead picture's caption over its label, above the story). A page that sets its
    paragraphs apart with blank lines prints a caption and its label together, a paragraph of
    the story alone; a page of single lines is not read so. Run before the headline is chosen,
    as the caption over the top credit is. A source's label ("Source: Agency") is a picture's
    credit there only under one sentence with the story's prose going on after a blank line: a
    paragraph may close on its own source (spent s33 with a sentence, pool36 with a name over
    its credit: two sites)."""
    for i in range(len(blocks) - 1):
        label, text = verdicts[i + 1], blocks[i].text
        if (verdicts[i] is None and label is not None
                and (label.rule == "picture-label" or (
                    label.rule == "attribution" and _source_under_caption(blocks, verdicts, i)))
                and words(blocks[i + 1].text) <= MAX_BARE_LABEL_WORDS
                and not _captioned_credit(blocks[i + 1].text) and _glued_over(blocks, i)
                and words(text) <= MAX_CAPTION_AT_TOP_WORDS and ends_sentence(text)
                and sentence_count(text) <= 2 and starts_upper(text)
                and not QUOTED.search(text)):
            verdicts[i] = Verdict("caption", "caption-over-label",
                                  "a sentence set right on a picture's label, apart from the "
                                  "line before: the picture's caption")


#: A bare picture label: the word and a credit of a few words ("Photo: AFP", "Foto: Jo Roe").
MAX_BARE_LABEL_WORDS = 5


def _source_under_caption(blocks: Sequence[Block], verdicts: Verdicts, i: int) -> bool:
    """Block ``i`` is one sentence, and after the source's label under it a blank line and the
    story's prose (a paragraph ending on its sentence) follow."""
    k = i + 2
    return (sentence_count(blocks[i].text) == 1 and k < len(blocks)
            and blocks[k].line - blocks[i + 1].line > 1
            and any(v is None and words(blocks[j].text) >= MIN_PROSE_WORDS
                    and ends_sentence(blocks[j].text) for j, v in enumerate(verdicts[k:], k)))


MIN_PROSE_WORDS = 8


#: Story paragraphs that still follow a dated line glued to an agency's name, for that name to
#: be its picture's credit rather than the story's closing one.
MIN_STORY_AFTER_CAPTION = 2
#: A caption over the lead picture's credit at the top is at most this many words.
MAX_CAPTION_AT_TOP_WORDS = 30

#: Quotation marks: a line quoting someone is story, whatever it ends on.
QUOTED = re.compile(r"[\"“”«»„]")


def next_kept(verdicts: Verdicts, start: int, headline: int | None) -> int | None:
    """The next block from ``start`` on that the cleaner keeps (the headline aside): what stands
    after a caption, for every caption rule of the family (this module's and
    :mod:`generator.content.cleaning.captions_closing`'s)."""
    return next((j for j in range(start, len(verdicts))
                  if verdicts[j] is None and j != headline), None)


def story_goes_on(blocks: Sequence[Block], verdicts: Verdicts, start: int,
                  headline: int | None, language: str) -> bool:
    """The next block kept from ``start`` on is a paragraph of prose: the story goes on after
    a caption (under a label over the byline, closed by a credit in brackets)."""
    j = next_kept(verdicts, start, headline)
    return j is not None and is_prose(blocks[j].text, language)
