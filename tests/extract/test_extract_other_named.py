"""A verb without a subject after a quotation ("«…», añadió.") is the person named last, unless
another person, whom the people index did not take, is named between that person and the
quotation: then the verb may be theirs, and a blank costs the analyst less than a wrong name.
Places and bodies after a preposition or an article are no such person.
Sentences written for these tests (none is a real article's)."""

from __future__ import annotations

from tests.extract.test_extract_shapes import _quotes


def test_another_person_named_since_leaves_the_verb_blank(tmp_path):
    quotes = _quotes(tmp_path, (
        "Plan de vivienda\n\n"
        "«Nadie quedará fuera de las ayudas», ha afirmado la consejera de Vivienda, Marta Ruiz "
        "Soler, en la sede del Gobierno. Las cifras dieron más apoyos a Pedro Lanza Gil, "
        "respecto a 2019, y cambiaron el reparto de escaños.\n\n"
        "Mañana empieza el debate del plan de Fomento, y Marta Ruiz Soler ha trasladado el "
        "mensaje del Gobierno a la oposición. "
        "Pero ha insistido en que «lo importante es aprobar el plan de vivienda».\n"), "es")
    assert quotes["lo importante es aprobar el plan de vivienda"] == ""


def test_places_and_bodies_do_not_stop_the_person_named_last(tmp_path):
    quotes = _quotes(tmp_path, (
        "Incendio en la nave\n\n"
        "El alcalde de Villalta, Anselmo Quirós Peral, visitó la zona por la tarde.\n\n"
        "Los vecinos del Barrio Alto y los bomberos de la Diputación Provincial siguieron "
        "las tareas hasta la noche.\n\n"
        "«No ha habido heridos y la nave se podrá revisar mañana», añadió.\n"), "es")
    assert "Quirós Peral" in quotes["No ha habido heridos y la nave se podrá revisar mañana"]
