"""How a heat page writes its temperatures, read by the one quantity reader (issue #16): a scale
glued to the number ("39.9C", "104F") and the other languages' bare degrees ("42 degrés", "41,2
Grad", "44,5 grados") are temperatures in a sentence about heat, as an English bare "degrees"
is; elsewhere "40C" is a seat and "6 degrés" may be an earthquake's magnitude (review 14), so
they stay unread. A minus, as a sign or in words ("minus 12 degrees"), makes a temperature
negative, and only a temperature. Invented sentences."""

from __future__ import annotations

import pytest

from generator.text.quantities import read


def _units(text: str, lang: str) -> list[tuple[float, str | None]]:
    return [(q.value, q.unit) for q in read(text, lang)]


@pytest.mark.parametrize("text, lang, expected", [
    ("The heat in Dravona hit 39.9C on Tuesday.", "en", (39.9, "degree_Celsius")),
    ("Temperatures in Dravona reached 40C.", "en", (40, "degree_Celsius")),
    ("The thermometer in Dravona showed 104F at noon.", "en", (104, "degree_Fahrenheit")),
    ("Le mercure a atteint 42 degrés à Dravona.", "fr", (42, "degree")),
    ("In Dravona wurden bei der Hitze 41,2 Grad gemessen.", "de", (41.2, "degree")),
    ("La temperatura llegó a 44,5 grados en Dravona.", "es", (44.5, "degree")),
    ("Il caldo a Dravona ha toccato i 43 gradi.", "it", (43, "degree")),
    ("O calor em Dravona chegou aos 45 graus.", "pt", (45, "degree")),
    ("De hitte in Dravona liep op tot 39 graden.", "nl", (39, "degree")),
    ("The cold in Dravona reached −12 °C overnight.", "en", (-12, "degree_Celsius")),
    ("The cold in Dravona reached -12C overnight.", "en", (-12, "degree_Celsius")),
    # a minus in words (review 14 left "minus 12 degrees" read as 12)
    ("The cold in Dravona reached minus 12 degrees overnight.", "en", (-12, "degree")),
    ("À Dravona, il a fait moins 8 °C cette nuit.", "fr", (-8, "degree_Celsius")),
    ("In Dravona fiel die Temperatur auf minus 15 Grad.", "de", (-15, "degree")),
])
def test_a_heat_sentences_temperature_is_read_in_its_words(text, lang, expected):
    assert expected in _units(text, lang)


@pytest.mark.parametrize("text, lang", [
    ("The passenger in seat 40C was unhurt in Dravona.", "en"),
    ("Room 12F of the Dravona hotel was evacuated.", "en"),
    ("Un séisme de 6 degrés a frappé Dravona.", "fr"),
    ("Ein Beben der Stärke 6 Grad erschütterte Dravona.", "de"),
    ("Un sismo de 6 grados sacudió Dravona.", "es"),
])
def test_a_bare_or_glued_degree_outside_a_heat_sentence_is_no_temperature(text, lang):
    assert [u for _, u in _units(text, lang) if u and u.startswith("degree")] == []


def test_a_minus_in_words_before_a_count_is_no_sign():
    assert (12, None) in _units("The hospital in Dravona kept 40 beds, minus 12 cots.", "en")
