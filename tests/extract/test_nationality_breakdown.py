"""People counted by nationality as a part of the victims (:mod:`generator.extract.counts.
breakdown`; issue 16, round spfig2, from the spent set s37, where one event's dead were given
by nationality in five languages on five sites). Invented sentences (invented places Velmora,
Tarnowo).

Without the rule each count below was read as people with no outcome (measure ``count``), or,
for foreigners, as people like any others, so that the test of its measure fails; with it the
count measures what befell the group it is a part of, and its group stays ``national``, apart
from the toll. Near shapes keep their reading: foreigners with an outcome of their own, a
count that is no part of any group, foreigners among people nothing befell.
"""

from __future__ import annotations

import pytest

from generator.content.measured import measure_of
from generator.extract.figures import figures_in
from generator.text.sentences import Sentence


def _read(text: str, lang: str) -> list[tuple[float, str, str]]:
    """(value, group, measure) of every figure of one sentence."""
    return [(f.value, f.group, measure_of(f.befell or f.group, f.noun, lang))
            for f in figures_in(Sentence(0, len(text), text, 0), lang)]


@pytest.mark.parametrize("text, lang, value", [
    ("The victims, comprising 11 foreign nationals and one Velmoran citizen, were found in a "
     "room above a bakery.", "en", 11),
    ("The victims include nine foreigners and a local guide.", "en", 9),
    ("A polícia não encontrou sinais de violência nos corpos, que incluem 11 estrangeiros e "
     "uma pessoa de Velmora.", "pt", 11),
    ("Unter den Opfern befinden sich elf Ausländer und ein Staatsbürger aus Velmora.", "de", 11),
    ("No hay signos de violencia en los cuerpos de las víctimas, que incluyen 11 personas "
     "extranjeras y una de Velmora.", "es", 11),
    ("Parmi les victimes figurent onze étrangers.", "fr", 11),
    ("Tra le vittime ci sono undici stranieri.", "it", 11),
    ("Znaleziono zwłoki 12 osób - w tym 11 cudzoziemców.", "pl", 11),
    ("The dead include 11 Germans and one Briton.", "en", 11),
    ("Unter den Toten sind elf Deutsche.", "de", 11),
    ("Entre los fallecidos hay once alemanes.", "es", 11),
])
def test_a_nationality_among_the_dead_measures_the_dead(text, lang, value):
    assert (value, "national", "dead") in _read(text, lang)


@pytest.mark.parametrize("text, lang, toll, part", [
    ("Twelve people died, including 11 Germans.", "en", 12, 11),
    ("Douze personnes sont mortes, dont onze étrangers.", "fr", 12, 11),
    ("Zwölf Menschen starben, darunter elf Ausländer.", "de", 12, 11),
    ("Ten workers were hurt, including nine foreign nationals.", "en", 10, 9),
])
def test_the_part_keeps_the_outcome_but_not_the_tolls_group(text, lang, toll, part):
    """The toll is read as before; the nationality's count is grouped apart ("national"), with
    the toll's outcome as its measure: a breakdown, not a second toll."""
    read = _read(text, lang)
    whole = next(r for r in read if r[0] == toll)
    assert whole[1] != "national"
    assert (part, "national", whole[2]) in read


@pytest.mark.parametrize("text, lang, want", [
    ("Nine foreign nationals are in hospital.", "en", (9, "wounded", "injured")),  # own outcome
    ("The town hosts 9 foreign nationals every winter.", "en", (9, "person", "count")),
    ("Unter den Gästen waren neun Ausländer.", "de", (9, "person", "count")),
    ("The hotel employs 40 foreigners, including 9 Germans.", "en", (9, "national", "count")),
])
def test_near_shapes_keep_their_reading(text, lang, want):
    assert want in _read(text, lang)
