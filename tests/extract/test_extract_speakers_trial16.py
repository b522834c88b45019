"""Speakers a new user found wrong on coverage of a volcanic eruption (trial 16), in invented
pages: a paramedic named with a lower-case role before his name, whose "he told the radio" was
given to the premier quoted before him; the premier's second quoted sentence given to the
police, whose own statement came next; "Según la policía:" and
"Selon la police :" before a quotation, read as no one and as "Selon"."""

from __future__ import annotations

from tests.conftest import quote_speakers


def test_he_after_a_person_named_with_a_lower_case_role(tmp_path):
    speakers = quote_speakers(tmp_path, (
        "Volcano\n\nPremier Alma Tesk thanked the boat crews. “They went back for the last "
        "group twice,” she told reporters.\n\n"
        "Flight nurse Tomas Reyko flew out with the second helicopter.\n\n"
        "He described the crater floor as grey and silent.\n\n"
        "“Nobody there could still walk,” he told the local radio.\n"))
    assert speakers["They went back for the last group twice"] == "Premier Alma Tesk"
    assert speakers["Nobody there could still walk"] == "Tomas Reyko"


def test_a_title_case_role_and_a_described_person_keep_their_reading(tmp_path):
    speakers = quote_speakers(tmp_path, (
        "Volcano\n\nPremier Alma Tesk thanked the boat crews. “They went back twice,” she "
        "told reporters.\n\nA woman in her sixties waited at the pier. “My son is out there,” "
        "she said.\n"))
    assert speakers["They went back twice"] == "Premier Alma Tesk"
    assert speakers["My son is out there"] == "A woman in her sixties"


def test_a_new_statement_after_a_quotation_closed_on_a_full_stop(tmp_path):
    speakers = quote_speakers(tmp_path, (
        "Volcano\n\nThe premier spoke in parliament on Tuesday.\n\n"
        "“This is the worst day our town has known,” Premier Alma Tesk said in parliament. "
        "“Every family here knows someone who was on that boat.” Police said 40 people were "
        "on Varn Island when it erupted.\n"))
    assert speakers["Every family here knows someone who was on that boat"] == \
        "Premier Alma Tesk"


def test_a_quotation_closed_on_a_comma_or_a_time_after_the_verb_keeps_its_credit(tmp_path):
    speakers = quote_speakers(tmp_path, (
        "Volcano\n\n“The island is closed to visitors,” police said on Tuesday.\n\n"
        "“We will search again at dawn.” Commander Ivo Marek said on Tuesday.\n\n"
        "“Nobody may land there,” Marek said the crews had been told.\n"))
    assert speakers["The island is closed to visitors"] == "police"
    assert speakers["We will search again at dawn"] == "Commander Ivo Marek"
    assert speakers["Nobody may land there"].endswith("Marek")


def test_according_to_before_a_colon(tmp_path):
    es = quote_speakers(tmp_path / "es", (
        "Prueba\n\nLa policía habló el martes.\n\nSegún la policía: “Estamos trabajando para "
        "identificar a todas las víctimas lo antes posible”.\n"), "es")
    fr = quote_speakers(tmp_path / "fr", (
        "Essai\n\nLa police a parlé mardi.\n\nSelon la police : « Nous travaillons pour "
        "identifier toutes les victimes au plus vite ».\n"), "fr")
    assert list(es.values()) == ["la policía"]
    assert list(fr.values()) == ["la police"]


def test_a_time_place_or_manner_after_said_still_credits_the_quotation(tmp_path):
    """Review 13: only a clause of its own after "said" ("that …", a finite verb) opens a new
    statement."""
    speakers = quote_speakers(tmp_path, (
        "Volcano\n\n“We will search again at dawn.” Police said late on Tuesday.\n\n"
        "“The port stays shut.” The mayor said through a spokesman.\n\n"
        "“The crews did all they could.” Mayor Ina Voss said while touring the harbour.\n\n"
        "“The boats are ready.” Captain Ivo Marek said, adding that the port would reopen.\n\n"
        "“We are done here.” Chief Ana Lind said on Tuesday, as the search was called off.\n"))
    assert speakers["We will search again at dawn"] == "Police"
    assert speakers["The port stays shut"] == "The mayor"
    assert speakers["The crews did all they could"] == "Mayor Ina Voss"
    assert speakers["The boats are ready"] == "Captain Ivo Marek"
    assert speakers["We are done here"] == "Chief Ana Lind"  # review 14


def test_a_role_before_a_business_is_no_person(tmp_path):
    speakers = quote_speakers(tmp_path, (
        "Volcano\n\nPremier Alma Tesk thanked the boat crews. “They went back twice,” she told "
        "reporters.\n\nThe boats belong to ferry operator Blue Line Ferries and river guide "
        "Tom's Lodge.\n\n“Nobody was left behind,” she said.\n"))
    assert speakers["Nobody was left behind"] == "Premier Alma Tesk"


def test_a_clause_of_its_own_after_said_even_after_a_time(tmp_path):
    """Review 15: "Police said on Tuesday that …" and "… said the 40 passengers … were safe"
    are statements of their own; "said in a statement that was posted online" credits."""
    speakers = quote_speakers(tmp_path, (
        "Volcano\n\n“We will not give up.” Police said on Tuesday that 40 people had died.\n\n"
        "“The sea was calm.” Chief Ana Lind said the 40 passengers on the ferry from Varno "
        "were safe.\n\n"
        "“The harbour stays shut.” The port authority said in a statement that was posted "
        "online.\n"))
    assert speakers["We will not give up"] != "Police"
    assert speakers["The sea was calm"] != "Chief Ana Lind"
    assert speakers["The harbour stays shut"] == "The port authority"
