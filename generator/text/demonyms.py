"""Words that name a place's people: one reader of a demonym's ending, and the endings each of
its three callers reads.

Three tests of "is this the people of a place" had grown apart, each with its own list of
endings and its own loop: the spelling hints' (:func:`generator.text.names.demonym`: Syria /
Syrian, Lisboa / Lisboeta are a name and its people, not two spellings), the counted people's
(:func:`is_demonym`: "74 Kentuckians" counts people) and the nationals' (:func:`generator.text.
countries.country_of_people`: "Azerbaijanis", "russes", "kazajos" name a country's people).
They share :func:`people_stems` here. The endings stay three lists because each caller reads
a different thing (two names compared, a capitalised English plural, a word against a table of
country names) and their lists were tuned on different pages: their union would change what
each reads (the countries' "en" would make the exonym "Syrien" Syria's people in the spelling
hints; their "s" would make any capitalised English plural a count of people).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator

#: Endings that make a people of a place in English and in the names other languages borrow
#: ("Syrian", "Iraqi", "Lisboeta"); an exonym ends otherwise ("Lisbona", "Lisbonne", "Syrien").
#: Read when two names are compared (:func:`generator.text.names.demonym`).
DEMONYM_ENDINGS = ("ians", "eans", "ans", "ian", "ean", "an", "ese", "ites", "ite", "is", "i",
                   "ers", "er", "ish", "etas", "eta")

#: The endings of a capitalised English plural of a place's name ("Kentuckians", "Texans",
#: "Londoners", "Israelites", "Britons", "Iraqis", "Filipinos", "Spaniards"): people counted
#: by where they are from (:func:`is_demonym`).
COUNTED_DEMONYM_ENDINGS = ("ians", "ans", "ers", "ites", "ons", "is", "inos", "ards")

#: What a word naming a country's people (or, as an adjective, its citizens) adds after the
#: stem it shares with the country's name, and what the name has there instead, in the corpus
#: languages: "Russ|ians"/"Russ|ia", "kazakh|s"/"Kazakh|stan", "russ|es"/"Russ|ie",
#: "kazaj|os"/"Kazaj|istán", "russ|ischen"/"Russ|land", "ital|ians"/"Ital|y" (extract round 24,
#: fresh pages on an airliner crash: the passengers counted by nationality in five languages).
#: Read against a language's country names (:func:`generator.text.countries.country_of_people`).
PEOPLE_ENDINGS = frozenset({
    "", "s", "es", "is", "i", "e", "o", "os", "as", "a", "n", "ns", "an", "ans", "ian", "ians",
    "en", "ens", "er", "ers", "ais", "aise", "aises", "ois", "oise", "oises", "ien", "iens",
    "ienne", "iennes", "ano", "anos", "ana", "anas", "ani", "ane", "ese", "esi", "eses", "ischen",
    "ische", "ischer", "isch", "ier", "iern"})
#: What a language's name adds after the stem it shares with its speakers' word, beyond
#: :data:`PEOPLE_ENDINGS`: "Swed|ish"/"Swed|es", "französ|isch"/"Franzos|en", "Iceland|ic"/
#: "Iceland|ers" (:func:`generator.text.countries.country_of_people`, through CLDR's language
#: names: trial 26's "French", "Greeks", "Franzosen", "polacos" had no stem of their country).
LANGUAGE_ENDINGS = PEOPLE_ENDINGS | {"ish", "isch", "ic"}
NAME_ENDINGS = frozenset({"", "a", "e", "y", "ia", "ie", "ien", "ey", "ica", "ique", "tan",
                          "stan", "istan", "land"})

#: A capitalised word of lower-case ASCII letters after its capital: an English plural of a
#: place is written so ("Texans"), a word in capitals or with accents is not read as one.
_CAPITALISED = re.compile(r"[A-Z][a-z]+")


def people_stems(word: str, endings: Collection[str], shortest: int) -> Iterator[str]:
    """The stems ``word`` has as a place's people: the word less each of ``endings`` it ends
    with (an empty ending leaves it whole), in the order of ``endings``, when at least
    ``shortest`` letters are left. The one reader of a demonym's ending; what the stem must
    match (another name, a table's country) is the caller's."""
    for ending in endings:
        if word.endswith(ending) and len(word) - len(ending) >= shortest:
            yield word[:len(word) - len(ending)]


def is_demonym(noun: str) -> bool:
    """Whether the last word of an English counted noun phrase names people by their place
    ("74 Texans are dead"): a capitalised plural with a demonym's ending after two letters."""
    words = noun.split()
    if not words:
        return False
    last = words[-1].strip(",.;:")
    return _CAPITALISED.fullmatch(last) is not None and next(
        people_stems(last, COUNTED_DEMONYM_ENDINGS, 2), None) is not None


def names_one_of_a_people(word: str) -> bool:
    """Whether an English word names one person by their place ("an American", "a Pakistani",
    "a Londoner"): capitalised, with one of :data:`DEMONYM_ENDINGS` in the singular after three
    letters ("Boston", "Fire" have none)."""
    return _CAPITALISED.fullmatch(word) is not None and next(people_stems(
        word, [e for e in DEMONYM_ENDINGS if not e.endswith("s")], 3), None) is not None


def adjective_and_plural(a: str, b: str) -> bool:
    """Whether two English words are one people's adjective in "-ish" and its plural noun
    ("Danish" and "Danes", "Polish" and "Poles", "Finnish" and "Finns"): one people's two
    words, never two spellings of one name (trial 26 hinted "Danish ~ Danes"), though their
    stems are too short for :func:`generator.text.countries.country_of_people` to place."""
    for adjective, plural in ((a, b), (b, a)):
        stem = adjective[:-3]
        if (adjective.endswith("ish") and len(stem) >= 3
                and plural in (stem + "s", stem + "es")):
            return True
    return False
