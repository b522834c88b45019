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
import unicodedata
from functools import lru_cache

from generator.text.languages import INFLECTING_LANGUAGES

#: The letters a case ending may add after the stem, and the shortest stem read so.
MAX_ENDING, MIN_STEM = 4, 4
#: CLDR's codes that name no country (the world, unions, "unknown region").
_NOT_COUNTRIES = frozenset({"EU", "EZ", "UN", "QO", "ZZ"})
_FINAL_VOWELS = "aeiouyąęаеёиоуыэюяйьαεηιουω"
_APOSTROPHE_ENDING = re.compile(r"['’]\w+$")


def _folded(word: str) -> str:
    text = unicodedata.normalize("NFKD", word.casefold())
    return unicodedata.normalize("NFC", "".join(c for c in text if not unicodedata.combining(c)))


@lru_cache(maxsize=64)
def _table(language: str) -> tuple[dict[str, str], dict[str, str]]:
    """The language's one-word country names (folded) and, for an inflecting language, their
    stems, each with its code; empty for a language CLDR does not cover."""
    from babel import Locale, UnknownLocaleError

    try:
        territories = Locale.parse(language).territories
    except (UnknownLocaleError, ValueError, TypeError):
        return {}, {}
    names: dict[str, str] = {}
    stems: dict[str, str] = {}
    for code, name in territories.items():
        if len(code) != 2 or not code.isalpha() or code in _NOT_COUNTRIES or " " in name:
            continue
        folded = _folded(name)
        names.setdefault(folded, code)
        stem = folded.rstrip(_FINAL_VOWELS)
        if language in INFLECTING_LANGUAGES and len(stem) >= MIN_STEM:
            stems.setdefault(stem, code)
    return names, stems


def country_code(word: str, language: str) -> str | None:
    """The code of the country ``word`` names in ``language`` ("Grecji", "pl" -> "GR"), or
    None when it names none there."""
    if not language:
        return None
    names, stems = _table(language.split("-")[0].casefold())
    if not names:
        return None
    folded = _folded(_APOSTROPHE_ENDING.sub("", word))
    if folded in names:
        return names[folded]
    for cut in range(MAX_ENDING + 1):
        if len(folded) - cut < MIN_STEM:
            break
        if (code := stems.get(folded[:len(folded) - cut])) is not None:
            return code
    return None
