"""Trial 35's findings 5, 8, 9 and 14 (a blizzard's tolls revised over days, its cancelled
flights, its forecasts), on invented sentences of other places, names and numbers. Each
mended reading stands beside a near shape whose reading must stay."""

from __future__ import annotations

import pytest

from tests.conftest import checked_pages
from tests.probes import figures

# --- 5. a rise in the dead is no toll; the total a rise brings is the toll


@pytest.mark.parametrize(("text", "lang"), [
    ("Health officials added 6 cold-related deaths on Friday to the 11 they had reported.", "en"),
    ("The coroner added 4 deaths to the county's tally on Sunday.", "en"),
    ("The death toll in Tarrow rose by 7 during the night.", "en"),
    ("Dans la vallée, le nombre de victimes a augmenté de 7 en une journée.", "fr"),
    ("Le bilan s'est alourdi de 7 morts dans la nuit à Vernes.", "fr"),
    ("Die Zahl der Toten in Marwitz ist über Nacht um 7 gestiegen.", "de"),
    ("El número de fallecidos en Tarrow aumentó en 7 durante la noche.", "es"),
    ("A Tarrow il numero delle vittime è salito di 7 nella notte.", "it"),
])
def test_a_rise_in_the_dead_is_no_toll(text, lang):
    found = figures(text, lang)
    assert found and all(group == "more dead" for _value, group in found), found


@pytest.mark.parametrize(("text", "lang", "value"), [
    # his words, nothing added to: the toll he gives
    ("The sheriff added 6 people had frozen to death in their cars.", "en", 6),
    # what the toll rose to, not by
    ("The death toll in Tarrow rose to 7 during the night.", "en", 7),
    ("A Tarrow il numero delle vittime è salito a 7 nella notte.", "it", 7),
    ("Die Zahl der Toten in Marwitz ist über Nacht auf 7 gestiegen.", "de", 7),
])
def test_near_miss_a_toll_given_or_risen_to_stays_the_toll(text, lang, value):
    assert (value, "dead") in figures(text, lang), figures(text, lang)


def test_the_total_two_more_deaths_bring_is_the_toll():
    found = figures("Two more deaths were reported in Tarrow on Friday, bringing the valley's "
                    "total to 15.")
    assert (2, "more dead") in found and (15, "dead") in found, found
    assert (15, "more dead") not in found, found


def test_near_miss_a_number_after_more_deaths_with_no_total_keeps_their_noun():
    # "and 4 in Vernes": more of the same, a rise as well
    found = figures("Two more deaths were reported in Tarrow on Friday and 4 in Vernes.")
    assert (4, "more dead") in found, found


# --- 8. a place's part of a toll ("N der M Sturmopfer", "N degli almeno M decessi"); German
# and Dutch compounds of the dead


@pytest.mark.parametrize(("text", "lang"), [
    ("Allein im Landkreis Wendel sind 21 der 48 Unwetteropfer gestorben.", "de"),
    ("Im Landkreis Wendel 21 der 48 Opfer, meldete die Polizei am Abend.", "de"),
    ("La provincia di Sarno conta da sola 21 degli almeno 48 decessi.", "it"),
    ("Wendel County alone accounts for 21 of the at least 48 deaths.", "en"),
    ("La provincia de Sarno registró 21 de los al menos 48 muertos.", "es"),
])
def test_a_places_part_of_a_toll_is_a_count_of_the_dead(text, lang):
    found = figures(text, lang)
    assert (21, "dead") in found and (48, "dead") in found, found


@pytest.mark.parametrize(("text", "lang", "group"), [
    ("In Wendel zählten die Behörden 48 Lawinentote.", "de", "dead"),
    ("In Wendel starben 48 Sturmopfer.", "de", "dead"),
    ("In Wendel gab es 48 Unwetterverletzte.", "de", "wounded"),
    ("In Wendel vielen vorig jaar 48 verkeersdoden.", "nl", "dead"),
])
def test_a_compound_of_the_dead_or_injured_counts_them(text, lang, group):
    assert (48, group) in figures(text, lang), figures(text, lang)


