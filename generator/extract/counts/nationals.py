"""People counted by their country: "37 Azerbaijanis", "six Kazakh nationals", "16 citoyens
russes", "seis kazajos", "42 aus Aserbaidschan", "3 del Kirghizistan".

Found on fresh pages about an airliner crash (extract round 24): outlets in five languages
listed who was on board by nationality. The English reader ran the first item of such a list
into the second ("Azerbaijanis, six Kazakh nationals"), the other languages' reader dropped the
small counts (a count under ten of a noun no table names is a count of things), and what was
kept was grouped by the noun as written ("ressortissants", "russi", "Russland"), so that one
country's count was five figures and two countries' counts of a similar size could be one.
Here such a count is read as the group ``national`` with the country it names, which keeps
each country's count apart (:func:`generator.extract.proposals.grouping.group_figures`, by its
scope)
and joins it across languages.
"""

from __future__ import annotations

import re

from generator.extract.counts.counted import on_board
from generator.text.counted_words import PEOPLE, counted_group
from generator.text.countries import country_of_people
from generator.text.languages import stop_words
from generator.text.nationals import CITIZENS, FROM, WORD, from_country

NATIONAL = "national"
#: Where the words a count's country may be read in end.
_CLAUSE = re.compile(r"[,.;:()\[\]–—!?\d]")
#: A destination after the country: "80 people from Lima to Quito" is a flight's route.
_ROUTE = re.compile(r"\s+(?:to|towards|à|vers|a|hacia|para|nach|in|verso|naar)\b", re.I)
#: The most words read after the number.
_REACH = 4


def _people(word: str, lang: str) -> bool:
    """A noun for people a country's count may stand on: its citizens, or people as the counted
    table names them ("passagers", "Menschen"), those on board by their role
    (:data:`generator.text.aboard.ON_BOARD`), and in English the people the table's lemmas
    name (:data:`generator.text.counted_words.PEOPLE`: "people", "passengers", "tourists")."""
    low = word.lower()
    return low in CITIZENS.get(lang, ()) or (
        counted_group(low + " ", lang, ("person",)) is not None) or (
        on_board(low, lang) is not None) or (
        lang == "en" and (low in PEOPLE or low.removesuffix("s") in PEOPLE))


def nationals(after: str, lang: str, end: int) -> tuple[str, str, int] | None:
    """(noun, ``national``, end offset) when the words right after a number count people of a
    country; ``end`` is the article offset of ``after``. A demonym alone ("16 Russians",
    "seis kazajos") must end the noun phrase (a function word or the clause's end after it:
    "12 Italian restaurants" counts restaurants)."""
    clause = _CLAUSE.split(after, maxsplit=1)[0]
    tokens = list(WORD.finditer(clause))[:_REACH + 2]
    people = found = citizens = False
    stop = 0
    for i, tok in enumerate(tokens[:_REACH]):
        word = tok.group(0)
        low = word.lower()
        if low in FROM.get(lang, ()) and (i == 0 or people):
            named = from_country(tokens, i, lang)
            if named and not _ROUTE.match(clause, named[1]):
                return clause[tokens[0].start():named[1]], NATIONAL, end + named[1]
            break
        if _people(word, lang):
            people, stop = True, tok.end()
            citizens = citizens or low in CITIZENS.get(lang, ())
            continue
        if (lang != "en" or word[:1].isupper()) and country_of_people(word, lang):
            found, stop = True, tok.end()
            continue
        break
    if not found:  # "12 ciudadanos rusos": a country's citizens, whichever it is
        return (clause[tokens[0].start():stop], NATIONAL, end + stop) if citizens else None
    if not people:
        nxt = next((t for t in tokens if t.start() >= stop), None)
        if nxt is not None and nxt.group(0).lower() not in stop_words(lang):
            return None
    return clause[tokens[0].start():stop], NATIONAL, end + stop
