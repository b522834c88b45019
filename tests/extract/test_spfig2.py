"""Figures on the five spent sealed sets s30–s34 (issue 16, round spfig2): the shapes that made a
wrong figure or lost one, each beside a near shape whose reading stays. Invented sentences
(invented places Vargo, Tolby, Velmora, Harrowgate, Marlow; invented people; other numbers).

* A place's height is where the place stands, no figure of the event
  (:mod:`generator.extract.amounts.place_height`): a landform "with" its height ("uma montanha com
  2.310 metros"), a landform's relative and verb of culminating ("que culmina a quase 2.300
  metros") or of stretching ("que se estendem por 48 quilómetros"), a height glued to
  "m.ü.M.", a bracketed restatement between the height and its landform ("the 2,310m (7,579ft)
  Vargo mountain"), a present verb of where a place lies before an altitude's word ("que está a
  2.310 metros de altura (7.579 pies)"). A bridge's height stays a figure; so does how high
  something was when the event happened ("se encontraba a 300 metros de altura").
* Polish words of the injured beside "rann" (:data:`generator.text.counted_words.OUTCOMES`):
  "odniosło obrażenia", "zostało poszkodowanych", "doznało obrażeń".
* A distance locates the event after its verb and a clock time set off by a comma ("ocurrió
  hacia las 10:15, a 80 metros de"), and before a German participle of colliding after
  "entfernt" (:mod:`generator.extract.amounts.locating`); a village's distance with no event stays
  none.
* A small number in brackets after a given name alone, in apposition to a word for people
  ("three children, Amar (9), Kiran (11) and Devi (13)"), is an age
  (:mod:`generator.text.casualty.ages`); counts in brackets after places stay.
"""

from __future__ import annotations

import pytest

from generator.extract.figures import figures_in
from generator.text.sentences import Sentence


def _figures(text: str, lang: str) -> list[tuple[float, str]]:
    return [(f.value, f.group) for f in figures_in(Sentence(0, len(text), text, 0), lang)]


# ---- a place's height ---------------------------------------------------------------------------

@pytest.mark.parametrize("text, lang", [
    ("Um raio atingiu caminhantes no Vargo, uma montanha com 2.310 metros, onde morreram cinco "
     "pessoas.", "pt"),
    ("O teleférico liga a vila ao monte Vargo, que culmina a quase 2.300 metros, e ali morreram "
     "cinco pessoas.", "pt"),
    ("El rayo golpeó el monte Vargo, un destino de excursionistas que está a 2.310 metros de "
     "altura (7.579 pies), y mató a cinco personas.", "es"),
    ("Five hikers died at the top of the 2,310m (7,579ft) Vargo mountain, police said.", "en"),
    ("Die Kabine stürzte kurz vor der Bergstation (2310 m.ü.M.) ab, fünf Menschen starben.",
     "de"),
    ("L'avalanche a tué cinq personnes près du refuge, qui se trouve à 2 310 mètres "
     "d'altitude.", "fr"),
])
def test_a_place_height_is_no_figure(text, lang):
    assert _figures(text, lang) == [(5, "dead")]


def test_a_range_stretching_is_no_figure():
    text = "Houve feridos nos montes Tarvos, que se estendem por 48 quilómetros."
    assert _figures(text, "pt") == []


@pytest.mark.parametrize("text, lang, want", [
    # a bridge's height is a size of the thing the event struck
    ("The bridge, 45 metres high, collapsed and five people died.", "en",
     [(45, "m"), (5, "dead")]),
    ("The bridge, 45 metres high (148 feet), collapsed and five people died.", "en",
     [(45, "m"), (5, "dead")]),
    # how high something was when the event happened stays its altitude
    ("El helicóptero se encontraba a 300 metros de altura cuando chocó; murieron cinco "
     "personas.", "es", [(300, "altitude"), (5, "dead")]),
    # a burned area "with" its size is no landform's height
    ("O incêndio na serra com 300 hectares matou cinco pessoas.", "pt",
     [(300, "hectare"), (5, "dead")]),
])
def test_a_size_of_the_event_stays(text, lang, want):
    assert _figures(text, lang) == want


# ---- Polish words of the injured ----------------------------------------------------------------

