"""The length of a pipeline, canal or river the event struck at one point is what stood there,
no figure of the event (:func:`generator.extract.amounts.measures.line_length`; issue 16, round
spfig2: a gas-pipeline blast and a blocked canal, two sites). Invented sentences. Without the
rule each first sentence proposes its length, so the test fails; lengths the event reached
stay figures.
"""

from __future__ import annotations

import pytest

from generator.extract.figures import figures_in
from generator.text.sentences import Sentence


def _lengths(text: str, lang: str) -> list[float]:
    return [f.value for f in figures_in(Sentence(0, len(text), text, 0), lang)
            if f.group == "km"]


@pytest.mark.parametrize("text, lang", [
    ("Police said the blast, part of a 57-kilometre (35-mile) pipeline that runs south to "
     "Velmora, happened at noon.", "en"),
    ("The 193km long Tarnowo Canal was blocked for a week.", "en"),
    ("L'explosion a touché le gazoduc de 57 km qui relie Tarnowo à Velmora.", "fr"),
    ("Die Explosion ereignete sich an einer 57 Kilometer langen Ferngasleitung.", "de"),
    ("El oleoducto de 300 kilómetros quedó cortado cerca de Velmora.", "es"),
])
def test_the_length_of_the_line_struck_is_no_figure(text, lang):
    assert _lengths(text, lang) == []


@pytest.mark.parametrize("text, lang, want", [
    ("A 12-km section of the Velmora pipeline ruptured.", "en", [12]),
    ("The fire burned along 20 km of the river bank.", "en", [20]),
    ("The slick spread over 40 km of coastline near Tarnowo.", "en", [40]),
    ("The 2.6-kilometre bridge collapsed into the river.", "en", [2.6]),
])
def test_a_length_the_event_reached_stays(text, lang, want):
    assert _lengths(text, lang) == want
