"""A figure of one country's people ("Number of nationals of France (2)", as ``briefing
extract`` drafts it) is mentioned by a sentence that counts that country's people in any form:
the demonym in the outlet's language, before or after a noun of people, as a noun of its own,
or the country after "from". Trial 47: two outlets that named the two French dead ("two French
tourists", "deux touristes français") were "Silent (their text says nothing of it)", because a
figure was found by the words of its label ("nationals", "France") only. Invented pages.

Each test fails without generator/check/country_counts.py (the terms had no country); the
Frenchmen rows without the "-men" forms in generator/text/countries._PEOPLE_APART.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.check.country_counts import country_of_figure, counts_country
from generator.check.terms import WORD

#: The figure as the draft writes it: the dead of one country, cited from the wire.
FACTS = ("figures:\n  - id: nationals-2\n    label: \"Number of nationals of France (2)\"\n"
         "    unit: nationals\n    measure: dead\n    reports:\n"
         "      - article: wire-en\n        value: 2\n"
         "        quote: \"two French hikers\"\n")

#: Pages that state it, one per corpus language that has a people's word for it, and the words
#: each writes it with.
STATED = {
    "wire-en": ("en", "The avalanche above Varnesse killed two French hikers on Sunday."),
    "post-en": ("en", "Among the dead were two Frenchmen who had joined the group at dawn."),
    "daily-en": ("en", "Two of the dead were French, the mountain rescue service said."),
    "gazette-en": ("en", "Rescuers found the bodies of two climbers from France on Monday."),
    "journal-fr": ("fr", "Deux randonneurs français ont péri dans l'avalanche de Varnesse."),
    "matin-fr": ("fr", "Parmi les victimes figurent deux Français, selon la préfecture."),
    "giornale-it": ("it", "Le vittime sono due escursionisti francesi, secondo il soccorso."),
    "zeitung-de": ("de", "Unter den Toten sind zwei französische Bergsteiger."),
    "blatt-de": ("de", "Zwei Franzosen kamen in der Lawine ums Leben."),
    "diario-es": ("es", "Entre los fallecidos hay dos excursionistas franceses."),
    "folha-pt": ("pt", "Entre os mortos estão dois turistas franceses, segundo a polícia."),
    "krant-nl": ("nl", "Onder de doden zijn twee Franse wandelaars."),
}

#: Pages that name France or the French beside a number that counts no French: silent.
NOT_STATED = {
    "other-en": ("en", "The avalanche above Varnesse killed two Belgian hikers on Sunday."),
    "flight-en": ("en", "Two rescue helicopters flew the injured to France on Monday."),
    "bus-en": ("en", "Two buses carrying French pupils were stopped below the pass."),
    "minister-fr": ("fr", "Le ministre français a dépêché deux hélicoptères à Varnesse."),
    "friend-it": ("it", "Due amici di Francesco sono rimasti feriti nella valanga."),
}


def _stances(tmp_path: Path, pages: dict[str, tuple[str, str]]) -> dict[str, str]:
    from generator.analyse.analysis import analyse
    from tests.conftest import checked_pages

    checked = checked_pages(tmp_path, FACTS, pages, "Varnesse")
    figure = next(f for f in analyse(checked).figures if f.figure.id == "nationals-2")
    return {outlet: s.state for outlet, s in figure.stances.items()}


def test_the_country_of_a_drafted_figure_is_read_off_its_label() -> None:
    assert country_of_figure("Number of nationals of France (2)", "nationals") == "FR"
    assert country_of_figure("French citizens killed", "people") == "FR"
    # a place's dead, and citizens of no country named, are no country's people
    assert country_of_figure("Number of dead in Turkey (12)", "dead") == ""
    assert country_of_figure("Number of foreign nationals (3)", "nationals") == ""


def test_an_outlet_counting_the_country_s_people_in_its_own_words_is_not_silent(
        tmp_path: Path) -> None:
    stances = _stances(tmp_path, {**STATED, **NOT_STATED})
    assert stances.pop("wire-en") == "reports"
    assert {o: s for o, s in stances.items() if o in STATED} == {
        o: "mentions" for o in STATED if o != "wire-en"}
    assert {o: s for o, s in stances.items() if o in NOT_STATED} == {
        o: "silent" for o in NOT_STATED}


@pytest.mark.parametrize(("text", "lang", "number", "want"), [
    ("deux touristes français", "fr", "deux", True),
    ("deux touristes belges", "fr", "deux", False),
    ("due turisti francesi", "it", "due", True),
    ("zwei Touristen aus Frankreich", "de", "zwei", True),
    ("dos turistas franceses", "es", "dos", True),
    ("dos turistas procedentes de Francia", "es", "dos", True),
    ("two Frenchmen died", "en", "two", True),
    ("two Frenchwomen were hurt", "en", "two", True),
    # a count of citizens of another country, or of no country named
    ("two nationals of Belgium", "en", "two", False),
    ("two foreign nationals", "en", "two", False),
    # a count of things beside the people's word
    ("two buses carrying French pupils", "en", "two", False),
    # the country beyond the number's clause, or named as a destination
    ("two died, the French embassy said", "en", "two", False),
    ("two were flown to France", "en", "two", False),
])
def test_which_numbers_count_the_country_s_people(text, lang, number, want) -> None:
    end = text.index(number) + len(number)
    words = [(m.start(), m.end(), m.group(0)) for m in WORD.finditer(text)]
    assert counts_country(text, end, words, "FR", lang) is want


def test_a_number_cited_for_the_country_s_people_still_states_the_dead(tmp_path: Path) -> None:
    """"Two French hikers died": the number counts the French and the dead. Cited for the one
    figure, it still states the other (before, a number another figure cited was taken as that
    figure's alone, and the outlet was silent on the dead). Fails without the exception in
    generator/check/cited_elsewhere.py."""
    from generator.analyse.analysis import analyse
    from tests.conftest import checked_pages

    facts = FACTS + ("  - id: dead\n    label: \"Number of dead (2)\"\n    unit: dead\n"
                     "    measure: dead\n    kind: running\n    reports:\n"
                     "      - article: giornale-it\n        value: 2\n"
                     "        quote: \"Le vittime sono due escursionisti francesi\"\n")
    pages = {o: STATED[o] for o in ("wire-en", "giornale-it")} | {
        "journal-fr": ("fr", "Deux randonneurs français sont morts dans l'avalanche.")}
    figures = {f.figure.id: {o: s.state for o, s in f.stances.items()}
               for f in analyse(checked_pages(tmp_path, facts, pages, "Varnesse")).figures}
    assert figures["dead"] == {"giornale-it": "reports", "wire-en": "mentions",
                               "journal-fr": "mentions"}
    assert figures["nationals-2"] == {"wire-en": "reports", "giornale-it": "mentions",
                                      "journal-fr": "mentions"}
