"""The lead's mends of the twenty-ninth stop (trial 32: deaths in a heatwave during a
pilgrimage, reported in five languages, every toll broken down by the pilgrims' countries), on
invented sentences, each beside a neighbour whose reading must stay."""

from __future__ import annotations

from datetime import date

import pytest

from generator.extract.dates import dates_in
from generator.extract.names import variant_link
from generator.text.sentences import Sentence
from generator.text.told_apart import other_by_a_word
from tests.conftest import check_with_pages, draft_of_pages
from tests.extract.test_speaker_checklist import holds_speaker
from tests.probes import figures

# --- pilgrims and the faithful are people in every language (English named them already)


@pytest.mark.parametrize(("text", "lang"), [
    ("Les fortes chaleurs ont coûté la vie à plus de 480 pèlerins cette année.", "fr"),
    ("La canicule a coûté la vie à plus de 480 fidèles cette année.", "fr"),
    ("El calor extremo se cobró la vida de 480 peregrinos en la llanura.", "es"),
    ("Il caldo è costato la vita ad almeno 480 pellegrini quest'anno.", "it"),
    ("O calor levou a vida de pelo menos 480 peregrinos este ano.", "pt"),
    ("Die Hitze kostete mindestens 480 Pilgern das Leben.", "de"),
])
def test_pilgrims_whose_lives_were_taken_are_the_dead(text, lang):
    assert figures(text, lang) == [(480, "dead")]


@pytest.mark.parametrize(("text", "lang", "read"), [
    ("Cette année, 1,6 million de pèlerins sont venus de l'étranger.", "fr", "pèlerin"),
    ("Este año llegaron 1,6 millones de peregrinos del extranjero.", "es", "peregrino"),
    ("Quest'anno sono arrivati 1,6 milioni di pellegrini dall'estero.", "it", "pellegrino"),
])
def test_pilgrims_who_came_stay_pilgrims(text, lang, read):
    # the neighbour: a count of pilgrims no harm befell is no toll (the noun as written, or
    # people)
    [(value, group)] = figures(text, lang)
    assert value == 1_600_000 and group not in ("dead", "wounded", "missing")


# --- giving way to the heat, the smoke or one's wounds is dying


@pytest.mark.parametrize(("text", "lang"), [
    ("At least 480 pilgrims succumbed to the heat on the plain.", "en"),
    ("Au moins 480 pèlerins ont succombé à la chaleur dans la plaine.", "fr"),
    ("Al menos 480 peregrinos sucumbieron al calor en la llanura.", "es"),
    ("Almeno 480 pellegrini sono soccombuti al caldo nella piana.", "it"),
    ("Mindestens 480 Pilger erlagen in der Ebene der Hitze.", "de"),
])
def test_succumbing_is_dying(text, lang):
    assert figures(text, lang) == [(480, "dead")]


@pytest.mark.parametrize(("text", "lang", "read"), [
    ("At least 480 pilgrims collapsed from the heat on the plain.", "en", "pilgrim"),
    ("Al menos 480 peregrinos se desmayaron por el calor en la llanura.", "es", "peregrino"),
])
def test_collapsing_is_not_dying(text, lang, read):
    assert figures(text, lang)[0][1] != "dead"


# --- a toll whose count of people follows it


@pytest.mark.parametrize("text", [
    "The season ended with a grim toll of at least 480 pilgrims.",
    "Further deaths were reported, making the total toll at least 480 people, a tally says.",
    "This brings the total toll to at least 480 people.",
])
def test_a_toll_of_people_counts_the_dead(text):
    assert figures(text, "en") == [(480, "dead")]


def test_a_toll_among_people_counted_after_it_is_not_theirs():
    # the neighbour: the people are counted after a word of their own, not right after the toll
    assert figures("The toll rose among a group of 40 tourists who had stayed.", "en") != [
        (40, "dead")]


# --- a fatal wound, "fatalmente" as "fatally"


