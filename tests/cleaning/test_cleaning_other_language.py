"""Passages in another language than the page's are furniture when they come as a post (two
or more in a row, or one next to an embedded post's link), in invented pages; one foreign
sentence alone, a quotation in its own language, a kin language and a page mostly in
"another" language stay. Every case is conserved
(tests.conservation)."""

from __future__ import annotations

import pytest

from tests.conservation import page, read, rules, story

TITLE = "Une attaque fait trois blessés à Neuville"
LEDE = ("Une attaque a fait trois blessés vendredi soir dans le centre de Neuville, a annoncé la "
        "police, qui a bouclé le quartier pendant plusieurs heures.")
BODY = ("Les secours ont transporté les victimes à l'hôpital régional, où deux d'entre elles "
        "étaient toujours soignées samedi matin, selon la préfecture.")
POST = ["+++ EILMELDUNG +++",
        "Derzeit läuft ein größerer Polizeieinsatz in der Innenstadt von Neustadt.",
        "Bitte meiden Sie den Bereich rund um den Marktplatz und folgen Sie unseren Hinweisen."]
LINK = ("Mehr dazu in Kürze. pic.twitter.com/AbC123xyz — Polizei Neustadt (@polizei_ns) "
        "4. Mai 2024")


def test_an_embedded_post_in_another_language_goes_with_its_short_lines():
    c = read(page(TITLE, LEDE, *POST, LINK, BODY), language="fr")
    assert story(c) == [LEDE, BODY]
    got = rules(c)
    assert [got[line] for line in POST] == ["other-language"] * 3


def test_two_foreign_lines_in_a_row_go_without_a_post_link():
    c = read(page(TITLE, LEDE, *POST[1:], BODY), language="fr")
    assert story(c) == [LEDE, BODY]
    assert [rules(c)[line] for line in POST[1:]] == ["other-language"] * 2


def test_one_foreign_sentence_alone_stays():
    # a quotation printed without its marks, a motto: one sentence is no proof of a post
    c = read(page(TITLE, LEDE, POST[1], BODY), language="fr")
    assert story(c) == [LEDE, POST[1], BODY]


def test_one_foreign_paragraph_after_a_paragraph_naming_its_network_is_the_post():
    # s19: the story says the post was on a network, then the post follows in its language
    told = ("Sur Twitter, la police de Neustadt a demandé aux habitants d'éviter le centre-ville "
            "jusqu'à nouvel ordre.")
    c = read(page(TITLE, LEDE, told, POST[1], BODY), language="fr")
    assert story(c) == [LEDE, told, BODY]
    assert rules(c)[POST[1]] == "other-language"


@pytest.mark.parametrize(("end", "cut"), [("und die Innenstadt zu m", True),
                                          ("und folgen Sie den Hinweisen der", True),
                                          ("und die Innenstadt zu meiden", False)])
def test_a_page_that_stops_inside_its_last_post_is_cut(end, cut):
    told = ("Sur Twitter, la police de Neustadt a demandé aux habitants d'éviter le centre-ville "
            "jusqu'à nouvel ordre.")
    post = "Bitte meiden Sie den Bereich rund um den Marktplatz " + end
    c = read(page(TITLE, LEDE, BODY, told, post), language="fr")
    assert rules(c)[post] == "other-language"
    assert c.excerpt is cut


def test_one_foreign_paragraph_after_a_paragraph_naming_no_network_stays():
    told = "La police de Neustadt a demandé aux habitants d'éviter le centre-ville samedi."
    c = read(page(TITLE, LEDE, told, POST[1], BODY), language="fr")
    assert story(c) == [LEDE, told, POST[1], BODY]


def test_a_quotation_in_its_own_language_stays():
    quoted = "« Bitte meiden Sie den Bereich rund um den Marktplatz », a écrit la police locale."
    german = "„Bitte meiden Sie den Bereich rund um den Marktplatz und die Innenstadt“"
    c = read(page(TITLE, LEDE, quoted, german, BODY), language="fr")
    assert story(c) == [LEDE, quoted, german, BODY]


def test_a_kin_language_is_no_other_language():
    lede = ("La policía confirmó el viernes que tres personas resultaron heridas en el centro de "
            "Villanueva, donde el tráfico estuvo cortado durante horas.")
    catalan = ("Els serveis d'emergència van atendre els ferits a la plaça major i els van "
               "traslladar a l'hospital comarcal.")
    c = read(page("Tres heridos en Villanueva", lede, catalan), language="es")
    assert story(c) == [lede, catalan]


def test_a_page_mostly_in_another_language_keeps_its_text():
    # given the wrong language, the page is not emptied: the "foreign" text is its majority
    c = read(page(TITLE, *POST[1:]), language="fr")
    assert story(c) == POST[1:]
