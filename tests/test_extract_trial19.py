"""Figures a new user found misread on coverage of a train derailment (trial 19), in invented
sentences of the same shapes: a railway's coaches counted as buses, "the death of N people"
read as people, travellers killed read as travellers, "nearly half of them" read as 50 injured,
and a share's year ("a 2010 collision") read as a count of 2,010."""

from __future__ import annotations

import pytest

from generator.extract.figures import figures_in
from generator.text.quantities import QUANTITY, YEAR, read
from generator.text.sentences import Sentence


def _figures(text: str, lang: str = "en") -> list[tuple[float, str]]:
    return [(f.value, f.group) for f in figures_in(Sentence(0, len(text), text, 0), lang)]


@pytest.mark.parametrize("text, lang, expected", [
    ("At least 12 coaches of the night express left the rails near Verlo.", "en",
     [(12, "coach")]),
    ("Police have confirmed the death of 48 people after the crash.", "en", [(48, "dead")]),
    ("The deaths of 48 passengers were confirmed on Monday.", "en", [(48, "dead")]),
    ("La police a confirmé la mort de 48 personnes.", "fr", [(48, "dead")]),
    ("The train left the rails, killing at least 31 travellers in their sleep.", "en",
     [(31, "dead")]),
    ("The train left the rails, killing at least 31 travelers in their sleep.", "en",
     [(31, "dead")]),
])
def test_what_the_count_counts(text, lang, expected):
    assert _figures(text, lang) == expected


def test_a_share_of_the_injured_is_no_count_of_them():
    found = _figures("Over 60 passengers were killed and more than 90 injured, nearly half of "
                     "them seriously, when the coaches overturned.")
    assert (60, "dead") in found and (90, "wounded") in found
    assert not [f for f in found if f[1] == "wounded" and f[0] == 50]


def test_the_buses_of_a_convoy_stay_buses():
    assert _figures("Twelve buses carried the evacuees out of the city.") == [(12, "bus")]


@pytest.mark.parametrize("text, kinds", [
    ("More than 140 died in a 2010 collision.", [QUANTITY, YEAR]),
    ("The law dates from an 1850 decree.", [YEAR]),
    ("It was a 1500 km journey.", [QUANTITY]),
    ("They walked a 2000 metre stretch.", [QUANTITY]),
])
def test_a_four_digit_number_after_a_is_a_year_unless_a_unit_follows(text, kinds):
    assert [q.kind for q in read(text, "en")] == kinds
