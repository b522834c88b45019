"""Speech verbs in the tenses reporters write a scene in: the French present and imperfect
("“…” détaille X", "“…”, confiait une habitante"), the Spanish present and perfect ("“…”,
detalla X", "ha replicado X"), the German past ("versicherte er"); and a Spanish subject that ends
before "al" (whom it was said to). Sentences written for these tests (none is a real
article's), with the near shapes the rules leave alone."""

from __future__ import annotations

from tests.extract.test_extract_shapes import _quotes


def test_french_present_and_imperfect(tmp_path):
    quotes = _quotes(tmp_path, (
        "Incendie dans un immeuble\n\n"
        "« Les flammes sont montées jusqu'au toit en quelques minutes » détaille Paul Marin "
        "Lefort, chef des pompiers.\n\n"
        "« Les volets du rez-de-chaussée ont fondu d'un coup », confiait une voisine.\n\n"
        "« Tout a brûlé dans la cuisine du deuxième », résume l'élu Jean Morel Vasseur.\n\n"
        "Les pompiers ont éteint le feu avec une lance. « Personne n'a été blessé dans "
        "l'immeuble », a dit le capitaine Luc Renaud.\n"), "fr")
    assert "Marin Lefort" in quotes["Les flammes sont montées jusqu'au toit en quelques minutes"]
    assert quotes["Les volets du rez-de-chaussée ont fondu d'un coup"] == "une voisine"
    assert "Morel Vasseur" in quotes["Tout a brûlé dans la cuisine du deuxième"]
    assert "Luc Renaud" in quotes["Personne n'a été blessé dans l'immeuble"]  # as before


def test_spanish_present_and_perfect_and_whom_it_was_said_to(tmp_path):
    quotes = _quotes(tmp_path, (
        "Incendio en un bloque\n\n"
        "«La alarma del garaje sonó dos veces antes del apagón», detalla Andrés Collado Rey, "
        "vecino del segundo.\n\n"
        "«No hubo heridos y el edificio es seguro», ha replicado la concejala Nuria Salas Prieto."
        "\n\n"
        "«El plan de emergencia funcionó desde el primer minuto», advierte el Ayuntamiento al "
        "grupo de la oposición.\n"), "es")
    assert "Collado Rey" in quotes["La alarma del garaje sonó dos veces antes del apagón"]
    assert "Salas Prieto" in quotes["No hubo heridos y el edificio es seguro"]
    assert quotes["El plan de emergencia funcionó desde el primer minuto"] == "el Ayuntamiento"


def test_german_past_versicherte(tmp_path):
    quotes = _quotes(tmp_path, (
        "Hochwasser im Tal\n\n"
        "«Niemand wird mit den Schäden allein gelassen», versicherte die Bürgermeisterin Petra "
        "Kolbe am Morgen in der Notunterkunft.\n"), "de")
    assert "Kolbe" in quotes["Niemand wird mit den Schäden allein gelassen"]
