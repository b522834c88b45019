"""A short line the page speaks to its reader about the page itself, wherever it stands (a
share box between two paragraphs, a newsletter pitch, a request for corrections): moved out of
:mod:`generator.content.cleaning.address`, whose passes judge the lines after the story, when
such a line came to be parted from a sentence of the story glued before it (the review of
"never lose a word": "The council votes on the plan in May. Leave a comment below." had been
removed whole, the story's sentence with the page's request).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from generator.content.blocks import Block
from generator.content.cleaning.address import (
    SENTENCE_BREAK,
    about_page,
    addresses_reader,
    attributed,
    long_stems,
    story_head,
)
from generator.content.cleaning.rules.base import Verdict, Verdicts, words
from generator.text.languages import normalise
from generator.text.reader_address import ERROR_WORDS, OWN, PAGE_NOUNS, PAGE_WORDS, SPOTTED, US

#: A line of the page's own inside the story is a sentence or two: at most this many words.
MAX_PAGE_REQUEST_WORDS = 30
_PAGE_TOKEN = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


#: Someone's, a word or none, then the word: "the council's flood newsletter" (review 37).
_OTHERS = re.compile(r"[^\W\d_]['’]s\s+(?:[^\W\d_]+\s+)?$")


def names_page(text: str, language: str) -> bool:
    """The line names the page's machinery (its newsletter:
    :data:`generator.text.reader_address.PAGE_WORDS`; an error only with a verb of spotting or
    reporting it, :data:`~generator.text.reader_address.SPOTTED`, and the newsroom to tell,
    :data:`~generator.text.reader_address.US`), or the page itself after a
    word that makes it the page's own ("this article", "our app"), in its language or English.
    Machinery another owns ("the council's flood newsletter") is the story's advice, not the
    page's."""
    code = normalise(language)
    strong = PAGE_WORDS.get(code, frozenset()) | PAGE_WORDS["en"]
    nouns = PAGE_NOUNS.get(code, frozenset()) | PAGE_NOUNS["en"]
    own = OWN.get(code, frozenset()) | OWN["en"]
    found = list(_PAGE_TOKEN.finditer(text))
    tokens = [m.group().lower() for m in found]
    parts = {p for t in tokens for p in t.split("-")}  # "signalez-la-nous"
    if not parts.isdisjoint(SPOTTED.get(code, frozenset()) | SPOTTED["en"]) \
            and not parts.isdisjoint(US.get(code, frozenset()) | US["en"]):
        strong = strong | ERROR_WORDS.get(code, frozenset()) | ERROR_WORDS["en"]
    return any((w in strong and not _OTHERS.search(text, 0, found[k].start()))
               or (w in nouns and k > 0 and tokens[k - 1] in own)
               for k, w in enumerate(tokens))


def mark_page_request(blocks: Sequence[Block], verdicts: Verdicts, headline: int | None,
                      language: str) -> dict[int, int]:
    """A short line that speaks to the reader (the second person, "please", or a request
    opening one of its sentences) about the page itself, wherever it stands: a share box
    between the lede and the next paragraph, a request for corrections under a caption, a
    newsletter pitch after a greeting (spfur11: three sets). A story may address its reader
    ("If you smell gas, leave the building"), so the line must name the page's machinery
    (:func:`names_page`), hold no quotation mark, open on no dash (a quoted speaker's), name
    no speaker, and echo the rest of the page's prose in fewer than a quarter of its long
    words: a service note of the story repeats its words ("the council's page lists the
    closed roads").

    A line that opens with a sentence of the story (:func:`~generator.content.cleaning.address.
    story_head`) naming no part of the page, the request after it naming the page, is to be
    parted: the returned ``{block: offset}`` says where the request starts, and only the
    request is removed (:func:`generator.content.cleaning.parted.part_tails`)."""
    story: Counter[str] = Counter(s for i, v in enumerate(verdicts) if v is None
                                  for s in long_stems(blocks[i].text, language))
    tails: dict[int, int] = {}
    for i, block in enumerate(blocks):
        text = block.text.strip()
        if verdicts[i] is not None or i == headline or not text \
                or words(text) > MAX_PAGE_REQUEST_WORDS or text[0] in "-–—" \
                or not names_page(text, language) or attributed(text, language):
            continue
        if not any(addresses_reader(part, language) for part in SENTENCE_BREAK.split(text)):
            continue
        stems = long_stems(text, language)
        if stems and about_page(stems, story - Counter(stems)):
            verdicts[i] = Verdict("reader-address", "page-request",
                                  "a short line addressed to the reader about the page "
                                  "itself (sharing it, its newsletter, an error to report)")
            at = story_head(block.text, language)
            if at and not names_page(block.text[:at], language) \
                    and names_page(block.text[at:], language):
                tails[i] = at
    return tails
