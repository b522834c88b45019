"""A fraction word of a unit of time or length, or a quarter after the hour, is no share of the
event (extraction round 14: a quarter of a span of years and of a length on two English
sites, the quarter after an hour on a Spanish one, all read as 25 %). Invented sentences, with
the shares beside them that stay."""

from __future__ import annotations

import pytest

from generator.extract.figures import figures_in
from generator.text.sentences import Sentence


def _read(text: str, lang: str) -> list[tuple[float, str]]:
    return [(f.value, f.noun) for f in figures_in(Sentence(0, len(text), text, 0), lang)]


@pytest.mark.parametrize("text, lang, expected", [
    ("The old mill had stood on the bank for a quarter of a century.", "en", []),
    ("The shed lay a quarter of a mile down the lane.", "en", []),
    ("El camión volcó a las tres y cuarto de la tarde con 12 obreros a bordo.", "es",
     [(12, "obreros")]),
    ("El incendio duró un cuarto de hora y dejó 3 heridos.", "es", [(3, "heridos")]),
])
def test_a_fraction_of_a_time_or_a_length_is_no_share(text, lang, expected):
    assert _read(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("A quarter of the town was flooded.", "en", [(25, "percent")]),
    ("La mitad de los heridos son niños.", "es", [(50, "percent")]),
    ("Un quart des habitants ont été évacués.", "fr", [(25, "percent")]),
    ("Un quarto delle case è stato distrutto.", "it", [(25, "percent")]),
    ("Quase metade da cidade ficou sem luz.", "pt", [(50, "percent")]),
    ("Las llamas arrasaron el 30 % de un año de cosecha.", "es", [(30, "%")]),
])
def test_a_share_of_a_thing_of_the_event_stays(text, lang, expected):
    assert _read(text, lang) == expected
