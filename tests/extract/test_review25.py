"""The review of stop 25's merged rounds: near shapes the new rules misread, each beside the
shape the rule was written for. Invented sentences (an invented storm, Ada, and invented towns,
Varnholm and Ostrava Mala; invented numbers)."""

from __future__ import annotations

import pytest

from generator.extract.figures import figures_in
from generator.text.sentences import Sentence


def _figures(text: str, lang: str) -> list[tuple[float, str]]:
    return [(f.value, f.group) for f in figures_in(Sentence(0, len(text), text, 0), lang)]


# ---- a cyclone's wind is the speed the wind words govern, not any speed of its sentence --------

@pytest.mark.parametrize("text, lang, want", [
    ("The bus, driving at 110 km/h, overturned as the hurricane's winds tore at Varnholm.", "en",
     []),
    ("Il pullman correva a 110 km/h quando l'uragano ha sradicato gli alberi e il vento ha "
     "travolto la strada.", "it", []),
    ("Hurricane Ada made landfall with winds of 150 mph, and the evacuation buses drove at "
     "50 mph.", "en", [(150, "mile_per_hour")]),
    # the shapes the rule was written for stay read, Polish "wind of speed" among them
    ("Huragan Ada uderzył w Varnholm z wiatrem o prędkości 210 km/h.", "pl",
     [(210, "km_per_hour")]),
    ("Ada came ashore at Varnholm as a hurricane with 150mph winds.", "en",
     [(150, "mile_per_hour")]),
    ("O furacão Ada tocou a terra em Varnholm e as rajadas do vento atingiram então 290 km/h.",
     "pt",
     [(290, "km_per_hour")]),
])
def test_a_cyclones_wind_is_the_speed_of_its_wind_words(text, lang, want):
    assert _figures(text, lang) == want


# ---- a title-case dateline is a place, not a label, a day or the storm ---------------------------

@pytest.mark.parametrize("text", [
    "Live — The latest on the floods in Varnholm",
    "Video — Il fiume è esondato a Varnholm",
    "Sunday — The river at Varnholm rose by a metre.",
    "Montag — Die Regierung in Varnholm hat getagt.",
    "Hurricane Ada — The storm reached Varnholm at dawn.",
])
def test_a_label_day_or_storm_before_a_dash_is_no_dateline(text):
    from generator.text.datelines import read_dateline

    assert read_dateline(text) is None


@pytest.mark.parametrize("text, city", [
    ("Varnholm — Die Regierung hat am Montag getagt.", "Varnholm"),
    ("Ostrava Mala, Veloria — The river rose by a metre.", "Ostrava Mala, Veloria"),
])
def test_a_title_case_city_before_a_dash_stays_a_dateline(text, city):
    from generator.text.datelines import read_dateline

    assert read_dateline(text).city == city


# ---- the ages of the people counted, with no commas around them ----------------------------------

@pytest.mark.parametrize("text, lang, want", [
    ("Two hikers aged 17 and 24 died near Varnholm.", "en", [(2, "dead")]),
    ("Dos excursionistas de 17 y 24 años murieron cerca de Varnholm.", "es", [(2, "dead")]),
    ("Due escursionisti di 17 e 24 anni sono morti vicino a Varnholm.", "it", [(2, "dead")]),
    ("Deux randonneurs de 17 et 24 ans sont morts près de Varnholm.", "fr", [(2, "dead")]),
    ("Zwei Wanderer im Alter von 17 und 24 Jahren starben bei Varnholm.", "de", [(2, "dead")]),
    # between commas, as the trial-26 rule read them, with the years word of another language
    ("Dva turisté, 17 a 24 let, zemřeli u Varnholmu.", "cs", [(2, "dead")]),
    ("Three hikers aged 17, 19 and 24 died near Varnholm.", "en", [(3, "dead")]),
    # a number after "aged N," alone may count others
    ("The dead include a man aged 45, 3 children and 2 women.", "en",
     [(3, "civilian"), (2, "civilian")]),
    # a count of years is no age: it stays unread as people
    ("Two hikers died near Varnholm, 17 years after the last accident.", "en", [(2, "dead")]),
])
def test_the_ages_of_the_people_counted_with_no_commas(text, lang, want):
    assert _figures(text, lang) == want


# ---- citizens "of other countries" are of no country named ---------------------------------------

@pytest.mark.parametrize("text, lang, want", [
    ("Nine citizens of other countries died in the fire at Varnholm.", "en", [(9, "dead")]),
    ("Nueve ciudadanos de otros países murieron en el incendio de Varnholm.", "es", [(9, "dead")]),
    ("Nove cittadini di altri paesi sono morti nell'incendio di Varnholm.", "it", [(9, "dead")]),
    ("Neuf ressortissants d'autres pays sont morts dans l'incendie de Varnholm.", "fr",
     [(9, "dead")]),
    # the neighbours: a country named stays its share of the dead
    ("Nine citizens of France died in the fire at Varnholm.", "en", [(9, "national")]),
    ("Nueve ciudadanos de Francia murieron en el incendio de Varnholm.", "es",
     [(9, "national")]),
])
def test_citizens_of_countries_not_named_are_people(text, lang, want):
    assert _figures(text, lang) == want


# ---- an apposition follows a noun or a name, not a clause that closed with its verb --------------

@pytest.mark.parametrize("text, lang, want", [
    ("Drei Wanderer sind in Varnholm angekommen, die Polizei hat einen Fahrer angehalten, der "
     "verletzt wurde.", "de", [(3, "person")]),
    ("Drei Wanderer sind gestern eingetroffen, die Bergwacht fand eine Frau, die verletzt war.",
     "de", [(3, "person")]),
    ("Drie wandelaars zijn gisteren aangekomen, de politie heeft een man opgepakt, die gewond "
     "raakte.", "nl", [(3, "person")]),
    # the neighbours: an apposition after the place or the day, the participle after it
    ("Drei Wanderer sind in Varnholm, einem Dorf am See, verletzt worden.", "de",
     [(3, "wounded")]),
    ("Drei Wanderer sind am Sonntag, einem Feiertag, gestorben.", "de", [(3, "dead")]),
])
def test_an_apposition_follows_a_noun_not_a_closed_clause(text, lang, want):
    assert _figures(text, lang) == want
