"""A weekday that opens a colon clause is its time, not its speaker (review 2): the clause's
opening phrase was read as far as it is capitalised, and "Lundi" or "Sonntag" standing first
was named as the one who spoke. Sentences written for these tests (none is a real article's)."""

from __future__ import annotations

import pytest

from generator.extract.speakers.subjects import colon_subject


@pytest.mark.parametrize("before, lang, expected", [
    ("Vendredi le maire a écrit aux habitants :", "fr", "le maire"),
    ("Domingo el alcalde escribió en sus redes:", "es", "el alcalde"),
    ("Sabato il sindaco ha scritto ai cittadini:", "it", "il sindaco"),
    ("Lundi la préfecture a annoncé un nouveau bilan :", "fr", ""),
    ("Sonntag schrieb der Bürgermeister auf seiner Seite:", "de", ""),
])
def test_a_day_opening_the_clause_is_not_its_speaker(before, lang, expected):
    assert colon_subject(before, lang) == expected


def test_a_name_that_is_also_a_day_still_speaks():
    assert "Domingo Pérez" in colon_subject("Domingo Pérez escribió en sus redes:", "es")