def test_near_miss_a_prefix_is_no_compound_and_a_road_number_stays_a_name():
    # "Unverletzte" are the unhurt: "un" is a prefix, no word of its own
    assert (48, "wounded") not in figures("In Wendel blieben 48 Unverletzte zurück.", "de")
    # a road's number before a place is its name, not a count
    assert figures("Der Unfall auf der Autobahn 7 der Region Wendel forderte Verletzte.",
                   "de") == []


# --- 9. two modifiers joined by "and" or "or" before the counted noun


@pytest.mark.parametrize("text", [
    "Nearly 915 regional and long-haul flights out of Marbury were scrapped on Saturday.",
    "The gale grounded 915 cargo or passenger flights across Marbury.",
])
def test_two_joined_modifiers_before_the_noun_keep_the_count(text):
    assert (915, "flight") in figures(text), figures(text)


@pytest.mark.parametrize(("text", "kept"), [
    # two counts joined by "and": each keeps its own noun
    ("The avalanche killed 4 and injured 11 skiers near Marbury.", [(4, "dead"), (11, "wounded")]),
    # two plural nouns joined: the first is what is counted
    ("About 60 pilots and stewards were stranded in Marbury.", [(60, "pilot")]),
])
def test_near_miss_counts_or_nouns_joined_by_and_read_as_before(text, kept):
    assert figures(text) == kept, figures(text)


def test_near_miss_a_plural_noun_after_and_is_no_modifier_to_read_past():
    # "operations" is a noun used as a modifier: the count is not of operations
    found = figures("More than 400 storage and operations managers were sent to Marbury.")
    assert not any(group == "operation" for _value, group in found), found


# --- 14. what `check` shows as an outlet stating a figure: no forecast of a measured amount,
# and no passage left with nothing of the figure once its number is another figure's

_FACTS = """figures:
  - id: snow-fell
    label: Snow at Korvik harbour
    unit: cm
    reports:
      - article: gauge-a
        value: 140
        quote: "the gauge at Korvik harbour recorded 140 cm of snow"
  - id: valley-toll
    label: Dead in Marrow Valley
    unit: dead
    reports:
      - article: gauge-a
        value: 6
        quote: "The storm has killed 6 people in Marrow Valley"
  - id: country-toll
    label: Dead across Tessaly
    unit: dead
    reports:
      - article: list-d
        value: 21
        quote: "Tessaly has recorded 21 storm deaths since Thursday"
      - article: feared-e
        value: 21
        quote: "Tessaly has recorded 21 storm deaths"
"""


@pytest.fixture(scope="module")
def korvik_checked(tmp_path_factory):
    return checked_pages(tmp_path_factory.mktemp("korvik"), _FACTS, {
        "gauge-a": ("en", "The storm has killed 6 people in Marrow Valley. The weather office "
                          "said the gauge at Korvik harbour recorded 140 cm of snow by Sunday."),
        "outlook-b": ("en", "The weather office said another 20 cm of snow could fall on Korvik "
                            "harbour on Wednesday."),
        "fell-c": ("en", "The weather office said 20 cm of snow fell on Korvik harbour overnight."),
        "list-d": ("en", "• Tessaly has recorded 21 storm deaths since Thursday, officials "
                         "said."),
        "feared-e": ("en", "Tessaly has recorded 21 storm deaths, and more are feared dead in "
                           "Marrow Valley."),
    }, "Snowstorm in Tessaly")


def _mentioned(checked, figure: str) -> dict[str, list[str]]:
    found = checked.mentions.get(("figure", figure), {})
    return {article: [m.written for m in ms] for article, ms in found.items()}


def test_a_forecast_states_no_snow_that_fell(korvik_checked):
    assert "outlook-b" not in _mentioned(korvik_checked, "snow-fell")


def test_near_miss_snow_said_to_have_fallen_is_stated(korvik_checked):
    assert _mentioned(korvik_checked, "snow-fell").get("fell-c") == ["20 cm"]


def test_a_passage_left_with_a_bullet_and_a_source_states_nothing(korvik_checked):
    assert "list-d" not in _mentioned(korvik_checked, "valley-toll")


def test_near_miss_a_passage_left_that_speaks_of_the_figure_still_shows(korvik_checked):
    shown = _mentioned(korvik_checked, "valley-toll").get("feared-e")
    assert shown and "feared dead" in shown[0], shown
