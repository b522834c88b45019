"""Word shingles and an exact index of them: which texts share which runs of words, and where.

Why an exact n-gram index and not MinHash: MinHash (``datasketch``) estimates how alike two whole
texts are, but a republished wire story is often *partial* (an outlet cuts it, or adds two
paragraphs of its own), and the article page must show which passages are shared. An exact
index of eight-word shingles gives both at once: the pairs that share passages, how many
shingles they share, and the character span of every shared run. Measured on the labelled
corpus it is also more precise and faster (``bench/copies.py``, BENCHMARKS.md).

The cost is linear in the words of the corpus: each text is hashed once (vectorised with numpy;
the hashes are kept per article between rebuilds), the hashes of all texts are sorted once, and
only shingles that occur in more than one text are looked at. A shingle found in very many texts
is a stock phrase, not a copy, and is ignored (:data:`COMMON`), which keeps the pair counting
bounded on any corpus.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np
import regex

from generator.text.quotation import quoted_spans

#: Words per shingle: long enough that two independent reports almost never share one by
#: chance ("the death toll rose to" is five), short enough that a copied sentence has several.
SHINGLE = 6
#: A shingle found in more texts than this (or than :data:`COMMON_SHARE` of them, if larger) is a
#: stock phrase or page furniture, not a copy.
COMMON = 60
COMMON_SHARE = 0.05

#: A word keeps its combining marks: to `re` a Bengali or Devanagari vowel sign is no word
#: character, so every word of those scripts fell into one-letter pieces, and two different
#: reports naming the same minister shared enough six-piece runs to be called one copy.
_WORD = regex.compile(r"[\w\p{M}]+")
_PRIME = np.uint64(1099511628211)  # FNV-64 prime: a multiplier that mixes the low bits up


@dataclass
class Shingled:
    """One text's shingle hashes, and where its words are (found when first asked: only the
    texts of a copy family need their passages located)."""

    text: str
    hashes: np.ndarray  # uint64, one per shingle: shingle i covers words i .. i+SHINGLE-1
    quoted: np.ndarray  # bool, one per shingle: it has a word inside quotation marks
    _bounds: tuple[np.ndarray, np.ndarray] | None = None

    @property
    def size(self) -> int:
        return len(self.hashes)

    def span(self, first: int, last: int) -> tuple[int, int]:
        """Characters covered by shingles ``first`` .. ``last`` (inclusive)."""
        if self._bounds is None:
            found = [m.span() for m in _WORD.finditer(self.text)]
            self._bounds = (np.array([a for a, _b in found], dtype=np.int64),
                            np.array([b for _a, b in found], dtype=np.int64))
        starts, ends = self._bounds
        return int(starts[first]), int(ends[last + SHINGLE - 1])

    def after(self, head: str, rest: str) -> Shingled:
        """The shingles of ``rest`` alone, when this is ``head`` and ``rest`` on lines of their
        own: those from the first word of ``rest`` on (a shingle is its six words' hashes, and
        quotations are read line by line, so the headline's words change nothing after them).
        The off-event test reads an article without a headline its address made up, the copy
        finder with it: one shingling serves both."""
        skip = len(_WORD.findall(head))
        return Shingled(rest, self.hashes[skip:], self.quoted[skip:])


def shingle(text: str) -> Shingled:
    """Words (Unicode letters and digits, compared case-folded) and their shingle hashes.

    Punctuation, quote marks and white space are not words, so a copy that changed curly quotes
    to straight ones, or re-wrapped its paragraphs, still shares every shingle. The words are
    found by the regular-expression engine a stretch at a time (outside and inside quotations),
    never one by one in Python: this runs on every article of every build."""
    words: list[str] = []
    flags: list[bool] = []
    pos = 0
    # quotations: two outlets quoting one statement share its words without copying each other
    for start, end in quoted_spans(text):
        for inside, (a, b) in ((False, (pos, start)), (True, (start, end))):
            found = _WORD.findall(text, a, b)
            words += found
            flags += [inside] * len(found)
        pos = end
    found = _WORD.findall(text, pos)
    words += found
    flags += [False] * len(found)
    count = len(words) - SHINGLE + 1
    if count <= 0:
        return Shingled(text, np.zeros(0, dtype=np.uint64), np.zeros(0, dtype=bool))
    folded = " ".join(words).casefold().split(" ")  # case-folding never makes a space
    hashed = np.fromiter(map(hash, folded), dtype=np.int64, count=len(folded)).view(np.uint64)
    hashes = np.zeros(count, dtype=np.uint64)
    for k in range(SHINGLE):
        hashes = hashes * _PRIME + hashed[k:k + count]  # wraps modulo 2**64, as intended
    in_quote = np.array(flags, dtype=bool)
    quoted = np.zeros(count, dtype=bool)
    for k in range(SHINGLE):
        quoted |= in_quote[k:k + count]
    return Shingled(text, hashes, quoted)


@dataclass
class Overlap:
    """What two texts share: how many distinct shingles (and how many of them outside quotation
    marks in both), and how many each has."""

    shared: int
    sizes: tuple[int, int]
    narration: int = 0
    #: shared shingles one text has inside quotation marks and the other outside them: the one
    #: quotes the other's own words (a press release, a statement), as a report citing it does
    cited: int = 0

    @property
    def containment(self) -> float:
        """The share of the shorter text's shingles that are in the other: 1.0 for a text wholly
        contained in the other (a cut copy), whatever the other adds."""
        small = min(self.sizes)
        return self.shared / small if small else 0.0

    @property
    def uncited(self) -> float:
        """:attr:`containment` without the :attr:`cited` shingles: what the two print alike,
        in their own words or in quotations both print."""
        small = min(self.sizes)
        return (self.shared - self.cited) / small if small else 0.0


class ShingleIndex:
    """Every shingle of a set of texts, sorted once; answers which pairs of texts overlap and
    which of a text's shingles another text has too."""

    def __init__(self, texts: list[Shingled]) -> None:
        self.texts = texts
        n = len(texts)
        owners = np.repeat(np.arange(n, dtype=np.int64), [t.size for t in texts])
        if texts:
            hashes = np.concatenate([t.hashes for t in texts])
            quoted = np.concatenate([t.quoted for t in texts])
        else:
            hashes, quoted = np.zeros(0, np.uint64), np.zeros(0, bool)
        # one entry per (shingle, text), quoted first: a phrase repeated in a text counts once,
        # and as narration if the text has it outside quotation marks anywhere
        order = np.lexsort((~quoted, owners, hashes))
        hashes, owners, quoted = hashes[order], owners[order], quoted[order]
        last = np.ones(len(hashes), dtype=bool)
        last[:-1] = (hashes[1:] != hashes[:-1]) | (owners[1:] != owners[:-1])
        hashes, owners, quoted = hashes[last], owners[last], quoted[last]
        # runs of equal hashes = the texts sharing that shingle
        if len(hashes):
            bounds = np.flatnonzero(np.concatenate(([True], hashes[1:] != hashes[:-1], [True])))
        else:
            bounds = np.zeros(1, dtype=np.int64)
        sizes = np.diff(bounds)
        limit = max(COMMON, int(COMMON_SHARE * n))
        self.common = int(np.count_nonzero(sizes > limit))
        self._n = n
        # Most shared shingles are shared by two texts: counted with numpy, all at once. The
        # few shared by more (a wire story in five outlets) are counted pair by pair.
        two = bounds[:-1][sizes == 2]
        self._pairs = (owners[two], owners[two + 1], quoted[two] | quoted[two + 1],
                       quoted[two] ^ quoted[two + 1])
        self._groups = [(owners[bounds[i]:bounds[i + 1]].tolist(),
                         quoted[bounds[i]:bounds[i + 1]].tolist())
                        for i in np.flatnonzero((sizes > 2) & (sizes <= limit))]

    def overlaps(self, minimum: int = 1) -> dict[tuple[int, int], Overlap]:
        """Pairs of texts (by index, lower first) sharing at least ``minimum`` shingles."""
        counts: Counter = Counter()
        narration: Counter = Counter()
        cited: Counter = Counter()
        a, b, q, one = self._pairs
        keys = a * self._n + b
        for subset, counter in ((keys, counts), (keys[~q], narration), (keys[one], cited)):
            found, times = np.unique(subset, return_counts=True)
            counter.update(dict(zip(((int(k) // self._n, int(k) % self._n) for k in found),
                                    times.tolist(), strict=True)))
        for members, quoted in self._groups:
            for i, x in enumerate(members):
                for k in range(i + 1, len(members)):
                    pair = (x, members[k])
                    counts[pair] += 1
                    if not (quoted[i] or quoted[k]):
                        narration[pair] += 1
                    elif quoted[i] != quoted[k]:
                        cited[pair] += 1
        return {pair: Overlap(shared, (self.texts[pair[0]].size, self.texts[pair[1]].size),
                              narration[pair], cited[pair])
                for pair, shared in counts.items() if shared >= minimum}

    def shared_with(self, text: int, others: set[int]) -> list[tuple[int, int]]:
        """Character spans of ``text`` covered by shingles that one of ``others`` has too,
        merged into runs, in text order."""
        mine = self.texts[text]
        theirs = [self.texts[o].hashes for o in sorted(others) if o != text]
        if not theirs or not mine.size:
            return []
        hit = np.isin(mine.hashes, np.concatenate(theirs))
        return _runs(mine, np.flatnonzero(hit).tolist())


def _runs(text: Shingled, positions: list[int]) -> list[tuple[int, int]]:
    """Merge overlapping shingles (positions fewer than SHINGLE apart) into character spans."""
    spans: list[tuple[int, int]] = []
    first = last = None
    for p in positions:
        if first is not None and p <= last + SHINGLE:
            last = p
            continue
        if first is not None:
            spans.append(text.span(first, last))
        first = last = p
    if first is not None:
        spans.append(text.span(first, last))
    return spans


def connected(count: int, pairs: Iterable[tuple[int, int]]) -> list[int]:
    """For each of ``count`` items, a representative of the group the ``pairs`` join it to
    (union-find): copy families in analysis, copy groups in the off-event test."""
    parent = list(range(count))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, j in pairs:
        parent[root(i)] = root(j)
    return [root(i) for i in range(count)]
