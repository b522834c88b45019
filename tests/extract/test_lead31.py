"""The lead's mends of the thirty-first stop (trial 36: a fog pile-up of some 130 vehicles on a
bridge, reported by seven English pages, its hurt first given as 200 and then revised, no one
killed; another motorway's pile-up as the near miss), on invented sentences, each beside a
neighbour whose reading must stay."""

from __future__ import annotations

import pytest

from generator.content.measured import measure_of
from generator.content.units import NAMES, unit_name
from generator.extract.speakers.noun_phrases import subject_before
from generator.text.number_words import UNITS_AFTER, UNITS_BEFORE
from tests.conftest import draft_of_pages, quote_speakers


def _figures(tmp_path, text: str) -> list[tuple[str, str, object]]:
    draft = draft_of_pages(tmp_path, {"probe-page": ("en", text)})
    return [(c.noun, c.measure, c.value) for c in draft.candidates() if c.kind == "figure"]


# --- a length in yards is a length (it was a count of "yards": the unit had no name)

def test_every_unit_of_the_reader_has_a_name_for_labels():
    assert sorted((set(UNITS_AFTER) | set(UNITS_BEFORE)) - set(NAMES)) == []


def test_yards_are_a_length(tmp_path):
    assert unit_name("yards") == "yards"
    assert measure_of("yard", "yards") == "length"
    found = _figures(tmp_path, "Pile-up on the Norvik bridge. Drivers could see only 15 yards "
                     "ahead when 40 cars collided on the Norvik bridge.")
    assert ("yards", "length", 15) in found
    assert ("cars", "count", 40) in found


# --- "N others" after a count of things are more of those things, not people


def test_others_after_vehicles_are_vehicles(tmp_path):
    found = _figures(tmp_path, "Pile-up on the Tarvik ring road. Forty vehicles collided on the "
                     "eastbound lanes of the Tarvik ring road. Minutes later, 25 others crashed "
                     "on the westbound side.")
    assert ("vehicles", "count", 25) in found
    people = _figures(tmp_path / "b", "Crash on the Tarvik ring road. Forty people were hurt "
                      "on the Tarvik ring road and 12 others were treated at the scene.")
    assert [m for n, m, v in people if v == 12] == ["injured"]


# --- a passive's agent, then "who said": the agent speaks


@pytest.mark.parametrize(("prefix", "who"), [
    ("The scale of the crash was stressed by Norvik ambulance service, who",
     "Norvik ambulance service"),
    ("The danger was underlined by Tarvik harbour rescue crews who",
     "Tarvik harbour rescue crews"),
    ("The toll was confirmed by the Ostra coastguard, which", "the Ostra coastguard"),
])
def test_the_agent_before_who_said_is_the_speaker(prefix, who):
    assert subject_before(prefix) == who


def test_the_agent_of_a_passive_speaks_the_quotation(tmp_path):
    speakers = quote_speakers(tmp_path, (
        "Crash on the Norvik bridge. The seriousness of the crash was underlined by Norvik harbour "
        "rescue crews who said on Monday: “Crews cut seven drivers free from their "
        "cars.” Hadi Brenn, who drove past, said: “The fog came down like a wall.”"))
    assert speakers["Crews cut seven drivers free from their cars"] == (
        "Norvik harbour rescue crews")
    assert speakers["The fog came down like a wall"] == "Hadi Brenn"


# --- "casualties" on a page that says nobody died are the hurt; elsewhere, still the dead


def test_casualties_where_nobody_died_are_the_injured(tmp_path):
    found = _figures(tmp_path, "Pile-up on the Norvik ring road. 90 casualties, 40 cars involved. "
                     "A long series of crashes blocked the ring road. There were no fatalities, "
                     "police said.")
    assert ("casualties", "injured", 90) in found


@pytest.mark.parametrize("text", [
    "Floods in Norvik. The floods left 900 casualties in the valley of Norvik.",
    # the page counts dead of its own: "no deaths" is said of some, not of the event
    "Floods in Norvik. No deaths were reported among the crew, but the floods left 900 "
    "casualties and 12 people died in Norvik.",
])
def test_casualties_elsewhere_stay_the_dead(tmp_path, text):
    assert ("casualties", "dead", 900) in _figures(tmp_path, text)


# --- "there were no fatalities reported": a participle, no source of the count after it


@pytest.mark.parametrize(("text", "near", "who"), [
    ("There were no deaths reported, yet at least nine drivers were badly hurt.", "nine",
     None),
    ("There were no injuries reported, while 40 cars were damaged at Tarvik.", "40", None),
    ("Police reported 40 cars were damaged at Tarvik.", "40", "Police"),
    ("The coastguard reported no deaths but 40 injured at Ostra.", "40", "The coastguard"),
])
def test_a_denied_noun_before_reported_is_no_source(text, near, who):
    from tests.probes import source
    assert source(text, near) == who


# --- a count the page says was the early reports', since revised, is no report of its own


def test_early_reports_revised_are_no_count_of_the_page(tmp_path):
    found = _figures(tmp_path, (
        "Pile-up on the Norvik bridge. Early reports said 300 people were hurt, but police "
        "since cut that number. Early reports suggested up to 40 vehicles were involved, but "
        "police later said more than 90 had crashed. Early on Monday 70 people had been hurt."))
    assert [v for _n, _m, v in found if v in (300, 40)] == []
    assert ("people", "injured", 70) in found
