"""Figures of fire coverage that unseen pages wrote and extract read wrong (issue 16, figures
round 16: building fires in six languages); invented sentences of the same shapes, with the near
shapes each rule must leave alone."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from generator.extract.figures import figures_in
from generator.text.sentences import Sentence, sentences
from tests.probes import figures as _figures


@pytest.mark.parametrize(("text", "lang", "expected"), [
    # a building's floors called heights or levels, and two buildings' floors sharing the word:
    # the size of what stood there, not a count of the event
    ("Ardió un edificio de 11 alturas en el barrio de Villamar.", "es", []),
    ("Le fiamme hanno raggiunto il tetto del palazzo di 18 livelli.", "it", []),
    ("El fuego devoró dos bloques de viviendas, de 14 y 12 plantas.", "es", [(2, "building")]),
    ("The tower of 24 levels stood empty.", "en", []),
    # near shapes: floors and homes the fire reached are the event's
    ("El fuego se extendió a 12 plantas y 8 viviendas.", "es",
     [(12, "planta"), (8, "building")]),
])
def test_floors_of_a_building_are_its_size(text, lang, expected):
    assert _figures(text, lang) == expected


@pytest.mark.slow
@pytest.mark.parametrize(("text", "lang", "expected"), [
    # how old the building is: the adjective "old" with its years, centuries after "of", an
    # English "N-year-old" no person can be, a German "N Jahre alt"
    ("Il rogo ha distrutto la torre vecchia di 300 anni.", "it", [(300, "age")]),
    ("O incêndio destruiu o palácio de dois séculos em Vila Serena.", "pt", [(2, "age")]),
    ("El fuego arrasó la iglesia, vieja de 250 años.", "es", [(250, "age")]),
    ("The 250-year-old mill burned to the ground.", "en", [(250, "age")]),
    ("Das 300 Jahre alte Rathaus von Kleinfeld brannte aus.", "de", [(300, "age")]),
    ("Le moulin, vieux de 400 ans, a brûlé.", "fr", [(400, "age")]),
    # near shapes: a person's age, a time ago, a duration
    ("Un uomo vecchio di 80 anni è stato soccorso.", "it", []),
    ("A 45-year-old mechanic raised the alarm.", "en", []),
    ("Der 45 Jahre alte Hausmeister schlug Alarm.", "de", []),
    ("Der Hausmeister war 45 Jahre alt.", "de", []),
    ("Há dois séculos o palácio foi erguido.", "pt", []),
    ("The mill burned five years ago.", "en", []),
    ("El museo abrió hace 200 años.", "es", []),
])
def test_the_age_of_a_burnt_building(text, lang, expected):
    assert _figures(text, lang) == expected


@pytest.mark.parametrize(("text", "lang", "expected"), [
    # review 7: centuries after "of" and "the last" are a stretch of the calendar that a
    # superlative looks back over, not how old a thing is
    ("It was the worst fire of the last two centuries in Millbrook.", "en", []),
    ("Fue el peor incendio de los últimos dos siglos en Villamar.", "es", []),
    # guard row (passes before the change too): the building's own age stays
    ("O incêndio destruiu o palácio de dois séculos em Vila Serena.", "pt", [(2, "age")]),
])
def test_centuries_looked_back_over_are_no_age(text, lang, expected):
    assert _figures(text, lang) == expected


@pytest.mark.parametrize(("text", "lang", "expected"), [
    # a scale word or a noun of an approximate number takes "de"/"di" before its noun: the
    # noun after it is what the number counts, also when no table names it (Portuguese "-m"
    # nouns make "-ns" plurals)
    ("Cerca de 3 milhões de itens se perderam no incêndio.", "pt", [(3000000, "item")]),
    ("O museu perdeu cerca de 2 milhões de peças.", "pt", [(2000000, "peça")]),
    ("Il rogo ha distrutto 4 milioni di volumi.", "it", [(4000000, "volume")]),
    ("Le feu a détruit 2 millions d'ouvrages.", "fr", [(2000000, "ouvrage")]),
    ("Nel rogo sono bruciate anche una ventina di autovetture.", "it", [(20, "autovettura")]),
    ("Une trentaine de voitures ont brûlé sur le parking.", "fr", [(30, "voiture")]),
    # near shapes: a part of a group after a plain number, a unit, a vague plural's noun no
    # table names (a distance, a sum of money: on the corpus those were given as numbers too)
    ("Le souffle a été entendu à des dizaines de kilomètres.", "fr", []),
    ("Cinco de los heridos siguen graves.", "es", [(5, "wounded")]),
    ("Los daños suman 3 millones de euros.", "es", [(3000000, "eur")]),
])
def test_the_noun_after_a_scale_words_preposition(text, lang, expected):
    assert _figures(text, lang) == expected


def _sentences(text: str) -> list[str]:
    return [s.text for s in sentences(SimpleNamespace(paragraphs=[SimpleNamespace(text=text)]))]


def test_a_german_day_of_the_month_ends_no_sentence():
    text = ("Bei dem Brand wurden 32 Menschen verletzt. Das Feuer brach am Dienstag, dem 21. "
            "Januar, im Restaurant aus. Die Zahl der Toten stieg auf 66. Feuerwehrleute suchten "
            "weiter.")
    assert _sentences(text) == [
        "Bei dem Brand wurden 32 Menschen verletzt.",
        "Das Feuer brach am Dienstag, dem 21. Januar, im Restaurant aus.",
        "Die Zahl der Toten stieg auf 66.", "Feuerwehrleute suchten weiter."]
    # the day is a date, not a bare count that takes the injured of the sentence before
    second = _sentences(text)[1]
    assert not figures_in(Sentence(0, len(second), second, 0), "de")
