"""Sentences a page addresses to its reader after the story (issue 13, round 6): a paywall, a
comment form, a request for corrections. The second person or a request word, outside quotation
marks, below the story's last paragraph that does not address the reader, and no echo of the
story's own words.

Every snippet is invented by the project, in the shapes real pages print; each furniture case
has a story counterpart of the nearest shape that must stay story.
"""

from __future__ import annotations

import pytest

from generator.content.cleaning_address import addresses_reader
from tests.conservation import BODY, LEDE, TITLE, page, read, rules, story

LEDE_ES = ("Dos trabajadores resultaron heridos ayer en el incendio de un taller de muebles en el "
           "polígono del norte, según informaron los bomberos de la ciudad.")
BODY_ES = ("Las llamas se extendieron al almacén vecino y los equipos tardaron tres horas en "
           "controlar el fuego, que obligó a cortar la carretera durante la mañana.")
LEDE_DE = ("Bei einem Brand in einer Lagerhalle am Stadtrand ist am Montagabend ein Sachschaden "
           "in sechsstelliger Höhe entstanden, wie die Feuerwehr mitteilte.")
BODY_DE = ("Die Einsatzkräfte waren mit vier Fahrzeugen vor Ort und konnten ein Übergreifen der "
           "Flammen auf das benachbarte Wohnhaus verhindern.")


@pytest.mark.parametrize("text,language,addressed", [
    ("Please give your name below", "en", True),
    ("Your mail address stays private on this page.", "en", True),
    ("Fehler entdeckt? Melden Sie sich gern bei uns.", "de", True),
    ("Sie wurde ins Krankenhaus gebracht.", "de", False),  # "she", at the sentence's start
    ("Tu cuenta está abierta en otra pantalla", "es", True),
    ("IconoTu cuenta está abierta en otra pantalla", "es", True),  # glued widget words
    ("Vous pouvez laisser un avis sous cet article.", "fr", True),
    ("Wilt u reageren op dit bericht?", "nl", True),
    ("21u36", "nl", False),  # a Dutch clock time, no "u" of its own
    ("“You have to leave now,” the officer told residents.", "en", False),  # a quotation
    ("Die Polizei sucht Zeugen.", "de", False),
    ("Read the full story", "en", True),  # a request opening the block
    ("Leia mais", "pt", True),
    ("Follow-up checks are planned for next week.", "en", False),  # half of a compound
    ("Lascia la moglie e due figli.", "it", False),  # a third person, not a request
    ("Sign language interpreters stood by the mayor.", "en", False),  # a noun
])
def test_the_reader_is_addressed_by_the_second_person_or_a_request(text, language, addressed):
    assert addresses_reader(text, language) is addressed


def test_a_comment_form_after_the_story_is_removed():
    c = read(page(TITLE, LEDE, BODY, "Please type your comment", "Please give your name below"))
    assert story(c) == [LEDE, BODY]
    assert rules(c)["Please type your comment"] == "reader-address"


def test_a_request_for_corrections_after_a_german_story_is_removed():
    line = "Fehler entdeckt oder Hinweise? Melden Sie sich gern bei uns."
    c = read(page("Lagerhalle brennt nieder", LEDE_DE, BODY_DE, line), language="de")
    assert story(c) == [LEDE_DE, BODY_DE] and rules(c)[line] == "reader-address"


def test_a_paywall_box_with_a_sentence_without_the_second_person_is_removed_whole():
    box = ["Tu cuenta está abierta en otra pantalla ahora mismo",
           "¿Quieres sumar otro lector a tu cuenta?",
           "Si la lectura sigue en esta pantalla, la otra se cerrará de inmediato.",
           "IconoTu cuenta está abierta en otra pantalla y solo una puede leer a la vez.",
           "Para leer en dos pantallas, amplía tu plan"]
    c = read(page("Incendio en un taller de muebles", LEDE_ES, BODY_ES, *box), language="es")
    assert story(c) == [LEDE_ES, BODY_ES]
    assert all(rules(c)[line] == "reader-address" for line in box)


