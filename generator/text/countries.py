"""A country's name in any language is one name: "Grecja", "Grecia", "Griechenland", "Greece";
"Nueva Zelanda", "New Zealand", "Neuseeland", "Nouvelle-Zélande".

Each outlet writes a country in its own language, so a page alone in its language names the
event's country in a spelling no other article uses; compared as written, the country looked
like a name of another event. The names come from CLDR, by Babel (a table of every country's
name in every language CLDR covers, no model): a word, or a run of words, that is in the page's
own language the name of a country stands for that country's code, however another language
writes it. A name of several words ("Estados Unidos", "Arabie saoudite") is one name: read word
by word, its words were no country ("Zelanda") or another one ("Arabia" is no country, "South"
and "Africa" are not South Africa). Babel gives no CLDR short or variant names, so the few
forms news writes that CLDR lacks ("Czech Republic", "EE.UU.", "USA") are listed here.

Languages that inflect names write the country in its cases ("we Włoszech" is not this table's
"Włochy", but "Włochami", "Grecji", "Izraela" are): in such a language a word is the country
also when it is the table's name less a final vowel, plus an ending of a few letters, and a run
of words is when each of its words is so ("Stanach Zjednoczonych", "Nowej Zelandii"). Turkish
puts a name's ending after an apostrophe ("Yunanistan'ın"), which is set aside first. Only the
page's own language's table is read, so that a person called Chad in an English page is no
country because another language calls a country so.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from functools import lru_cache
from itertools import pairwise

from generator.text.demonyms import LANGUAGE_ENDINGS, NAME_ENDINGS, PEOPLE_ENDINGS, people_stems
from generator.text.languages import INFLECTING_LANGUAGES, NOUNS_CAPITALISED
from generator.text.lexicon import CAPITALISED_FUNCTION_WORDS
from generator.text.names import normal

#: The letters a case ending may add after the stem, and the shortest stem read so (a word of
#: a longer name may have a shorter one: "Nowej" for "Nowa", the next word bearing it out).
MAX_ENDING, MIN_STEM, MIN_WORD_STEM = 4, 4, 3
#: The most words a country's name runs to that is looked for in a text.
MAX_WORDS = 5
#: CLDR's codes that name no country (the world, unions, "unknown region"), and those whose name
#: of several words is as often a person's or a saint's ("Diego Garcia", "San Martín").
_NOT_COUNTRIES = frozenset({"EU", "EZ", "UN", "QO", "ZZ"})
_NOT_READ_IN_WORDS = frozenset({"DG", "MF", "BL", "LC", "VC", "KN", "SH", "PM"})
#: Names CLDR replaced, or gives only in a longer form, that news still writes (folded).
_ALIASES = {
    "en": {"turkey": "TR", "burma": "MM", "swaziland": "SZ", "czech republic": "CZ",
           "ivory coast": "CI", "east timor": "TL", "britain": "GB", "great britain": "GB",
           "hong kong": "HK", "democratic republic of congo": "CD",
           "democratic republic of the congo": "CD", "dr congo": "CD",
           "republic of congo": "CG", "bosnia and herzegovina": "BA",
           "united states of america": "US"},
    "es": {"republica checa": "CZ", "arabia saudita": "SA", "costa de marfil": "CI"},
    "fr": {"republique tcheque": "CZ", "grande bretagne": "GB"},
    "de": {"tschechische republik": "CZ", "vereinigten staaten": "US",
           "vereinigten konigreich": "GB", "großbritannien": "GB", "elfenbeinkuste": "CI"},
    "it": {"repubblica ceca": "CZ", "gran bretagna": "GB"},
    "pt": {"republica checa": "CZ", "republica tcheca": "CZ", "gra bretanha": "GB"},
    "pl": {"republika czeska": "CZ"},
}
#: Initials news writes for a country, read only as written (capitals and stops): "US" is no
#: "us". "USA" is one in every language.
_INITIALS = {"en": {"US": "US", "U.S.": "US", "UK": "GB", "U.K.": "GB", "DRC": "CD"},
             "es": {"EE.UU.": "US", "EEUU": "US"}, "pt": {"EUA": "US"}, "pl": {"RPA": "ZA"},
             "ru": {"США": "US"}, "uk": {"США": "US"}}
_FINAL_VOWELS = "aeiouyąęаеёиоуыэюяйьαεηιουω"
_APOSTROPHE_ENDING = re.compile(r"['’]\w+$")
_PARENTHESES = re.compile(r"^(?P<name>[^()]+?)\s*\((?P<other>[^()]+)\)$")
#: A word of a text, or a country's initials with their stops ("U.S.", "EE.UU.").
_WORD = re.compile(r"(?:[A-Z]{1,2}\.){2,}|[^\W\d_]+(?:[-‐’'][^\W\d_]+)*")
#: Where a sentence, a heading or a quotation opens: a capitalised word after it may be its
#: sentence's capital only.
_OPENS = re.compile(r"(?:^|[.!?:;\n\"“”«»(—–-])\s*$")


class _Table:
    """A language's country names (folded, one word or several) with their codes; for an
    inflecting language, the stems of its one-word names, each with the names (and codes) it
    is the stem of (two countries may share one: "Niger", "Nigeria"), and its longer names as
    rows of word stems."""

    def __init__(self, language: str, territories: dict[str, str]) -> None:
        self.names: dict[str, str] = {}
        self.stems: dict[str, list[tuple[str, str]]] = {}
        self.rows: dict[int, list[tuple[tuple[str, ...], str]]] = {}
        #: the first words of the names of several words, and their stems: where one may open
        self.firsts: set[str] = set()
        self.initials = {"USA": "US", **_INITIALS.get(language, {})}
        inflecting = language in INFLECTING_LANGUAGES
        later = []
        for code, name in territories.items():
            if len(code) != 2 or not code.isalpha() or code in _NOT_COUNTRIES:
                continue
            if m := _PARENTHESES.match(name):  # once the plain names are in
                later += [(m["name"], code)] + [(m["other"], code)] * _another_name(m)
            elif "&" not in name and " - " not in name:
                self._add(normal(name), code, inflecting)
        for name, code in [*later, *((n, c) for n, c in _ALIASES.get(language, {}).items())]:
            if normal(name) not in self.names:
                self._add(normal(name), code, inflecting)

    def _add(self, folded: str, code: str, inflecting: bool) -> None:
        words = folded.split()
        if len(words) > 1 and code in _NOT_READ_IN_WORDS:
            return
        self.names.setdefault(folded, code)
        if len(words) > 1:
            self.firsts.add(words[0].rstrip(_FINAL_VOWELS) if inflecting else words[0])
        if not inflecting:
            return
        stems = tuple(w.rstrip(_FINAL_VOWELS) or w for w in words)
        if len(words) == 1 and len(stems[0]) >= MIN_STEM:
            self.stems.setdefault(stems[0], []).append((folded, code))
        elif len(words) > 1:
            self.rows.setdefault(len(words), []).append((stems, code))


def _another_name(m: re.Match) -> bool:
    """Whether the words in brackets are the country's other name ("Myanmar (Burma)", "Mjanma
    (Birma)"), not what it is part of or a kind of region ("Гонконг (САР)", "Isole Cocos
    (Keeling)", "Saint-Martin (partie néerlandaise)"): one word after one word, not initials."""
    return " " not in m["name"] and " " not in m["other"] and not m["other"].isupper()


