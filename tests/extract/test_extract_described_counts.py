"""Counts a report writes to describe its event, not to measure it, and the numbers around
them that do measure it (figures round 20: fresh flood, wildfire and rail-crash pages).

English now reads a small count of a thing no table names as the other languages do: "the two
trains", "between two trains" describe the collision, while the emergency services' vehicles,
the table's things (ships, explosions, buildings), people and things the event destroyed stay
figures. A vague amount whose noun is a unit of length, set as where something lies ("scores
of miles off"), is a distance. A number before "of the" and another number counts part of
that group ("forty of the 57 victims"), and a hedged report of a condition ("11 are said to be
critically ill") counts the injured. Invented sentences."""

from __future__ import annotations

import pytest

from generator.extract.figures import figures_in
from generator.text.quantities import read
from generator.text.sentences import Sentence


def _found(text: str, lang: str) -> list[tuple[float, str]]:
    return [(f.value, f.group) for f in figures_in(Sentence(0, len(text), text, 0), lang)]


@pytest.mark.parametrize("text, expected", [
    ("The collision between two trains near Varno, in the valley, left 32 dead and two "
     "ambulances were sent.", [(32, "dead"), (2, "ambulance")]),
    ("After the two trains collided, two loud explosions rocked the depot at Varno.",
     [(2, "explosion")]),
    ("Salvors sent seven tugs to work beside the two cranes of the port.", [(7, "tug")]),
    ("Three homes were destroyed near the two bridges of Varno.", [(3, "home")]),
    ("Four firefighters reached the two carriages and two tourists died.",
     [(4, "responder"), (2, "dead")]),
])
def test_a_small_count_describing_the_event_is_no_figure_beside_those_measuring_it(
        text, expected):
    assert _found(text, "en") == expected


def test_a_vague_distance_saying_where_a_thing_lies_is_no_figure():
    text = ("Gusts fanned the blaze in Varno while another fire, scores of miles off, was "
            "contained.")
    assert _found(text, "en") == []


@pytest.mark.parametrize("text, lang, expected", [
    ("Quarenta das 57 vítimas de Varno foram encontradas junto ao rio.", "pt",
     [(40, "dead"), (57, "dead")]),
    ("Cuarenta de las 57 víctimas eran vecinos de Varno.", "es",
     [(40, "dead"), (57, "dead")]),
    ("Quarante des 57 victimes habitaient à Varno.", "fr",
     [(40, "dead"), (57, "dead")]),
    ("Forty of the 57 victims lived near the Varno mill.", "en", [(40, "dead"), (57, "dead")]),
    # what the words after the group say befell the part
    ("Cinco dos 20 feridos morreram no hospital de Varno.", "pt",
     [(5, "dead"), (20, "wounded")]),
])
def test_a_number_before_of_the_and_a_count_is_part_of_that_group(text, lang, expected):
    assert _found(text, lang) == expected


def test_a_hedged_condition_counts_the_injured():
    text = ("Some 64 were hurt at Varno; 11 are said to be in critical condition and three were "
            "believed to be missing.")
    assert _found(text, "en") == [(64, "wounded"), (11, "wounded"), (3, "missing")]


@pytest.mark.parametrize("text, lang, unit", [
    ("Über Varno gingen in der Nacht 318 mm Regen nieder.", "de", "millimeter"),
    ("En Varno cayeron 240 milímetros de agua durante la noche.", "es", "millimeter"),
    ("Some 12 inches of rain soaked Varno overnight.", "en", "inch"),
    ("Auf Varno prasselten 14 Zoll Regen.", "de", "inch"),
])
def test_rain_in_millimetres_and_inches_is_read_and_proposed(text, lang, unit):
    assert [q.unit for q in read(text, lang) if q.kind == "quantity"][:1] == [unit]
    assert [g for _v, g in _found(text, lang)] == [unit]
