"""English "N more" before the noun (round 15 of the figures, the missed figures pooled over
every fresh set: "called N more ambulances", "found N more bodies", "N more people were
killed" unread on three sites, "more" being a break of the noun phrase for "more than").
Invented sentences, with the near shapes that must stay."""

from __future__ import annotations

import pytest

from generator.extract.figures import figures_in
from generator.text.sentences import Sentence


def _values(text: str, lang: str) -> list[float]:
    return [f.value for f in figures_in(Sentence(0, len(text), text, 0), lang)]


@pytest.mark.parametrize("text, expected", [
    # "N more" then the noun: a further count of what the noun names
    ("The chief called 12 more ambulances to the scene.", [12]),
    ("Divers recovered three more bodies from the river on Sunday.", [3]),
    ("At least two more people were killed in the second blast.", [2]),
    # "more than" stays a qualifier, and a time is no count
    ("More than 40 people were hurt.", [40]),
    ("The road stayed shut for 30 more minutes.", []),
])
def test_a_further_count_in_english(text, expected):
    assert sorted(_values(text, "en")) == sorted(expected)
