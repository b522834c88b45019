"""Figures a new user found misread on coverage of a ferry capsizing (trial 20), in invented
sentences of the same shapes: people who drowned read as people, survivors read as the dead,
"N others" given the toll's noun, an earlier disaster recalled "years ago" proposed as the
event's toll, and a boat's capacity read as people aboard."""

from __future__ import annotations

import pytest

from generator.extract.figures import figures_in
from generator.text.sentences import Sentence
from tests.probes import figures as _figures
from tests.probes import source


@pytest.mark.parametrize("text, lang", [
    ("At least 43 people drowned when the launch tipped over near Marova.", "en"),
    ("Mindestens 43 Menschen ertranken, als die Fähre bei Marova kippte.", "de"),
    ("Mindestens 43 Menschen sind vor Marova ertrunken.", "de"),
    ("Au moins 43 personnes se sont noyées au large de Marova.", "fr"),
    ("Al menos 43 personas se ahogaron frente a Marova.", "es"),
])
def test_the_drowned_are_dead(text, lang):
    assert _figures(text, lang) == [(43, "dead")]


@pytest.mark.parametrize("text, lang", [
    ("Le nombre des rescapés s'élevait à 17 mardi soir.", "fr"),
    ("Les secours comptaient 17 survivants mardi soir.", "fr"),
    ("Die Helfer zählten bis zum Abend 17 Überlebende.", "de"),
    ("Los equipos contaban 17 supervivientes al caer la noche.", "es"),
    ("Los equipos contaban 17 sobrevivientes al caer la noche.", "es"),
])
def test_survivors_are_not_the_dead(text, lang):
    # survivors, not the dead after a toll's "nombre de"; since extract round 24 a group of their
    # own in every language (English's "survivors" already was), no longer the rescued
    assert _figures(text, lang) == [(17, "survivor")]


@pytest.mark.parametrize("text, expected", [
    ("The mayor said the toll had climbed to 48 while 23 others had been saved by fishermen.",
     [(48, "dead"), (23, "rescued")]),
    ("Officials said the toll stood at 48 and 23 others were missing.",
     [(48, "dead"), (23, "missing")]),
])
def test_others_take_their_own_verb(text, expected):
    assert _figures(text) == expected


@pytest.mark.parametrize("text, lang", [
    ("Six years ago, 170 people died when a ferry sank off the coast of Pelmo.", "en"),
    ("Il y a six ans, 170 personnes sont mortes dans le naufrage d'un ferry.", "fr"),
    ("Vor sechs Jahren starben 170 Menschen beim Untergang einer Fähre.", "de"),
    ("Hace seis años, 170 personas murieron en el hundimiento de un ferry.", "es"),
])
def test_an_earlier_disaster_years_ago_is_background(text, lang):
    assert _figures(text, lang) == []


def test_a_toll_of_this_week_is_kept():
    assert _figures("Three days ago, 170 people died when the ferry sank.") == [(170, "dead")]


@pytest.mark.parametrize("text, lang", [
    ("Zugelassen ist die Barkasse nur für 140 Personen.", "de"),
    ("Su capacidad es de 140 personas, según el puerto.", "es"),
    ("La vedette, d'une capacité de 140 personnes, a chaviré.", "fr"),
    ("Die Barkasse war nur für 140 Personen zugelassen.", "de"),
    ("The launch was licensed to carry 140 passengers.", "en"),
])
def test_a_capacity_is_no_count_of_people(text, lang):
    assert all(group not in ("person", "passenger") for _, group in _figures(text, lang))


def test_the_people_aboard_beside_a_capacity_are_kept():
    assert _figures("The launch carried 210 passengers, though it was licensed to carry "
                    "140 passengers.") == [(210, "passenger")]


def test_german_people_rescued_group_as_rescued():
    text = "Bis zum Abend wurden 26 Menschen gerettet."
    found = figures_in(Sentence(0, len(text), text, 0), "de")
    assert [(f.value, f.group) for f in found] == [(26, "rescued")]


def test_german_people_rescued_are_labelled_by_the_measure(tmp_path):
    """Trial 20: a German count of people rescued was labelled "Number of menschen"."""
    from tests.conftest import draft_of_pages

    draft = draft_of_pages(tmp_path, {"ferry": ("de", (
        "Fährunglück\n\nNach Angaben der Behörde konnten 26 Menschen gerettet werden.\n"))})
    rescued = [f for f in draft.figures if "26" in f.label]
    assert [(f.label, f.unit) for f in rescued] == [("Number of rescued (26)", "rescued")]


def _source(text: str) -> str | None:
    return source(text, near="3")


@pytest.mark.parametrize("text, who", [
    ("Divers brought 34 people ashore before dark and then stopped for the night, "
     "said firefighters.", "firefighters"),
    ("At least 34 people had been rescued, said firefighters.", "firefighters"),
    ("At least 34 people had been rescued by dusk, said local officials.", "local officials"),
    ("According to the district police commander, Ivo Marek, 34 bodies were found by noon "
     "and the hunt continued.", "Ivo Marek"),
    ("According to district police commander Ivo Marek, at least 34 bodies had been "
     "recovered by noon.", "district police commander Ivo Marek"),
    ("The tally was by deadline reported to be 34 families.", None),
])
def test_who_a_figure_is_attributed_to(text, who):
    assert _source(text) == who


@pytest.mark.parametrize("text", [
    "Officials put the number of victims at 117 people on Friday.",
    "The number of victims had reached 117 people by Friday.",
    "The death toll was 117 people on Friday.",
])
def test_a_count_of_people_the_number_of_victims_names_is_the_dead(text):
    """As the noun table has it, victims are the dead (not the injured: those are named so)."""
    assert [g for _, g in _figures(text)] == ["dead"]


def test_people_after_a_toll_with_a_verb_of_their_own_keep_it():
    assert _figures("The death toll was 117 on Friday, and 300 people were evacuated.") == [
        (117, "dead"), (300, "evacuee")]


def test_years_ago_with_the_events_own_date_is_left_to_the_year():
    """An anniversary page writes the event's date after "years ago": the year decides."""
    assert _figures("Three years ago the flood of 9 June 2021 killed 17 people in Orsa.") == [
        (17, "dead")]
