"""Captions between two paragraphs of the story, told by how they close: a full date after a
comma, a source's bare name after the full stop (:func:`mark_dated_caption`), or a picture's
credit in brackets (:func:`mark_bracket_credited_caption`). Their place next to a credit line is
the rule of :mod:`generator.content.cleaning.captions`, whose :func:`~generator.content.cleaning.
captions.story_goes_on` is the family's one reading of "the story goes on after it".

A caption printed between two paragraphs reads like the story: a sentence about the event
("Firemen search the rubble of the school on Monday"). What gives one away is its end. A
picture's credit in brackets, an agency ("[AFP]", "(Reuters)") or the site's own name as its
address spells it ("(ExampleNews)" on examplenews.com), may close a paragraph of the story too,
but then it is the story's last paragraph (the wire's sign-off, which
:mod:`generator.content.cleaning.notes` cuts off alone) or a paragraph of several sentences; a
block of one sentence ending on the credit with the story going on after it is a caption. When
the pieces pass has already cut the credit off as a note of its own on the same line, the
sentence before it is read the same way: one sentence, the credit right after it, story after.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from generator.content.blocks import ABBREVIATION, Block, ends_sentence
from generator.content.cleaning.captions import (
    MAX_CAPTION_AT_TOP_WORDS,
    MAX_CAPTION_BEFORE_CREDIT_WORDS,
    QUOTED,
    story_goes_on,
)
from generator.content.cleaning.rules.base import Page, Verdict, Verdicts, compile_re2, words
from generator.content.cleaning.rules.patterns import PICTURE_AGENCY, WITH_AGENCY_WORD
from generator.text.languages import fold, stop_words
from generator.text.sentences import sentence_spans
from generator.text.written_dates import ends_on_date_after_comma


def mark_dated_caption(blocks: Sequence[Block], verdicts: Verdicts, headline: int | None,
                       language: str) -> None:
    """A line of one sentence between two paragraphs of the story that ends on a full date set
    off by a comma ("Commuters wait outside the station in Valmora, April 28, 2031.") is a
    picture's caption with no credit (round 25): the day the picture was taken closes a
    caption in every language the dates are read in, while a story sentence tells its date
    inside its clause ("… hit the north on April 28, 2031."). A sentence there closed by a
    source's bare name after its full stop is a caption with no credit too (:func:`_sourced`)."""
    story = [j for j, v in enumerate(verdicts) if v is None and j != headline]
    first = next((j for j in story if ends_sentence(blocks[j].text)), None)
    if first is None:
        return
    for i in story:
        text = blocks[i].text
        credited = _credit_cut_behind(blocks, verdicts, i)
        if first < i < story[-1] and _sourced(text, language):
            verdicts[i] = Verdict("caption", "sourced-caption", (
                "a sentence between two paragraphs closed by a source's bare name: a chart's "
                "or a picture's caption"))
        elif ((first < i < story[-1] or credited)
                and words(text) <= MAX_CAPTION_BEFORE_CREDIT_WORDS
                and not QUOTED.search(text) and ends_on_date_after_comma(text, language)
                and len(sentence_spans(text)) == 1):
            verdicts[i] = Verdict("caption", "dated-caption", (
                "a sentence ending on the picture's date after a comma, its credit cut off "
                "behind it: a caption") if credited else (
                "a sentence between two paragraphs ending on the picture's date after a comma: "
                "a caption without its credit"))


def _sourced(text: str, language: str) -> bool:
    """One sentence, then a source's name of one to three capitalised words and no full stop
    ("… in Teruel capital. Aemet", fdev4 fresh pages): a paragraph of the story ends on its
    full stop, and a cut one is the page's last."""
    m = _SOURCE_TAIL.search(text.rstrip())
    if m is None or words(text) > MAX_CAPTION_AT_TOP_WORDS:
        return False
    tail = m.group(1).split()
    return (len(sentence_spans(text[:m.start(1)])) == 1 and not QUOTED.search(text)
            and tail[0].casefold() not in stop_words(language)
            and all(t[:1].isupper() and not any(c.isdigit() for c in t) for t in tail))


#: A sentence's full stop, then one to three words and the line's end with no stop of its own
#: ("… Dr. Roe's photo." is one sentence after an abbreviation).
_SOURCE_TAIL = re.compile(r"[.!?]\s+([^\s.!?]+(?:\s+[^\s.!?]+){0,2})$")


#: Credits a pass cut off a line's end: a slashed or named credit in brackets, a wire's name
#: after a dash. Either closes a picture's caption as well as a story's paragraph; after a line
#: ending on its date after a comma it is the caption's.
_CUT_CREDITS = frozenset({"bracketed-note", "agency-credit"})


