"""Figure recall on fresh landslide and glacier-avalanche pages (round ffig5, issue #16): the
shapes that lost a figure or made a wrong one, each row beside a neighbour a word or two away
whose reading stays. Invented sentences (an invented place, Varnholm; invented counts).

* People on a mountain or a trail, and siblings among the victims, are people in every
  language's table ("zwei Bergführer", "pięciu alpinistów", "drie wandelaars", "tre fratelli"),
  as "climbers" and "hikers" are in English (:mod:`generator.text.counted_words`).
* A plural noun that is no person before the people it groups ("dos grupos de personas",
  "dwie grupy osób") is what the number counts: two rope teams are no count of people
  (:func:`generator.extract.counts.counted.counted_in`).
* Polish people searched for are the missing ("poszukiwanych"), Polish helicopters and
  ambulances are what was sent (the emergency vehicles), and Polish and Dutch words of
  recording or reaching make a temperature the event's reading
  (:mod:`generator.extract.amounts.temperature`; "temperatuur" is a word of heat).
* A height above the sea ("3343 m ü. M.", "m n.p.m.", "metri sul livello del mare") is where a
  summit or a hut stands, no figure of the event (:func:`generator.extract.amounts.measures.
  above_sea_level`); the width of the slide beside it is.
* A verb of rising puts the count before the toll's noun with a word of the total between
  ("raising to four the official number of deaths", "porte à 12 le nombre total de morts",
  "eleva para 12 o número de mortos"): the toll (:func:`generator.extract.counts.implicit.
  implicit_outcome`); the number of other things stays unread.
* A bare number with a dimension's word after it, the unit said with the dimension before it
  ("250 metres long and 32 wide", "250 metros de eslora y 32 de manga"), is in that unit
  (:func:`generator.extract.counts.elided.elided`); a count of people there stays theirs.
* The numeral one before a death ("one confirmed death") states the toll, not one of the dead
  an earlier sentence counted (:func:`generator.extract.singular.singular_figures`).
"""

from __future__ import annotations

import pytest

from generator.extract.figures import figures_in
from generator.extract.singular import singular_figures
from generator.text.sentences import Sentence


def _figures(text: str, lang: str) -> list[tuple[float, str]]:
    return [(f.value, f.group) for f in figures_in(Sentence(0, len(text), text, 0), lang)]


# ---- people on a mountain or a trail, and siblings, are people ---------------------------------

@pytest.mark.parametrize("text, lang, want, neighbour, neighbour_want", [
    ("Es sind zwei Bergführer aus Varnholm.", "de", [(2, "person")],
     "Es sind zwei Menschen aus Varnholm.", [(2, "person")]),
    ("Na liście pozostało pięciu alpinistów z Varnholm.", "pl", [(5, "person")],
     "Na liście pozostało pięciu mężczyzn z Varnholm.", [(5, "person")]),
    ("Onder de slachtoffers zijn drie wandelaars uit Varnholm.", "nl", [(3, "person")],
     "Onder de slachtoffers zijn drie mensen uit Varnholm.", [(3, "person")]),
    ("Pięciu turystów wciąż jest poszukiwanych przez ratowników.", "pl", [(5, "missing")],
     "Pięciu turystów wciąż jest w Varnholm.", [(5, "person")]),
    ("Sono tre fratelli di Varnholm.", "it", [(3, "person")],
     "Sono tre bambini di Varnholm.", [(3, "person")]),
])
def test_people_of_the_mountain_are_people(text, lang, want, neighbour, neighbour_want):
    assert _figures(text, lang) == want
    assert _figures(neighbour, lang) == neighbour_want


# ---- groups of people: the number counts the groups --------------------------------------------

@pytest.mark.parametrize("text, neighbour, lang", [
    ("La avalancha arrastró a dos grupos de personas en Varnholm.",
     "La avalancha arrastró a dos personas en Varnholm.", "es"),
    ("La coulée a emporté deux groupes de personnes à Varnholm.",
     "La coulée a emporté deux personnes à Varnholm.", "fr"),
    ("La valanga ha travolto due gruppi di persone a Varnholm.",
     "La valanga ha travolto due persone a Varnholm.", "it"),
    ("A avalanche arrastou dois grupos de pessoas em Varnholm.",
     "A avalanche arrastou duas pessoas em Varnholm.", "pt"),
    ("Lawina porwała dwie grupy osób koło Varnholm.",
     "Lawina porwała dwie osoby koło Varnholm.", "pl"),
    ("Die Lawine erfasste zwei Gruppen von Menschen bei Varnholm.",
     "Die Lawine erfasste zwei Menschen bei Varnholm.", "de"),
])
def test_groups_of_people_are_no_count_of_people(text, neighbour, lang):
    assert _figures(text, lang) == []
    assert _figures(neighbour, lang) == [(2, "person")]


# ---- Polish and Dutch tables: searched for, vehicles sent, a temperature reached ------------

