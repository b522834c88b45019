"""A country's name of several words is one name, in every language CLDR writes it so, and in
the cases of a language that inflects names; the words around it say whether it is the
country or part of a longer name (an airline, an agency). Towns and people are invented; the
countries are CLDR's names and the forms news writes for them."""

from __future__ import annotations

import pytest

from generator.text.countries import countries_in, country_code


@pytest.mark.parametrize(("name", "language", "code"), [
    ("New Zealand", "en", "NZ"), ("Nueva Zelanda", "es", "NZ"), ("Neuseeland", "de", "NZ"),
    ("Nouvelle-Zélande", "fr", "NZ"), ("Nuova Zelanda", "it", "NZ"), ("Nova Zelândia", "pt", "NZ"),
    ("Nowa Zelandia", "pl", "NZ"),
    ("United States", "en", "US"), ("Estados Unidos", "es", "US"), ("États-Unis", "fr", "US"),
    ("Vereinigte Staaten", "de", "US"), ("Vereinigten Staaten", "de", "US"),
    ("Stati Uniti", "it", "US"), ("Estados Unidos", "pt", "US"), ("Stany Zjednoczone", "pl", "US"),
    ("Saudi Arabia", "en", "SA"), ("Arabia Saudita", "es", "SA"), ("Arabie saoudite", "fr", "SA"),
    ("Arabia Saudita", "it", "SA"), ("Arábia Saudita", "pt", "SA"),
    ("South Africa", "en", "ZA"), ("Afrique du Sud", "fr", "ZA"), ("África do Sul", "pt", "ZA"),
    ("Costa Rica", "en", "CR"), ("Sri Lanka", "es", "LK"),
    ("United Kingdom", "en", "GB"), ("Reino Unido", "es", "GB"), ("Royaume-Uni", "fr", "GB"),
    ("Regno Unito", "it", "GB"),
    ("North Macedonia", "en", "MK"), ("Macedonia Północna", "pl", "MK"),
    ("Czech Republic", "en", "CZ"), ("Tschechien", "de", "CZ"), ("Repubblica Ceca", "it", "CZ"),
    ("Großbritannien", "de", "GB"), ("Grã-Bretanha", "pt", "GB"),
    # CLDR's "Myanmar (Burma)": either name
    ("Myanmar", "en", "MM"), ("Birmania", "es", "MM"), ("Birma", "pl", "MM"),
    # ... but not what it is part of, nor a kind of region: "Isole Cocos (Keeling)", "Гонконг
    # (САР)", where "САР" is as often Syria's initials
    ("Keeling", "it", None), ("САР", "ru", None),
    # initials, as written only
    ("US", "en", "US"), ("U.S.", "en", "US"), ("UK", "en", "GB"), ("EE.UU.", "es", "US"),
    ("USA", "de", "US"), ("США", "ru", "US"), ("us", "en", None),
    # the cases of an inflecting language, word by word
    ("Nowej Zelandii", "pl", "NZ"), ("Stanach Zjednoczonych", "pl", "US"),
    ("Wielkiej Brytanii", "pl", "GB"), ("Korei Południowej", "pl", "KR"),
    # words of a name are no country alone, nor another one
    ("Zelanda", "es", None), ("South", "en", None), ("New Tarvel", "en", None),
    ("Diego Garcia", "en", None),  # as often a person as an atoll
])
def test_a_name_of_several_words_is_its_country(name: str, language: str, code) -> None:
    assert country_code(name, language) == code


def test_a_text_names_each_country_once_the_longest_name_first() -> None:
    text = "Crews from New Zealand and the U.S. reached Velmor. In South Africa, 12 died."
    found = [(text[a:b], code) for a, b, code in countries_in(text, "en")]
    assert found == [("New Zealand", "NZ"), ("U.S.", "US"), ("South Africa", "ZA")]


def test_a_name_inside_a_longer_name_is_no_country_when_read_alone() -> None:
    text = ("Staff of Air New Zealand met the United States Geological Survey team. "
            "New Zealand sent two planes; the Velmor office of Costa Rica stayed shut.")
    alone = [text[a:b] for a, b, _ in countries_in(text, "en", alone=True)]
    assert alone == ["New Zealand", "Costa Rica"]
    assert "United States" in [text[a:b] for a, b, _ in countries_in(text, "en")]


def test_a_german_noun_after_the_name_leaves_it_the_country() -> None:
    text = "In den Vereinigten Staaten Hilfe angekommen, sagte Brenna Oldis."
    assert [code for *_, code in countries_in(text, "de", alone=True)] == ["US"]


def test_polish_cases_of_a_long_name_are_read_in_a_text() -> None:
    text = "Ratownicy ze Stanów Zjednoczonych i z Nowej Zelandii dotarli do Korvath."
    assert [code for *_, code in countries_in(text, "pl", alone=True)] == ["US", "NZ"]
