"""Story lines shaped like furniture (cleaning round 20, FIDELITY.md; the low shapes review 10
left), in invented snippets:

* a chant or a name said twice, between two sentences of the story, is no doubled button label;
* a numbered list between two sentences of the story is no numbered breadcrumb, separators and
  all, unless it opens at the site's home;
* a copyright sign glued before a sentence of the story leaves the sentence in the story.

Each story case fails on the code before the round; the nearest furniture shapes (a button's
label twice at the page's top or a label that is furniture once, a breadcrumb at the top or
opening at the home page, a copyright notice with a year, a name or reserved rights) stay
removed.
"""

from __future__ import annotations

import pytest

from tests.conservation import BODY, LEDE, TITLE, page, read, rules, story

# ---------------------------------------------------------------- a phrase said twice


@pytest.mark.parametrize(("line", "language"), [
    ("Justice now Justice now", "en"),
    ("New York New York", "en"),
    ("Nie wieder Krieg Nie wieder Krieg", "de"),
    ("Ni una menos Ni una menos", "es"),
    ("Allez Lembara Allez Lembara", "fr"),
])
def test_a_chant_or_name_said_twice_between_sentences_stays_story(line, language):
    c = read(page(TITLE, LEDE, line, BODY), language=language)
    assert line in story(c), rules(c)


def test_a_chant_under_the_line_that_leads_in_to_it_stays_story():
    intro = "As the coffins passed the church, the crowd outside it chanted:"
    c = read(page(TITLE, LEDE, intro, "Justice now Justice now", BODY))
    assert "Justice now Justice now" in story(c), rules(c)


@pytest.mark.parametrize(("line", "language"), [
    ("Go premium Go premium", "en"),
    ("Jetzt abonnieren Jetzt abonnieren", "de"),
])
def test_a_buttons_label_twice_at_the_pages_top_or_end_stays_furniture(line, language):
    for text in (page(line, TITLE, LEDE, BODY), page(TITLE, LEDE, BODY, line)):
        c = read(text, language=language)
        assert rules(c).get(line) == "doubled-label", rules(c)


@pytest.mark.parametrize(("line", "language"), [
    ("Subscribe now Subscribe now", "en"),
    ("Iniciar sesión Iniciar sesión", "es"),
    ("Read more Read more", "en"),
])
def test_a_label_that_is_furniture_once_is_furniture_twice_inside_the_story(line, language):
    c = read(page(TITLE, LEDE, line, BODY), language=language)
    assert line not in story(c) and rules(c).get(line) == "doubled-label", rules(c)


# ---------------------------------------------------------------- a numbered list


@pytest.mark.parametrize("steps", [
    ["1. Millbrook", "2. /", "3. Varno", "4. /", "5. Riverside"],
    ["1. Lembara", "2. »", "3. Veloria", "4. »", "5. Arrow Creek"],
    ["1. Close the valves", "2. >", "3. Open the spillway", "4. >", "5. Leave"],
])
def test_a_numbered_list_with_separators_between_sentences_stays_story(steps):
    c = read(page(TITLE, LEDE, "\n".join(steps), BODY))
    assert all(s in "\n".join(story(c)) for s in steps), rules(c)


def test_a_numbered_list_under_the_line_that_leads_in_to_it_stays_story():
    plan = "The council's plan for the valley has three steps, in this order:"
    steps = ["1. Millbrook", "2. /", "3. Varno", "4. /", "5. Riverside"]
    c = read(page(TITLE, LEDE, plan, "\n".join(steps), BODY))
    assert all(s in "\n".join(story(c)) for s in steps), rules(c)


@pytest.mark.parametrize("steps", [
    ["1. Home", "2. >", "3. News", "4. >", "5. World"],
    ["1. Inicio", "2. »", "3. Sucesos", "4. »", "5. Lembara"],
    ["1. Valleypost.com", "2. >", "3. Panorama", "4. >", "5. Floods"],
])
def test_a_numbered_trail_opening_at_home_is_navigation_anywhere(steps):
    for text in (page(TITLE, LEDE, "\n".join(steps), BODY),
                 page("\n".join(steps), TITLE, LEDE, BODY)):
        c = read(text)
        assert all(rules(c).get(s) == "numbered-trail" for s in steps), rules(c)


def test_a_numbered_trail_above_the_title_is_navigation_whatever_its_first_step():
    steps = ["1. Millbrook", "2. /", "3. Varno", "4. /", "5. Riverside"]
    c = read(page("\n".join(steps), TITLE, LEDE, BODY))
    assert all(rules(c).get(s) == "numbered-trail" for s in steps), rules(c)


def test_a_breadcrumb_on_one_line_stays_navigation():
    c = read(page("Home > News > World", TITLE, LEDE, BODY))
    assert rules(c).get("Home > News > World") == "breadcrumb", rules(c)


# ---------------------------------------------------------------- a copyright sign


@pytest.mark.parametrize(("line", "language"), [
    ("ⓒ The fire brigade reached the plant at noon and found two workers hurt.", "en"),
    ("(c) The mayor said the bridge would stay shut until Monday at the earliest.", "en"),
    ("© Die Feuerwehr erreichte das Werk gegen Mittag und fand zwei verletzte Arbeiter.", "de"),
    ("© Les pompiers sont arrivés à l'usine vers midi et ont trouvé deux blessés.", "fr"),
    ("Ⓒ Los bomberos llegaron a la planta al mediodía y encontraron a dos heridos.", "es"),
])
def test_a_copyright_sign_before_a_story_sentence_leaves_it_in_the_story(line, language):
    c = read(page(TITLE, LEDE, line, BODY), language=language)
    assert line in story(c), rules(c)


@pytest.mark.parametrize(("line", "language"), [
    ("© 2026 Valley Post", "en"),
    ("ⓒ Valley Photo Service", "en"),
    ("© 2026 Valley Post. All rights reserved.", "en"),
    ("© Valley Post – Reproduction interdite sans l'accord de la rédaction, tous droits "
     "réservés.", "fr"),
    ("© 2026 Valley Media Group. Die Inhalte dieser Seite dürfen nicht ohne Erlaubnis der "
     "Redaktion kopiert werden.", "de"),
    ("© Valley Media. Los contenidos de esta página no pueden copiarse sin el permiso de la "
     "redacción.", "es"),
])
def test_a_copyright_notice_stays_furniture(line, language):
    c = read(page(TITLE, LEDE, BODY, line), language=language)
    assert rules(c).get(line) in ("copyright", "copyright-caption"), rules(c)
