"""Find an evidence quote in an article's text, forgiving only typographic differences.

Scraped text and hand-copied quotes differ in ways that do not change meaning: curly vs straight
quotes, en/em dashes vs hyphens, "…" vs "...", runs of white space. We normalise those on both
sides, keep a map back to the original offsets (so the passage can be marked on the page), and
search with ``str.find`` in the one article cited: no scan of the corpus per quote.

A quote must also *stand on its own* in the text: it starts and ends on word boundaries, and a
quote that starts or ends with a digit must not continue a number there (no digit, and no
thousands separator or decimal point followed by a digit, next to it). "308 militants" is not in
"1,308 militants", "5 million" not in "1.5 million", "130" not in "2130 fighters". Compatibility
folding (NFKC) never makes a number out of something that was not one: superscripts, subscripts,
vulgar fractions and circled digits stay as written, so "10³" is not "103" and "1½" is not
"11⁄2". Scripts written without spaces between words (Chinese, Japanese, Thai, Lao, Khmer,
Myanmar) have no word boundary to check; number boundaries still hold there.

When the quote is not there, rapidfuzz (a maintained C++ fuzzy matcher) finds the closest
passage for the hint, in time linear in the article: long quotes are placed by aligning three
64-character pieces of them (rapidfuzz's bit-parallel case), and only the windows they point
to are compared with the whole quote.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property

from rapidfuzz import fuzz

_TRANSLATE = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "\u00b4": "'",
    "`": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
    "\u00ab": '"', "\u00bb": '"',
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-",
    "\u2212": "-",
    "\u00a0": " ", "\u2009": " ", "\u202f": " ", "\u200b": "",
})


def _expand(ch: str) -> str:
    folded = unicodedata.normalize("NFKC", ch)
    if folded != ch and not ch.isdecimal() and any(c.isdigit() for c in folded):
        folded = ch  # ³, ½, ① are not the digits NFKC spells them with
    folded = folded.translate(_TRANSLATE)
    return "..." if folded == "\u2026" else folded


#: Scripts written without spaces between words: any position may be a word boundary.
_UNSPACED = re.compile(
    "[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u2e80-\u2fdf\u3000-\u30ff\u3100-\u31ff"
    "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f\U00020000-\U0003134f]")
#: What may stand between the digits of one number: thousands separators, decimal points.
_NUMBER_JOINS = frozenset(",.'\u066b\u066c")
#: Spaces that, between digits, group thousands ("1 308"); normalisation makes them " ".
_GROUPING_SPACES = frozenset("\u00a0\u202f\u2009")


def _wordlike(ch: str) -> bool:
    """Part of a word for boundary purposes: letters, digits (³ and ½ too), combining marks."""
    if ch.isalnum() or ch == "_":
        return not _UNSPACED.match(ch)
    return unicodedata.category(ch).startswith("M")


_WORD = re.compile(r"\S+")


def normalise(text: str) -> tuple[str, list[int]]:
    """Normalised text and, for each of its characters, the offset in ``text`` it came from.

    Words of plain ASCII (almost all of an English article) are their own normal form and are
    copied whole; only the others go character by character (this was 17 % of a cold
    1,000-article build)."""
    out: list[str] = []
    origin: list[int] = []
    space = False
    for m in _WORD.finditer(text):
        word, start = m.group(), m.start()
        space = space or bool(out)
        if word.isascii() and "`" not in word:
            if space:
                out.append(" ")
                origin.append(start)
                space = False
            out.append(word)
            origin.extend(range(start, m.end()))
            continue
        for i, ch in enumerate(word, start):
            piece = _expand(ch)
            if not piece:
                continue
            if space:
                out.append(" ")
                origin.append(i)
                space = False
            for c in piece:
                if c.isspace():
                    continue
                out.append(c)
                origin.append(i)
    return "".join(out), origin


def normalised(text: str) -> str:
    return normalise(text)[0]


@dataclass(frozen=True)
class Span:
    start: int  # offsets into the original text
    end: int


@dataclass(frozen=True)
class Closest:
    text: str
    score: float


class SearchableText:
    """One article's cleaned text, normalised once, searched many times."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.norm, self._origin = normalise(text)

    def find(self, quote: str) -> Span | None:
        """Where ``quote`` stands in the text on word and number boundaries, or None."""
        needle = normalised(quote)
        if not needle:
            return None
        norm = self.norm
        word_start = _wordlike(needle[0])
        at = norm.find(needle)
        tried = 0
        while at >= 0:
            end = at + len(needle)
            if self._starts_clear(at, needle[0]) and self._ends_clear(end, needle[-1]):
                return Span(self._origin[at], self._origin[end - 1] + 1)
            tried += 1
            if tried == _FIND_CALLS:  # a periodic near miss: str.find would re-read the quote
                break                # at every candidate; go on in one linear pass instead
            nxt = at + 1
            if word_start:  # the next candidate starts a word: skip the rest of this one
                while nxt < len(norm) and _wordlike(norm[nxt - 1]):
                    nxt += 1
            at = norm.find(needle, nxt)
        else:
            return None
        for later in occurrences(norm, needle, at + 1):
            end = later + len(needle)
            if self._starts_clear(later, needle[0]) and self._ends_clear(end, needle[-1]):
                return Span(self._origin[later], self._origin[end - 1] + 1)
        return None

    def _joined(self, i: int) -> bool:
        """True if the character at ``i`` of the normal text joins the digits around it into
        one number (1,308 / 1.5 / 1 308 with a no-break space)."""
        ch = self.norm[i]
        if ch in _NUMBER_JOINS:
            return True
        # A space of the normal text stands for the white space before the next word.
        return ch == " " and self.text[self._origin[i] - 1] in _GROUPING_SPACES

    def _starts_clear(self, at: int, first: str) -> bool:
        if at == 0:
            return True
        before = self.norm[at - 1]
        if _wordlike(first) and _wordlike(before):
            return False
        if first.isnumeric() and at >= 2 and self._joined(at - 1):
            return not self.norm[at - 2].isnumeric()
        return not (first.isnumeric() and before.isnumeric())

    def _ends_clear(self, end: int, last: str) -> bool:
        norm = self.norm
        if end >= len(norm):
            return True
        after = norm[end]
        if _wordlike(last) and _wordlike(after):
            return False
        if last.isnumeric() and end + 1 < len(norm) and self._joined(end):
            return not norm[end + 1].isnumeric()
        return not (last.isnumeric() and after.isnumeric())

    @cached_property
    def _lower(self) -> str:
        return self.norm.lower()

    def closest(self, quote: str) -> Closest | None:
        """The passage most like ``quote`` and how alike (0–100), for the "not found" hint."""
        needle = normalised(quote).lower()
        hay = self._lower
        if not needle or not hay:
            return None
        if len(needle) <= _PIECE:
            found = fuzz.partial_ratio_alignment(needle, hay)
            if found is None:  # pragma: no cover - rapidfuzz returns an alignment for text
                return None
            return Closest(self.norm[found.dest_start:found.dest_end], found.score)
        starts = set()
        for offset in (0, (len(needle) - _PIECE) // 2, len(needle) - _PIECE):
            piece = fuzz.partial_ratio_alignment(needle[offset:offset + _PIECE], hay)
            if piece is not None:
                starts.add(max(0, min(piece.dest_start - offset, len(hay) - len(needle))))
        best: Closest | None = None
        for start in sorted(starts):
            score = _alike(needle, hay[start:start + len(needle)])
            if best is None or score > best.score:
                best = Closest(self.norm[start:start + len(needle)], score)
        return best


#: Beyond this length a quote and a window are compared on evenly spaced samples.
_WHOLE = 2048
_SAMPLE = 256


def _alike(a: str, b: str) -> float:
    """rapidfuzz's ratio of ``a`` and ``b``; for long texts the mean over eight samples of ``a``,
    each aligned within 32 characters of its place in ``b`` (the edit-distance ratio of whole
    texts costs their lengths multiplied)."""
    if len(a) <= _WHOLE:
        return fuzz.ratio(a, b)
    step = (len(a) - _SAMPLE) // 7
    scores = [fuzz.partial_ratio(a[i:i + _SAMPLE], b[max(0, i - 32):i + _SAMPLE + 32])
              for i in range(0, 8 * step, step)]
    return sum(scores) / len(scores)


#: Candidates located with ``str.find`` before the rest are found in one linear pass.
_FIND_CALLS = 32


def occurrences(text: str, needle: str, start: int = 0) -> Iterator[int]:
    """Every position from ``start`` where ``needle`` occurs, overlapping ones included, in
    time linear in the text and the needle (Knuth–Morris–Pratt)."""
    fail = [0] * len(needle)
    k = 0
    for i in range(1, len(needle)):
        while k and needle[i] != needle[k]:
            k = fail[k - 1]
        if needle[i] == needle[k]:
            k += 1
        fail[i] = k
    k = 0
    last = len(needle) - 1
    for i in range(start, len(text)):
        ch = text[i]
        while k and ch != needle[k]:
            k = fail[k - 1]
        if ch == needle[k]:
            if k == last:
                yield i - last
                k = fail[k]
            else:
                k += 1


#: Quotes up to this long are aligned whole (rapidfuzz's bit-parallel case, linear in the
#: article); longer ones by three pieces of this length.
_PIECE = 64
