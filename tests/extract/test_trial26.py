"""Trial 26 (a new user's briefing on a motorway bridge collapse, en/it/es/de/fr): a people is
most often called as its language is ("French", "Greeks", "Franzosen", "polacos"), whose stem is
not its country's; read from CLDR's language names, such a word counts a country's nationals
and is never hinted as a spelling of its country's name.

Invented text throughout; no page's words.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.check.suggestions import suggest
from generator.text.countries import country_of_people
from tests.conftest import loaded_pages, quote_speakers
from tests.probes import figures


@pytest.mark.parametrize(("word", "lang", "code"), [
    ("French", "en", "FR"), ("Greeks", "en", "GR"), ("Swedes", "en", "SE"),
    ("Icelanders", "en", "IS"), ("Franzosen", "de", "FR"), ("polacos", "es", "PL"),
    ("Danois", "fr", "DK"), ("turchi", "it", "TR"),
    # a language spoken across borders, or by a minority, names no country's people
    ("Kurds", "en", None), ("Arabs", "en", None), ("Kurden", "de", None), ("curdi", "it", None),
    ("English", "en", None),
])
def test_a_people_named_as_its_language_is_read_as_its_country(word, lang, code):
    assert country_of_people(word, lang) == code


def test_nationals_named_as_their_language_are_counted_by_country():
    found = figures("Among the dead were four French tourists and three Greeks.")
    assert found == [(4, "national"), (3, "national")]


def test_a_people_and_its_country_are_not_hinted_as_one_name(tmp_path: Path):
    content = loaded_pages(tmp_path, "Viaduct collapse", [
        ("one", "en", "2031-05-01", "The road links Verlo with the French border. Rescuers from "
                                    "Verlo searched the wreck."),
        ("two", "en", "2031-05-01", "The dead included four people from France and two from "
                                    "Chile, officials in Verlo said."),
        ("three", "es", "2031-05-01", "El viaducto llevaba de Verlo a la frontera con "
                                      "Francia."),
    ])
    pairs = {frozenset((s.found, s.like)) for s in suggest(content)}
    assert frozenset(("French", "France")) not in pairs
    assert frozenset(("French", "Francia")) not in pairs
    assert frozenset(("Francia", "France")) in pairs  # two names of one country still are


@pytest.mark.parametrize(("lang", "text", "words", "speaker"), [
    ("fr", "La ministre de la Santé a pour sa part dit redouter «une catastrophe immense».",
     "une catastrophe immense", "La ministre de la Santé"),
    ("fr", "La ministre de la Santé a, de son côté, dit redouter «une catastrophe immense».",
     "une catastrophe immense", "La ministre de la Santé"),
    ("it", "Il ministro dei Trasporti ha invece detto di temere «una catastrofe immensa».",
     "una catastrofe immensa", "Il ministro dei Trasporti"),
])
def test_an_adverb_between_auxiliary_and_participle_before_the_quotation(tmp_path: Path, lang,
                                                                          text, words, speaker):
    """"X a pour sa part dit «…»": the adverb split the speech verb, and "sa part" was read as
    its subject (or, with commas, no speaker and the quotation dropped)."""
    assert quote_speakers(tmp_path, f"Titre\n\n{text}\n", lang) == {words: speaker}


@pytest.mark.parametrize(("lang", "text", "words", "speaker"), [
    ("it", "La società si difende: «il ponte era controllato ogni tre mesi».",
     "il ponte era controllato ogni tre mesi", "La società"),
    ("fr", "La société se défend : « le pont était contrôlé tous les trois mois ».",
     "le pont était contrôlé tous les trois mois", "La société"),
    ("fr", "L'entreprise s'explique : « le pont était contrôlé tous les trois mois ».",
     "le pont était contrôlé tous les trois mois", "L'entreprise"),
    ("de", "Die Betreiberfirma wehrt sich: „Die Brücke wurde alle drei Monate geprüft.“",
     "Die Brücke wurde alle drei Monate geprüft", "Die Betreiberfirma"),
])
def test_a_reflexive_verb_before_the_colon_ends_its_subject(tmp_path: Path, lang, text, words,
                                                             speaker):
    """"La società si difende: «…»" gave no speaker (a common noun is no capitalised run), and
    German "Die Firma wehrt sich:" gave the whole clause."""
    assert quote_speakers(tmp_path, f"Titel\n\n{text}\n", lang) == {words: speaker}
