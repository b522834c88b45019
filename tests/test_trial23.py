"""Misreadings a new user found on coverage of an explosion at a chemical plant (trial 23), in
invented sentences of the same shapes."""

from __future__ import annotations

import pytest

from generator.extract.singular import singular_figures
from tests.probes import figures, sentence, source


def _singles(text: str, lang: str) -> list[tuple[float, str]]:
    return [(f.value, f.group) for f in singular_figures(sentence(text), lang)]


def test_one_person_is_not_read_across_a_dash_de():
    text = "In Orvia kam es zu einer Explosion in einer Lackfabrik – vier Menschen starben."
    assert _singles(text, "de") == []
    assert figures(text, "de") == [(4, "dead")]


def test_one_person_before_the_outcome_still_counts_de():
    text = "In der Halle starb ein Arbeiter, als die Decke einbrach."
    assert _singles(text, "de") == [(1, "dead")]


@pytest.mark.parametrize("text", [
    "Le journal rapporte qu'une personne est également portée disparue.",
    "La mairie indique qu’un ouvrier est mort dans la nuit.",
    "Il a précisé lorsqu'un pompier a été blessé.",
])
def test_an_article_after_an_elided_que_counts_one_fr(text):
    assert len(_singles(text, "fr")) == 1


def test_an_article_after_another_elision_is_no_count_fr():
    assert _singles("Le bilan d'un accident est lourd: douze morts.", "fr") == []


@pytest.mark.parametrize("text, lang", [
    ("Nueve operarios de la empresa sufrieron quemaduras en la explosión.", "es"),
    ("Nueve operarios resultaron con quemaduras graves.", "es"),
    ("Neun Arbeiter erlitten Verbrennungen.", "de"),
    ("9 ouvriers souffrent de graves brûlures.", "fr"),
    ("9 ouvriers grièvement brûlés", "fr"),
    ("Nine workers suffered burns in the blast.", "en"),
])
def test_people_with_burns_are_the_injured(text, lang):
    assert figures(text, lang) == [(9, "wounded")]


def test_houses_burned_are_no_injured_fr():
    assert figures("9 maisons brûlées dans le quartier.", "fr") == [(9, "building")]


@pytest.mark.parametrize("text", [
    "Four people confirmed dead, one found on site, and nine more people injured",
    "Two workers reported missing on Monday and nine people injured",
])
def test_a_count_confirmed_dead_is_no_source_en(text):
    assert source(text, "nine") is None


def test_a_count_confirmed_by_a_body_keeps_its_source_en():
    assert source("Police confirmed nine people dead.", "nine") == "Police"


@pytest.mark.parametrize("text, lang", [
    ("12 personnes ont été brûlées vives dans l'entrepôt.", "fr"),
    ("12 personas fueron quemadas vivas en el almacén.", "es"),
])
def test_people_burned_alive_are_no_injured(text, lang):
    assert (12, "wounded") not in figures(text, lang)