@pytest.mark.parametrize("text, lang, want, neighbour, neighbour_want", [
    ("Sześć osób jest nadal poszukiwanych.", "pl", [(6, "missing")],
     "Sześć osób jest nadal zaginionych.", [(6, "missing")]),
    ("Do Varnholm wysłano cztery śmigłowce.", "pl", [(4, "śmigłowiec")],
     "Do Varnholm wysłano cztery samochody.", []),
    ("W Varnholm zanotowano temperaturę 41 stopni Celsjusza.", "pl", [(41, "degree_Celsius")],
     "W Varnholm prognozowana jest temperatura 41 stopni Celsjusza.", []),
    ("Temperatura przekroczyła 40 stopni Celsjusza.", "pl", [(40, "degree_Celsius")],
     "Temperatura 40 stopni Celsjusza to norma.", []),
    ("De temperatuur bereikte 40 graden in Varnholm.", "nl", [(40, "degree")],
     "De temperatuur in Varnholm was gisteren normaal.", []),
    ("In Varnholm werd 39,5 graden gemeten, een hitterecord.", "nl", [(39.5, "degree")],
     "In Varnholm werd 39,5 millimeter regen gemeten.", [(39.5, "millimeter")]),
])
def test_polish_and_dutch_tables(text, lang, want, neighbour, neighbour_want):
    assert _figures(text, lang) == want
    assert _figures(neighbour, lang) == neighbour_want


# ---- the numeral one before a death states the toll ---------------------------------------------

@pytest.mark.parametrize("text, neighbour, counted", [
    ("By nightfall Varnholm had one confirmed death and ten people missing.",
     "By evening a cyclist was killed in Varnholm.", "dead"),
    ("By noon there was one death in Varnholm.",
     "By noon a walker was killed in Varnholm.", "dead"),
    ("So far 1 confirmed death has been reported in Varnholm.",
     "So far a driver was reported killed in Varnholm.", "dead"),
])
def test_one_death_is_the_toll_not_a_member(text, neighbour, counted):
    def one(t: str) -> list[tuple[float, str]]:
        found = singular_figures(Sentence(0, len(t), t, 0), "en", frozenset({counted}))
        return [(f.value, f.group) for f in found]
    assert one(text) == [(1, "dead")]
    assert one(neighbour) == []


# ---- a height above the sea describes the place ------------------------------------------------

@pytest.mark.parametrize("text, neighbour, lang", [
    ("Die Besteigung des Varnholm (3343 m ü. M.) ist beliebt.",
     "Die Lawine war 300 Meter breit.", "de"),
    ("Schronisko stoi na wysokości 2950 m n.p.m. w Varnholm.", "Lawina miała 300 m szerokości.",
     "pl"),
    ("Il rifugio si trova a 3.343 metri sul livello del mare.", "La frana è lunga 300 metri.",
     "it"),
    ("El refugio está a 3.343 metros sobre el nivel del mar.",
     "El serac tenía 300 metros de ancho.", "es"),
    ("Le refuge, à 3 343 mètres au-dessus du niveau de la mer, est fermé.",
     "La coulée mesure 300 mètres de large.", "fr"),
    ("The hut stands at 3,343 metres above sea level.", "The slide was 300 metres wide.", "en"),
])
def test_a_height_above_the_sea_is_no_figure(text, neighbour, lang):
    assert _figures(text, lang) == []
    assert _figures(neighbour, lang) == [(300, "m")]
    # something flying above the sea keeps its altitude
    assert _figures("The plane was flying at 10,000 feet above sea level.", "en") == [
        (10000, "altitude")]


# ---- a rise to a number before the toll's noun, with a word of the total ----------------------

@pytest.mark.parametrize("text, neighbour, lang", [
    ("A walker was found dead, raising to four the official number of deaths in Varnholm.",
     "A walker was found, raising to four the official number of shelters in Varnholm.", "en"),
    ("This brings to 12 the total number of people killed in Varnholm.",
     "This brings to 12 the total number of schools in Varnholm.", "en"),
    ("Ce décès porte à 12 le nombre total de morts à Varnholm.",
     "Cette décision porte à 12 le nombre total de communes à Varnholm.", "fr"),
    ("Esto eleva a 12 el número total de fallecidos en Varnholm.",
     "Esto eleva a 12 el número total de municipios en Varnholm.", "es"),
    ("Isto eleva para 12 o número de mortos em Varnholm.",
     "Isto eleva para 12 o número de escolas em Varnholm.", "pt"),
    ("Sale così a 12 il numero complessivo delle vittime di Varnholm.",
     "Sale così a 12 il numero complessivo dei comuni di Varnholm.", "it"),
])
def test_a_rise_before_the_number_of_the_dead(text, neighbour, lang):
    assert [g for _, g in _figures(text, lang)] == ["dead"]
    assert _figures(neighbour, lang) == []


# ---- a second dimension with its unit left out --------------------------------------------------

@pytest.mark.parametrize("text, neighbour, lang", [
    ("The slide at Varnholm was 300 metres long and 40 wide.",
     "The slide at Varnholm was 300 metres long and 40 residents were evacuated.", "en"),
    ("La grieta de Varnholm tiene 300 metros de largo y 40 de ancho.",
     "La grieta de Varnholm tiene 300 metros de largo y 40 vecinos fueron evacuados.", "es"),
    ("Le glissement de Varnholm mesure 300 mètres de long et 40 de large.",
     "Le glissement de Varnholm mesure 300 mètres de long et 40 habitants ont été évacués.",
     "fr"),
    ("Die Lawine von Varnholm war 300 Meter lang und 40 breit.",
     "Die Lawine von Varnholm war 300 Meter lang und 40 Menschen wurden evakuiert.", "de"),
    ("O deslizamento de Varnholm tem 300 metros de comprimento e 40 de largura.",
     "O deslizamento de Varnholm tem 300 metros de comprimento e 40 moradores foram retirados.",
     "pt"),
])
def test_a_second_dimension_keeps_the_unit(text, neighbour, lang):
    assert _figures(text, lang) == [(300, "m"), (40, "m")]
    got = _figures(neighbour, lang)
    assert got[0] == (300, "m") and got[1][0] == 40 and got[1][1] != "m"
