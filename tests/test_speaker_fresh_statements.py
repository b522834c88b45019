"""Speakers of quotations in statements and witness accounts (quotes round 18): the plural of
the present in Italian and Portuguese, a bare plural of witnesses after the verb, a place
between an inverted verb and its subject, a witness described by an age whom "elle" stands
for, the English credit closing a sentence that quotes in part, a paragraph of quotation opened
by a conjunction, and German names and verb-second clauses. Invented sentences; each test
fails without its rule."""

from __future__ import annotations

from test_extract_shapes import _quotes


def test_italian_plural_present_and_a_bare_plural_of_witnesses(tmp_path):
    quotes = _quotes(tmp_path, (
        "Fuoco test\n\n"
        "Il fumo ha invaso la cantina di Borgo Lieto: “Si poteva uscire solo da una scaletta "
        "di legno”, raccontano testimoni oculari. I gestori, sentiti dai carabinieri, "
        "assicurano che “ogni estintore era stato controllato a marzo”.\n"), "it")
    assert quotes["Si poteva uscire solo da una scaletta di legno"] == "testimoni oculari"
    assert quotes["ogni estintore era stato controllato a marzo"] == "I gestori"


def test_portuguese_assegura_with_a_company_as_subject(tmp_path):
    quotes = _quotes(tmp_path, (
        "Incêndio teste\n\n"
        "A Viação Lusa assegura ter feito “cada revisão prevista no contrato” e a vistoria "
        "da semana.\n"), "pt")
    assert quotes["cada revisão prevista no contrato"] == "A Viação Lusa"


def test_a_place_between_the_inverted_verb_and_its_subject(tmp_path):
    quotes = _quotes(tmp_path, (
        "Brand test\n\n"
        "Die Feuerwehr löschte bis zum Morgen. \"Die Brücke hätte längst gesperrt werden "
        "müssen\", sagte in Tarnow ein Anwohner gegenüber dem Lokalradio.\n"), "de")
    assert quotes["Die Brücke hätte längst gesperrt werden müssen"] == "ein Anwohner"
    # "a" + a capitalised word names whom it was said to, not a place
    quotes = _quotes(tmp_path / "es", (
        "Fuego test\n\n"
        "Los bomberos llegaron a las seis. “Vi humo gris saliendo del tejado del almacén”, "
        "contó a El Sur esta vecina.\n"), "es")
    assert quotes["Vi humo gris saliendo del tejado del almacén"] == "esta vecina"


def test_a_witness_described_by_an_age_is_whom_elle_stands_for(tmp_path):
    quotes = _quotes(tmp_path, (
        "Feu test\n\n"
        "Le maire Paul Ravel a visité la salle. D'après la gendarmerie, une cliente de 19 ans "
        "a raconté que la fumée était arrivée par l'escalier. «On ne voyait plus la porte du "
        "vestiaire», a-t-elle déclaré.\n"), "fr")
    assert quotes["On ne voyait plus la porte du vestiaire"] == "une cliente de 19 ans"


def test_the_credit_closing_a_sentence_that_quotes_in_part(tmp_path):
    quotes = _quotes(tmp_path, (
        "Ferry test\n\n"
        "The ferry \"tilted like a toy\", drifting towards the pier, Mara Lind, who was on "
        "the quay, told the Harbour Post.\n\n"
        "It hit the pier with a \"deafening\" bang and the crowd ran, she said.\n"), "en")
    assert quotes["tilted like a toy"] == "Mara Lind"
    assert quotes["deafening"] == "Mara Lind"


def test_a_quotation_paragraph_opened_by_a_conjunction_goes_on(tmp_path):
    quotes = _quotes(tmp_path, (
        "Feu test\n\n"
        "Le maire Paul Ravel a parlé à la radio. Il a déclaré que «les pompiers de Valmont "
        "sont arrivés en huit minutes. Nous saurons bientôt pourquoi l'alarme s'est tue».\n\n"
        "Mais «les expertises du plafond demanderont des mois. Personne ne doit attendre de "
        "réponse avant l'été».\n"), "fr")
    assert quotes["les expertises du plafond demanderont des mois. Personne ne doit attendre "
                  "de réponse avant l'été"] == "Paul Ravel"


def test_a_german_name_after_von_and_before_a_capitalised_kin_noun(tmp_path):
    quotes = _quotes(tmp_path, (
        "Brand test\n\n"
        "Tausende kamen am Samstag nach Tarnow. Das Hochwasser vom Mai hat die Stadt "
        "verändert.\n\n"
        "Viele hörten auf dem Markt die Rede von Lena Moravek, Mutter zweier Feuerwehrleute. "
        "Sie machte klar, worum es gehe: »Die Dämme sind seit Jahren zu niedrig für dieses "
        "Tal.«\n"), "de")
    assert quotes["Die Dämme sind seit Jahren zu niedrig für dieses Tal"] == "Lena Moravek"


def test_german_verb_second_with_the_pronoun_after_the_verb(tmp_path):
    quotes = _quotes(tmp_path, (
        "Brand test\n\n"
        "Auf dem Platz sprach Jonas Berger, Vater eines Feuerwehrmanns. Tief bewegt dankte er "
        "den Helfern, »die drei Nächte am Damm gestanden haben«.\n\n"
        "Er bedankte sich auch beim Roten Kreuz. »Ohne die Sandsäcke wäre die Altstadt "
        "verloren gewesen.«\n"), "de")
    assert quotes["die drei Nächte am Damm gestanden haben"] == "Jonas Berger"
    assert quotes["Ohne die Sandsäcke wäre die Altstadt verloren gewesen"] == "Jonas Berger"
