"""Date stamps and bylines whose values the scraper lost, and a blog template's comment lines
(invented snippets in the shapes of real pages): only the labels of a stamp are left ("Posted
Updated", "Par | publié le , modifié le", "di"), so no date or name rule can see them, and they
stayed in the story on seven sites of the working sets. A story line that opens with the same
label and goes on says something, and stays story; a title whose byline went keeps its place
as the headline above a long standfirst printed without its stop."""

from __future__ import annotations

import pytest

from tests.conservation import page, read, rules, story

TITLE = "Warehouse fire closes the ring road overnight"
LEDE = ("A fire broke out in a storage hall on the edge of the town on Monday night, and crews "
        "worked until the morning to put it out.")
BODY = "Nobody was hurt, the fire service said, and the police are looking into the cause."


@pytest.mark.parametrize("line", [
    "Posted Updated", "UPDATE", "Published", "- Actualisé -", "modifié à ,",
    "Par | publié le , modifié le", "di", "By |", "Fecha Actualización",
])
def test_a_stamp_without_its_values_is_furniture(line):
    c = read(page(TITLE, LEDE, line, BODY))
    assert story(c) == [LEDE, BODY]
    assert rules(c)[line] == "empty-stamp" or line == "By |"


@pytest.mark.parametrize("line", [
    "Update: the ring road reopened to traffic at noon.",
    "Published figures show the hall held two hundred tonnes of paper.",
    "By noon the last crews had left the site.",
])
def test_a_story_line_opening_with_a_stamp_label_is_story(line):
    c = read(page(TITLE, LEDE, line, BODY))
    assert story(c) == [LEDE, line, BODY]


@pytest.mark.parametrize("lines", [
    ("Aucun commentaire:", "Enregistrer un commentaire"),
    ("Nessun commento:", "Posta un commento"),
    ("Keine Kommentare:", "Kommentar veröffentlichen"),
])
def test_a_blog_templates_comment_lines_close_the_story(lines):
    # (the blog's own note on what a comment may say follows, in full sentences)
    note = "Comments that stray from the subject of the post will be deleted by the editors."
    c = read(page(TITLE, LEDE, BODY, *lines, note))
    assert story(c) == [LEDE, BODY]
    assert all(line in rules(c) for line in (*lines, note))


def test_a_title_keeps_the_headline_when_its_empty_byline_is_gone():
    standfirst = ("Crews from three towns worked through the night at the storage hall on the edge "
                  "of the town while the ring road stayed closed")
    c = read(page("Sections", TITLE, "di", standfirst, LEDE, BODY), language="it")
    assert c.headline == TITLE
    assert standfirst in story(c)


@pytest.mark.parametrize("line", [
    "zum Inhalt", "Przejdź do treści", "bottom of page", "Pesquisar este blog",
    "Nombre total de pages vues", "Search This Blog",
])
def test_skip_links_and_a_blog_templates_widget_headings_are_chrome(line):
    c = read(page(line, TITLE, LEDE, BODY, line))
    assert story(c) == [LEDE, BODY] and c.headline == TITLE
    assert rules(c)[line] == "navigation"


def test_a_story_line_about_content_is_story():
    line = "The content of the hall was insured, the owner said on Tuesday."
    c = read(page(TITLE, LEDE, line, BODY))
    assert story(c) == [LEDE, line, BODY]


@pytest.mark.parametrize("line", ["Tag Archiv: Ringstraße", "Tópicos | incêndio",
                                  "Schlagwort: Evakuierung"])
def test_a_tag_archives_heading_is_no_headline(line):
    c = read(page(line, TITLE, LEDE, BODY))
    assert rules(c)[line] == "archive-label" and c.headline == TITLE
    assert story(c) == [LEDE, BODY]


def test_a_crosshead_with_a_colon_is_story():
    line = "Tag zwei: Die Aufräumarbeiten beginnen"
    c = read(page(TITLE, LEDE, line, BODY), language="de")
    assert line in story(c)


@pytest.mark.parametrize("line", [
    "Showing posts with label Floods. Show all posts",
    "Mostrando postagens com marcador ENCHENTES. Mostrar todas as postagens",
])
def test_a_blogs_label_page_notice_is_navigation(line):
    c = read(page(line, line, TITLE, LEDE, BODY))
    assert c.headline == TITLE and story(c) == [LEDE, BODY]
    assert rules(c)[line] == "label-page"


@pytest.mark.parametrize("heading", ["Sur ce sujet", "Autres vidéos"])
def test_a_related_heading_takes_the_titles_under_it(heading):
    titles = ["Incendie dans un entrepôt de la zone industrielle",
              "Deux blessés dans un accident sur la route départementale"]
    c = read(page(TITLE, LEDE, BODY, heading, *titles))
    assert story(c) == [LEDE, BODY]
    assert rules(c)[heading] == "related-header" and all(t in rules(c) for t in titles)



@pytest.mark.parametrize("line", ["Spread the love", "Partagez sur :",
                                  "Enviar noticia por correo electrónico"])
def test_a_share_widgets_label_is_furniture(line):
    c = read(page(TITLE, LEDE, line, BODY))
    assert story(c) == [LEDE, BODY] and rules(c)[line] == "share-buttons"


def test_a_sentence_that_opens_like_a_share_label_is_story():
    line = "Share on the costs of the clean-up is still being argued over by the two councils."
    c = read(page(TITLE, LEDE, line, BODY))
    assert line in story(c)
