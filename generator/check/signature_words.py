"""How alike an article's words are to those of the articles naming the event in its language:
the costliest evidence of the off-event signature (:mod:`.event_signature`), kept apart so that
each module stays short."""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict

from generator.content.model import Article

#: Other articles in an article's language (naming the event) needed to compare its words.
MIN_SAME_LANGUAGE = 2

_WORD = re.compile(r"[^\W\d_]{3,}")


def likeness(articles: list[Article], anchored: set[str]) -> dict[str, float]:
    """Each article's likeness to the articles naming the event in its language: cosine of its
    IDF-weighted word counts with the sum of theirs (each normalised, itself left out)."""
    by_language: dict[str, list[Article]] = defaultdict(list)
    for a in articles:
        by_language[a.language].append(a)
    likeness: dict[str, float] = {}
    log = math.log
    for group in by_language.values():
        counts = {a.id: Counter(_WORD.findall(a.written.casefold())) for a in group}
        df: Counter = Counter()
        for c in counts.values():
            df.update(c.keys())
        n = len(group)
        idf = {w: log((n + 1) / k) for w, k in df.items() if k > 1}
        vectors = {}
        total: Counter = Counter()
        for aid, c in counts.items():
            v = {w: (1 + log(k)) * idf[w] for w, k in c.items() if w in idf}
            norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
            vectors[aid] = {w: x / norm for w, x in v.items()}
            if aid in anchored:
                total.update(vectors[aid])
        total_sq = sum(x * x for x in total.values())
        members = sum(1 for a in group if a.id in anchored)
        for aid, v in vectors.items():
            own = aid in anchored
            if members - own < MIN_SAME_LANGUAGE:
                continue
            dot = sum(x * total[w] for w, x in v.items())
            self_sq = sum(x * x for x in v.values()) if own else 0.0
            rest = dot - self_sq
            # the others' sum is total - v when v is in it: |total - v|² = |t|² - 2 t·v + |v|²
            rest_norm = math.sqrt(max(total_sq - 2 * dot + self_sq, 0.0)) if own else \
                math.sqrt(total_sq)
            likeness[aid] = rest / (rest_norm or 1.0)
    return likeness
