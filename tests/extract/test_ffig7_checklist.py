"""Figure precision and recall on fresh volcanic-eruption and landslide pages (round ffig7, issue
#16): the shapes that lost a figure or made a wrong one, each row beside a neighbour a word or two
away whose reading stays. Invented sentences (an invented mountain, Vargo, and an invented town,
Tesmar; invented counts and heights).

* A mountain's or a volcano's height, its noun right before ("un cerro de 2950 metros", "le mont
  Vargo, haut de 2950 m") or the length its attribute ("the 2,950-metre summit", "ein 2950 Meter
  hoher Berg"), is the place described, not a length of the event
  (:func:`generator.extract.amounts.measures.landform_height`); how high the ash rose stays a
  figure.
* A distance locates the event when the event's place, named right after the event's word, is
  said to lie there ("une éruption du mont Vargo, situé à 48 km de Tesmar"): a figure, grouped by
  the place measured from (:mod:`generator.extract.amounts.locating`); the same description of a
  port,
  with no event before it, stays dropped.
* A part of the group just counted opened by "including" in another language ("incluidas",
  "incluindo", "comprese", "y compris", "einschließlich", "waaronder") is counted with the
  group's outcome; so is one described by "some of whom" ("algunas de las cuales", "algumas das
  quais", "certaines d'entre elles") before a speech verb: they did not speak
  (:data:`generator.text.casualty.asides.PART_OF_THEM`). Witnesses named in apposition before the
  verb
  still spoke.
"""

from __future__ import annotations

import pytest

from generator.extract.figures import figures_in
from generator.text.sentences import Sentence


def _figures(text: str, lang: str) -> list[tuple[float, str]]:
    return [(f.value, f.group) for f in figures_in(Sentence(0, len(text), text, 0), lang)]


# ---- a mountain's height describes the place ---------------------------------------------------

@pytest.mark.parametrize("text, lang, neighbour, neighbour_want", [
    ("Ayer la ceniza cubrió Tesmar desde un cerro de 2950 metros.", "es",
     "Ayer la nube de ceniza del cerro superó los 7 mil metros.", [(7000, "m")]),
    ("La cendre tombe du mont Vargo, haut de 2950 m, sur Tesmar.", "fr",
     "Les cendres s'élèvent du mont jusqu'à 2100 m.", [(2100, "m")]),
    ("A cinza caiu do monte, de 2.950 m, sobre Tesmar.", "pt",
     "A nuvem de cinza chegou a 7.500 metros sobre Tesmar.", [(7500, "m")]),
    ("La cenere scende dalla montagna, alta 2.950 m, su Tesmar.", "it",
     "La nube di cenere ha toccato 5.200 metri sopra Tesmar.", [(5200, "m")]),
    ("Asche fiel von einem 2950 Meter hohen Berg auf Tesmar.", "de",
     "Eine bis zu 25 Meter hohe Geröllschicht liegt über Tesmar.", [(25, "m")]),
    ("Ash fell on Tesmar from the 2,950-metre summit.", "en",
     "A plume of ash 8,000 metres high drifted over Tesmar.", [(8000, "m")]),
])
def test_a_mountains_height_is_no_figure_of_the_event(text, lang, neighbour, neighbour_want):
    assert _figures(text, lang) == []
    assert _figures(neighbour, lang) == neighbour_want


# ---- the eruption's place, said where it lies, locates the event -------------------------------

