"""Figure precision and recall on fresh hurricane and flash-flood pages (round ffig6, issue #16):
the shapes that lost a figure or made a wrong one, each row beside a neighbour a word or two away
whose reading stays. Invented sentences (an invented storm, Ada, and an invented town, Varnholm;
invented counts).

* A tropical cyclone's wind is a figure of its event: a speed in a sentence that names a
  hurricane, a typhoon or a cyclone, or its landfall, beside a word of the wind
  (:mod:`generator.extract.amounts.cyclone_wind`); a train's speed, or the wind of a thunderstorm
  beside a flood, stays dropped (:func:`generator.extract.amounts.measures.speed`).
* A storm's category ("the Category 4 storm", "huracán de categoría 4", "furacão de categoria
  4", "Hurrikan der Kategorie 4") names a step of a scale, no count: "the day after the Category 4
  storm" had read as a toll of four (:data:`generator.text.number_words.RANK_NOUNS`).
"""

from __future__ import annotations

import pytest

from generator.extract.figures import figures_in
from generator.text.quantities import ID, read
from generator.text.sentences import Sentence


def _figures(text: str, lang: str) -> list[tuple[float, str]]:
    return [(f.value, f.group) for f in figures_in(Sentence(0, len(text), text, 0), lang)]


# ---- a tropical cyclone's wind is its figure ---------------------------------------------------

@pytest.mark.parametrize("text, lang, want, neighbour, neighbour_want", [
    ("Hurricane Ada made landfall near Varnholm with winds of up to 140 mph.", "en",
     [(140, "mile_per_hour")],
     "The train left the track near Varnholm at up to 140 mph.", []),
    ("Ada, the strongest storm to make landfall on that coast, came ashore with 140mph winds.",
     "en", [(140, "mile_per_hour")],
     "Ada, the strongest storm of the season, came ashore near Varnholm with 140mph winds.", []),
    ("O furacão tocou a terra em Varnholm com ventos de até 250 km/h.", "pt",
     [(250, "km_per_hour")],
     "A tempestade atingiu Varnholm com ventos de até 250 km/h.", []),
    ("El huracán Ada azotó Varnholm con vientos de hasta 230 km/h.", "es",
     [(230, "km_per_hour")],
     "Las lluvias azotaron Varnholm entre truenos, con vientos que llegaron a 230 km/h.", []),
    ("L'uragano Ada ha colpito Varnholm con venti di 230 km/h.", "it", [(230, "km_per_hour")],
     "Il treno viaggiava verso Varnholm a 230 km/h.", []),
    ("Der Hurrikan Ada traf Varnholm mit Böen von bis zu 230 km/h.", "de",
     [(230, "km_per_hour")],
     "Der Zug fuhr bei Varnholm mit bis zu 230 km/h.", []),
])
def test_a_cyclones_wind_is_its_figure(text, lang, want, neighbour, neighbour_want):
    assert _figures(text, lang) == want
    assert _figures(neighbour, lang) == neighbour_want


@pytest.mark.parametrize("text, lang, neighbour, neighbour_want", [
    ("Hurricane Ada is expected to bring winds of 140 mph to Varnholm.", "en",
     "Hurricane Ada brought winds of 140 mph to Varnholm.", [(140, "mile_per_hour")]),
    ("L'ouragan Ada devrait toucher terre avec des rafales de 230 km/h.", "fr",
     "L'ouragan Ada a touché terre avec des rafales de 230 km/h.", [(230, "km_per_hour")]),
    ("Der Hurrikan Ada soll mit Böen von bis zu 230 km/h auf Varnholm treffen.", "de",
     "Der Hurrikan Ada traf mit Böen von bis zu 230 km/h auf Varnholm.", [(230, "km_per_hour")]),
])
def test_a_cyclones_forecast_wind_stays_dropped(text, lang, neighbour, neighbour_want):
    """A wind the hurricane may yet bring is no reading of the event."""
    assert _figures(text, lang) == []
    assert _figures(neighbour, lang) == neighbour_want


def test_italian_winds_are_no_twenty():
    """"venti di 230 km/h" is winds, not twenty of 230; "venti vigili del fuoco" stays 20."""
    assert [(q.value, q.unit) for q in read("con venti di 230 km/h", "it")] == [
        (230, "km_per_hour")]
    assert [q.value for q in read("Sono arrivati venti vigili del fuoco.", "it")] == [20]


# ---- a storm's category is no count ------------------------------------------------------------

@pytest.mark.parametrize("text, lang, want, neighbour, neighbour_want", [
    ("The toll rose to 12 dead in Varnholm the day after the Category 4 storm hit.", "en",
     [(12, "dead")],
     "The toll rose to 12 dead in Varnholm the day after the storm hit.", [(12, "dead")]),
    ("Un huracán de categoría 4 mató a 12 personas en Varnholm.", "es", [(12, "dead")],
     "El huracán dejó 12 muertos y 4 heridos en Varnholm.", [(12, "dead"), (4, "wounded")]),
    ("Um furacão de categoria 4 matou 12 pessoas em Varnholm.", "pt", [(12, "dead")],
     "O furacão deixou 12 mortos e 4 feridos em Varnholm.", [(12, "dead"), (4, "wounded")]),
    ("Un ouragan de catégorie 4 a tué 12 personnes à Varnholm.", "fr", [(12, "dead")],
     "L'ouragan a fait 12 morts et 4 blessés à Varnholm.", [(12, "dead"), (4, "wounded")]),
    ("Un uragano di categoria 4 ha ucciso 12 persone a Varnholm.", "it", [(12, "dead")],
     "L'uragano ha fatto 12 morti e 4 feriti a Varnholm.", [(12, "dead"), (4, "wounded")]),
    ("Ein Hurrikan der Kategorie 4 tötete in Varnholm 12 Menschen.", "de", [(12, "dead")],
     "Ein Hurrikan tötete in Varnholm 12 Menschen, 4 wurden verletzt.",
     [(12, "dead"), (4, "wounded")]),
])
def test_a_storms_category_is_no_count(text, lang, want, neighbour, neighbour_want):
    assert _figures(text, lang) == want
    assert _figures(neighbour, lang) == neighbour_want


@pytest.mark.parametrize("text, lang", [
    ("A Category 4 hurricane struck Varnholm.", "en"),
    ("Un ouragan de catégorie 4 a frappé Varnholm.", "fr"),
    ("Un uragano di categoria 4 ha colpito Varnholm.", "it"),
])
def test_the_category_number_names_the_step(text, lang):
    """The reader calls the number an id, as it does a flight's or a road's."""
    assert [q.kind for q in read(text, lang)] == [ID]
