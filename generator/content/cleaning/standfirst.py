"""A standfirst: the paragraph an outlet prints between the headline and the lede to sell the
story, restating its figure or its scene.

A wire story's lede opens with its dateline ("CITY (Agency) - …", "City - …", "City | …"), so a
paragraph of sentences right above that lede, under the headline, is not the story's first
paragraph but the outlet's summary of it. It goes only when what it says is also said below: every
figure it gives and most of its names recur in the story, so no figure loses its only source.
Anything else (a quote, a figure of its own, a lede with no dateline under it) stays story.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from generator.content.blocks import Block, ends_sentence, sentence_count
from generator.content.cleaning.rules.base import Verdict, compile_re2, words
from generator.text.datelines import read_dateline
from generator.text.languages import stop_words
from generator.text.number_words import VAGUE, WORDS

Verdicts = list[Verdict | None]

#: A place and a dash or bar before the lede's first word ("Kelmstadt - Bei …", "Port Sarel |
#: The …"): the dateline of an agency's copy that the shared reader leaves to the cleaner.
_PLACE_DASH = compile_re2(r"^\s*\p{Lu}[\pL'’.-]+(?:[ -]\p{Lu}[\pL'’.-]+){0,2}"
                          r"(?:\s*\([^()]{1,30}\))?\s+[-–—|]\s+[\p{Lu}\d]")
_TOKEN = re.compile(r"[\w'’-]+")
_SENTENCE_START = re.compile(r"(?:^|[.!?…]\s+)[\"“„«‘']?([\w'’-]+)")
#: A standfirst is a paragraph of one to three sentences ...
MAX_SENTENCES = 3
#: ... of at most this many words (a longer first paragraph is the story's).
MAX_WORDS = 60
#: Of its names (capitalised words not opening a sentence), at least this share recurs below.
MIN_NAME_SHARE = 0.5
#: And at least this many of its figures and names recur: a restatement says something.
MIN_RECURRING = 2
_QUOTES = "\"“”„«»‘’'"


def _opens_with_dateline(text: str) -> bool:
    return read_dateline(text) is not None or bool(_PLACE_DASH.search(text))


def restates(text: str, below: str, language: str) -> bool:
    """Every figure of ``text`` (in digits or in words, "Hunderte", "dozens") and most of its
    names are in ``below``: a figure said only there would be lost with it."""
    tokens = _TOKEN.findall(text)
    below_tokens = {t.casefold() for t in _TOKEN.findall(below)}
    openers = {m.group(1) for m in _SENTENCE_START.finditer(text)}
    stops = stop_words(language)
    counted = WORDS.get(language, {}).keys() | VAGUE.get(language, {}).keys()
    figures = [t for t in tokens if any(c.isdigit() for c in t) or t.casefold() in counted]
    names = [t for t in tokens if t[:1].isupper() and len(t) >= 3 and t not in openers
             and t.casefold() not in stops and t not in figures]
    if any(f.casefold() not in below_tokens for f in figures):
        return False
    recurring = [n for n in names if n.casefold() in below_tokens]
    if names and len(recurring) < MIN_NAME_SHARE * len(names):
        return False
    return len(figures) + len(recurring) >= MIN_RECURRING


def mark_standfirst(blocks: Sequence[Block], verdicts: Verdicts, headline: int | None,
                    language: str) -> None:
    """The story's first paragraph, when the next one opens with a dateline and it restates
    what the story says below, is the outlet's standfirst."""
    story = [i for i, v in enumerate(verdicts)
             if v is None and i != headline and (headline is None or i > headline)]
    if len(story) < 2:
        return
    first, lede = story[0], story[1]
    text = blocks[first].text.strip()
    if (not _opens_with_dateline(blocks[lede].text) or _opens_with_dateline(text)
            or text[:1] in _QUOTES or not ends_sentence(text) or words(text) > MAX_WORDS
            or sentence_count(text) > MAX_SENTENCES):
        return
    below = " ".join(blocks[i].text for i in story[1:])
    if restates(text, below, language):
        verdicts[first] = Verdict("repeated", "standfirst", "a standfirst above the dateline's "
                                  "lede: its figures and names recur in the story")