@lru_cache(maxsize=64)
def _table(language: str) -> _Table | None:
    """The table of ``language``; None for a language CLDR does not cover."""
    from babel import Locale, UnknownLocaleError

    try:
        territories = Locale.parse(language).territories
    except (UnknownLocaleError, ValueError, TypeError):
        return None
    return _Table(language, territories)


@lru_cache(maxsize=1 << 16)
def country_code(name: str, language: str) -> str | None:
    """The code of the country ``name`` (a word or a run of words) names in ``language``
    ("Grecji", "pl" -> "GR"; "Nueva Zelanda", "es" -> "NZ"), or None when it names none there.
    Kept per name: the off-event test asks of every capitalised run of every article, and the
    same names recur across articles (at 2,000 articles, 78,000 questions of a few thousand
    names were 3 of its 7 profiled seconds)."""
    if not language or (table := _table(language.split("-")[0].casefold())) is None:
        return None
    if (code := table.initials.get(name.strip())) is not None:
        return code
    for form in (name, _APOSTROPHE_ENDING.sub("", name)):
        if (code := table.names.get(normal(form))) is not None:
            return code
    folded = normal(_APOSTROPHE_ENDING.sub("", name))
    if " " in folded:
        return _inflected_row(folded.split(), table)
    for cut in range(MAX_ENDING + 1):
        if len(folded) - cut < MIN_STEM:
            break
        if found := table.stems.get(folded[:len(folded) - cut]):
            return _nearest(folded, found)
    return None


