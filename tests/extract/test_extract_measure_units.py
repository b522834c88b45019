"""A unit glued to its number by a hyphen is the quantity reader's unit in English too (trial
10: "a 200-meter radius" was proposed as "Number of -meter", its unit "-meter", because the
English noun reading ran before the reader's unit). Invented sentences."""

from __future__ import annotations

import pytest

from generator.extract.figures import figures_in
from generator.text.sentences import Sentence


def _read(text: str, lang: str = "en") -> list[tuple]:
    return [(f.value, f.noun, f.group) for f in figures_in(Sentence(0, len(text), text, 0), lang)]


@pytest.mark.parametrize("text, lang, expected", [
    ("Debris lay across a 300-meter strip of the field.", "en", [(300, "meter", "m")]),
    ("The jet's last signal came at 410 feet.", "en", [(410, "feet", "foot")]),
    ("Le débris couvrait une bande de 300-mètres.", "fr", [(300, "mètres", "m")]),
    # near shapes: counted nouns after a number stay what they count
    ("Some 300 people fled the blaze.", "en", [(300, "people", "evacuee")]),
    ("The crash killed 41 passengers.", "en", [(41, "passengers", "dead")]),
])
def test_a_unit_glued_by_a_hyphen_is_the_readers_unit(text, lang, expected):
    assert _read(text, lang) == expected
