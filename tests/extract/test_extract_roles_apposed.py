"""A role read as the speaker when the name it is written with follows it (quotes round 15,
issue 16). Sentences written for these tests, none a real article's; each test fails without
the rule (`extract/speakers/roles.role_apposed`) and holds the near shapes it must leave alone."""

from __future__ import annotations

from tests.extract.test_extract_shapes import _quotes


def test_the_name_right_after_a_long_title_is_the_speaker(tmp_path):
    it = _quotes(tmp_path / "it", (
        "Test\n\n"
        "\"Il ponte riaprirà entro l'estate\", ha detto la ministra per i Rapporti con le "
        "Regioni Carla Fedeli. Poi è ripartita per Genova.\n"), "it")
    assert it["Il ponte riaprirà entro l'estate"] == "Carla Fedeli"


def test_a_name_after_a_comma_and_a_second_title_is_the_speaker(tmp_path):
    fr = _quotes(tmp_path / "fr", (
        "Test\n\n"
        "\"Le quai restera fermé jusqu'à lundi\", a précisé la responsable de la communication "
        "du port, la capitaine Léa Morvan-Ilis. Les ferries attendent au large.\n"), "fr")
    assert fr["Le quai restera fermé jusqu'à lundi"] == "Léa Morvan-Ilis"
    es = _quotes(tmp_path / "es", (
        "Test\n\n"
        "“Vamos a revisar cada una de las naves”, ha asegurado el jefe de Bomberos de guardia, "
        "el sargento Tomás Sotelo, tras la reunión.\n"), "es")
    assert es["Vamos a revisar cada una de las naves"] == "Tomás Sotelo"


def test_a_role_followed_by_a_body_or_a_new_sentence_stays_as_written(tmp_path):
    es = _quotes(tmp_path / "es", (
        "Test\n\n"
        "“La carretera seguirá cortada toda la noche”, dijo el jefe de turno. Ana Ruiz, "
        "vecina del barrio, lo confirmó después.\n\n"
        "“Hemos enviado tres dotaciones al polígono”, informó el portavoz en la rueda de "
        "prensa de Protección Civil.\n"), "es")
    assert es["La carretera seguirá cortada toda la noche"] == "el jefe de turno"
    assert es["Hemos enviado tres dotaciones al polígono"] == "el portavoz"
    en = _quotes(tmp_path / "en", (
        "Test\n\n"
        "“The road stays closed until noon,” said the duty officer, Fire Department.\n"), "en")
    assert en["The road stays closed until noon"] != "Fire Department"
