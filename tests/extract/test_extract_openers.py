"""A sentence's opening conjunction or sentence adverb is not the subject of its speech verb
("Pero ha subrayado que «…»", "Asimismo, ha recordado …"): the subject is left out, and the
speaker is the person named last, as for any verb without a subject. Sentences written for these
tests (none is a real article's), with the near shapes the rule leaves alone."""

from __future__ import annotations

from tests.extract.test_extract_shapes import _quotes


def test_an_opening_conjunction_is_not_the_speaker(tmp_path):
    quotes = _quotes(tmp_path, (
        "Incendio en un almacén\n\n"
        "La concejala de Seguridad, Marta Ruiz Soler, ha atendido a los medios tras la reunión. "
        "Pero ha subrayado que «la prioridad son los vecinos del bloque».\n\n"
        "Asimismo, ha recordado la urgencia de cortar la calle por «la caída de cascotes desde "
        "la cornisa».\n\n"
        "Pero el jefe de bomberos, Tomás Vidal Ortega, ha dicho que «el edificio no corre "
        "peligro».\n\n"
        "También Lucía Prado Gil, vecina del tercero, ha explicado que «el humo llegó en "
        "minutos».\n"), "es")
    assert "Ruiz Soler" in quotes["la prioridad son los vecinos del bloque"]
    assert "Ruiz Soler" in quotes["la caída de cascotes desde la cornisa"]
    # a subject after the conjunction is the speaker, as before
    assert "Vidal Ortega" in quotes["el edificio no corre peligro"] or \
        quotes["el edificio no corre peligro"] == "el jefe de bomberos"
    assert "Lucía Prado Gil" in quotes["el humo llegó en minutos"]


def test_an_opening_adverb_in_italian_french_and_german(tmp_path):
    quotes = _quotes(tmp_path, (
        "Alluvione in valle\n\n"
        "Il sindaco Paolo Neri Conti ha visitato le frazioni isolate. Inoltre ha spiegato che "
        "«le strade riapriranno entro domenica».\n\n"
        "Anche il prefetto ha detto che «i soccorsi sono arrivati ovunque».\n"), "it")
    assert "Neri Conti" in quotes["le strade riapriranno entro domenica"]
    # the prefect is not the mayor quoted before: an office the mayor was not introduced with
    assert quotes["i soccorsi sono arrivati ovunque"] == "il prefetto"


def test_two_verbs_of_one_subject(tmp_path):
    """"X visited … and said that «…»": the speech verb's subject is the first verb's, not the
    clause between them."""
    quotes = _quotes(tmp_path, (
        "Alluvione in valle\n\n"
        "Il sindaco Paolo Neri Conti ha visitato le frazioni isolate e ha spiegato che «le strade "
        "riapriranno entro domenica».\n\n"
        "La polizia ha chiuso due ponti e ha spiegato che «il fiume sale ancora».\n"), "it")
    assert "Neri Conti" in quotes["le strade riapriranno entro domenica"]
    assert "visitato" not in quotes["le strade riapriranno entro domenica"]
    assert "chiuso" not in quotes["il fiume sale ancora"]


def test_after_an_opener_a_german_subject_follows_the_verb(tmp_path):
    """German puts the verb second: after "Außerdem" the subject stands after the verb, so it is
    read there (in Spanish or Italian the words after the verb are its object)."""
    quotes = _quotes(tmp_path, (
        "Hochwasser im Tal\n\n"
        "Außerdem betonte der Bürgermeister Jan Vogt Berger, die Brücke bleibe «bis Montag für "
        "alle Fahrzeuge gesperrt».\n"), "de")
    assert "Vogt Berger" in quotes["bis Montag für alle Fahrzeuge gesperrt"]
