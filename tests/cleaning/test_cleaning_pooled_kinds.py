"""Kinds of furniture that cleaning round 16 found kept on several sites when it pooled the
kept lines of every fresh working set (FIDELITY.md, "Cleaning", round 16), in invented snippets:

* a caption whose picture credit is glued on without a colon: the copyright sign with no
  separator before it, the picture's label and an agency ("…yesterday.Picture AGENCY", or that
  label and agency alone on a line), the Polish abbreviation "fot." before the photographer;
* a heading over other articles that says "more news" or "further reports" in the page's
  language ("Weitere Meldungen", "Otras noticias"), which the words table lacked;
* a box or a feature the page keeps for its subscribers ("Commenting is exclusive to
  subscribers", "The rest is reserved for our subscribers");
* "written by" and an editing credit ("Edição: Name") in the page's language, which the byline
  words had only in English, a skip link over the title that was taken for the headline, and
  the writer's name printed alone over the byline that repeats it.

Each furniture case fails without its change; the story shapes nearest to them (a sentence that
ends on a picture's subject, a crosshead that begins with "Weitere", a story's subscribers of
someone else, counted subscribers, a story line that opens with "Edição", a speaker's name over
an answer) stay story.
"""

from __future__ import annotations

import pytest

from tests.conservation import BODY, LEDE, TITLE, page, read, rules, story


@pytest.mark.parametrize(("line", "language"), [
    ("Rescuers on the flooded square in the upper town © nn", "en"),
    ("Ratownicy na zalanym placu, zdjęcie ilustracyjne fot. jan kowalski", "pl"),
    ("Fietsers op de dijk bij het dorp gisteren.Beeld anp", "nl"),
    ("Beeld EPA", "nl"),
    ("Bomberos en la plaza inundada. Foto EFE", "es"),
])
def test_a_caption_with_its_credit_glued_on_without_a_colon(line, language):
    c = read(page(TITLE, LEDE, line, BODY), language=language)
    assert rules(c).get(line) == "picture-credit-tail", rules(c)
    assert story(c) == [LEDE, BODY]


@pytest.mark.parametrize(("line", "language"), [
    ("The picture shows the damage to the old bridge", "en"),
    ("We saw the photo AP reporters took of the bridge.", "en"),
    ("Na zdjęciu widać zniszczony most w dolinie", "pl"),
])
def test_a_line_about_a_picture_without_a_credit_stays_story(line, language):
    c = read(page(TITLE, LEDE, line, BODY), language=language)
    assert story(c) == [LEDE, line, BODY], rules(c)


@pytest.mark.parametrize(("heading", "language"), [
    ("Weitere Meldungen", "de"),
    ("Weitere Themen", "de"),
    ("Otras noticias", "es"),
    ("Altre notizie", "it"),
    ("Mais notícias", "pt"),
    ("Autres actualités", "fr"),
    ("Meer nieuws", "nl"),
])
def test_a_more_news_heading_is_a_related_heading(heading, language):
    c = read(page(TITLE, LEDE, BODY, heading), language=language)
    assert rules(c).get(heading) == "related-header", rules(c)
    assert story(c) == [LEDE, BODY]


def test_a_crosshead_that_begins_with_weitere_stays_story():
    crosshead = "Weitere Verletzte im Krankenhaus"
    c = read(page(TITLE, LEDE, crosshead, BODY), language="de")
    assert story(c) == [LEDE, crosshead, BODY], rules(c)


@pytest.mark.parametrize(("line", "language"), [
    ("Esta sección es exclusiva para suscriptores.", "es"),
    ("Votar es una opción exclusiva para suscriptores", "es"),
    ("Cette rubrique est réservée à nos abonnés.", "fr"),
    ("This feature is only for subscribers.", "en"),
    ("Only for subscribers", "en"),
    ("Questa funzione è riservata agli abbonati", "it"),
])
def test_a_box_kept_for_subscribers_is_furniture(line, language):
    c = read(page(TITLE, LEDE, BODY, line), language=language)
    assert rules(c).get(line) == "subscribers-only", rules(c)
    assert story(c) == [LEDE, BODY]
    assert not c.excerpt  # a prompt, not a wall: the article is not known to be cut


@pytest.mark.parametrize(("line", "language"), [
    # someone else's subscribers, and subscribers counted
    ("El servicio es solo para suscriptores de la compañía eléctrica.", "es"),
    ("Unos 3.000 suscriptores se quedaron sin luz durante la noche.", "es"),
    ("Des milliers d'abonnés restaient privés de courant dimanche soir.", "fr"),
    ("The offer was open only to subscribers of the paper in 2019.", "en"),
    # review 6: "only" after a verb of what happened, not after "is", tells the story
    ("The flood warning was sent only to subscribers.", "en"),
    ("La alerta de la presa llegó solo a los suscriptores.", "es"),
    ("Le message d'alerte a été envoyé uniquement aux abonnés.", "fr"),
])
def test_a_story_line_about_subscribers_stays_story(line, language):
    c = read(page(TITLE, LEDE, line, BODY), language=language)
    assert story(c) == [LEDE, line, BODY], rules(c)


@pytest.mark.parametrize(("line", "language"), [
    ("Écrit par Jeanne Martin", "fr"),
    ("Escrito por Ana Souza", "pt"),
    ("Edição: Ana Souza", "pt"),
    ("Edición: Lucía Gómez", "es"),
    ("Scritto da Marco Rossi", "it"),
    ("Geschrieben von Anna Becker", "de"),
    ("Geschreven door Sanne de Vries", "nl"),
])
def test_written_by_and_an_editing_credit_in_the_page_language_are_a_byline(line, language):
    c = read(page(TITLE, line, LEDE, BODY), language=language)
    assert rules(c).get(line) == "byline", rules(c)
    assert story(c) == [LEDE, BODY]


@pytest.mark.parametrize(("line", "language"), [
    ("Edição especial do festival de inverno", "pt"),
    ("Escrito por ella misma, el diario del viaje se publicó en 1950.", "es"),
])
def test_those_words_opening_a_story_line_stay_story(line, language):
    c = read(page(TITLE, LEDE, line, BODY), language=language)
    assert story(c) == [LEDE, line, BODY], rules(c)


def test_a_skip_link_over_the_title_is_chrome_and_the_title_the_headline():
    c = read(page("Direct naar artikelinhoud", TITLE, LEDE, BODY), language="nl")
    assert c.headline == TITLE and story(c) == [LEDE, BODY], rules(c)


@pytest.mark.parametrize(("name", "byline", "language"), [
    ("Jeanne Martin", "Par Jeanne Martin Publié le 3 mai 2031 à 9h00", "fr"),
    ("Anna Nowak", "Anna Nowak 03.05.2031 09:00", "pl"),
])
def test_a_name_over_the_byline_that_prints_it_again_is_the_byline(name, byline, language):
    c = read(page(TITLE, name, byline, LEDE, BODY), language=language)
    assert rules(c).get(name) == "byline-name-twice", rules(c)
    assert story(c) == [LEDE, BODY]


def test_a_name_over_a_story_line_or_another_writers_byline_stays():
    speaker = "Jeanne Martin"
    answer = "Nous avons vu l'eau monter en quelques minutes dans la rue principale."
    c = read(page(TITLE, LEDE, speaker, answer, BODY), language="fr")
    assert story(c) == [LEDE, speaker, answer, BODY], rules(c)
    other = "Par Paul Durand Publié le 3 mai 2031 à 9h00"
    c = read(page(TITLE, LEDE, speaker, other, BODY), language="fr")
    assert "byline-name-twice" not in rules(c).values(), rules(c)