@pytest.mark.parametrize(("text", "lang"), [
    ("Dos personas resultaron fatalmente heridas en una estampida.", "es"),
    ("Due persone sono rimaste fatalmente ferite nella calca.", "it"),
    ("Duas pessoas ficaram fatalmente feridas no tumulto.", "pt"),
])
def test_fatally_hurt_in_romance_languages(text, lang):
    assert figures(text, lang) == [(2, "dead")]


@pytest.mark.parametrize(("text", "lang"), [
    ("Dos personas resultaron gravemente heridas en una estampida.", "es"),
    ("Due persone sono rimaste gravemente ferite nella calca.", "it"),
])
def test_gravely_hurt_stays_hurt(text, lang):
    assert figures(text, lang) == [(2, "wounded")]


# --- the future of reported speech: a conditional's weekday is the coming one (trial 31)

FRIDAY = date(2031, 5, 9)


def _weekdays(text: str, lang: str) -> list[str]:
    found = dates_in(Sentence(0, len(text), text, 0), FRIDAY, lang)
    return [m.date.first.isoformat() for m in found if m.kind == "weekday"]


@pytest.mark.parametrize(("text", "lang"), [
    ("The palace announced that the president would travel to the coast on Thursday.", "en"),
    ("Le palais a annoncé que le président et son épouse se rendraient à Port Elm jeudi.", "fr"),
    ("El palacio anunció que el presidente viajaría a la costa el jueves.", "es"),
    ("O palácio anunciou que o presidente viajaria para a costa na quinta-feira.", "pt"),
    ("Der Palast teilte mit, der Präsident würde am Donnerstag an die Küste reisen.", "de"),
])
def test_a_weekday_of_what_would_come_is_no_event(text, lang):
    assert _weekdays(text, lang) == []


@pytest.mark.parametrize(("text", "lang"), [
    ("The president would have travelled to the coast on Thursday, aides said.", "en"),
    ("Selon la police, le suspect aurait été arrêté jeudi à Port Elm.", "fr"),
    ("Según la policía, el sospechoso habría sido detenido el jueves.", "es"),
    ("Il sospettato sarebbe stato fermato giovedì a Port Elm.", "it"),
    ("Le préfet déclarait jeudi que la route était coupée.", "fr"),
    ("Una tormenta azotó la costa de Calderia el jueves.", "es"),
    ("La batería del barco falló el jueves, según la guardia costera.", "es"),
])
def test_an_alleged_or_past_weekday_stays_the_last_one(text, lang):
    assert _weekdays(text, lang) == ["2031-05-08"]


# --- two names one language writes, sharing a word, differing by words unlike each other


@pytest.mark.parametrize(("a", "b"), [
    ("Hurricane Ada", "Hurricane Edna"),
    ("Dee County", "Dike County"),
    ("Ouragan Ada", "Ouragan Edna"),
])
def test_names_told_apart_by_a_word_are_no_spellings(a, b):
    assert other_by_a_word(a, b) and variant_link(a, b) is None


@pytest.mark.parametrize(("a", "b", "apart"), [
    ("Abu Kamal", "Abu Kemal", False),  # a spelling inside the word they do not share
    ("Kalo Bay", "Kelewe Bay", False),  # ... or its consonants
    ("Humeima", "Humaymah", False),  # one word: the spelling rules as before
    ("Hurricane Ada", "Huracán Ada", True),  # two languages' words for one storm: not asked
])
def test_spellings_inside_a_name_stay_spellings(a, b, apart):
    assert not other_by_a_word(a, b)
    assert variant_link(a, b, apart) is not None or apart


def test_two_storms_are_no_spelling_hint(tmp_path):
    pages = {
        "storm-one": "https://one.example.org/a\nHurricane Ada nears\n\nHurricane Ada reached "
                     "Dee County on Sunday, officials in Norvik said.\n",
        "storm-two": "https://two.example.org/b\nA second storm\n\nHurricane Edna stayed at sea "
                     "near Dike County on Sunday, forecasters said.\n",
        "storm-three": "https://three.example.org/c\nHurricane Ada damage\n\nHurricane Ada "
                       "flooded Dee County, and Hurricane Edna is still far from Dike County.\n",
    }
    proc = check_with_pages(tmp_path / "p", pages)
    assert "'Hurricane Edna'" not in proc.stderr and "'Dike County'" not in proc.stderr, \
        proc.stderr


