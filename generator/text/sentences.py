"""Sentences with their offsets in an article's cleaned text.

Offsets are into ``Article.text`` (paragraphs joined by a blank line), so that a clause taken
from a sentence is exactly a substring of the text ``briefing check`` searches.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Protocol

from generator.text.datelines import read_dateline
from generator.text.languages import ordinal_day_months
from generator.text.lexicon import ABBREVIATIONS, PERSON_TITLE_ABBREVIATIONS

#: A sentence end: a run of end marks (matched only from its first character, and never given
#: back, so a run of 100,000 dots is read once, not once per dot), closing quotes, white space.
#: The danda (।, ॥) ends a sentence in Hindi, Nepali and Bengali.
#: French sets a space inside its guillemets: "… tard. « Nous …" opens a sentence on one, and
#: "« Non. » Puis …" closes one with its " »". Dutch and English copy open a quotation with a
#: straight single mark too ("… zegt Ana Smit. 'Maar …'", round fspk5: the two sentences were
#: one, and the first speaker's words were read as the second quotation's speaker).
_BOUNDARY = re.compile(r"(?<![.!?…।॥])[.!?…।॥]++(?:[\"”’')\]»«]|[ \u00a0\u202f]»(?=\s))*+\s++"
                       r"(?=(?:[\"“‘'(\[„‚»]|«[ \u00a0\u202f]?)?([^\W_]))")
#: Chinese and Japanese end a sentence with full-width marks and no space after them; the danda
#: and the Urdu full stop (۔) end one whatever follows (scraped Hindi glues the next sentence on).
_IDEOGRAPHIC = re.compile(r"[。！？]++[」』”’）)]*+|[।॥۔]++[\"”’')\]»«]*+\s*+")
_LATIN_LETTER = re.compile(r"[A-Za-zÀ-ɏ]")


def _starts_sentence(letter: str) -> bool:
    """Whether a sentence may start on this letter after an end mark: a capital or a digit in
    Latin script (a lower-case word follows an abbreviation), and in the other scripts any
    letter but a lower-case one (Cyrillic and Greek have cases; Arabic, Hangul, kana and
    ideographs have none, so their sentences start on any letter)."""
    if _LATIN_LETTER.match(letter):
        return letter.isupper()  # accented capitals too: "… lunes. Él dijo", "… Tag. Über"
    return not letter.islower()
#: The word before a full stop, read in a window of this many characters: no abbreviation is
#: longer, and reading the whole text before every full stop made splitting quadratic.
_WORD_WINDOW = 32
_LAST_WORD = re.compile(r"[\w.’']+$")


@dataclass(frozen=True)
class Sentence:
    """One sentence of an article, with its offsets in :attr:`Article.text`."""

    start: int
    end: int
    text: str
    paragraph: int  # index of the paragraph it belongs to

    def local(self, offset: int) -> int:
        return offset - self.start


#: Two sentences glued by the scraper ("including Delhi.The army spokesman said"): a full stop
#: between a word of lower-case letters and a capitalised word, with no space.
_GLUED = re.compile(r"(?<=[a-z][a-z])[.!?](?=[A-Z][a-z])")


_NEXT_WORD = re.compile(r"[^\W\d_]+")


def _day_before_month(token: str, text: str, m: re.Match[str]) -> bool:
    """A day's number with its ordinal full stop before a month's name ("am Freitag, 2. Mai,
    im Hafen", "den 3. maj"): German and the Nordic and Slavic languages write the day so, and
    the stop ends no sentence (trial 12: an event's clause was cut after the day's number). The
    months of those languages only, whole and in their case: an English sentence may open with
    "May" or "March", a German one with "Sie", after a sentence ending on a count (review 7)."""
    if not (token.isdigit() and len(token) <= 2 and m.lastindex):
        return False
    word = _NEXT_WORD.match(text, m.start(1))
    return word is not None and word.group(0) in ordinal_day_months()


#: Articles and prepositions joined with one that a German (or Nordic) ordinal in digits
#: follows: "im 19. Jahrhundert", "zum 3. Mal", "der 2. Stock" (round 25: a sentence was cut after
#: the century, and the century's number took the length before it as its unit). Not "die",
#: an English verb before a count ending a sentence.
_BEFORE_ORDINAL = frozenset({"im", "am", "zum", "zur", "beim", "vom", "ins", "der", "dem", "den",
                             "des", "das", "seit", "ab"})


def _ordinal_after_article(token: str, text: str, word: re.Match[str] | None) -> bool:
    """A number of one to three digits with its full stop, an article right before it: an
    ordinal, no sentence's end."""
    if not (token.isdigit() and len(token) <= 3 and word is not None):
        return False
    before = text[max(0, word.start() - 8):word.start()].split()[-1:]
    return bool(before) and before[0].lower() in _BEFORE_ORDINAL


#: "About" abbreviated before a number, which ends no sentence there ("ok. 5 tys.": Polish
#: około, Dutch ongeveer); before a capital they may end one (English "it was ok. Then").
_ABOUT = frozenset({"ok", "ong"})


def _splits(text: str) -> list[int]:
    cuts = []
    # a dateline's own stop ends no sentence: "VARN, Freedonia. (AP) — At least …" (trial 39:
    # the lede's evidence opened on "AP) —")
    opening = read_dateline(text) if "(" in text[:160] else None
    cuts.extend(m.end() for m in _IDEOGRAPHIC.finditer(text) if m.end() < len(text))
    for m in [*_BOUNDARY.finditer(text), *_GLUED.finditer(text)]:
        if (m.lastindex and not _starts_sentence(m.group(1))) or (
                opening is not None and m.end() < opening.end):
            continue
        window = max(0, m.start() - _WORD_WINDOW)
        word = _LAST_WORD.search(text, window, m.start())
        # a word filling the whole window is longer than any abbreviation
        whole = word is not None and (word.start() > window or window == 0)
        token = (word.group(0) if word and whole else "").lower().rstrip(".")
        if text[m.start()] == "." and (token in ABBREVIATIONS or re.fullmatch(r"[a-z]", token)
                                       or (token in _ABOUT and text[m.end():m.end() + 1].isdigit())
                                       or re.fullmatch(r"(?:[a-z]\.)+[a-z]", token)
                                       or _day_before_month(token, text, m)
                                       or _ordinal_after_article(token, text, word)
                                       or _title_before_name(word, text, m)):
            continue
        cuts.append(m.end())
    return sorted(set(cuts))


def _title_before_name(word: re.Match | None, text: str, m: re.Match) -> bool:
    """A person's title written short, with its capital, before a capitalised word: "Det. Sgt.
    Anna Kowal" (the lower-case "det." ends a Danish or Norwegian sentence, so "det" is no
    abbreviation of :data:`ABBREVIATIONS`)."""
    return (word is not None and word.group(0).rstrip(".") in PERSON_TITLE_ABBREVIATIONS
            and text[m.end():m.end() + 1].isupper())


class Paragraphed(Protocol):
    """An article as far as sentences go: its paragraphs, each with a ``text``."""

    @property
    def paragraphs(self) -> Sequence[Any]: ...


def paragraph_offsets(article: Paragraphed) -> list[tuple[int, str]]:
    """(offset in Article.text, paragraph text) for each paragraph."""
    out, at = [], 0
    for block in article.paragraphs:
        out.append((at, block.text))
        at += len(block.text) + 2
    return out


#: No sentence is longer than this: a longer run (a flattened table, a list, text without full
#: stops) is cut at a space. Every rule that reads a sentence (attribution, quotations, the
#: subject before a verb) then costs at most a constant per character of the article.
MAX_SENTENCE = 600


def _bounded(start: int, end: int, text: str) -> list[tuple[int, int]]:
    """(start, end) cut into pieces of at most :data:`MAX_SENTENCE` characters, at spaces."""
    out = []
    while end - start > MAX_SENTENCE:
        cut = text.rfind(" ", start + MAX_SENTENCE // 2, start + MAX_SENTENCE)
        cut = cut if cut > start else start + MAX_SENTENCE
        out.append((start, cut))
        start = cut
        while start < end and text[start] == " ":
            start += 1
    if end > start:
        out.append((start, end))
    return out


@lru_cache(maxsize=256)
def _sentences_of(text: str) -> tuple[tuple[int, int], ...]:
    bounds, start = [], 0
    for cut in [*_splits(text), len(text)]:
        piece = text[start:cut]
        stripped = piece.rstrip()
        lead = len(piece) - len(piece.lstrip())
        if stripped.strip():
            if bounds and len(stripped) < MAX_SENTENCE and \
                    re.fullmatch(r"\([^()]*\)\W*", stripped.strip()):
                bounds[-1] = (bounds[-1][0], start + len(stripped))  # "… (Levant Wire)"
            else:
                bounds.append((start + lead, start + len(stripped)))
        start = cut
    return tuple(piece for a, b in bounds for piece in _bounded(a, b, text))


def sentence_spans(text: str) -> tuple[tuple[int, int], ...]:
    """The sentences of one text (a line, a paragraph) as (start, end) offsets into it."""
    return _sentences_of(text)


def sentences(article: Paragraphed) -> list[Sentence]:
    """Every sentence of the article, not split at abbreviations ("Col.", "U.S.") or initials,
    with a closing "(Levant Wire)" kept on the sentence before it; none longer than
    :data:`MAX_SENTENCE`."""
    out = []
    for index, (offset, text) in enumerate(paragraph_offsets(article)):
        for start, end in _sentences_of(text):
            out.append(Sentence(offset + start, offset + end, text[start:end], index))
    return out


def words(text: str) -> int:
    return len(text.split())


def sentence_at(sents: Sequence[Sentence], offset: int,
                starts: Sequence[int] | None = None) -> Sentence | None:
    """The sentence of ``sents`` (in text order) holding article offset ``offset``, by bisection
    (``starts``: the sentences' start offsets, when the caller keeps them)."""
    starts = starts if starts is not None else [s.start for s in sents]
    i = bisect_right(starts, offset)
    if i and sents[i - 1].start <= offset < sents[i - 1].end:
        return sents[i - 1]
    return None
