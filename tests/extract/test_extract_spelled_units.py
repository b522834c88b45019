"""A speed spelled out in words, a temperature and a distance "de distância" are measures, no
figure of the event (extraction round 11's wrong reports: "km orari", "km all'ora", "circa 45
gradi", "sentida a mais de 30 km de distância"; round 12 reads them in the one unit table).
Invented sentences; near shapes: a length of a thing of the event, a distance that locates it,
and a magnitude in "grados" stay. Since figures round 19 how far from its own place the event was
felt is its reach, a figure (tests/extract/test_extract_reach.py); felt in another named place stays
dropped."""

from __future__ import annotations

import pytest

from generator.extract.figures import figures_in
from generator.text.quantities import read
from generator.text.sentences import Sentence


def _values(text: str, lang: str) -> list[float]:
    return [f.value for f in figures_in(Sentence(0, len(text), text, 0), lang)]


@pytest.mark.parametrize("text, lang", [
    ("A Calvera le raffiche hanno toccato i 110 km orari.", "it"),
    ("Il vento soffiava a 90 chilometri all'ora sulla costa di Verlo.", "it"),
    ("As rajadas chegaram a 80 quilômetros por hora em Calvera.", "pt"),
    ("Les rafales ont atteint 120 km à l'heure à Verlo.", "fr"),
    ("Winds reached 60 miles an hour in Calvera.", "en"),
    ("It was a frigid night in Verlo, with temperatures around 15 degrees.", "en"),
    ("A temperatura era de 33,4ºC em Calvera durante o incêndio.", "pt"),
    ("O estrondo foi percebido a 40 km em Verlo.", "pt"),
])
def test_a_spelled_speed_a_temperature_or_a_far_distance_is_no_figure(text, lang):
    assert _values(text, lang) == []


@pytest.mark.parametrize("text, lang, value", [
    # a length of a thing of the event, and a distance that places it
    ("A cratera tem 30 metros de largura em Calvera.", "pt", 30),
    ("La frana ha travolto 12 case a Verlo.", "it", 12),
])
def test_a_length_of_the_event_stays(text, lang, value):
    assert value in _values(text, lang)


def test_a_magnitude_in_grados_is_not_read_as_a_temperature():
    (q,) = read("una escala de 6 grados", "es")
    assert q.unit != "degree"
