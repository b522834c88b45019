"""The plural present put after its clause: "…, say police." (trial 40, an unseen event).

"The toll is believed to be around 80 people, most of whom lived on three floors, say police."
was credited to "people", the count before the verb, because only the singular and past speech
verbs were read with their subject after them. Invented sentences; fails without "say" among the
verbs whose subject may follow them."""

from __future__ import annotations

import pytest

from generator.extract.speakers.attribution import attribution
from generator.text.sentences import Sentence


def _who(text: str) -> str | None:
    found = attribution(Sentence(0, len(text), text, 0))
    return None if found is None else found.who


@pytest.mark.parametrize(("text", "who"), [
    ("The toll is believed to be around 80 people, most of whom lived on three floors, "
     "say police.", "police"),
    ("Twelve dockers were hurt in the crane collapse, say Varn port officials.",
     "Varn port officials"),
    ("Twelve dockers were hurt in the crane collapse, say local officials.", "local officials"),
])
def test_the_subject_after_say_is_the_source(text, who):
    assert _who(text) == who


@pytest.mark.parametrize(("text", "who"), [
    ("Twelve dockers were hurt in the crane collapse, rescuers say.", "rescuers"),
    ("Rescuers say twelve dockers were hurt in the crane collapse.", "Rescuers"),
])
def test_the_subject_before_say_stays_the_source(text, who):
    assert _who(text) == who
