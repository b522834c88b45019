"""Whether a sentence states a figure of one country's people ("nationals of France").

``briefing extract`` drafts the people a country counts as a figure of their own, labelled in
English by the country's name ("Number of nationals of France (2)", unit "nationals"). The
outlets write those people by their demonym, in their language, beside a noun of people ("two
French tourists", "deux touristes français", "due turisti francesi", "zwei französische
Touristen", "dos turistas franceses"), as a noun ("Frenchmen", "Franzosen") or by the country
("two passengers from France"). A figure's terms were the words of its label and unit
(:mod:`.terms`), so "nationals" and "France" found none of them, and trial 47 listed two outlets
that named the two French dead as "Silent (their text says nothing of it)".

Here such a figure is read by its country, not by its words: :func:`country_of_figure` reads the
country off the label (the draft writes it there, and an analyst who retitles the figure keeps
it: "French nationals killed"), and a number states the figure when the words after it count
that country's people, read by the one reader of such a count that ``extract`` drafts by
(:func:`generator.text.nationals.counted_nationals`), with the country's words of the one table
of them (:mod:`generator.text.countries`, from CLDR): the same words make the draft's figure and
find it in the other outlets. The terms derive this from the label rather than the draft
writing every language's demonyms as ``terms:``: the forms are read, not listed (CLDR's names
and a people's endings), so a list would be a second table, and a word list would still miss
the French order "deux touristes français", where a noun of people stands between the number
and the demonym.
"""

from __future__ import annotations

import re
from functools import lru_cache

from generator.text.counted_words import counted_group
from generator.text.countries import countries_in, country_code, country_of_people
from generator.text.lexicon import NOUN_GROUPS
from generator.text.nationals import FROM, WORD, counted_nationals, nation_of

#: The label's or unit's words that make a figure one of a country's people (the draft's unit,
#: "nationals"; an analyst's "citizens").
_NATIONAL_WORDS = frozenset(f for w in NOUN_GROUPS["national"] for f in (w, f"{w}s"))
#: Where the words a number counts may be looked for past the noun after it end: its clause.
_CLAUSE = re.compile(r"[,;:()\[\]–—!?]|\.(?:\s|$)")
#: How many words after the number a people's word may stand ("two of the dead were French"):
#: as far as a count's term from its number (:data:`generator.check.mentions.WINDOW`).
WINDOW = 10
#: Counted groups of things, not people: "two buses carrying French tourists" counts buses.
_THINGS = frozenset({"building", "container", "dam", "explosion", "vessel", "bus", "coach",
                     "vehicle", "airstrike", "aircraft"})
_ENGLISH_THINGS = frozenset(f for g in ("bus", "coach", "vehicle", "airstrike", "aircraft")
                            for w in NOUN_GROUPS[g] for f in (w, f"{w}s", f"{w}es"))


def country_of_figure(label: str, unit: str) -> str:
    """The code of the country whose people a figure counts ("FR" for "Number of nationals of
    France (2)", "nationals"; for "French citizens killed"), or "" when its label and unit name
    no country's nationals or citizens ("Number of dead in Turkey" counts the dead of a place,
    "foreign nationals" people of no country named)."""
    words = {w.lower() for text in (label, unit) for w in WORD.findall(text)}
    if not words & _NATIONAL_WORDS:
        return ""
    return nation_of(label, "en") or ""


@lru_cache(maxsize=1 << 15)
def names_people(word: str, code: str, language: str) -> bool:
    """Whether ``word`` names the people of the country ``code`` in ``language`` ("French",
    "français", "francesi", "Franzosen", "franceses", "Frenchmen"): capitalised in English, as
    a demonym is written there (the reader of the counts takes it so too); not the country's
    name, which that reader takes for its people too ("France", "Francia")."""
    return bool(language) and (language != "en" or word[:1].isupper()) and \
        country_of_people(word, language) == code and country_code(word, language) is None


def holds_country(text: str, code: str, language: str) -> bool:
    """Whether a sentence names the country or its people at all: the cheap test before its
    numbers are read."""
    if any(names_people(w, code, language) or (w[:1].isupper() and country_code(w, language)
                                               == code) for w in WORD.findall(text)):
        return True
    return any(c == code for _s, _e, c in countries_in(text, language, least=2))


def counts_country(text: str, end: int, words: list[tuple[int, int, str]], code: str,
                   language: str) -> bool:
    """Whether the number ending at ``end`` of the sentence ``text`` (its ``words`` with their
    offsets) counts people of the country ``code``: the words right after it count them
    (:func:`~generator.text.nationals.counted_nationals`: "two French tourists", "deux
    touristes français", "tre passeggeri dalla Francia"; a count of another country's people or
    of citizens of none is not this figure), else a word of its people stands after it in its
    clause ("two of the dead were French", "two French died"), or its name after a "from" word
    ("two of them from France"), and the number does not count things ("two buses carrying
    French tourists")."""
    if (found := counted_nationals(text[end:], language)) is not None:
        return nation_of(found[0], language) == code
    stop = m.start() + end if (m := _CLAUSE.search(text[end:])) else len(text)
    after = [w for start, _e, w in words if end <= start < stop][:WINDOW]
    if after and _a_thing(after[0], language):
        return False
    froms = FROM.get(language, frozenset())
    return any(names_people(w, code, language) or (
        n and after[n - 1].lower() in froms and country_code(w, language) == code)
        for n, w in enumerate(after))


def _a_thing(word: str, language: str) -> bool:
    low = word.lower()
    return low in _ENGLISH_THINGS if language == "en" else \
        counted_group(low + " ", language) in _THINGS
