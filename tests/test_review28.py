"""The review of stop 28: near shapes the stop's new rules misread, in invented sentences."""

from __future__ import annotations

import pytest

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
