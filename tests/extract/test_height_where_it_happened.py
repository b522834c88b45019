"""A height above the sea is where a place stands (round ffig5: a hut's or a summit's height was
proposed as a figure), except in a clause that tells of the event: there it says where the
plane came down or the avalanche broke off, which outlets give and may disagree on, as a
distance that locates the event. Each row beside a neighbour whose reading stays: the same
height said of a place. Avalanches are a kind of event in ``text/event_kinds.py`` (the mud's
"Schlammlawine" stays a landslide). Invented sentences."""

from __future__ import annotations

import pytest

from generator.text.event_kinds import kinds_in
from tests.probes import figures


@pytest.mark.parametrize("lang, event, place, value", [
    ("en", "The plane crashed at 1,800 metres above sea level near Varnholm.",
     "The hut stands at 1,800 metres above sea level near Varnholm.", 1800),
    ("es", "El avión se estrelló a 2.400 metros sobre el nivel del mar.",
     "El refugio está a 2.400 metros sobre el nivel del mar.", 2400),
    ("it", "La valanga si è staccata a 3.200 metri sul livello del mare.",
     "Il rifugio si trova a 3.200 metri sul livello del mare.", 3200),
    ("pl", "Lawina zeszła na wysokości 2950 m n.p.m.",
     "Schronisko stoi na wysokości 2950 m n.p.m. w Varnholm.", 2950),
    ("de", "Die Lawine ging auf 3200 m ü. M. ab.",
     "Die Hütte liegt auf 3200 m ü. M. oberhalb von Varnholm.", 3200),
])
def test_a_height_above_the_sea_where_the_event_happened_is_a_figure(lang, event, place, value):
    assert [v for v, _group in figures(event, lang)] == [value]
    assert figures(place, lang) == []


@pytest.mark.parametrize("lang, text, kind", [
    ("de", "Eine Lawine verschüttete drei Skifahrer.", {"avalanche"}),
    ("it", "Una valanga ha travolto tre alpinisti.", {"avalanche"}),
    ("fr", "Une avalanche a emporté trois skieurs.", {"avalanche"}),
    ("de", "Eine Schlammlawine verschüttete drei Häuser.", {"landslide"}),
])
def test_an_avalanche_is_a_kind_of_event(lang, text, kind):
    assert kinds_in(text, lang) == kind


@pytest.mark.parametrize("lang, text, value", [
    ("en", "The storm surge peaked at 3.1 metres above sea level in the harbour.", 3.1),
    ("de", "Der Pegel der Ostsee stieg auf 1,8 Meter über dem Meeresspiegel.", 1.8),
    ("it", "Il lago ha raggiunto 1,9 metri sul livello del mare.", 1.9),
])
def test_a_level_reached_above_the_sea_is_a_reading_not_a_place(lang, text, value):
    """The review's near shapes: a water level that rose to a height above the sea."""
    assert [v for v, _group in figures(text, lang)] == [value]
