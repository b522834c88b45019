"""The review of stop 28: near shapes the stop's new rules misread, in invented sentences."""

from __future__ import annotations

import pytest

from tests.conservation import read, rules, story
from tests.probes import figures


@pytest.mark.parametrize("text, lang, expected", [
    # a people's name after "112" is the counted people, where peoples' names are capitalised
    ("Soldiers killed 112 Palestinians in the raid on Tuesday.", "en", [(112, "dead")]),
    ("Bij de aanval kwamen 112 Palestijnen om het leven.", "nl", [(112, "dead")]),
    # a unit after an article's number makes it an amount, no service's name
    ("Il bilancio è salito al 110 per cento.", "it", [(110, "percent")]),
])
def test_emergency_number_near_shapes(text, lang, expected):
    assert figures(text, lang) == expected


LEDE = ("Heavy rain flooded the valley town of Corrimby on Sunday, cutting the main road in two "
        "places and leaving hundreds of homes without power for most of the day.")


@pytest.mark.parametrize("paragraph, caption", [
    # after a bare "This" the participle may be a finite verb with its object: story
    ("This image made headlines across the region when it was first shared, showing a boy "
     "carried over the flooded square by two firefighters.", False),
    ("This photo released by the fire brigade shows a boy carried over the flooded square.",
     True),
    ("This picture taken Sunday shows a boy carried over the flooded square.", True),
])
def test_a_bare_this_before_a_finite_verb_opens_no_caption(paragraph, caption):
    c = read(f"Floods in Corrimby\n\n{LEDE}\n\n{paragraph}\n\n{LEDE}\n")
    assert (rules(c).get(paragraph) == "pointing-caption") is caption, rules(c)
    assert (paragraph in story(c)) is not caption
