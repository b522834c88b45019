"""The words news counts a country's people with, per language: its citizens or nationals
("37 ressortissants azerbaïdjanais", "16 ciudadanos rusos", "42 cittadini dell'…", "die 37
aserbaidschanischen Bürger"), and the prepositions that name where they are from ("42 aus
Aserbaidschan", "3 del Kirghizistan").

Found on fresh pages about an airliner crash (extract round 24): every outlet listed the people
on board by nationality, and these nouns had no table, so a small count of them ("six
ressortissants") was dropped as a count of things and the others were grouped by the noun as
written, one group per language. The demonyms themselves are read off the country names
(:func:`generator.text.countries.country_of_people`).
"""

from __future__ import annotations

import re

from generator.text.aboard import on_board
from generator.text.counted_words import PEOPLE, counted_group
from generator.text.countries import country_code, country_of_people
from generator.text.languages import stop_words
from generator.text.speech_words import ARTICLES

#: Plural nouns for the citizens of a country, lower case, per language.
CITIZENS: dict[str, frozenset[str]] = {
    "en": frozenset({"nationals", "citizens"}),
    "fr": frozenset({"ressortissants", "ressortissantes", "citoyens", "citoyennes"}),
    "es": frozenset({"ciudadanos", "ciudadanas", "nacionales"}),
    "it": frozenset({"cittadini", "cittadine"}),
    "pt": frozenset({"cidadãos", "cidadãs", "nacionais"}),
    "de": frozenset({"bürger", "bürgern", "staatsbürger", "staatsbürgern", "staatsangehörige",
                     "staatsangehörigen"}),
    "nl": frozenset({"burgers", "onderdanen"}),
}
#: Words beside citizens that name no country: they are foreign, local or others ("eleven
#: foreign citizens", "ressortissants étrangers", "ausländische Staatsbürger"; trial 26), lower
#: case, per language.
NO_COUNTRY: dict[str, frozenset[str]] = {
    "en": frozenset({"foreign", "local", "other", "fellow", "ordinary", "private"}),
    "fr": frozenset({"étrangers", "étrangères", "autres", "locaux", "simples"}),
    "es": frozenset({"extranjeros", "extranjeras", "otros", "otras", "locales"}),
    "it": frozenset({"stranieri", "straniere", "altri", "altre", "locali", "comuni"}),
    "pt": frozenset({"estrangeiros", "estrangeiras", "outros", "outras", "locais", "comuns"}),
    "de": frozenset({"ausländische", "ausländischen", "andere", "anderen", "einheimische",
                     "einheimischen", "weitere", "weiteren"}),
    "nl": frozenset({"buitenlandse", "andere", "lokale", "gewone"}),
}
#: Words that say the people counted are foreigners, of no country named: nouns ("foreigners",
#: "Ausländer", "obcokrajowców", "estrangeiros") and the adjectives that make a noun of people
#: foreign ("foreign nationals", "personas extranjeras"), lower case, per language. A count of
#: them listed as a part of the victims is a breakdown of the toll by nationality, as a
#: country's count is (:mod:`generator.extract.counts.breakdown`; spent s37, five languages).
FOREIGN: dict[str, frozenset[str]] = {
    "en": frozenset({"foreign", "foreigners"}),
    "fr": frozenset({"étrangers", "étrangères"}),
    "es": frozenset({"extranjeros", "extranjeras"}),
    "it": frozenset({"stranieri", "straniere"}),
    "pt": frozenset({"estrangeiros", "estrangeiras"}),
    "de": frozenset({"ausländer", "ausländern", "ausländerinnen", "ausländische",
                     "ausländischen"}),
    "nl": frozenset({"buitenlanders", "buitenlandse"}),
    "pl": frozenset({"obcokrajowców", "obcokrajowcy", "obcokrajowcami", "cudzoziemców",
                     "cudzoziemcy", "cudzoziemcami", "zagranicznych"}),
}
#: Words between a count of people and their country that say they are from it ("from", "of",
#: "aus", "de", "dell'"), per language.
FROM: dict[str, frozenset[str]] = {
    "en": frozenset({"from", "of"}),
    "fr": frozenset({"de", "du", "d"}),
    "es": frozenset({"de", "del", "procedentes", "provenientes"}),
    "it": frozenset({"del", "della", "dell", "dello", "di", "provenienti", "da", "dal", "dalla",
                     "dall"}),
    "pt": frozenset({"de", "do", "da"}),
    "de": frozenset({"aus", "von"}),
    "nl": frozenset({"uit", "van"}),
}
#: The article a page may put before a country's name, as a word of its own (an elided one
#: without its apostrophe: "l'Italie"), whatever the page's language: the determiners of the
#: one table of them (:data:`generator.text.speech_words.ARTICLES`, which opens subjects in the
#: languages that have articles), and the forms only a name's article takes there, English
#: "the" and the German dative ("from the Philippines", "aus dem Iran", "aus den USA").
BEFORE_A_COUNTRY: frozenset[str] = frozenset(
    {a.rstrip("'’") for articles in ARTICLES.values() for a in articles} | {"the", "dem", "den"})

