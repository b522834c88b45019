"""A consent notice glued inside a paragraph, and a section's label or a topic bar in capitals
glued before the lede, cut out of the paragraph.

A page that blocks an embedded video until the reader accepts its cookies prints, where the
video stood, a notice of a sentence or three ("Showing this video sets a third party's cookies …
You must accept …"); a scraper that flattens the page glues it between two sentences of the
story. The notice's sentences are cut out as a piece of their own (kind consent-banner); the
story on both sides stays, each part with its span.

The page's section ("Notícias do Mundo – Um apagão …", "World News - …") glued before the
lede is its desk's label: the words of the navigation table (``furniture_words.NAVIGATION``),
joined by a joining word, then a dash and a capital. A dateline's place is no word of that table.
A kicker of one word glued with no dash ("Unwetter Der Orkan …", "METEO Le nombre …") is known
by what follows it: an article written with its capital, which only a sentence or a name opens
(round fur7, two sites), then a common noun, in lower case where nouns are ("Yesterday The
Tesmar Herald …" opens on a name: the word before it is the sentence's own). A word of the
language's stop list before it opens the sentence itself ("Selon La Croix-Rouge …").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from generator.content.blocks import Block, LineIndex, piece
from generator.content.cleaning.rules.base import Page, Verdict, words
from generator.content.cleaning.rules.notices import cookie_notice
from generator.content.cleaning.rules.table import TABLE
from generator.text import furniture_words as F
from generator.text.languages import NOUNS_CAPITALISED, stop_words
from generator.text.lexicon import DETERMINERS
from generator.text.sentences import sentence_spans
from generator.text.speech_words import ARTICLES

Piece = tuple[Block, Verdict | None]


def _notice_run(text: str) -> tuple[int, int] | None:
    """Where the first run of consent sentences starts and ends in ``text``, when story is left
    beside it (a block that is all notice is the rule table's)."""
    if "cookie" not in text.lower():
        return None
    spans = sentence_spans(text)
    hits = [k for k, (a, b) in enumerate(spans) if cookie_notice(text[a:b])]
    if not hits:
        return None
    first = last = hits[0]
    while last + 1 in hits:
        last += 1
    start, end = spans[first][0], spans[last][1]
    if not text[:start].strip() and not text[end:].strip():
        return None
    return start, end


#: Up to four words before a spaced dash at a paragraph's start, and a capital after it.
_DASHED_LABEL = re.compile(r"^(?P<label>[^\W\d_][\w'’]*(?:\s+[^\W\d_][\w'’]*){0,3})\s+[–—-]\s+"
                           r"(?=[^\W\d_])")
#: The lede after a section's label runs to at least this many words.
MIN_LEDE_WORDS = 8
#: Words joining a section's names ("Notícias do Mundo", "News of the World").
_JOINING = frozenset({"do", "da", "de", "del", "du", "des", "der", "di", "of", "the", "e", "y",
                      "et", "und", "and", "&"})


@cache
def _section_words() -> frozenset[str]:
    """The one-word entries of the navigation table, in every language."""
    return frozenset(p for phrases in F.NAVIGATION.values() for p in phrases if " " not in p)


#: A kicker stands over a teaser or a standfirst of at most this many words; a longer line (a
#: title bar that carries the title among its words, a lede) is left whole.
MAX_KICKED_WORDS = 35
#: One word, then an article with its capital, then the sentence it opens.
_KICKER = re.compile(r"^(?P<label>[^\W\d_]{3,20})\s+(?P<article>[^\W\d_]{1,5})\s+"
                     r"(?P<noun>[^\W\d_])")


def _sentence_articles(language: str) -> frozenset[str]:
    articles = ARTICLES.get(language, DETERMINERS if language == "en" else ())
    return frozenset(a for a in articles if a.isalpha())


def _kicker(text: str, language: str) -> int | None:
    """Where a one-word kicker glued before a sentence ends: the word after it is an article
    written with its capital ("Der", "Le"), and the sentence runs on."""
    m = _KICKER.match(text)
    if m is None or not m["label"][:1].isupper() or \
            not MIN_LEDE_WORDS <= words(text[m.end("label"):]) <= MAX_KICKED_WORDS:
        return None
    article = m["article"]
    if not (article[:1].isupper() and (article[1:].islower() or len(article) == 1)) \
            or article.casefold() not in _sentence_articles(language) \
            or m["label"].casefold() in stop_words(language):
        return None  # ("Selon La Croix-Rouge, …": a preposition opens the sentence, the article
        # a name)
    if m["noun"].isupper() and language not in NOUNS_CAPITALISED:
        # the article opens a name ("Yesterday The Tesmar Herald reported", "Ayer El Diario de
        # Tesmar informó") or a line in title case ("Watch The Moment A Bridge …"): the word
        # before it is the sentence's own, not a section's (review 26)
        return None
    return m.start("article")


#: A section's label written as no sentence opens, all in lower case or all in capitals, of one
#: to three words, then a spaced colon or a bullet, then the title's or the teaser's capital
#: ("live ticker : Storm …", "WORLD•Two …": spent s30 and s33, two sites). A capitalised place
#: before a colon ("Jordan: …") is the title's own first words, and so are capitals before a
#: spaced colon, as French sets every colon: a body's initials ("ONU : Le Conseil …") or, in an
#: interview, the name of who answers ("ANA RUIZ : Nous …"), review 36; in capitals only the
#: bullet marks a label.
_MARKED_LABEL = re.compile(r"^\s*(?P<label>[^\W\d_]+(?:\s+[^\W\d_]+){0,2})"
                           r"(?:\s+:\s+|\s*(?P<bullet>•)\s*)(?=[\"“«„]?[^\W\d_])")
#: The title after such a label has at least this many words.
MIN_MARKED_TITLE_WORDS = 3


def _marked_label(text: str) -> int | None:
    m = _MARKED_LABEL.match(text)
    if m is None or len(m["label"]) > 25 or words(text[m.end():]) < MIN_MARKED_TITLE_WORDS:
        return None
    label, first = m["label"], text[m.end():].lstrip("\"“«„")[:1]
    if not first.isupper() or not (label.islower() or (
            label.isupper() and len(label) >= 2 and m["bullet"])):
        return None
    return m.end()


def section_prefix(text: str, language: str = "en") -> int | None:
    """Where a section's label glued before the text ends (past its dash), or None."""
    marked = _marked_label(text)
    if marked is not None:
        return marked
    kicker = _kicker(text, language)
    if kicker is not None:
        return kicker
    m = _DASHED_LABEL.match(text)
    if m is None or not m["label"][:1].isupper() or not text[m.end():][:1].isupper() or \
            words(text[m.end():]) < MIN_LEDE_WORDS:
        return None  # (a date after the label is a date line's: "Notizie - Il 4 maggio 2022")
    tokens = [t.casefold() for t in m["label"].split()]
    names = [t for t in tokens if t not in _JOINING]
    if names and tokens[0] in names and all(t in _section_words() for t in names):
        return m.end()
    return None


#: A topic bar in capitals glued before the lede, at the block's start or after a dateline's
#: dash ("Berlín, 20 de mayo (Efe).- TOPIC IN CAPITALS | The lede …"): two words or more in
#: capitals, a bar, then the lede's capital (round 27 on s14's pages).
_CAPS_BAR = re.compile(r"(?:^|(?<=[.)]-\s)|(?<=\s[–—-]\s))"
                       r"(?P<bar>[A-ZÀ-ÖØ-Þ]{2,}(?:\s+[A-ZÀ-ÖØ-Þ]{2,})+\s*\|)"
                       r"\s+(?=[\"“«¿¡]?[A-ZÀ-ÖØ-Þ])")
#: The dateline before a topic bar is short.
MAX_BAR_AT = 120


def topic_bar(text: str) -> tuple[int, int] | None:
    """Where a topic bar in capitals glued before the lede starts and ends, or None."""
    m = _CAPS_BAR.search(text[:MAX_BAR_AT + 100])
    if m is None or m.start() > MAX_BAR_AT or words(text[m.end():]) < MIN_LEDE_WORDS:
        return None
    return m.start("bar"), m.end("bar")


#: The first blocks of text a section's label may be glued to.
TOP_BLOCKS = 3


def part_notices(pieces: Sequence[Piece], source: str, index: LineIndex,
                 page: Page) -> list[Piece]:
    """Every piece, with a consent notice glued inside a block of no verdict cut out of it (a
    block the rule table knows whole, a banner of several sentences, is left to the table)."""
    out: list[Piece] = []
    top = 0
    for block, verdict in pieces:
        if verdict is None and top < TOP_BLOCKS:
            top += 1
            end = section_prefix(block.text, page.language)
            if end is not None:
                out.append((piece(block, 0, end, source, index), Verdict(
                    "navigation", "section-prefix", "the page's section glued before the text")))
                block = piece(block, end, len(block.text), source, index)
        run = _notice_run(block.text) if verdict is None else None
        if run is not None and TABLE.matches([block], 0, page) is not None:
            run = None
        cut = Verdict("consent-banner", "glued-cookie-notice",
                      "a consent notice for a blocked embed, glued inside the paragraph")
        if run is None and verdict is None and top <= TOP_BLOCKS:
            run = topic_bar(block.text)
            cut = Verdict("navigation", "glued-topic-bar",
                          "a topic bar in capitals glued before the lede")
        if run is None:
            out.append((block, verdict))
            continue
        start, end = run
        for a, b, v in ((0, start, None), (start, end, cut), (end, len(block.text), None)):
            part = piece(block, a, b, source, index)
            if part.text:
                out.append((part, v))
    return out
