"""A word no noun table names after a death toll's number is the sentence's verb, not what the
number counts (trial 18: "The death toll of at least 115 marks the fire as …" proposed 115
"marks"). Invented sentences, with the nearest shapes that keep their noun."""

from __future__ import annotations

import pytest

from generator.extract.figures import figures_in
from generator.text.sentences import Sentence


def _figures(text: str) -> list[tuple[float, str]]:
    return [(f.value, f.group) for f in figures_in(Sentence(0, len(text), text, 0), "en")]


@pytest.mark.parametrize(("text", "expected"), [
    ("The death toll of at least 40 marks the fire as the worst in Varno's history.",
     [(40, "dead")]),
    ("A death toll of 12 makes it the deadliest storm of the decade.", [(12, "dead")]),
    ("The death toll stood at 99 on Tuesday.", [(99, "dead")]),  # as before
    ("The toll rose to 40 people.", [(40, "person")]),  # a noun the tables name
    ("Crews cleared 30 vehicles from the road.", [(30, "vehicle")]),  # no toll before
    # a toll earlier in the sentence, not right before the number: the number's own noun
    ("The death toll in Varno has soared to 300 after a flood fed by the breaching of two "
     "dams.", [(300, "dead"), (2, "dam")]),
])
def test_a_word_after_a_tolls_number(text, expected):
    assert _figures(text) == expected