#: A word of a count's noun phrase (a hyphenated compound is one: "Franco-Swiss").
WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def from_country(tokens: list[re.Match], i: int, lang: str) -> tuple[str, int] | None:
    """The country named after a "from" word at ``tokens[i]`` ("aus Russland", "dell'Italia",
    "de la Chine"): its code and where its name ends."""
    j = i + 1
    if j < len(tokens) and tokens[j].group(0).lower() in BEFORE_A_COUNTRY:
        j += 1
    for n in (3, 2, 1):
        if j + n <= len(tokens):
            words = " ".join(t.group(0) for t in tokens[j:j + n])
            if words[:1].isupper() and (
                    code := country_code(words, lang) or country_code(words, "en")):
                return code, tokens[j + n - 1].end()
    return None


def no_name_after(tokens: list[re.Match], i: int, lang: str) -> bool:
    """Whether the "from" word at ``tokens[i]`` opens on a word of :data:`NO_COUNTRY`, past an
    article: "citizens of other countries", "ciudadanos de otros países", "ressortissants
    d'autres pays" are of no country named, people like any others, as "foreign citizens" are
    ("Danish citizens, of whom three …" are still Danes)."""
    j = i + 1
    if j < len(tokens) and tokens[j].group(0).lower() in BEFORE_A_COUNTRY:
        j += 1
    return j < len(tokens) and tokens[j].group(0).lower() in NO_COUNTRY.get(lang, ())


#: Words that make a people's word a region's ("Latin Americans", "South Americans"; review 41).
_REGION_BEFORE = frozenset({"latin", "south", "central", "north", "latino", "sud", "süd"})


def nation_of(noun: str, lang: str) -> str | None:
    """The country of a count of a country's people, from its noun as written ("Danish
    citizens", "ressortissants de la Chine"); None for citizens of no country named ("foreign
    citizens"), who are people like any others."""
    tokens = list(WORD.finditer(noun))
    for i, tok in enumerate(tokens):
        if tok.group(0).lower() in FROM.get(lang, ()) and (named := from_country(tokens, i, lang)):
            return named[0]
        if (lang != "en" or tok.group(0)[:1].isupper()) and (
                code := country_of_people(tok.group(0), lang)):
            if i and tokens[i - 1].group(0).lower() in _REGION_BEFORE:
                return None  # "Latin Americans", "South Americans": a region's people
            return code
        if tok.group(0).isupper() and (code := country_code(tok.group(0), lang)):
            return code  # "two US nationals", "UK citizens"
    return None


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


def counted_nationals(after: str, lang: str) -> tuple[str, int] | None:
    """(noun, where it ends in ``after``) when the words right after a number count people of
    a country ("six Kazakh nationals", "16 citoyens russes", "42 aus Aserbaidschan"), or
    citizens of whichever country ("12 ciudadanos rusos"). A demonym alone ("16 Russians",
    "seis kazajos") must end the noun phrase (a function word or the clause's end after it:
    "12 Italian restaurants" counts restaurants). The one reader of such a count: ``extract``
    drafts a country's people by it (:mod:`generator.extract.counts.nationals`), and ``check``
    reads by it which country's people a number counts (:mod:`generator.check.country_counts`).
    """
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
                return clause[tokens[0].start():named[1]], named[1]
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
        return (clause[tokens[0].start():stop], stop) if citizens else None
    if not people:
        nxt = next((t for t in tokens if t.start() >= stop), None)
        if nxt is not None and nxt.group(0).lower() not in stop_words(lang):
            return None
    return clause[tokens[0].start():stop], stop
