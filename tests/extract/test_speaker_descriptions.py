"""A speaker referred to by a description with the definite article ("la donna", "der
Rentner", "o bombeiro") is the person named or quoted just before, and a sentence opened by a
participle and its agent ("Intervistato da X, un residente …") is said by its subject (quotes
round 17). Invented sentences; each assertion fails without its rule."""

from __future__ import annotations

from tests.extract.test_extract_shapes import _quotes


def test_a_described_speaker_is_the_one_quoted_just_before(tmp_path):
    quotes = _quotes(tmp_path, (
        "Incendio test\n\n"
        "La casa di ringhiera ospita una ventina di famiglie, tra cui il pittore Paolo Verdi.\n\n"
        "\"Il cortile era pieno di biciclette e nessuno riusciva a passare\" ha raccontato "
        "all'agenzia una residente. \"Le chiavi del cancello le aveva solo il custode\", ha "
        "puntualizzato la donna.\n"), "it")
    assert quotes["Le chiavi del cancello le aveva solo il custode"] == \
        "una residente"  # not the painter named before her
    quotes = _quotes(tmp_path / "other", (
        "Crollo test\n\n"
        "Lo ha detto il sindaco Paolo Neri ai cronisti: «Nessuno è rimasto ferito nel crollo».\n\n"
        "La vicina lo racconta così: «Ho sentito un boato fortissimo stanotte».\n"), "it")
    # a name the page never gives that noun is someone else: the description stays
    assert quotes["Ho sentito un boato fortissimo stanotte"] == "La vicina"


def test_a_described_speaker_is_the_person_named_doing_something_else(tmp_path):
    quotes = _quotes(tmp_path, (
        "Explosion test\n\n"
        "Joachim Falkenrath sah den Blitz über der Mühle von Grünfeld. Der Rentner goss gerade "
        "seine Tomaten.\n\n"
        "Erst nach einer Weile kam laut Falkenrath der Rauch - \"Das war wie ein Gewitter im "
        "Keller\", berichtet der Rentner, der früher Schmied war.\n"), "de")
    assert quotes["Das war wie ein Gewitter im Keller"] == "Joachim Falkenrath"


def test_an_interviewer_opening_the_sentence_is_not_the_speaker(tmp_path):
    quotes = _quotes(tmp_path, (
        "Esplosione test\n\n"
        "Intervistato da Luca Ferri, un residente della casa dove è scoppiata la caldaia, "
        "racconta la notte: «Il gatto ci ha svegliati prima del botto». \n\n"
        "Il giovane poi racconta la fuga: «Siamo scesi dalla scala del fienile».\n"),
        "it")
    assert quotes["Il gatto ci ha svegliati prima del botto"] == "un residente della casa"
    assert quotes["Siamo scesi dalla scala del fienile"] == "un residente della casa"


def test_a_courtesy_title_names_a_person_by_the_surname_alone(tmp_path):
    quotes = _quotes(tmp_path, (
        "Incendio test\n\n"
        "Il signor Rossi portava il pane al forno quando ha visto il fumo. \"Ho lasciato la "
        "cesta in strada e ho chiamato aiuto\", ha detto.\n"), "it")
    assert quotes["Ho lasciato la cesta in strada e ho chiamato aiuto"] == "Rossi"


def test_according_to_a_statement_names_no_speaker(tmp_path):
    quotes = _quotes(tmp_path, (
        "Accidente test\n\n"
        "El barquero dijo tras el naufragio y según la declaración que los pasajeros han hecho "
        "ante la jueza: \"el remo se partió en dos de golpe\".\n"), "es")
    assert quotes["el remo se partió en dos de golpe"] == "El barquero"
