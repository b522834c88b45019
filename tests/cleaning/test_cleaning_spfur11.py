"""Shapes of the spent sealed sets s30-s35 (pages the rules were never written on, now
development pages), each seen in three sets or more: a short line speaking to the reader about
the page itself (a share box, a newsletter pitch, a request for corrections) between paragraphs
of the story. All sentences are invented; each shape stands beside a near one that must stay
story."""

from __future__ import annotations

from tests.conservation import read, rules, story

EN = ["Barn fire at Millbrook farm kills forty sheep",
      "Forty sheep died when a barn burned down on a farm outside Millbrook early on Friday, "
      "the county fire service said.",
      "Crews from three stations fought the blaze for four hours before it was under control.",
      "The farmer, who was not hurt, said the cause was not yet known."]


def test_a_share_box_between_two_paragraphs_is_removed():
    box = "Share Send this story by email Your account has to be signed in to forward this page."
    c = read("\n\n".join(EN[:2] + [box] + EN[2:]) + "\n", language="en")
    assert rules(c).get(box) == "page-request"
    assert story(c) == EN[1:]


def test_a_line_telling_the_reader_what_to_do_about_the_fire_is_story():
    line = "If you see smoke near the farm roads, keep your windows closed tonight."
    c = read("\n\n".join(EN[:2] + [line] + EN[2:]) + "\n", language="en")
    assert story(c) == [EN[1], line] + EN[2:]


def test_a_story_line_naming_a_page_but_not_the_reader_is_story():
    line = "The council put a list of closed farm roads on its web page on Friday."
    c = read("\n\n".join(EN[:2] + [line] + EN[2:]) + "\n", language="en")
    assert story(c) == [EN[1], line] + EN[2:]


def test_an_appeal_to_email_the_firefighters_or_visit_a_website_is_story():
    # the page's nouns count only as its own ("this article", "our app"), not someone else's
    for line in ("If you have photos of the barn before the fire, please email the county "
                 "station.",
                 "If you lost animals, you can find help on the farmers' union website."):
        c = read("\n\n".join(EN[:2] + [line] + EN[2:]) + "\n", language="en")
        assert story(c) == [EN[1], line] + EN[2:]


FR = ["Un incendie ravage une scierie à Valbonne",
      "Un violent incendie a détruit mardi soir une scierie de Valbonne, sans faire de blessé, "
      "selon les pompiers du département.",
      "Une soixantaine de pompiers ont été mobilisés pendant toute la nuit pour protéger les "
      "maisons voisines.",
      "Les gendarmes cherchent encore ce qui a pu allumer le feu."]


def test_a_request_for_corrections_under_the_headline_is_removed():
    line = "Vous avez une information à nous transmettre ou vous avez vu une erreur ?"
    c = read("\n\n".join(FR[:1] + [line] + FR[1:]) + "\n", language="fr")
    assert rules(c).get(line) == "page-request"
    assert story(c) == FR[1:]


def test_advice_to_neighbours_in_the_second_person_is_story():
    line = "Si vous habitez près de la scierie, gardez vos fenêtres fermées ce mercredi."
    c = read("\n\n".join(FR[:2] + [line] + FR[2:]) + "\n", language="fr")
    assert story(c) == [FR[1], line] + FR[2:]


PL = ["Powódź w Nowym Targu",
      "Trzy domy zostały zalane po ulewie, która w nocy przeszła nad Nowym Targiem, "
      "poinformowała straż pożarna.",
      "Strażacy wypompowywali wodę z piwnic do rana, a droga krajowa była zamknięta przez pięć "
      "godzin."]


def test_a_newsletter_pitch_after_a_greeting_is_removed():
    pitch = "Dobrze, że czytasz nasze teksty. Zapisz się na newsletter, aby dostawać je rano."
    credit = "Źródło: PAP"
    c = read("\n\n".join(PL + [pitch, credit]) + "\n", language="pl")
    assert rules(c).get(pitch) == "page-request"
    assert story(c) == PL[1:]


def test_a_request_quoted_from_the_firefighters_is_story():
    line = "- Zapiszcie numer alarmowy i nie schodźcie do piwnic - apelowali strażacy."
    c = read("\n\n".join(PL + [line]) + "\n", language="pl")
    assert story(c) == PL[1:] + [line]
