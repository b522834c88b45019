"""Lives counted are the dead ("the loss of 25 lives", "claimed 12 lives"), or the rescued when
a verb of saving takes them (issue 16, figures round 17, on trial 12's findings: "lives" was
read as the verb "live" and counted nothing anyone compares). Invented sentences."""

from __future__ import annotations

import pytest

from generator.extract.figures import figures_in
from generator.text.sentences import Sentence


@pytest.mark.parametrize(("text", "expected"), [
    ("The Harrowgate blast caused the loss of 25 lives.", [(25, "dead")]),
    ("The fire in Harrowgate claimed 12 lives.", [(12, "dead")]),
    ("Firefighters saved 30 lives in Harrowgate.", [(30, "rescued")]),
])
def test_lives_are_the_dead_or_the_saved(text: str, expected: list[tuple[float, str]]) -> None:
    got = [(f.value, f.group) for f in figures_in(Sentence(0, len(text), text, 0), "en")]
    assert got == expected
