"""Which pairs of names to compare: every pair when there are few, near neighbours when many.

Spelling hints and extract's name clusters compare names pairwise. Over all pairs, 4,000 names in
the articles took 275 s (8 million comparisons in one bucket), and twice the names four times as
long. The standard remedy in record linkage is *blocking*: compare only pairs that could match.

* A block of up to :data:`ALL_PAIRS` pairs (about 300 names) is compared exhaustively, with
  rapidfuzz's ``process.cdist`` (C, all cores) and a score cut-off: exactly what comparing every
  pair gave, for every briefing of normal size.
* A larger block is compared by the *sorted neighbourhood* method: the names are sorted by three
  keys (the normal form, the normal form reversed, the consonant skeleton) and each is compared
  with the :data:`WINDOW` names that follow it in each order. Spelling variants share a
  beginning, an ending or their consonants, so they sort close together in at least one order;
  the work is linear in the number of names.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence

import numpy as np
from rapidfuzz import fuzz, process

#: A block with at most this many pairs is compared exhaustively.
ALL_PAIRS = 50_000
#: How many following names each name is compared with in each sorted order of a large block.
WINDOW = 24


def _exhaustive(names: Sequence[str], members: list[int], cutoff: float,
                normal: Callable[[str], str]) -> Iterator[tuple[int, int]]:
    forms = [normal(names[i]) for i in members]
    scores = process.cdist(forms, forms, scorer=fuzz.ratio, score_cutoff=cutoff, workers=1)
    rows, cols = np.nonzero(np.triu(scores, k=1))
    for r, c in zip(rows.tolist(), cols.tolist(), strict=True):
        yield members[r], members[c]


def _neighbours(names: Sequence[str], members: list[int],
                keys: Sequence[Callable[[str], str]]) -> Iterator[tuple[int, int]]:
    seen: set[tuple[int, int]] = set()
    for key in keys:
        order = sorted(members, key=lambda i: (key(names[i]), i))
        for p, i in enumerate(order):
            for j in order[p + 1:p + 1 + WINDOW]:
                pair = (i, j) if i < j else (j, i)
                if pair not in seen:
                    seen.add(pair)
                    yield pair


def candidate_pairs(names: Sequence[str], *, block: Callable[[str], str],
                    normal: Callable[[str], str], keys: Sequence[Callable[[str], str]],
                    cutoff: float) -> Iterator[tuple[int, int]]:
    """Index pairs (i < j) of ``names`` worth comparing: pairs in the same ``block`` whose
    ``normal`` forms are at least ``cutoff`` alike (rapidfuzz ratio) when the block is small;
    neighbours in the sorted ``keys`` orders when it is large (the caller then applies its own
    rule to each pair, cut-off included)."""
    blocks: dict[str, list[int]] = {}
    for i, name in enumerate(names):
        blocks.setdefault(block(name), []).append(i)
    for members in blocks.values():
        if len(members) < 2:
            continue
        if len(members) * (len(members) - 1) // 2 <= ALL_PAIRS:
            yield from _exhaustive(names, members, cutoff, normal)
        else:
            yield from _neighbours(names, members, keys)


def candidates_between(queries: Sequence[str], choices: Sequence[str], *,
                       block: Callable[[str], str], normal: Callable[[str], str],
                       keys: Sequence[Callable[[str], str]], cutoff: float,
                       ) -> Iterator[tuple[int, int]]:
    """Pairs (query index, choice index) worth comparing, blocked as :func:`candidate_pairs`:
    every query against the choices of its block when that is small (rapidfuzz ``cdist`` with
    the cut-off), else against the :data:`WINDOW` choices around it in each sorted order."""
    by_block: dict[str, tuple[list[int], list[int]]] = {}
    for i, name in enumerate(queries):
        by_block.setdefault(block(name), ([], []))[0].append(i)
    for j, name in enumerate(choices):
        by_block.setdefault(block(name), ([], []))[1].append(j)
    for qs, cs in by_block.values():
        if not qs or not cs:
            continue
        if len(qs) * len(cs) <= ALL_PAIRS:
            scores = process.cdist([normal(queries[i]) for i in qs],
                                   [normal(choices[j]) for j in cs], scorer=fuzz.ratio,
                                   score_cutoff=cutoff, workers=1)
            rows, cols = np.nonzero(scores)
            for r, c in zip(rows.tolist(), cols.tolist(), strict=True):
                yield qs[r], cs[c]
            continue
        seen: set[tuple[int, int]] = set()
        for key in keys:
            merged = sorted([(key(queries[i]), 0, i) for i in qs]
                            + [(key(choices[j]), 1, j) for j in cs])
            for p, (_k, side, index) in enumerate(merged):
                if side:
                    continue
                for _k2, other, j in merged[max(0, p - WINDOW):p + WINDOW + 1]:
                    if other and (index, j) not in seen:
                        seen.add((index, j))
                        yield index, j
