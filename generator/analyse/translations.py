"""Translations of one story: an article in one language that renders another's text (issue 15).

Six-word runs (:mod:`generator.text.shingles`) find copies in one language only; an EFE story in
Spanish and its English version share no run, and a reader would be told two outlets confirm a
figure where one translated the other. What survives translation is not the words but their
*marks*: the numbers as the text states them (``10.000`` and ``10,000`` are one value, read by
:mod:`generator.text.quantities` in each text's own language) and the names inside a sentence,
folded to a consonant skeleton of their Latin letters (:func:`generator.text.names.skeleton`:
"Rhodes" and "Rodes" are one, and a name in another script meets its transliteration).

Two independent reports of one event share these marks too: the toll, the place, the
official's name, even a quotation in translation. What they do not share is the *order of the
sentences*. A translator renders the story sentence by sentence, from its top, so sentence k
of the translation carries the marks of sentence k of the original (give or take a sentence a
page adds or merges), and the two sentences are of like length. Two outlets rewriting one
event order it each their own way: the figure the one opens on the other gives in its fourth
sentence, and its sentences are cut differently. The test is therefore an order-preserving
alignment along one diagonal of the sentence grid:

* a sentence pair *holds* when the two sentences share a mark and their lengths are within
  :data:`LENGTH_RATIO` of each other;
* the diagonal (sentence k against sentence k + d, ``|d|`` at most :data:`MAX_OFFSET`: a page
  may open on a subtitle the other lacks) must hold at :data:`MIN_SENTENCES` pairs or more,
  with :data:`MIN_MARKS` shared marks in all; the path may move once onto another diagonal,
  never back on the other text: a page that adds, drops or merges one sentence midway goes on
  one sentence off (trial 38: two renderings of one agency story, one with a sentence of its
  own after the fourth, were two sources);
* it must *follow* the other text: of the sentences in the overlap that share any mark
  with the other text at all, at least :data:`MIN_FOLLOWED` hold on the diagonal. Two rewrites
  share marks all over the grid, off the diagonal;
* and its sentences must keep their lengths: a translator renders every sentence, those with
  no number or name too, so at least :data:`MIN_FOLLOWED` of all the overlap's sentence pairs
  on the diagonal are of like length (the length-based alignment of parallel texts, Gale and
  Church 1993). Two rewrites that open on the same statement cut the rest their own way.

The thresholds were set on the corpus's development pages and the spent sealed sets, where
the nearest independent pair (two outlets' rewrites of one agency story, in Italian and
German, the same figures and quotation in the same order) held at 5 pairs and 9 marks but
followed at 62 % by marks and 67 % by lengths; translations follow at 90 % and more by both
(FIDELITY.md, "Translations, round sptrans").

Which pairs are aligned at all: those in two languages sharing :data:`MIN_MARKS` marks, found
through an index of the marks (:func:`candidates`) rather than by comparing every pair, so that
a briefing of thousands of articles in several languages costs time near-linear in its size. A
mark carried by more articles than :data:`~generator.text.shingles.COMMON` (or
:data:`~generator.text.shingles.COMMON_SHARE` of them, if more), the event's place or year in a
large briefing, is a stock mark, as a six-word run that common is a stock phrase: it does not
count towards a candidate (the alignment, once a pair is a candidate, reads every mark).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from generator.content.cache import BuildCache
from generator.content.model import Article
from generator.text.names import skeleton
from generator.text.quantities.model import QUANTITY, YEAR
from generator.text.quantities.reader import read
from generator.text.sentences import sentence_spans
from generator.text.shingles import COMMON, COMMON_SHARE

#: Sentence pairs on the diagonal that hold, marks they share, and the part of the sentences
#: with marks that hold, and of all the overlap's sentences of like length (see the module's
#: docstring).
MIN_SENTENCES = 3
MIN_MARKS = 8
MIN_FOLLOWED = 0.8
#: How far apart in length two sentences of a translation may be (a translation runs a tenth to
#: a third longer or shorter than its original, by language; 1.5 both ways).
LENGTH_RATIO = 1.5
#: How many sentences one text may open on that the other lacks.
MAX_OFFSET = 2
#: Letters a name's skeleton keeps: declensions and transliterations differ in their endings.
SKELETON = 4

_WORD = re.compile(r"[^\W\d_][\w’'-]*")
#: What ends a sentence or a paragraph, or opens a quotation: a capital after it is no name's.
_OPENING = re.compile(r"(?:^|[.!?:;…\n\"“«„(—–-])\s*$")


@dataclass(frozen=True)
class Signature:
    """What survives translation of one article, sentence by sentence."""

    spans: tuple[tuple[int, int], ...]  # the sentences, character spans of Article.text
    marks: tuple[Counter[str], ...]  # each sentence's numbers and folded names
    every: Counter[str]  # all of them, for a quick test before the alignment


@dataclass(frozen=True)
class Alignment:
    """Where two texts follow one another: pairs of sentence indices, first text first."""

    pairs: tuple[tuple[int, int], ...]
    marks: int


def signature(article: Article) -> Signature:
    """The marks of each sentence of ``article``'s text: its numbers by value (quantities and
    years: a time or a list number is written as each language writes it) and its capitalised
    words not opening a sentence, as consonant skeletons (the word opening a sentence is
    capitalised in every language, a name or not)."""
    text = article.text
    spans = sentence_spans(text)
    starts = [a for a, _b in spans]
    marks: list[Counter[str]] = [Counter() for _ in spans]

    def put(at: int, mark: str) -> None:
        if marks:
            marks[max(bisect_right(starts, at) - 1, 0)][mark] += 1

    for at, mark in _numbers(text, article.language or "en"):
        put(at, mark)
    for word in _WORD.finditer(text):
        w = word.group()
        if len(w) < 3 or not w[0].isupper() or _opens(text, word.start()):
            continue
        folded = skeleton(w)[:SKELETON]
        if folded:
            put(word.start(), folded)
    every: Counter[str] = Counter()
    for m in marks:
        every.update(m)
    return Signature(tuple(spans), tuple(marks), every)


def _numbers(text: str, language: str) -> list[tuple[int, str]]:
    """Where each number of ``text`` stands, and its mark: the value as the text's language
    writes it (quantities and years; a time or a list number is written as each writes it)."""
    return [(q.start, f"#{q.value:g}") for q in read(text, language)
            if q.value is not None and q.kind in (QUANTITY, YEAR)]


def number_marks(text: str, language: str) -> Counter[str]:
    """The numbers of a short text by value, as a translation keeps them ("12 verurteilte
    Schmuggler" and "12 convicted smugglers": one mark, "#12")."""
    return Counter(mark for _at, mark in _numbers(text, language))


def aligned(a: Signature, b: Signature) -> Alignment | None:
    """How ``a`` and ``b`` follow one another sentence by sentence, when one translates the
    other; None when they do not (see the module's docstring)."""
    if sum((a.every & b.every).values()) < MIN_MARKS:
        return None
    n, m = len(a.spans), len(b.spans)
    shared = {(i, j): k for i in range(n) for j in range(m)
              if (k := sum((a.marks[i] & b.marks[j]).values()))}
    rows = _prefix([any((i, j) in shared for j in range(m)) for i in range(n)])
    cols = _prefix([any((i, j) in shared for i in range(n)) for j in range(m)])
    diagonals = [_Diagonal(d, n, m, shared, a, b)
                 for d in range(-MAX_OFFSET, MAX_OFFSET + 1) if max(0, d) < min(n, m + d)]
    best: tuple[int, _Diagonal, _Diagonal, int] | None = None
    for first in diagonals:
        # one diagonal, or two: a page that adds, drops or merges a sentence midway moves the
        # rest of the text onto the next diagonal (trial 38: an Italian and a Portuguese
        # rendering of one story, one sentence added after the fourth); the second may not go
        # back on the other text (its sentence k - d2 comes after the first's k - 1 - d1), nor
        # jump past more than one sentence of it (review 32: any lower diagonal was allowed)
        for second in (d for d in diagonals if abs(d.d - first.d) <= 1):
            cuts = [first.hi] if second is first else range(
                max(first.lo, second.lo) + 1, min(first.hi, second.hi))
            for k in cuts:
                end = max(k, second.hi)
                held = first.count(first.lo, k) + second.count(k, end)
                marks = first.marks(first.lo, k) + second.marks(k, end)
                with_marks = max(rows[end] - rows[first.lo],
                                 cols[end - second.d if end > k else k - first.d]
                                 - cols[first.lo - first.d])
                steps = end - first.lo
                lengths = first.alike(first.lo, k) + second.alike(k, end)
                if (held >= MIN_SENTENCES and marks >= MIN_MARKS
                        and held >= MIN_FOLLOWED * with_marks
                        and lengths >= MIN_FOLLOWED * steps
                        and (best is None or marks > best[0])):
                    best = (marks, first, second, k)
    if best is None:
        return None
    marks, first, second, k = best
    return Alignment(first.pairs(first.lo, k) + second.pairs(k, second.hi), marks)


def _prefix(flags: Sequence[bool | int]) -> list[int]:
    """Running sums: ``out[k]`` is the sum of the first k flags."""
    out = [0]
    for f in flags:
        out.append(out[-1] + int(f))
    return out


class _Diagonal:
    """One diagonal of the sentence grid (sentence i of one text against sentence i - d of the
    other): running counts of its pairs that hold, their marks and its pairs of like length,
    so that any stretch of it is counted at once."""

    def __init__(self, d: int, n: int, m: int, shared: dict, a: Signature, b: Signature):
        self.d, self.lo, self.hi = d, max(0, d), min(n, m + d)
        span = range(self.lo, self.hi)
        alike = [_alike(a.spans[i], b.spans[i - d]) for i in span]
        held = [ok and (i, i - d) in shared for i, ok in zip(span, alike, strict=True)]
        self._held = _prefix(held)
        self._marks = _prefix([shared[(i, i - d)] if h else 0
                               for i, h in zip(span, held, strict=True)])
        self._alike = _prefix(alike)
        self._flags = held

    def _cut(self, lo: int, hi: int) -> tuple[int, int]:
        lo, hi = max(lo, self.lo), min(hi, self.hi)
        return (lo - self.lo, hi - self.lo) if hi > lo else (0, 0)

    def count(self, lo: int, hi: int) -> int:
        a, b = self._cut(lo, hi)
        return self._held[b] - self._held[a]

    def marks(self, lo: int, hi: int) -> int:
        a, b = self._cut(lo, hi)
        return self._marks[b] - self._marks[a]

    def alike(self, lo: int, hi: int) -> int:
        a, b = self._cut(lo, hi)
        return self._alike[b] - self._alike[a]

    def pairs(self, lo: int, hi: int) -> tuple[tuple[int, int], ...]:
        a, b = self._cut(lo, hi)
        return tuple((self.lo + k, self.lo + k - self.d) for k in range(a, b) if self._flags[k])


def _opens(text: str, at: int) -> bool:
    """Whether the word at ``at`` opens a sentence, a paragraph or a quotation (a look back
    over a bounded window: the test is linear in the text)."""
    return _OPENING.search(text, max(0, at - 40), at) is not None


def _alike(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Two sentences of like length: within :data:`LENGTH_RATIO` of each other."""
    la, lb = a[1] - a[0], b[1] - b[0]
    return max(la, lb) <= LENGTH_RATIO * max(min(la, lb), 1)


#: Character spans of ``Article.text``: the sentences of each text that follow the other's.
Followed = tuple[tuple[tuple[int, int], ...], tuple[tuple[int, int], ...]]


def translations(articles: Sequence[Article], cache: BuildCache
                 ) -> dict[tuple[int, int], Followed]:
    """The pairs of ``articles`` (indices, lower first) in two languages of which one renders
    the other, with the sentences of each that follow the other's. Only articles with another
    language in the briefing are read (a briefing in one language costs nothing), each once
    per build."""
    languages = [a.language or "" for a in articles]
    if len({lang for lang in languages if lang}) < 2:
        return {}

    def marks(i: int) -> Signature:
        return cache.on(articles[i], "translation marks", None, lambda: signature(articles[i]))

    read = [i for i, lang in enumerate(languages) if lang]
    signatures = {i: marks(i) for i in read}
    found = {}
    for i, j in candidates({i: s.every for i, s in signatures.items()}, languages):
        a, b = signatures[i], signatures[j]
        alignment = aligned(a, b)
        if alignment is not None:
            found[(i, j)] = (tuple(a.spans[k] for k, _l in alignment.pairs),
                             tuple(b.spans[k] for _l, k in alignment.pairs))
    return found


def candidates(every: dict[int, Counter[str]], languages: Sequence[str]
               ) -> list[tuple[int, int]]:
    """The pairs of articles (indices, lower first) in two languages that share at least
    :data:`MIN_MARKS` marks, counted as :func:`aligned` counts them (a mark twice in both texts
    twice), stock marks aside (see the module's docstring). An index of the marks, sorted once:
    each mark's articles are paired with one another, never every article with every other."""
    ids: dict[str, int] = {}
    owners, keys, counts = [], [], []
    for i, found in every.items():
        for mark, k in found.items():
            owners.append(i)
            keys.append(ids.setdefault(mark, len(ids)))
            counts.append(k)
    if not owners:
        return []
    order = np.argsort(np.asarray(keys), kind="stable")
    owner, key, count = (np.asarray(v, dtype=np.int64)[order] for v in (owners, keys, counts))
    bounds = np.flatnonzero(np.concatenate(([True], key[1:] != key[:-1], [True])))
    limit = max(COMMON, int(COMMON_SHARE * len(every)))
    firsts, seconds, weights = [], [], []
    for lo, hi in zip(bounds[:-1].tolist(), bounds[1:].tolist(), strict=True):
        if 2 <= hi - lo <= limit:
            x, y = np.triu_indices(hi - lo, 1)
            firsts.append(owner[lo + x])
            seconds.append(owner[lo + y])
            weights.append(np.minimum(count[lo + x], count[lo + y]))
    if not firsts:
        return []
    a, b = np.concatenate(firsts), np.concatenate(seconds)
    a, b = np.minimum(a, b), np.maximum(a, b)
    pairs, inverse = np.unique(a * (max(every) + 1) + b, return_inverse=True)
    shared = np.bincount(inverse, weights=np.concatenate(weights))
    out = []
    for pair in pairs[shared >= MIN_MARKS].tolist():
        i, j = divmod(pair, max(every) + 1)
        if languages[i] != languages[j]:
            out.append((i, j))
    return out

