"""A small count of people named by a noun the table of counted words did not know (round 15 of
the figures, the missed figures pooled over every fresh set: carers and drivers on board, men,
women, boys, minors, workers, officers, patients, on eight sites in six languages), and the ages
that such nouns bring near a number (a person "de 31" with the years word left out, two ages
joined by "and" in words). Invented sentences, with the near shapes that must stay as they are."""

from __future__ import annotations

import pytest

from generator.extract.figures import figures_in
from generator.text.sentences import Sentence


def _values(text: str, lang: str) -> list[float]:
    return [f.value for f in figures_in(Sentence(0, len(text), text, 0), lang)]


@pytest.mark.parametrize("text, lang, expected", [
    ("W autokarze jechało też trzech opiekunów i dwaj kierowcy.", "pl", [3, 2]),
    ("Rannych zostało również 4 pasażerów drugiego pojazdu.", "pl", [4]),
    ("Nell'incidente sono morti tre ragazzi e due donne.", "it", [3, 2]),
    ("Tra i feriti ci sono quattro operai della ditta.", "it", [4]),
    ("Entre los heridos hay dos varones y tres menores de edad.", "es", [2, 3]),
    ("En la nave trabajaban cuatro obreros y dos pacientes.", "es", [4, 2]),
    ("In de bus zaten zeven mannen en drie kinderen.", "nl", [7, 3]),
    ("No local estavam cinco homens da equipe.", "pt", [5]),
    ("Parmi les blessés figurent trois hommes du quartier.", "fr", [3]),
    # foreigners among the victims (figures round 18: a crowd crush page)
    ("Morreram 40 pessoas em Verlo, incluindo 6 estrangeiras.", "pt", [40, 6]),
    ("Entre los fallecidos hay cuatro extranjeros.", "es", [4]),
    ("Unter den Verletzten sind drei Ausländer.", "de", [3]),
])
def test_a_small_count_of_people_by_their_noun_is_read(text, lang, expected):
    assert sorted(_values(text, lang)) == sorted(expected)


@pytest.mark.parametrize("text, lang, expected", [
    # things, not people, stay unread below ten
    ("Dos coches quedaron atrapados en la calle.", "es", []),
    ("Sono crollate due palazzine vicine.", "it", []),
    # a count of people the table knew already is read as before
    ("Drie personen raakten gewond.", "nl", [3]),
])
def test_near_shapes_stay(text, lang, expected):
    assert sorted(_values(text, lang)) == sorted(expected)


@pytest.mark.parametrize("text, lang, expected", [
    # one person "of" a number, the years word left out: an age
    ("Los heridos son dos hombres de 50 años, un hombre de 45 en estado de shock y una mujer de "
     "29 con un corte.", "es", [2]),
    ("Il ferito più grave è un uomo di 62 trasportato in ospedale.", "it", []),
    # two ages joined by "and", written in words, closed by the years word
    ("Haar twee kinderen waren negen en elf jaar oud.", "nl", [2]),
    # a count after "of" a group, and a count of people, stay
    ("Murieron un total de 45 personas en el incendio.", "es", [45]),
    ("Sono rimasti feriti un gruppo di 12 turisti.", "it", [12]),
])
def test_ages_by_a_person_are_no_counts(text, lang, expected):
    assert sorted(_values(text, lang)) == sorted(expected)

