"""Speakers in Latin-script copy of round 9 (issue 16): a preposition opens no subject and ends
a speaker's words after the verb, a role in apposition after "al"/"du", a full stop inside a web
address, and speech verbs. Sentences written for these tests, none a real article's; each test
fails without its rule, and holds the near shapes the rule must leave alone."""

from __future__ import annotations

import pytest

from tests.extract.test_extract_shapes import _quotes


@pytest.mark.slow
def test_a_phrase_opening_with_a_preposition_is_not_the_speaker(tmp_path):
    # "Tras la reunión, reclamó «…»": a time, then a verb with no subject: the person named
    # last, here named in apposition after a role opened by "Al" (a + el)
    es = _quotes(tmp_path / "es", (
        "Test\n\n"
        "Al alcalde de Villaverde, Tomás Rey, no le cabe duda de que «el río se desbordó por "
        "el puente viejo». Tras la reunión de la tarde, reclamó «obras en el cauce antes del "
        "invierno».\n"), "es")
    assert es["obras en el cauce antes del invierno"] == "Tomás Rey"
    # Polish dialogue dashes: "w rozmowie z X" says where it was said, not who said it
    pl = _quotes(tmp_path / "pl", (
        "Test\n\n"
        "- Nie możemy się z tym pogodzić - powiedział Jan Wrona.\n\n"
        "- Dla całej gminy to ogromna strata i trudny dzień - zapowiedział w rozmowie z "
        "radiem.\n"), "pl")
    assert pl["Dla całej gminy to ogromna strata i trudny dzień"] == "Jan Wrona"


def test_a_subject_after_an_article_or_a_capital_stays(tmp_path):
    # near shapes: Portuguese "a" is an article as well as a preposition; a capitalised name
    # and an office with its article stay the subject
    pt = _quotes(tmp_path / "pt", (
        "Test\n\n"
        "“A ponte vai reabrir na sexta-feira”, disse a ministra Ana Reis.\n"), "pt")
    assert pt["A ponte vai reabrir na sexta-feira"].endswith("Ana Reis")
    es = _quotes(tmp_path / "es", (
        "Test\n\n"
        "Tomás Rey visitó el barrio. «La calle seguirá cerrada toda la semana», dijo el "
        "concejal de Obras. Desde la plaza, Luisa Paz aseguró que «nadie avisó a los "
        "vecinos».\n"), "es")
    assert es["La calle seguirá cerrada toda la semana"] == "el concejal de Obras"
    assert es["nadie avisó a los vecinos"] == "Luisa Paz"


def test_a_preposition_ends_the_speaker_after_the_verb(tmp_path):
    # "disse o prefeito em vídeo nas redes sociais": the office, then where he said it; the
    # office is the person named with it before
    pt = _quotes(tmp_path / "pt", (
        "Test\n\n"
        "O prefeito Paulo Vieira decretou emergência na cidade.\n\n"
        "“O solo está encharcado e o risco continua alto”, disse o prefeito em vídeo nas "
        "redes sociais.\n"), "pt")
    assert pt["O solo está encharcado e o risco continua alto"] == "Paulo Vieira"
    # a full stop inside a web address ends no sentence: the name after it is the speaker
    fr = _quotes(tmp_path / "fr", (
        "Test\n\n"
        "« Les habitants partent sans difficulté », explique à RadioSud.fr Julien Marot, "
        "ingénieur au service des risques.\n"), "fr")
    assert fr["Les habitants partent sans difficulté"] == "Julien Marot"


def test_speech_verbs_of_round_nine(tmp_path):
    fr = _quotes(tmp_path / "fr", (
        "Test\n\n"
        "« Le vent complique la lutte contre le feu », a fait savoir la préfète Claire Morin "
        "lundi.\n"), "fr")
    # the role written with her name is read as that name (review 5: roles.role_holder)
    assert fr["Le vent complique la lutte contre le feu"] == "Claire Morin"
    pl = _quotes(tmp_path / "pl", (
        "Test\n\n"
        "- Sytuacja na drogach jest bardzo trudna - ocenił rzecznik Adam Lis.\n\n"
        "Ofiary to dwoje strażaków. - To ogromna tragedia dla wszystkich - wskazał Piotr "
        "Mak.\n"), "pl")
    assert pl["Sytuacja na drogach jest bardzo trudna"] == "Adam Lis"
    assert pl["To ogromna tragedia dla wszystkich"] == "Piotr Mak"
