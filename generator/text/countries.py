"""A country's name in any language is one name: "Grecja", "Grecia", "Griechenland", "Greece".

Each outlet writes a country in its own language, so a page alone in its language names the
event's country in a spelling no other article uses; compared as written, the country looked
like a name of another event. The names come from CLDR, by Babel (a table of every country's
name in every language CLDR covers, no model): a word that is, in the page's own language, the
one-word name of a country stands for that country's code, however another language writes it.

Languages that inflect names write the country in its cases ("we Włoszech" is not this table's
"Włochy", but "Włochami", "Grecji", "Izraela" are): in such a language a word is the country
also when it is the table's name less a final vowel, plus an ending of a few letters. Turkish
puts a name's ending after an apostrophe ("Yunanistan'ın"), which is set aside first. Only
one-word names are read ("Macedonia Północna" is two words and is left as written), and only
the page's own language's table, so that a person called Chad in an English page is no country
because another language calls a country so.
"""

from __future__ import annotations

import re
from functools import lru_cache

from generator.text.languages import INFLECTING_LANGUAGES
from generator.text.names import normal

#: The letters a case ending may add after the stem, and the shortest stem read so.
MAX_ENDING, MIN_STEM = 4, 4
#: CLDR's codes that name no country (the world, unions, "unknown region").
_NOT_COUNTRIES = frozenset({"EU", "EZ", "UN", "QO", "ZZ"})
#: Names CLDR replaced that news still writes ("Turkey" for "Türkiye", "Burma" for Myanmar).
_ALIASES = {"en": {"turkey": "TR", "burma": "MM", "swaziland": "SZ"}}
_FINAL_VOWELS = "aeiouyąęаеёиоуыэюяйьαεηιουω"
_APOSTROPHE_ENDING = re.compile(r"['’]\w+$")


@lru_cache(maxsize=64)
def _table(language: str) -> tuple[dict[str, str], dict[str, list[tuple[str, str]]]]:
    """The language's one-word country names (folded) with their codes and, for an inflecting
    language, their stems, each with the names (and codes) it is the stem of: two countries
    may share one ("Niger", "Nigeria": "niger"); empty for a language CLDR does not cover."""
    from babel import Locale, UnknownLocaleError

    try:
        territories = Locale.parse(language).territories
    except (UnknownLocaleError, ValueError, TypeError):
        return {}, {}
    names: dict[str, str] = dict(_ALIASES.get(language, {}))
    stems: dict[str, list[tuple[str, str]]] = {}
    for code, name in territories.items():
        if len(code) != 2 or not code.isalpha() or code in _NOT_COUNTRIES or " " in name:
            continue
        folded = normal(name)
        names.setdefault(folded, code)
        stem = folded.rstrip(_FINAL_VOWELS)
        if language in INFLECTING_LANGUAGES and len(stem) >= MIN_STEM:
            stems.setdefault(stem, []).append((folded, code))
    return names, stems


def country_code(word: str, language: str) -> str | None:
    """The code of the country ``word`` names in ``language`` ("Grecji", "pl" -> "GR"), or
    None when it names none there."""
    if not language:
        return None
    names, stems = _table(language.split("-")[0].casefold())
    if not names:
        return None
    folded = normal(_APOSTROPHE_ENDING.sub("", word))
    if folded in names:
        return names[folded]
    for cut in range(MAX_ENDING + 1):
        if len(folded) - cut < MIN_STEM:
            break
        if found := stems.get(folded[:len(folded) - cut]):
            return _nearest(folded, found)
    return None


def _nearest(word: str, names: list[tuple[str, str]]) -> str:
    """The code of the name, of those sharing a stem, that runs longest into the word ("Nigerii"
    is Nigeria's case, not Niger's); of those alike, the shortest ("Nigerze" is Niger's)."""
    def reach(name: str) -> int:
        return next((i for i, (a, b) in enumerate(zip(word, name, strict=False)) if a != b),
                    min(len(word), len(name)))

    return max(names, key=lambda nc: (reach(nc[0]), -len(nc[0]), nc[1]))[1]


def country_name(code: str) -> str:
    """The English name of the country ``code`` names (as CLDR writes it), or the code."""
    from babel import Locale

    return Locale.parse("en").territories.get(code, code)
