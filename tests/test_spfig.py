"""Figures on the spent sealed sets s30–s33 (issue 16, round spfig): the shapes that lost a figure
or made a wrong one, each beside a near shape whose reading stays. Invented sentences (invented
towns Harrowgate and Velmora, invented people, other numbers).

* A small number alone in brackets right after a person's full name ("Lena Marsh (34)") is that
  person's age, in a list of notables among the victims: no count of the victims named before
  (:mod:`generator.extract.ages`). A count in brackets after one place's name stays read.
"""

from __future__ import annotations

import pytest

from generator.extract.figures import figures_in
from generator.text.sentences import Sentence


def _figures(text: str, lang: str, earlier: str = "") -> list[tuple[float, str]]:
    before = figures_in(Sentence(0, len(earlier), earlier, 0), lang) if earlier else []
    return [(f.value, f.group) for f in figures_in(Sentence(0, len(text), text, 0), lang, before)]


# ---- an age in brackets after a full name -------------------------------------------------------

@pytest.mark.parametrize("earlier, text, lang", [
    ("Beim Absturz bei Harrowgate starben neun Briten und zwei Piloten.",
     "Unter den Opfern sind die Reiterin Lena Marsh (34) und der Koch Piet van Dorn (61).", "de"),
    ("Nello schianto sono morti nove britannici e due piloti.",
     "Tra le vittime la cantante Lena Marsh (34) e il cuoco Piet Dorn (61).", "it"),
    ("Nine Britons and two pilots died in the crash near Harrowgate.",
     "The victims include the rider Lena Marsh (34) and the chef Piet van Dorn (61).", "en"),
])
def test_an_age_in_brackets_after_a_name_is_no_count(earlier, text, lang):
    assert _figures(text, lang, earlier) == []


def test_a_count_in_brackets_after_a_single_place_name_stays():
    earlier = "Nine Britons died in the crash near Harrowgate."
    text = "The victims came from Harrowgate (4) and Velmora (5)."
    assert _figures(text, "en", earlier) == [(4, "dead"), (5, "dead")]