def test_a_quotation_that_addresses_someone_ends_the_story_and_stays():
    last = "“You have to leave your homes now,” the officer told residents on the river bank."
    c = read(page(TITLE, LEDE, BODY, last))
    assert story(c) == [LEDE, BODY, last]


def test_a_call_about_the_event_after_the_story_stays():
    # The nearest story shape: the outlet tells readers where to find help after the floods; it
    # repeats the story's words (floods, valley, rescue, river), so it is about the event.
    last = ("Anyone whose home was hit by the floods in the valley can call the rescue office; "
            "please visit its page for the river bank shelters.")
    c = read(page(TITLE, LEDE, BODY, last))
    assert story(c) == [LEDE, BODY, last]


def test_an_appeal_inside_the_story_stays():
    appeal = ("If you saw the first flames on the bridge, the police would like to hear from you "
              "on their usual number.")
    c = read(page(TITLE, LEDE, appeal, BODY))
    assert story(c) == [LEDE, appeal, BODY]


def test_a_german_story_ending_on_she_stays():
    last = "Sie wurde mit leichten Verletzungen in ein Krankenhaus gebracht, hieß es am Abend."
    c = read(page("Lagerhalle brennt nieder", LEDE_DE, BODY_DE, last), language="de")
    assert story(c) == [LEDE_DE, BODY_DE, last]


def test_a_page_with_no_story_above_the_addressed_lines_is_left_alone():
    lines = ["Your account is open on another screen right now and will close.",
             "You can read on here once the other screen stops reading this article."]
    c = read(page(*lines), url="https://news.example/a/1")
    assert "reader-address" not in rules(c).values()


def test_a_programme_promotion_opening_with_a_request_is_removed():
    promo = "Mira los programas de la cadena cada noche en nuestra aplicación"
    c = read(page("Incendio en un taller de muebles", LEDE_ES, BODY_ES, promo), language="es")
    assert story(c) == [LEDE_ES, BODY_ES] and rules(c)[promo] == "reader-address"


def test_a_pointer_to_an_embed_after_a_dutch_story_is_removed():
    lede = ("Bij een brand in een loods aan de rand van het dorp is maandagavond een grote "
            "rookwolk ontstaan, meldt de veiligheidsregio.")
    body = ("De brandweer rukte uit met vier wagens en had het vuur na twee uur onder "
            "controle; gewonden vielen er niet.")
    pointer = "Lees verder onder de video."
    c = read(page("Loods brandt af", lede, body, pointer), language="nl")
    assert story(c) == [lede, body] and rules(c)[pointer] == "reader-address"


def test_a_last_paragraph_opening_with_a_compound_stays():
    last = "Follow-up checks of the bridge are planned for next week, engineers said."
    c = read(page(TITLE, LEDE, BODY, last))
    assert story(c) == [LEDE, BODY, last]


def test_a_cut_quotation_under_the_box_stays():
    c = read(page(TITLE, LEDE, BODY, "Please type your comment", "‘D"))
    assert rules(c)["Please type your comment"] == "reader-address"
    assert story(c)[-1] == "‘D"


def test_a_request_to_read_on_elsewhere_flags_the_copy_as_an_excerpt():
    # Removing it must not hide that the copy is part of an article (main flagged it because
    # the line stops without a full stop).
    last = "Leggi l'intero articolo sul sito partner"
    c = read(page(TITLE, LEDE, BODY, last), language="it", url="https://x.example/a/1")
    assert story(c) == [LEDE, BODY] and rules(c)[last] == "reader-address"
    assert c.excerpt


def test_a_comment_form_does_not_flag_a_whole_copy():
    c = read(page(TITLE, LEDE, BODY, "Please type your comment", "Please give your name below"))
    assert not c.excerpt