def _credit_cut_behind(blocks: Sequence[Block], verdicts: Verdicts, i: int) -> bool:
    """Whether a credit was cut off the end of block ``i``'s own line (round 27): a caption
    that ends on its picture's date and carries its credit ("… in Valmora, May 3, 2031.
    (Jo Doe/Agency)") is one wherever it stands, above the lede or under the last paragraph,
    where the rule's "between two paragraphs" cannot hold."""
    after = verdicts[i + 1] if i + 1 < len(blocks) else None
    return (after is not None and after.rule in _CUT_CREDITS
            and after.kind in ("credit", "caption") and blocks[i + 1].line == blocks[i].line)


#: The rules that cut a credit in brackets off a line's end: a note, a slashed credit ("[Jo
#: Doe/ExampleNews]" read as the sources of the story before the caption rules run).
_CUT_BRACKETS = frozenset({"bracketed-note", "bracketed-credit"})

RULE = "bracket-credited-caption"
WHY = ("one sentence between paragraphs of the story ending on a picture's credit in brackets "
       "(an agency or the site's own name)")
#: A caption is a sentence: at least this many words before its credit, at most that many.
MIN_WORDS, MAX_WORDS = 5, 45

#: The credit in round or square brackets closing the block, maybe with "via" or "with" before
#: the agency ("(Name via AP)", "(mit dpa)"), or the photographer and a slash before it ("[Jo
#: Doe/AP]"); the agency may be a photo library ("(AFP via Getty Images)") or one word that
#: may be the site's name ("[Jo Doe/ExampleNews]"; spfur12: two sites, two events).
_TAIL = compile_re2(
    r"(?i)[(\[]\s*(?:(?:[\pL.'’-]+\s+){0,3}via\s+|(?:" + WITH_AGENCY_WORD + r")\s+"
    r"|(?:[\pL.'’-]+\s+){0,3}[\pL.'’-]+\s*/\s*)?(?P<who>"
    + PICTURE_AGENCY + r"|[\pL]{3,30})\s*[)\]]\s*$")
_AGENCY = compile_re2(rf"(?i)(?:{PICTURE_AGENCY})")
#: A sentence ends inside the text: a stop and a capital after it (abbreviations taken out).
_INNER_END = compile_re2(r"[.!?…][\"'”’»)]*\s+[\"'“‘«(]?\p{Lu}")


def _credit(who: str, page: Page) -> bool:
    """An agency by the table, or the site's own name as its host spells it."""
    if _AGENCY.fullmatch(who):
        return True
    return fold(who).lower() in page.host_words


def _one_sentence(text: str) -> bool:
    text = ABBREVIATION.sub("", text).strip()
    return MIN_WORDS <= words(text) <= MAX_WORDS and _INNER_END.search(text) is None


def mark_bracket_credited_caption(blocks: Sequence[Block], verdicts: Verdicts,
                                  head: int | None, page: Page) -> None:
    """One sentence closed by a picture's credit in brackets, the story going on after it: a
    caption (see the module's docstring). Two such sentences next to each other in the story
    are no captions but a live page's entries, each credited to its wire ("Crews reach the
    valley (Reuters)" over "The road is closed again (AFP)": review 36); a caption stands
    alone between paragraphs."""
    credited = {i: after for i in range(len(blocks))
                if (after := _credited_at(blocks, verdicts, head, page, i)) is not None}
    story = [i for i in range(len(blocks)) if verdicts[i] is None and i != head]
    rank = {i: n for n, i in enumerate(story)}
    for i, after in credited.items():
        n = rank[i]
        neighbours = story[max(n - 1, 0):n] + story[n + 1:n + 2]
        if not credited.keys() & set(neighbours) \
                and story_goes_on(blocks, verdicts, after, head, page.language):
            verdicts[i] = Verdict("caption", RULE, WHY)
            cut = verdicts[i + 1] if after == i + 2 else None
            if cut is not None and cut.rule == "bracketed-credit":
                # the picture's credit, not the sources of the story ("via")
                verdicts[i + 1] = Verdict("caption", RULE, "the credit of the caption's picture")


def _credited_at(blocks: Sequence[Block], verdicts: Verdicts, head: int | None,
                 page: Page, i: int) -> int | None:
    """Where what follows block ``i`` begins, when the block is one sentence closed by a
    picture's credit (the credit on the block, or cut off as a note right after it)."""
    if verdicts[i] is not None or i == head:
        return None
    text = blocks[i].text.strip()
    m = _TAIL.search(text)
    after = i + 1
    if m is not None:
        before, who = text[:m.start()], m.group("who")
    elif (after < len(blocks) and blocks[after].line == blocks[i].line
          and (v := verdicts[after]) is not None and v.rule in _CUT_BRACKETS):
        m = _TAIL.search(blocks[after].text.strip())  # the credit cut off as a note
        if m is None or m.start() > 0:
            return None
        before, who, after = text, m.group("who"), after + 1
    else:
        return None
    return after if _credit(who, page) and _one_sentence(before) else None
