"""A word no noun table names after a death toll's number is the sentence's verb, not what the
number counts (trial 18: a toll "of at least N" followed by the verb "marks" was proposed as N
"marks"). Invented sentences, with the nearest shapes that keep their noun (review 15: a toll
that is no death toll, "a toll of 30 houses", keeps its houses)."""

from __future__ import annotations

import pytest

from tests.probes import figures as _figures


@pytest.mark.parametrize(("text", "expected"), [
    ("The death toll of at least 40 marks the fire as the worst in Varno's history.",
     [(40, "dead")]),
    ("A death toll of 12 makes it the deadliest storm of the decade.", [(12, "dead")]),
    ("The death toll stood at 99 on Tuesday.", [(99, "dead")]),  # as before
    ("The toll rose to 40 people.", [(40, "person")]),  # a noun the tables name
    ("Crews cleared 30 vehicles from the road.", [(30, "vehicle")]),  # no toll before
    # a toll earlier in the sentence, not right before the number: the number's own noun
    ("Varno's death toll stands at 300, and the flood also swept away two dams upstream.",
     [(300, "dead"), (2, "dam")]),
    ("The storm took a toll of 30 houses along the Varno shore.", [(30, "house")]),
    ("By noon the toll rose to 5 boats sunk in the harbour.", [(5, "boat")]),
])
def test_a_word_after_a_tolls_number(text, expected):
    assert _figures(text) == expected