def _inflected_row(words: list[str], table: _Table) -> str | None:
    """The country whose name of several words these words are, each the name's word or its
    stem with an ending of a few letters ("nowej zelandii" for "nowa zelandia")."""
    def fits(word: str, stem: str) -> bool:
        return word.startswith(stem) and len(word) - len(stem) <= MAX_ENDING and (
            len(stem) >= MIN_WORD_STEM or word == stem)

    return next((code for stems, code in table.rows.get(len(words), ())
                 if all(fits(w, s) for w, s in zip(words, stems, strict=True))), None)


def _nearest(word: str, names: list[tuple[str, str]]) -> str:
    """The code of the name, of those sharing a stem, that runs longest into the word ("Nigerii"
    is Nigeria's case, not Niger's); of those alike, the shortest ("Nigerze" is Niger's)."""
    def reach(name: str) -> int:
        return next((i for i, (a, b) in enumerate(zip(word, name, strict=False)) if a != b),
                    min(len(word), len(name)))

    return max(names, key=lambda nc: (reach(nc[0]), -len(nc[0]), nc[1]))[1]


def countries_in(text: str, language: str, *, alone: bool = False,
                 least: int = 1) -> list[tuple[int, int, str]]:
    """Where ``text`` names a country in ``language``: (start, end, code) for each name, the
    longest run of words that names one first, left to right, none overlapping. With ``alone``,
    a name of several words that runs on into another capitalised word, or follows one that
    does not open its sentence and is no function word, is part of a longer name ("Air New
    Zealand", "United States Geological Survey"), not the country (a language that capitalises
    every noun is read on its right only at a stop). With ``least``, only the names of that
    many words or more: the same ones as without it (a name of one word covers only itself, so
    leaving those out moves no other), found without looking up every capitalised word (the
    off-event test reads every article of every build for names of several words)."""
    words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]
    lang = language.split("-")[0].casefold()
    if (table := _table(lang)) is None:
        return []
    found, i = [], 0
    while i < len(words):
        if words[i][2][:1].islower():  # a country's name opens with its capital
            i += 1
            continue
        first = _folded(words[i][2])
        longest = min(MAX_WORDS, len(words) - i) if any(
            first[:len(first) - cut] in table.firsts for cut in range(MAX_ENDING + 1)) else 1
        for n in range(longest, least - 1, -1):
            start, end = words[i][0], words[i + n - 1][1]
            if n > 1 and not _one_run(text, words[i:i + n]):
                continue
            if (code := country_code(text[start:end], language)) is None:
                continue
            if n > 1 and alone and _in_longer_name(text, words, i, i + n, lang):
                continue
            found.append((start, end, code))
            i += n - 1
            break
        i += 1
    return found


_folded = lru_cache(maxsize=65536)(normal)


def _one_run(text: str, words: list[tuple[int, int, str]]) -> bool:
    """Whether only spaces stand between the words (not a stop or a comma)."""
    return all(not text[a[1]:b[0]].strip() for a, b in pairwise(words))


def _in_longer_name(text: str, words: list, i: int, j: int, language: str) -> bool:
    def named(k: int, between: str) -> bool:
        word = words[k][2]
        return not between.strip() and word[:1].isupper() and word not in CAPITALISED_FUNCTION_WORDS

    before = i > 0 and named(i - 1, text[words[i - 1][1]:words[i][0]]) and not _OPENS.search(
        text, 0, words[i - 1][0])
    after = j < len(words) and language not in NOUNS_CAPITALISED and named(
        j, text[words[j - 1][1]:words[j][0]])
    return before or after


def country_name(code: str) -> str:
    """The English name of the country ``code`` names (as CLDR writes it), or the code."""
    from babel import Locale

    return Locale.parse("en").territories.get(code, code)


#: The shortest stem a people's word must share with its country's name.
MIN_PEOPLE_STEM = 4
#: The share of a country's people (per cent, CLDR) who must speak a language for its name to
#: name them.
SPOKEN_SHARE = 30
#: The peoples whose word shares no stem with their country's one-word name in CLDR (the
#: "United States", the "United Kingdom" are two words; "Dutch" is no "Netherlands"), as
#: folded beginnings per language, each taking an ending of up to three letters. Trial 47:
#: "two US nationals" and "two Americans" still missing joined the French among the dead.
#: English also names a people by "-man" and "-woman" after its adjective ("two Frenchmen",
#: "a Dutchwoman"), which no CLDR name ends in (spsilent: "Frenchmen" counted no French).
_PEOPLE_APART = {
    "en": {"american": "US", "british": "GB", "briton": "GB", "dutch": "NL",
           **{f"{people}{sex}": code for people, code in (
               ("french", "FR"), ("english", "GB"), ("irish", "IE"), ("scots", "GB"),
               ("welsh", "GB"), ("dutch", "NL")) for sex in ("m", "wom")}},
    "fr": {"americain": "US", "etats-unien": "US", "britannique": "GB", "neerlandais": "NL",
           "hollandais": "NL"},
    "de": {"amerikaner": "US", "us-amerikaner": "US", "us-burger": "US", "brite": "GB",
           "briten": "GB", "britin": "GB", "hollander": "NL"},
    "es": {"estadounidense": "US", "norteamerican": "US", "britanic": "GB", "neerlandes": "NL",
           "holandes": "NL"},
    "it": {"statunitens": "US", "american": "US", "britannic": "GB", "olandes": "NL"},
    "pt": {"estadunidens": "US", "norte-american": "US", "american": "US", "britanic": "GB",
           "holandes": "NL"},
    "nl": {"amerikan": "US", "brit": "GB"},
}
_APART_ENDING = 3


