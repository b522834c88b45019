"""A person introduced by a name and an age in apposition, with the word for years ("Ana Ruiz, de
45 años", "Marco Neri, 45 anni", "Paul Roux, 45 ans"), is in the people index: the subjectless
verb after a quotation ("“…”, lembra.") is theirs. A place with a date after its comma ("Vila
Nova, 20 de agosto") and a name with a bare number ("… Lote Sul, 12 casas") are not people.
Sentences written for these tests (none is a real article's)."""

from __future__ import annotations

from generator.extract.people import people
from tests.test_extract_shapes import _quotes


def test_a_name_with_its_age_is_the_subject_left_out_after_it(tmp_path):
    quotes = _quotes(tmp_path, (
        "Cheia no bairro\n\n"
        "Quem teve de sair às pressas foi Otávio Brandimar, de 52 anos. O mecânico mora ao lado "
        "do riacho, que transbordou durante a noite.\n\n"
        "A família dele está num salão paroquial. “A água subiu até a janela em meia hora e "
        "levou o que tinha na garagem”, lembra.\n"), "pt")
    assert "Brandimar" in quotes["A água subiu até a janela em meia hora e levou o que tinha na "
                                 "garagem"]
    quotes = _quotes(tmp_path / "b", (
        "Incendio en el bloque\n\n"
        "Entre los desalojados está Rosendo Quiroga Vell, de 61 años, vecino del tercer piso.\n\n"
        "«Olía a humo desde la escalera y bajamos sin coger nada», ha relatado.\n"), "es")
    assert "Quiroga Vell" in quotes["Olía a humo desde la escalera y bajamos sin coger nada"]


def test_ages_in_other_languages_and_shapes_that_are_no_age():
    assert [n for _o, n in people("Fra i primi a dare l'allarme c'era Marco Teverini, 45 anni, "
                                  "che abita di fronte.")] == ["Marco Teverini"]
    assert [n for _o, n in people("Le voisin, Paul Rouvière, 70 ans, a vu les flammes.")] == [
        "Paul Rouvière"]
    assert people("A chuva voltou a Vila Nova, 20 de agosto, e alagou a praça.") == []
    assert people("A água chegou ao Lote Sul, 12 casas ficaram ilhadas.") == []
