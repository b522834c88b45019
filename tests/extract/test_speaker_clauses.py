"""Speakers named by a clause around the quotation in languages other than English (quotes
round 16): a speech verb between commas inside French guillemets, a subjectless verb whose
subject opens the quotation's sentence, "secondo" as an ordinal, a dash ending the speaker's
phrase, the present tense of "ha riferito". Invented sentences; each assertion fails without
its rule."""

from __future__ import annotations

from generator.extract.speakers.subjects import np_after
from tests.extract.test_extract_shapes import _quotes


def test_a_speech_verb_between_commas_inside_guillemets_names_that_quotation_s_speaker(tmp_path):
    quotes = _quotes(tmp_path, (
        "Incendie à Valmorin\n\n"
        "« Le toit est parti en dix minutes, confirme Léa Morin, la gardienne, qui a donné "
        "l'alerte. Le chat est sauvé. » « Douze personnes ont été relogées », "
        "précise une source municipale.\n\n"
        "« Nous sommes partis, Paul et moi, sans rien prendre », raconte Marc Ibert.\n"), "fr")
    assert quotes[next(k for k in quotes if k.startswith("Le toit est parti"))] == "Léa Morin"
    assert quotes["Douze personnes ont été relogées"] == "une source municipale"
    # commas inside without a speech verb name no one: the verb after the closing mark does
    assert quotes["Nous sommes partis, Paul et moi, sans rien prendre"] == "Marc Ibert"


def test_a_subjectless_verb_after_the_quotation_is_said_by_the_name_opening_its_sentence(
        tmp_path):
    quotes = _quotes(tmp_path, (
        "Incêndio em Vila Serena\n\n"
        "O capitão Rui Tavares, do Corpo de Bombeiros, disse que o fogo começou na cozinha.\n\n"
        "Marta Lobo, que vende flores na esquina, conta que ouviu o alarme e depois os "
        "gritos: \"peguei o regador e corri para a porta do vizinho\", disse.\n"), "pt")
    assert quotes["peguei o regador e corri para a porta do vizinho"] == "Marta Lobo"


def test_secondo_after_an_article_is_the_ordinal_not_according_to(tmp_path):
    quotes = _quotes(tmp_path, (
        "Esplosione a Borgo Lieto\n\n"
        "Un residente racconta la notte nel suo studio del secondo piano, accanto al forno "
        "del panettiere: «Ho chiuso il gas e ho preso in braccio il cane»\n\n"
        "Secondo il sindaco Carlo Venturi: «Le famiglie sfollate sono dodici in tutto»\n"), "it")
    said = quotes["Ho chiuso il gas e ho preso in braccio il cane"]
    assert "piano" not in said and said.startswith("Un residente")
    assert "Carlo Venturi" in quotes["Le famiglie sfollate sono dodici in tutto"]


def test_a_dash_ends_the_speaker_s_phrase_after_the_verb():
    assert np_after(" ein Nachbar - Kran im Einsatz - Straße gesperrt") == "ein Nachbar"
    assert np_after(" der Sprecher der Feuerwehr, Jan Kurz") == "der Sprecher der Feuerwehr"


def test_the_present_of_ha_riferito_names_the_speaker_after_it(tmp_path):
    quotes = _quotes(tmp_path, (
        "Crollo a Borgo Lieto\n\n"
        "«Le scale erano chiuse da una settimana per i lavori». Lo riferisce un "
        "portiere del condominio.\n"), "it")
    assert quotes["Le scale erano chiuse da una settimana per i lavori"].startswith(
        "un portiere")


def test_a_noun_of_telling_after_the_closing_mark_credits_the_quotation(tmp_path):
    quotes = _quotes(tmp_path, (
        "Crollo a Borgo Lieto\n\n"
        "«Il campanile si è piegato piano, come una candela»: ecco il racconto di un "
        "vicino, Tommaso, che gestisce il bar. «Ho contato tre crepe» ha aggiunto.\n\n"
        "«Portavamo fuori le sedie della chiesa una per una». È il lungo racconto, tra le "
        "pause, di uno dei volontari della parrocchia.\n"), "it")
    assert quotes["Il campanile si è piegato piano, come una candela"] == "Tommaso"
    assert quotes["Ho contato tre crepe"] == "Tommaso"
    assert quotes["Portavamo fuori le sedie della chiesa una per una"].startswith(
        "uno dei volontari")


def test_an_outlet_the_words_were_said_to_stands_between_the_verb_and_its_subject(tmp_path):
    quotes = _quotes(tmp_path, (
        "Incendio en Valdelobos\n\n"
        "El fuego empezó en la calle Ramón Ortega. “Bajé con la jaula del loro en la mano”, "
        "contó a Radio Norte esta vecina.\n\n"
        "“Nadie resultó herido”, dijo a los periodistas el jefe de bomberos.\n"), "es")
    assert quotes["Bajé con la jaula del loro en la mano"] == "esta vecina"
    assert quotes["Nadie resultó herido"] == "el jefe de bomberos"


def test_the_name_after_whom_the_words_were_said_to_is_not_the_speaker(tmp_path):
    # review 7: after "a su hija" / "à sa fille" (a possessive, a noun), the name is the
    # addressee's, in apposition; the outlet-and-article shape above is unchanged
    quotes = _quotes(tmp_path, (
        "Incendio en Valdelobos\n\n"
        "Rosa Vidal, de 70 años, vio el humo desde la cocina. “Coge al perro y baja”, le dijo "
        "a su hija Marta.\n"), "es")
    assert quotes["Coge al perro y baja"] != "Marta", quotes
