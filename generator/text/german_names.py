"""Names in German text, where every noun is capitalised as a name is.

A capitalised German word is a noun when it follows an article ("die Flut", "im Keller"), a
number ("drei Tote") or an article and an adjective ("die braunen Fluten"); a name seldom does
("in Simbach", "sagte Michael Emmer"). Over the German articles of a briefing, a word is taken
as a name when fewer than :data:`NOUN_AFTER` of its uses follow one of these. A use that opens a
sentence, a line or a quotation says nothing (every word is capitalised there), and one use
alone is thin evidence: a word used once is a name only when simplemma's German dictionary does
not know it, or the last part of it when hyphenated ("an Bord", "auf Grund" are nouns after a
bare preposition, "Bau-Arbeiter" a compound of one; "Triftern" is a name). A river is named with
an article ("der Simbach", "die Ahr"): it is missed.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache

from generator.text import lemmas

#: Words after which a capitalised word is a noun: articles and their contractions with a
#: preposition, possessives, demonstratives, quantifiers and numbers.
DETERMINERS = frozenset({
    "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines",
    "kein", "keine", "keinen", "keinem", "keiner", "keines", "im", "am", "vom", "zum", "zur",
    "beim", "ins", "ans", "aufs", "ums", "fürs", "durchs", "übers", "unters", "vors", "hinters",
    "überm", "unterm", "hinterm", "sein", "seine", "seinen", "seinem", "seiner", "seines", "ihr",
    "ihre", "ihren", "ihrem", "ihrer", "ihres", "unser", "unsere", "unseren", "unserem",
    "unserer", "dieser", "diese", "dieses", "diesem", "diesen", "jeder", "jede", "jedes", "jedem",
    "jeden", "alle", "allen", "aller", "viele", "vielen", "mehrere", "mehreren", "einige",
    "einigen", "andere", "anderen", "weitere", "weiteren", "welche", "welcher", "solche", "zwei",
    "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf", "zwölf", "zwanzig",
    "hundert", "tausend", "hunderte", "tausende", "dutzende", "mehr", "wenige"
})
#: The share of a word's uses after a determiner from which it is a noun.
NOUN_AFTER = 0.25

_TOKEN = re.compile(r"[^\W\d_]\w*(?:['’-]\w+)*|\d+|[.!?:;„“”\"«»(\n]")
_INFLECTED = re.compile(r"\w\w(?:e|en|er|es|em)$")


@lru_cache(maxsize=4096)
def _known(word: str) -> bool:
    # a compound is known by its head: "Bau-Arbeiter", "Lkw-Fahrer" are nouns
    return lemmas.is_known(word.rsplit("-", 1)[-1], "de")  # its dictionary loads when first needed


def names_in(texts: Iterable[str], lower: set[str]) -> set[str]:
    """The capitalised words (case-folded) of these German texts taken as names; ``lower``
    holds the words written in lower case anywhere (those are never names)."""
    uses: Counter = Counter()
    marked: Counter = Counter()
    spelt: dict[str, str] = {}
    for text in texts:
        tokens = _TOKEN.findall(text)
        for far, before, word in zip([".", ".", *tokens], [".", *tokens], tokens, strict=False):
            if not word[0].isupper() or (key := word.casefold()) in lower \
                    or not before[0].isalnum():
                continue
            uses[key] += 1
            spelt.setdefault(key, word)
            prev = before.casefold()
            # an adjective between an article and its noun ("der kleine Bach"); a verb has
            # the same endings ("sagte Kestler") but no article before it
            if prev in DETERMINERS or prev.isdigit() or (
                    before[0].islower() and _INFLECTED.search(prev)
                    and far.casefold() in DETERMINERS):
                marked[key] += 1
    return {w for w, n in uses.items() if marked[w] < NOUN_AFTER * n
            and (n >= 2 or not _known(spelt[w]))}


_WORD = re.compile(r"[^\W\d_]\w*")


def names_among(articles: Iterable[tuple[str | None, str]]) -> set[str]:
    """The capitalised words of the German texts among ``articles`` (language, text) taken as
    names (case-folded): those :func:`names_in` takes, against the words any of them writes in
    lower case, and those the briefing's articles in other languages capitalise and never write
    in lower case (a name a German page only quotes, "der „Elevador“", has no use that
    :func:`names_in` can read). Empty without German text."""
    articles = list(articles)
    german = [text for language, text in articles if language == "de"]
    if not german:
        return set()
    lower: set[str] = set()
    other_upper: set[str] = set()
    for language, text in articles:
        for w in _WORD.findall(text):
            if w[0].islower():
                lower.add(w.casefold())
            elif language != "de":
                other_upper.add(w.casefold())
    return names_in(german, lower) | (other_upper - lower)


def is_noun(name: str, language: str | None, names: set[str]) -> bool:
    """A one-word capitalised run of a German text that is a noun, not a name ("Tragödie",
    "Entgleisung"): ``names`` as :func:`names_among` gives them."""
    return language == "de" and " " not in name and "-" not in name \
        and name.casefold() not in names