@pytest.mark.parametrize("text, lang, want, neighbour", [
    ("Une éruption du mont Vargo, situé à 48 km de Tesmar, a tué 12 personnes.", "fr",
     [(48, "distance from Tesmar (km)"), (12, "dead")],
     "Le port de Vargo, situé à 48 km de Tesmar, a rouvert jeudi."),
    ("Una erupción del cerro Vargo, situado al norte y a 48 km de Tesmar, mató a 12 personas.",
     "es", [(48, "distance from Tesmar (km)"), (12, "dead")],
     "El puerto de Vargo, situado al norte y a 48 km de Tesmar, reabrió el jueves."),
    ("The eruption of Mount Vargo, located 48 km from Tesmar, forced 300 people to flee.", "en",
     [(48, "distance from Tesmar (km)"), (300, "evacuee")],
     "The port of Vargo, located 48 km from Tesmar, reopened on Thursday."),
    ("Uma erupção do monte Vargo, localizado a 48 km de Tesmar, matou 12 pessoas.", "pt",
     [(48, "distance from Tesmar (km)"), (12, "dead")],
     "O porto de Vargo, localizado a 48 km de Tesmar, reabriu na quinta-feira."),
    ("Un'eruzione del monte Vargo, situato a 48 km da Tesmar, ha ucciso 12 persone.", "it",
     [(48, "distance from Tesmar (km)"), (12, "dead")],
     "Il porto di Vargo, situato a 48 km da Tesmar, ha riaperto giovedì."),
])
def test_the_eruptions_place_said_where_it_lies_locates_it(text, lang, want, neighbour):
    assert _figures(text, lang) == want
    assert _figures(neighbour, lang) == []


# ---- a part opened by "including" or described by "some of whom" keeps the group's outcome -----

@pytest.mark.parametrize("text, lang, want, neighbour, neighbour_want", [
    ("Unas 27 personas quedaron heridas, incluidas 7 mujeres, según la policía de Tesmar.", "es",
     [(27, "wounded"), (7, "wounded")],
     "Dos vecinas, Ana Ruiz y su amiga Eva Gil, contaron a la radio que el barro entró en casa.",
     []),
    ("Cerca de 27 pessoas ficaram feridas, incluindo sete mulheres, segundo a polícia.", "pt",
     [(27, "wounded"), (7, "wounded")],
     "Duas vizinhas, Ana Ruiz e a amiga Eva Gil, contaram à rádio que a lama entrou em casa.",
     []),
    ("I carabinieri contano 27 vittime, comprese sette donne, a Tesmar.", "it",
     [(27, "dead"), (7, "dead")],
     "I carabinieri contano 27 vittime a Tesmar.", [(27, "dead")]),
    ("Quelque 27 personnes ont été blessées, y compris sept femmes, à Tesmar.", "fr",
     [(27, "wounded"), (7, "wounded")],
     "Quelque 27 personnes ont été blessées à Tesmar.", [(27, "wounded")]),
    ("In Tesmar wurden 27 Menschen verletzt, einschließlich sieben Frauen.", "de",
     [(27, "wounded"), (7, "wounded")],
     "In Tesmar wurden 27 Menschen verletzt.", [(27, "wounded")]),
    ("In Tesmar raakten 27 mensen gewond, waaronder zeven vrouwen.", "nl",
     [(27, "wounded"), (7, "wounded")],
     "In Tesmar raakten 27 mensen gewond.", [(27, "wounded")]),
])
def test_a_part_opened_by_including_keeps_the_outcome(text, lang, want, neighbour,
                                                       neighbour_want):
    assert _figures(text, lang) == want
    assert _figures(neighbour, lang) == neighbour_want


@pytest.mark.parametrize("text, lang", [
    ("Unas 27 personas fueron hospitalizadas, entre ellas 7 mujeres, algunas de las cuales tienen "
     "fracturas, informó la policía.", "es"),
    ("Cerca de 27 pessoas foram hospitalizadas, entre elas sete mulheres, algumas das quais com "
     "fraturas, informou a polícia.", "pt"),
    ("Quelque 27 personnes ont été hospitalisées, parmi elles sept femmes, certaines d'entre elles "
     "avec des fractures, a indiqué la police.", "fr"),
    ("Unas 27 personas fueron hospitalizadas, incluidas 7 mujeres, algunas de las cuales tienen "
     "fracturas, informó la policía.", "es"),
])
def test_a_part_some_of_whom_were_hurt_did_not_speak(text, lang):
    assert _figures(text, lang) == [(27, "wounded"), (7, "wounded")]
    # the witnesses in apposition before the verb still spoke
    assert _figures("Dos vecinas, Ana Ruiz y su amiga Eva Gil, contaron a la radio que el barro "
                    "entró en casa.", "es") == []
