"""The lead's mends after reading the spent set s37 (thirty-eighth stop), each failing without
its rule, with the near shapes it must leave alone. Invented sentences and places.

* The dead's remains named before the people, said to be lifeless ("les corps sans vie de 12
  personnes", "i corpi senza vita di", "los cuerpos sin vida de", "os corpos sem vida de") or in
  Polish with the people in the genitive ("zwłoki 12 osób", "ciała 12 osób"): the dead
  (:data:`generator.text.casualty.outcome_verbs._REMAINS_OF`).
* German "während" before an article or a possessive is "during", no subordinate clause: the
  outcome after it is still the group's ("Drei Arbeiter wurden während ihrer Schicht getötet").
* "According to X," opening a sentence credits X with a quotation later in it only when no
  speech verb with its own subject stands between ("According to X, police stated that “…”":
  police speak, X passed it on).
* "The same source" ("la même source", "la misma fuente", "la stessa fonte") is the source
  named before it (:mod:`generator.extract.speakers.same_source`).
"""

from __future__ import annotations

import pytest

from tests.conftest import quote_speakers
from tests.probes import FERRY_HEADS, figures


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Les corps sans vie de 12 personnes ont été retrouvés dans un chalet de Tesmar."),
    ("it", "Sono stati ritrovati i corpi senza vita di 12 persone in un albergo di Tesmar."),
    ("es", "Se hallaron los cuerpos sin vida de 12 personas en un hostal de Tesmar."),
    ("pt", "Foram encontrados os corpos sem vida de 12 pessoas numa pousada de Tesmar."),
    ("pl", "Zwłoki 12 osób znaleziono w pensjonacie w Tesmarze."),
    ("pl", "Ciała 12 osób odnaleziono w pensjonacie w Tesmarze."),
])
def test_lifeless_bodies_of_people_are_the_dead(lang, text):
    assert (12, "dead") in figures(text, lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Les corps sans vie de 12 personnes disparues sont toujours recherchés à Tesmar."),
    ("pl", "Ciała 12 domów zostały zniszczone przez pożar w Tesmarze."),
])
def test_the_still_missing_and_things_stay_apart(lang, text):
    assert (12, "dead") not in figures(text, lang)


def test_during_before_an_article_opens_no_clause():
    text = "Drei Bauarbeiter wurden während ihrer Schicht in Tesmar getötet."
    assert figures(text, "de") == [(3, "dead")]


def test_while_opening_a_clause_still_ends_the_groups_words():
    # "während" before a subject opens a clause of its own: its outcome is not the group's
    text = "Drei Arbeiter waren im Gebäude, während die Decke einstürzte und zwei starben."
    assert (3, "dead") not in figures(text, "de")


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("According to the Varn Wire agency, police stated that “no one was on the upper deck,” "
     "adding that the search would go on.", "police"),
    ("According to Varn Radio, the mayor said the town “will never forget these sailors”.",
     "the mayor"),
    # no verb of its own between: the channel is all the sentence names
    ("According to the Varn Gazette, the ferry “rolled over like a toy” before dawn.",
     "the Varn Gazette"),
])
def test_a_speech_verb_after_according_to_names_the_speaker(tmp_path, sentence, speaker):
    found = quote_speakers(tmp_path, FERRY_HEADS["en"] + sentence + "\n")
    assert list(found.values()) == [speaker]


@pytest.mark.parametrize(("lang", "text", "speaker"), [
    ("fr", "Douze passagers ont été retrouvés morts dans la cale, a indiqué la police. « Aucune "
     "trace de violence n'a été relevée sur les corps », indique la même source.", "la police"),
    ("es", "Doce pasajeros murieron en la bodega, informó el Ministerio del Interior. «No hay "
     "señales de violencia en los cuerpos», añadió la misma fuente.",
     "el Ministerio del Interior"),
    ("it", "Dodici passeggeri sono morti nella stiva, ha riferito la polizia. «Non ci sono segni "
     "di violenza sui corpi», ha aggiunto la stessa fonte.", "la polizia"),
    ("en", "Twelve passengers died in the hold, the coast guard said. “There are no signs of "
     "violence on the bodies,” the same source said.", "the coast guard"),
])
def test_the_same_source_is_the_source_named_before(tmp_path, lang, text, speaker):
    found = quote_speakers(tmp_path, FERRY_HEADS[lang] + text + "\n", lang)
    assert list(found.values()) == [speaker]
