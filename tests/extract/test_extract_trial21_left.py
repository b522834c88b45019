"""What trial 21 left misread (a crush at a football ground), in invented sentences of the same
shapes: speakers named in an apposition or with a long title after the quotation, sources, and
counts a clause of the event's own hides."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.extract.figures import figures_in
from generator.extract.singular import singular_figures
from generator.extract.speakers.attribution import attribution
from generator.text.sentences import Sentence
from tests.conftest import quote_speakers


def _quotes(tmp_path: Path, text: str, lang: str = "en") -> dict[str, str]:
    return quote_speakers(tmp_path / "q", text, lang, published="2031-03-27T12:00:00+01:00")


def test_another_fan_named_in_an_apposition_is_who_he_is_next(tmp_path):
    quotes = _quotes(tmp_path, (
        "Crush at Varnholm\n\n"
        "“We ran for the gates and the gates were shut,” Tomas, whose cousin was hurt, told "
        "Radio Nord.\n\n"
        "Another supporter, Berek, said the panic began after the stewards charged.\n\n"
        "“Nobody had thrown anything at them. Why did they charge at us?” he said.\n"))
    assert quotes["Nobody had thrown anything at them. Why did they charge at us?"] == "Berek"


def test_a_speaker_with_a_long_title_after_the_quotation(tmp_path):
    quotes = _quotes(tmp_path, (
        "Toll confirmed\n\n"
        "“Every body has now been named by the clinics. The toll tonight stands at 58,” Head of "
        "the Press Bureau of the Coast Watch Commander Ilse Maren Tov said in Varnholm on "
        "Friday.\n"))
    assert quotes["Every body has now been named by the clinics. The toll tonight stands at 58"] \
        == "Ilse Maren Tov"


def test_said_name_here_on_a_weekday_keeps_the_name_only(tmp_path):
    quotes = _quotes(tmp_path, (
        "Toll confirmed\n\n"
        "“Indeed, the clinic heads went through the count again this morning,” said Head of the "
        "Press Bureau of the Coast Watch Commander Ilse Maren Tov here on Friday.\n"))
    assert quotes["Indeed, the clinic heads went through the count again this morning"] == \
        "Ilse Maren Tov"


def test_a_minister_who_said_after_talks(tmp_path):
    quotes = _quotes(tmp_path, (
        "Inquiry\n\n"
        "The cabinet set up a panel of judges and engineers.\n\n"
        "“The panel should report within a month,” transport, works and housing minister Arvid "
        "Lenk said after a meeting of the cabinet to discuss the disaster.\n"))
    assert quotes["The panel should report within a month"]== "Arvid Lenk"


def test_dijo_a_la_cadena_then_the_governor_names_the_governor(tmp_path):
    quotes = _quotes(tmp_path, (
        "Balance\n\n"
        "\"Hay 58 fallecidos hasta ahora. Dos siguen sin nombre\", dijo a la cadena "
        "Radio Norte el vicegobernador de la región de Varna Alta, Ilse Tovar.\n"), "es")
    assert quotes["Hay 58 fallecidos hasta ahora. Dos siguen sin nombre"] == "Ilse Tovar"


def _source(text: str, lang: str = "en") -> str | None:
    found = attribution(Sentence(0, len(text), text, 0), lang=lang)
    return found.who if found else None


@pytest.mark.parametrize("text", [
    "Die Zahl der Toten ist Berichten zufolge inzwischen auf 58 gestiegen.",
    "Die Feuerwehr versuchte Medienberichten zufolge, 58 Menschen zu retten.",
])
def test_reportedly_in_german_names_no_source(text):
    assert _source(text, "de") is None


def test_a_source_before_zufolge_is_its_own_words_only():
    assert _source("Die Zahl der Toten ist der Bergwacht zufolge auf 58 gestiegen.",
                   "de") == "der Bergwacht"


@pytest.mark.parametrize("text, lang", [
    ("Mindestens 58 Menschen starben am Abend im Stadion in Varnholm (Provinz Nordkap).", "de"),
    ("At least 58 people died at the ground in Varnholm (North Cape province).", "en"),
    ("Au moins 58 personnes sont mortes à Varnholm (région du Cap Nord).", "fr"),
])
def test_a_parenthesised_province_is_no_source(text, lang):
    assert _source(text, lang) is None


def test_an_aggregators_name_in_parentheses_is_still_the_source():
    assert _source("At least 58 people died at the ground. (Levant Wire)") == "Levant Wire"


def test_he_after_a_titled_person_joined_to_a_body_is_that_person(tmp_path):
    quotes = _quotes(tmp_path, (
        "Toll lowered\n\n"
        "“The crowd had turned on the stewards,” police chief Arno Vell said.\n\n"
        "North Cape Deputy Governor Ilse Tovar and the regional rescue agency first put the toll "
        "at 90 on Sunday, but later lowered it.\n\n"
        "“Some of the bodies had been counted twice at two clinics,” she said.\n"))
    assert quotes["Some of the bodies had been counted twice at two clinics"] == "Ilse Tovar"


def test_a_headlines_speaker_of_a_quoted_phrase_is_not_the_tolls_source():
    assert _source("41 dead after crush at Varnholm stadium; league chief says ‘a black night "
                   "for sport’") is None


def test_a_clause_of_its_own_after_a_semicolon_still_credits_its_figure():
    assert _source("The ground was closed; the league chief says 41 people died.") == \
        "the league chief"


def _figures(text: str, lang: str, before: str | None = None) -> list[tuple[float, str]]:
    earlier = figures_in(Sentence(0, len(before), before, 0), lang) if before else None
    start = len(before) + 1 if before else 0
    return [(f.value, f.group)
            for f in figures_in(Sentence(start, start + len(text), text, 0), lang, earlier)]


@pytest.mark.parametrize("text", [
    "NORDHAFEN, Varnland (AP) – El pánico en un concierto en el norte después de que los "
    "guardias cerraran las puertas para contener a la multitud, dejó 58 muertos, en gran parte "
    "aplastados contra las vallas, informó la policía el lunes.",
    "El pánico dejó 58 muertos, muchos de ellos aplastados, dijo la policía.",
])
def test_the_dead_described_between_commas_before_a_speech_verb_are_no_speakers(text):
    assert (58, "dead") in _figures(text, "es")


def test_witnesses_named_between_commas_before_a_speech_verb_still_spoke():
    assert _figures("Two nurses, Ana and her colleague Eva, told the paper about it.", "en") \
        == []


def _singular(text: str, lang: str) -> list[tuple[float, str]]:
    return [(f.value, f.group) for f in singular_figures(Sentence(0, len(text), text, 0), lang)]


@pytest.mark.parametrize("text, lang", [
    ("« Nous avons couru vers les grilles, puis tout le monde est tombé », confie un blessé.",
     "fr"),
    ("« Nous avons couru vers les grilles », raconte une blessée à la radio.", "fr"),
    ("\"Corrimos hacia la salida\", relató un herido a la prensa.", "es"),
])
def test_one_injured_person_who_speaks_is_no_count(text, lang):
    assert _singular(text, lang) == []


def test_one_injured_person_still_counts_without_a_speech_verb():
    assert _singular("Dans la bousculade, un homme a été blessé.", "fr") == [(1, "wounded")]


@pytest.mark.parametrize("text, lang", [
    ("Cientos de aficionados huyeron hacia las puertas del mercado.", "es"),
    ("Cientos de personas huyeron hacia las puertas del recinto.", "es"),
    ("Hundreds of people ran towards the exits to escape the smoke.", "en"),
    ("Des centaines de personnes ont couru vers les sorties.", "fr"),
    ("Hunderte Menschen rannten zu den Ausgängen.", "de"),
])
def test_a_vague_crowd_that_ran_is_no_count_of_the_event(text, lang):
    assert _figures(text, lang) == []


@pytest.mark.parametrize("text, expected", [
    ("Some 3,000 people fled their homes.", (3000, "evacuee")),
    ("Thousands of people ran onto the pitch.", (2000, "person")),
])
def test_people_who_fled_their_homes_or_ran_onto_the_pitch_are_still_counted(text, expected):
    assert _figures(text, "en") == [expected]


@pytest.mark.parametrize("text, lang", [
    ("Years ago the village had 9,000 inhabitants, and on Sunday 31 of them were killed.", "en"),
    ("The ferry carried 400 pilgrims; 31 of them drowned.", "en"),
    ("El pueblo tenía 9.000 habitantes, y el domingo 31 de ellos murieron.", "es"),
])
def test_a_part_of_a_group_that_is_no_toll_with_an_outcome_of_its_own_counts_it(text, lang):
    assert (31, "dead") in _figures(text, lang)


def test_a_part_without_an_outcome_of_a_group_that_is_no_toll_is_no_figure():
    assert _figures("The village had 9,000 inhabitants, and 31 of them were farmers.", "en") == []


@pytest.mark.parametrize("text", [
    "Neun von ihnen lägen in kritischem Zustand.",
    "9 von ihnen lagen am Abend noch auf der Intensivstation.",
])
def test_a_german_part_von_ihnen_of_the_injured_just_counted_is_counted(text):
    before = "Die Rede ist von mehr als 90 Verletzten, die in sechs Kliniken behandelt werden."
    assert (9, "wounded") in _figures(text, "de", before)


def test_he_after_a_person_who_had_said_is_that_person(tmp_path):
    quotes = _quotes(tmp_path, (
        "Toll disputed\n\n"
        "“The count is final. There is no rise,” Chief Inspector Ana Ruiz said on Monday.\n\n"
        "Earlier, Varnish choir conductor Berek Sollo had said the toll was higher. Sollo said "
        "he thought it would rise.\n\n"
        "“We are still collecting names from the villages,” he added.\n"))
    assert quotes["We are still collecting names from the villages"] == "Berek Sollo"