@pytest.mark.parametrize("text, want", [
    ("W pożarze hotelu w Velmorze zginęło 48 ludzi, a 37 odniosło obrażenia - powiadomił "
     "minister.", [(48, "dead"), (37, "wounded")]),
    ("Trzy osoby nie żyją, a ponad 90 zostało poszkodowanych - to bilans burzy nad Velmorą.",
     [(3, "dead"), (90, "wounded")]),
    ("Dziewięć osób doznało obrażeń.", [(9, "wounded")]),
    # the word the table had already
    ("W pożarze zginęło 48 osób, a 37 zostało rannych.", [(48, "dead"), (37, "wounded")]),
])
def test_polish_injured(text, want):
    assert _figures(text, "pl") == want


def test_polish_houses_destroyed_stay_buildings():
    assert _figures("Zniszczonych zostało 40 domów.", "pl") == [(40, "building")]


# ---- a distance that locates the event ----------------------------------------------------------

@pytest.mark.parametrize("text, lang, want", [
    ("El choque ocurrió hacia las 10:15, a 80 metros de la estación superior del teleférico.",
     "es", [(80, "distance from estación superior del (m)")]),
    ("The crash happened at about 9:40am, about 80m from the summit.", "en",
     [(80, "distance from summit (m)")]),
    ("Die beiden Flugzeuge seien rund 300 Meter vom Startpunkt entfernt zusammengeprallt.",
     "de", [(300, "distance from Startpunkt (m)")]),
    ("Der Bus ist 2 km vom Dorf Velmor entfernt verunglückt.", "de",
     [(2, "distance from Dorf Velmor (km)")]),
])
def test_a_distance_locating_the_event(text, lang, want):
    assert _figures(text, lang) == want


@pytest.mark.parametrize("text, lang", [
    ("Das Dorf liegt 12 Kilometer von der Stadt entfernt.", "de"),
    ("Die Verletzten wurden in ein Krankenhaus gebracht, das 30 Kilometer von der Stadt "
     "entfernt liegt.", "de"),
    ("The crash happened at 9:40: the town lies 80 km from the capital.", "en"),
])
def test_a_distance_describing_a_place_stays_none(text, lang):
    assert _figures(text, lang) == []


# ---- ages in brackets after given names ---------------------------------------------------------

def test_ages_after_given_names_in_apposition_are_no_counts():
    text = ("Seven people were killed in Marlow district, police said. Three children, Amar (9), "
            "Kiran (11) and Devi (13) were playing outside when lightning struck them.")
    assert [v for v, _g in _figures(text, "en")] == [7, 3]


def test_counts_in_brackets_after_places_stay():
    text = "Nine Britons died in the crash. The victims came from Harrowgate (4) and Velmora (5)."
    assert [v for v, _g in _figures(text, "en")] == [9, 4, 5]


# ---- what befell a country's people -------------------------------------------------------------

def _befell(text: str, lang: str) -> list[tuple[float, str, str]]:
    return [(f.value, f.group, f.befell)
            for f in figures_in(Sentence(0, len(text), text, 0), lang)]


@pytest.mark.parametrize("text, lang, want", [
    # counted as the table's "citizens", not only as "nationals"
    ("Six Dutch citizens died in the crash.", "en", [(6, "national", "dead")]),
    ("The ferry sank off Tolby, killing six Dutch citizens and three Belgians.", "en",
     [(6, "national", "dead")]),
    # one of a list the outcome after it befell
    ("Two Dutch citizens, a Belgian and three Germans died after drinking tainted gin in "
     "Tolby.", "en", [(2, "national", "dead"), (3, "national", "dead")]),
    ("Bei dem Unglück waren sechs Niederländer und die beiden belgischen Matrosen ums Leben "
     "gekommen.", "de", [(6, "national", "dead")]),
])
def test_a_countrys_people_share_the_outcome(text, lang, want):
    assert _befell(text, lang) == want


def test_a_countrys_people_with_no_outcome_stay_without():
    text = "Two Dutch citizens and three Germans were staying at the hostel. Five people died."
    assert _befell(text, "en") == [(2, "national", ""), (3, "national", ""), (5, "dead", "")]
