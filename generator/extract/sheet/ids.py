"""Ids for the draft's records: readable slugs that collide with nothing in the fact sheets."""

from __future__ import annotations

import re

from anyascii import anyascii

from generator.content.model import Content
from generator.content.units import unit_name
from generator.extract.model import Draft
from generator.text.lexicon import ID_STOP_WORDS
from generator.text.names import strip_titles


def _slug(text: str, limit: int = 48) -> str:
    """A readable id in Latin letters whatever the script ("Южна Корея" -> "iuzhna-koreia",
    "Łódź" -> "lodz"): anyascii's transliteration, so an analyst can type and say it."""
    text = anyascii(re.sub(r"[’']", "", text)).lower()
    slug = re.sub(r"[^a-z0-9]+", "-", text).strip("-")
    if len(slug) > limit:
        slug = slug[:limit].rsplit("-", 1)[0]
    return slug or "candidate"


def _key_words(text: str, n: int) -> str:
    """The first ``n`` words that say something, in Latin letters: transliterated before they
    are split, so that "matinée" is one word ("dans-la-matin-e" split it at its accent, and
    "ägyptische" lost its first letter: trial 13)."""
    text = re.sub(r"[’']", "", anyascii(text)).lower()  # (a soft sign transliterates as ')
    words = [w for w in re.findall(r"[a-z0-9]+", text) if w not in ID_STOP_WORDS]
    return "-".join(words[:n])


def assign_ids(draft: Draft, content: Content) -> None:
    used = {record_id for kind in ("eras", "events", "figures", "quotes", "actors", "places",
                                   "terms") for record_id in getattr(content, kind)}

    next_number: dict[str, int] = {}  # base -> the next suffix to try (linear, not quadratic)

    def unique(base: str) -> str:
        base = _slug(base)
        candidate, n = base, next_number.get(base, 2)
        if n > 2:
            candidate = f"{base}-{n}"
        while candidate in used:
            candidate, n = f"{base}-{n}", n + 1
        next_number[base] = n
        used.add(candidate)
        return candidate

    for f in draft.figures:
        first = f.reports[0]
        # a unit by its English name: "%" and "mètres" gave ids "30" and "metres-400"
        f.id = unique(f"{unit_name(f.unit) or f.unit} {int(first.low)}")
    for q in draft.quotes:
        speaker = strip_titles(q.reports[0].speaker).split()
        q.id = unique(f"{speaker[-1] if speaker else 'quote'} {_key_words(q.reports[0].text, 4)}")
    for e in draft.events:
        e.id = unique(_key_words(e.title, 5) or e.reports[0].expression)
    for n in draft.names:
        n.id = n.existing or unique(n.name)
    for proposal in [*draft.figures, *draft.quotes, *draft.events, *draft.names]:
        for c in proposal.reports:
            c.draft_id = proposal.id
