"""A distance that locates the event, given in two units with the metric one in brackets
("7.5 miles (12 km) north of Tesmar"), is read in its metric unit: outlets that write only
kilometres group with it, where the miles made a group of their own (left undone by chk53a).
Each row has a neighbour whose reading stays: the metric unit first, one unit alone, a place
that merely lies there, and a restated length of a thing. Invented sentences."""

from __future__ import annotations

import pytest

from tests.probes import figures

KM = "distance from Tesmar (km)"


@pytest.mark.parametrize("lang, text, reading", [
    ("en", "The blast happened in Ostrel, 7.5 miles (12 km) north of Tesmar.", [(12, KM)]),
    ("en", "The fire broke out in Ostrel, about 20 miles (32 kilometers) north of Tesmar.",
     [(32, KM)]),
    ("en", "The ship ran aground about 600 feet (180 metres) from the harbour of Tesmar.",
     [(180, "distance from Tesmar (m)")]),
    ("es", "El avión se estrelló cerca de Ostrel, a 12 millas (19 kilómetros) al norte de "
           "Tesmar.", [(19, KM)]),
    ("fr", "L'avion s'est écrasé près d'Ostrel, à 12 milles (19 km) au nord de Tesmar.",
     [(19, KM)]),
    # neighbours: the metric unit first, one unit alone, a place that lies there, a thing's size
    ("en", "The blast happened in Ostrel, 12 km (7.5 miles) north of Tesmar.", [(12, KM)]),
    ("en", "The blast happened in Ostrel, 7.5 miles north of Tesmar.",
     [(7.5, "distance from Tesmar (mile)")]),
    ("es", "El avión se estrelló cerca de Ostrel, a 19 kilómetros al norte de Tesmar.",
     [(19, KM)]),
    ("en", "Ostrel lies 7.5 miles (12 km) north of Tesmar.", []),
    ("en", "The river rose 12 feet (3.66 meters) in Tesmar.", [(12, "foot")]),
])
def test_a_distance_in_two_units_is_read_in_the_metric_one(lang, text, reading):
    assert figures(text, lang) == reading