@lru_cache(maxsize=4096)
def country_of_people(word: str, language: str) -> str | None:
    """The country whose people (or citizens, as an adjective) ``word`` names in ``language``
    ("Azerbaijanis", "russes", "kazajos", "kasachischen", "kirghiz"), read off the one-word
    country names of the language's table: the word and the name share a stem of at least
    :data:`MIN_PEOPLE_STEM` letters, after which each has an ending of its kind
    (:mod:`generator.text.demonyms`). CLDR has no table of these words; the shared stem finds
    the common ones and not "Britons" or "French"."""
    if (table := _table(language.split("-")[0].casefold())) is None:
        return None
    folded = _folded(word)
    apart = _PEOPLE_APART.get(language.split("-")[0].casefold(), {})
    if found := next((code for stem, code in apart.items() if folded.startswith(stem)
                      and len(folded) - len(stem) <= _APART_ENDING), None):
        return found
    if len(folded) < MIN_PEOPLE_STEM or not folded.isalpha():
        return None
    stems = tuple(people_stems(folded, PEOPLE_ENDINGS, MIN_PEOPLE_STEM))
    for name, code in table.names.items():
        if " " in name or name[:MIN_PEOPLE_STEM] != folded[:MIN_PEOPLE_STEM]:
            continue
        if any(name.startswith(stem) and name[len(stem):] in NAME_ENDINGS for stem in stems):
            return code
    spoken = _spoken(language.split("-")[0].casefold())
    return next((spoken[stem] for stem in stems if stem in spoken), None)


@lru_cache(maxsize=64)
def _spoken(language: str) -> dict[str, str]:
    """The stems of the names ``language`` gives other languages, each with the country where
    that language is the people's own: a people is most often called as its language is
    ("French", "Greeks", "Franzosen", "polacos"), where its stem is not the country's ("France",
    "Griechenland", "Polonia"). From CLDR (Babel): the language's likely country, kept only when
    the language is official there and spoken by at least :data:`SPOKEN_SHARE` of its people,
    and the country's name opens as the language's does ("Kurdish" is no Turk, "Romany" no
    Romanian, "Arabic" no Egyptian)."""
    from babel import Locale
    from babel.core import get_global

    likely, spoken_in = get_global("likely_subtags"), get_global("territory_languages")
    try:
        locale = Locale.parse(language)
    except (ValueError, TypeError):
        return {}
    out: dict[str, str] = {}
    for code, name in locale.languages.items():
        country = (likely.get(code) or "").split("_")[-1]
        info = spoken_in.get(country, {}).get(code, {})
        if (len(code) > 3 or "_" in code or info.get("population_percent", 0) < SPOKEN_SHARE
                or info.get("official_status") not in ("official", "de_facto_official")):
            continue
        folded, place = _folded(name), _folded(locale.territories.get(country, ""))
        if " " in folded or not place or folded[:2] != place[:2]:
            continue
        for stem in people_stems(folded, LANGUAGE_ENDINGS, MIN_PEOPLE_STEM):
            out.setdefault(stem, country)
    return out


def people_and_country(a: str, b: str, languages: Collection[str]) -> bool:
    """Whether one of two names is the people of the country the other names, in one of
    ``languages`` ("French" and "France", "Franzosen" and "Frankreich"): a people and its
    country, never two spellings of one name, however alike their letters (trial 26)."""
    for people, place in ((a, b), (b, a)):
        if any(country_code(people, lang) for lang in languages if lang):
            continue  # "Francia" beside "France": two names of one country
        nations = {country_of_people(people, lang) for lang in languages if lang} - {None}
        if nations & ({country_code(place, lang) for lang in languages if lang} - {None}):
            return True
    return False