# --- a cyclone's landfall in the verb's other tenses tells the wind is its (trial 31)


@pytest.mark.parametrize(("text", "lang"), [
    ("Im Bezirk Dorne, wo »Olga« mit Windgeschwindigkeiten von bis zu 210 Kilometern pro "
     "Stunde bei Varn auf Land traf, starben 30 Menschen.", "de"),
    ("Olga se debilitó después de que tocara tierra con vientos de 210 kilómetros por hora.",
     "es"),
    ("Olga toccò terra con venti fino a 210 chilometri orari.", "it"),
])
def test_a_landfall_in_any_tense_gives_the_wind(text, lang):
    assert (210, "km_per_hour") in figures(text, lang)


def test_a_thunderstorm_wind_stays_weather():
    text = ("Im Bezirk Dorne, wo das Unwetter mit Windgeschwindigkeiten von bis zu 110 "
            "Kilometern pro Stunde über Varn zog, starben 3 Menschen.")
    assert figures(text, "de") == [(3, "dead")]


# --- the tail of a thousand cut off by a tag list is no count of nothing (trial 32)


@pytest.mark.parametrize(("text", "lang"), [
    ("The toll: 000 dead.", "en"),
    ("Le bilan : 000 morts.", "fr"),
    ("El saldo: 000 muertos.", "es"),
])
def test_zeros_alone_are_no_count(text, lang):
    assert [v for v, _ in figures(text, lang) if v == 0] == []


@pytest.mark.parametrize(("text", "lang", "value"), [
    ("The toll stood at 0 dead and 12 hurt.", "en", 0),
    ("Le bilan : 2 000 morts.", "fr", 2000),
    ("Die Bilanz: 2.000 Tote.", "de", 2000),
])
def test_a_zero_or_a_grouped_thousand_stays(text, lang, value):
    assert value in [v for v, _ in figures(text, lang)]


# --- a fraction of the victims is a share of them, in English as in every language (trial 31)


@pytest.mark.parametrize("text", [
    "More than half of all victims died in Dorne County.",
    "About a third of the victims died in the flooded district.",
    "Two thirds of the victims were children.",
])
def test_a_fraction_of_the_victims_is_a_share(text):
    assert [g for _, g in figures(text, "en")] == ["percent"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Half a million people fled the coast.", [(500000, "evacuee")]),
    ("The storm killed 40 people, half of them children.", [(40, "dead"), (50, "percent")]),
])
def test_a_half_of_a_scale_or_beside_a_count_stays(text, expected):
    assert figures(text, "en") == expected


# --- a judgement in the speaker's words, and witnesses who speak of it (round spspk3's gaps)


@pytest.mark.parametrize(("lang", "text", "opening", "who"), [
    ("es", "La alcaldesa Marta Quirós consideró que «la respuesta de los servicios fue "
           "ejemplar» tras la riada.", "la respuesta", "Marta Quirós"),
    ("es", "Rosa Lin, vecina del barrio, habla de «una noche de terror» tras la riada.",
     "una noche", "Rosa Lin"),
    ("pt", "A presidente da câmara, Marta Quirós, considerou que «a resposta dos serviços foi "
           "exemplar».", "a resposta", "Marta Quirós"),
    ("it", "Il sindaco Marco Tessi ha ritenuto che «la risposta dei soccorsi è stata "
           "esemplare».", "la risposta", "Marco Tessi"),
])
def test_a_judgement_names_its_speaker(tmp_path, lang, text, opening, who):
    holds_speaker(tmp_path, lang, text, opening, who)


