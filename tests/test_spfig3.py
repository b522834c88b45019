"""Figures on the five spent sealed sets s30–s34 (issue 16, round spfig3): the shapes left by
spfig2, each beside a near shape whose reading stays. Invented sentences (invented places
Tarnowo, Velmora, Harrowgate; other numbers).

* A place's population by a verb of living (:mod:`generator.extract.habits`): Polish
  "zamieszkuje" or "mieszka" before the number, with a pronoun and an abbreviation between,
  and any plural noun before a verb of living in the six languages after it ("N nationals live
  in poverty"). People living in tents or camps stay a figure (the displaced); so do the victims
  "who live" somewhere.
"""

from __future__ import annotations

import pytest

from generator.extract.figures import figures_in
from generator.text.sentences import Sentence


def _figures(text: str, lang: str) -> list[tuple[float, str]]:
    return [(f.value, f.group) for f in figures_in(Sentence(0, len(text), text, 0), lang)]


# ---- a place's population ------------------------------------------------------------------------

@pytest.mark.parametrize("text, lang", [
    ("Tarnowo leży nad rzeką Wisłą. Zamieszkuje je ok. 7 tys. osób.", "pl"),
    ("W Tarnowie mieszka 12 tys. osób, a pożar zniszczył dwa domy.", "pl"),
    ("Más de 600.000 velmoreños viven en la pobreza extrema.", "es"),
    ("About 90,000 Harrowgate residents live along the estuary.", "en"),
    ("Plus de 40 000 Velmorois vivent dans la vallée.", "fr"),
])
def test_a_population_by_a_verb_of_living_is_no_figure(text: str, lang: str) -> None:
    assert _figures(text, lang) == []


@pytest.mark.parametrize("text, lang", [
    ("Unos 3.000 desplazados viven en tiendas de campaña tras la inundación.", "es"),
    ("Some 4,000 evacuees live in tents since the flood hit Harrowgate.", "en"),
])
def test_people_living_in_tents_stay_a_figure(text: str, lang: str) -> None:
    assert _figures(text, lang), text