# --- people on board, said so in a relative clause, found dead after it (trial 31)


@pytest.mark.parametrize(("text", "lang"), [
    ("Two other people who were on board the ferry were found dead.", "en"),
    ("Deux autres personnes qui étaient à bord du ferry ont été retrouvées mortes.", "fr"),
    ("Otras dos personas que iban a bordo del ferry fueron halladas muertas.", "es"),
    ("Altre due persone che erano a bordo del traghetto sono state trovate morte.", "it"),
])
def test_people_on_board_found_dead_are_the_dead(text, lang):
    assert figures(text, lang) == [(2, "dead")]


@pytest.mark.parametrize(("text", "lang", "read"), [
    ("Two other people who were on board the ferry were found alive.", "en", "person"),
    ("Deux autres personnes qui étaient à bord du ferry ont été retrouvées vivantes.", "fr",
     "person"),
    ("Two other people who were on board the ferry were rescued by a trawler.", "en", "rescued"),
])
def test_people_on_board_found_alive_stay_alive(text, lang, read):
    assert figures(text, lang) == [(2, read)]


# --- a relative clause on an earlier event recalled by its year tells that event's toll
# (trial 31: another storm's dead joined the event's toll)

_RECALLED = {
    "en": ("Hurricane Olga killed 30 people in Dorne County on Sunday. It is the highest toll "
           "since Hurricane Tomas of 2015, which killed 87 people."),
    "es": ("El huracán Olga mató a 30 personas en el condado de Dorne el domingo. Es la cifra "
           "más alta desde el huracán Tomás de 2015, que mató a 87 personas."),
    "fr": ("L'ouragan Olga a tué 30 personnes dimanche à Dorne. C'est le pire bilan depuis "
           "l'ouragan Tomas de 2015, qui avait tué 87 personnes."),
    "de": ("Der Hurrikan Olga tötete am Sonntag 30 Menschen in Dorne. Es ist die höchste Zahl "
           "seit dem Hurrikan Tomas von 2015, der 87 Menschen tötete."),
}


def _figures_of(tmp_path, lang: str, story: str) -> list[float]:
    draft = draft_of_pages(tmp_path / "p", {"probe": (lang, "Storm in Dorne\n\n" + story + "\n")},
                           published="2031-10-03T12:00:00+01:00")
    return [c.value for c in draft.candidates() if c.kind == "figure"]


@pytest.mark.parametrize("lang", sorted(_RECALLED))
def test_a_recalled_events_toll_in_its_relative_clause_is_background(tmp_path, lang):
    assert _figures_of(tmp_path, lang, _RECALLED[lang]) == [30]


@pytest.mark.parametrize("story", [
    "It was the worst storm since 2015, and it killed 30 people in Dorne County on Sunday.",
    "The deadliest storm since 2015, Hurricane Olga, killed 30 people in Dorne on Sunday.",
])
def test_the_events_own_toll_after_a_year_stays(tmp_path, story):
    assert _figures_of(tmp_path, "en", story) == [30]


# --- a count with a noun of its own after a toll's word is not the toll (trial 31)


@pytest.mark.parametrize(("text", "lang"), [
    ("La cifra de muertes confirmadas en cuatro provincias sigue subiendo.", "es"),
    ("Le nombre de morts confirmés dans quatre provinces continue de grimper.", "fr"),
    ("Die Zahl der Toten in vier Provinzen steigt weiter.", "de"),
])
def test_a_count_of_places_after_a_tolls_word_is_not_the_toll(text, lang):
    assert [v for v, _ in figures(text, lang) if v == 4] == []


@pytest.mark.parametrize(("text", "lang"), [
    ("La cifra de muertos ascendió a cuatro el lunes.", "es"),
    ("Le bilan est passé à quatre lundi.", "fr"),
    ("Die Zahl der Toten stieg am Montag auf vier.", "de"),
])
def test_a_toll_whose_number_stands_alone_stays(text, lang):
    assert figures(text, lang) == [(4, "dead")]
