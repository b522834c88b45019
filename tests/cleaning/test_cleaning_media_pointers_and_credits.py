"""Furniture that cleaning round 17 found kept on its working pages (FIDELITY.md, "Cleaning",
round 17), in invented snippets:

* a line that sends the reader to the page's video or pictures, worded by the site ("See the
  videos:", "Click below and watch the video of the rescue", "Includes photo gallery");
* a video player's box as text: the clip's length, then its title;
* a back-to-top button named with its own word and "of the page" in the page's language;
* a "read also" heading with the other article's title glued after it, without a colon;
* a weekday and its date without the year, alone on a line over the title (it had been taken
  for the headline);
* a caption closed by "Credit: Name/Agency" or by a photographer's initials after a slash;
* a list of other articles whose entries each come with their picture's credit;
* the lines of an embedded post printed between its attribution and its link.

Each furniture case fails without its change; the story shapes nearest to them (a sentence about
a video, a sentence that opens with the "read also" words, a crosshead with a weekday in it, a
cut paragraph after a caption that carries its own credit, a paragraph after a "see also"
heading) stay story.
"""

from __future__ import annotations

import pytest

from tests.conservation import BODY, LEDE, TITLE, page, read, rules, story


@pytest.mark.parametrize(("line", "language"), [
    ("Veja o vídeo:", "pt"),
    ("Clique abaixo e assista ao vídeo do resgate na serra", "pt"),
    ("- Incluye fotogalería", "es"),
    ("Watch the video of the rescue at Millbrook", "en"),
    ("Guarda le immagini del crollo", "it"),
])
def test_a_line_sending_the_reader_to_the_video_is_furniture(line, language):
    c = read(page(TITLE, LEDE, line, BODY), language=language)
    assert rules(c).get(line) == "media-pointer", rules(c)
    assert story(c) == [LEDE, BODY]


@pytest.mark.parametrize(("line", "language"), [
    ("Watch the video the neighbours filmed: it shows the roof falling in.", "en"),
    ("Veja os números da Defesa Civil:", "pt"),
    ("Incluye a los tres bomberos heridos en la cuenta oficial", "es"),
])
def test_a_sentence_about_a_video_stays_story(line, language):
    c = read(page(TITLE, LEDE, line, BODY), language=language)
    assert story(c) == [LEDE, line, BODY], rules(c)


def test_a_video_players_length_and_title_are_furniture():
    line = "Dauer 0:41 min Großbrand in Kleinfelden Großbrand in Kleinfelden"
    c = read(page(TITLE, LEDE, line, BODY), language="de")
    assert rules(c).get(line) == "player-length" and story(c) == [LEDE, BODY], rules(c)


@pytest.mark.parametrize("line", [
    "Botón volver arriba de la página",
    "Torna su della pagina",
    "Terug naar boven",
])
def test_a_back_to_top_button_is_furniture(line):
    c = read(page(TITLE, LEDE, BODY, line))
    assert rules(c).get(line) == "back-to-top" and story(c) == [LEDE, BODY], rules(c)


@pytest.mark.parametrize(("line", "language"), [
    ("Leggi anche Allerta meteo arancione in cinque regioni: rischio temporali", "it"),
    ("Lire aussi Tempête sur la côte nord : trois blessés à Port-Vallon", "fr"),
    ("Read also Storm warning for five counties", "en"),
])
def test_a_read_also_heading_with_its_title_glued_on_is_a_related_link(line, language):
    c = read(page(TITLE, LEDE, line, BODY), language=language)
    assert rules(c).get(line) == "related-link" and story(c) == [LEDE, BODY], rules(c)


@pytest.mark.parametrize("line", [
    "Also on Monday, the council opened a second shelter in the school.",
    "Leggi anche tu il bollettino della protezione civile, ha detto il sindaco.",
])
def test_a_sentence_opening_with_the_read_also_words_stays_story(line):
    c = read(page(TITLE, LEDE, line, BODY))
    assert story(c) == [LEDE, line, BODY], rules(c)


@pytest.mark.parametrize(("stamp", "language"), [
    ("giovedì, Marzo 12", "it"),
    ("Wednesday, January 15", "en"),
    ("mardi 14 janvier", "fr"),
])
def test_a_weekday_and_its_date_over_the_title_is_a_stamp_not_the_headline(stamp, language):
    c = read(page(stamp, TITLE, LEDE, BODY), language=language)
    assert rules(c).get(stamp) == "weekday-date", rules(c)
    assert c.headline == TITLE and story(c) == [LEDE, BODY]


def test_a_crosshead_with_a_weekday_in_it_stays_story():
    crosshead = "Wednesday, a day of mourning"
    c = read(page(TITLE, LEDE, crosshead, BODY))
    assert story(c) == [LEDE, crosshead, BODY], rules(c)


@pytest.mark.parametrize(("caption", "language"), [
    ("Front of the block whose garage the flames reached. /J. R.", "en"),
    ("Exterior del bloque cuyo garaje alcanzaron las llamas. / J. R.", "es"),
    ("Residents of Millbrook clear mud from the high street after the flood Credit: "
     "Jane Roe/Valley Wire", "en"),
])
def test_a_caption_closed_by_its_credit_is_furniture(caption, language):
    c = read(page(TITLE, LEDE, caption, BODY), language=language)
    assert rules(c).get(caption) == "picture-credit-tail" and story(c) == [LEDE, BODY], rules(c)


def test_the_cut_paragraph_after_a_caption_with_its_own_credit_stays_story():
    caption = ("Residents of Millbrook clear mud from the high street after the flood Credit: "
               "Jane Roe/Valley Wire")
    cut = "Jane Doe, a forecaster for the valley office, said: \"The worst of the rain is going to"
    c = read(page(TITLE, LEDE, BODY, caption, cut))
    assert story(c) == [LEDE, BODY, cut], rules(c)


def test_a_related_list_whose_entries_carry_their_pictures_credit_is_furniture():
    entries = ["© Jane Roe/Valley Wire", "Millbrook wins the valley derby in extra time",
               "© John Doe/Coast Agency", "Second shelter opens in the district school",
               "© Ann Poe/Valley Wire", "New bridge over the river to open in spring"]
    c = read(page(TITLE, LEDE, BODY, "See also", *entries), language="en")
    assert story(c) == [LEDE, BODY], rules(c)
    assert {rules(c)[t] for t in entries[1::2]} == {"related-header"}


def test_a_paragraph_after_a_see_also_heading_and_a_credit_stays_story():
    paragraph = ("The mayor said on Monday that the district school would stay open as a shelter "
                 "until the last families could go home.")
    c = read(page(TITLE, LEDE, "See also", "© Jane Roe/Valley Wire", paragraph, BODY),
             language="en")
    assert paragraph in story(c), rules(c)


def test_the_lines_of_an_embedded_post_between_its_attribution_and_its_link_are_furniture():
    post = ["For Tuesday:", "— Valley Weather (@valleyweather) October 8, 2024",
            "5 districts on orange alert", "For Wednesday:", "19 districts on orange alert",
            "Stay safe https://t.co/abcdEFGH12 pic.twitter.com/abcdEFGH12"]
    c = read("\n".join([TITLE, "", LEDE, *post, BODY]) + "\n", language="en")
    assert story(c) == [LEDE, BODY], rules(c)


def test_a_pointer_shaped_title_on_the_first_line_is_the_headline():
    title = "Watch the moment the old bridge falls in new footage"
    c = read(page(title, LEDE, BODY), language="en")
    assert c.headline == title and story(c) == [LEDE, BODY], rules(c)


def test_the_story_between_two_embedded_posts_stays_story():
    # the common order is the post's text with its link, then its attribution: a link with an
    # attribution under it is the next post's, and the paragraphs before it are story (round
    # 17's rule took them as the first post's lines)
    first = ["Smoke over the depot this morning pic.twitter.com/abcdEFGH12",
             "— Jane Roe (@janeroe) April 15, 2031"]
    between = ["The roof of the depot fell in shortly after midnight, witnesses said.",
               "Nobody was hurt, according to the county."]
    second = ["Crews are still on site pic.twitter.com/ijklMNOP34",
              "— Valley Fire (@valleyfire) April 15, 2031"]
    c = read("\n\n".join([TITLE, LEDE, *first, *between, *second, BODY]) + "\n", language="en")
    assert story(c) == [LEDE, *between, BODY], rules(c)


@pytest.mark.parametrize(("line", "language"), [
    ("Also on Monday, the mayor said: “We will rebuild the depot.”", "en"),
    ("Lire aussi Le maire a promis : « Nous reconstruirons le dépôt. »", "fr"),
])
def test_a_quotation_after_the_read_also_words_is_story(line, language):
    # the glued-title rule of round 17 took a paragraph ending in a closing quotation mark
    # (no full stop last) for a link to another article
    c = read(page(TITLE, LEDE, line, BODY), language=language)
    assert story(c) == [LEDE, line, BODY], rules(c)


@pytest.mark.parametrize(("line", "language"), [
    ("Also on Monday, the council listed the streets that stay closed:", "en"),
    ("Also on Monday, the river rose again. Crews said 40 homes in Millbrook were flooded", "en"),
    ("Zum Thema Hochwasser äußerte sich der Bürgermeister von Kleinfelden am Montag so:", "de"),
    ("Also on Monday, the river rose again and again…", "en"),
])
def test_a_paragraph_after_the_read_also_words_ending_on_no_titles_end_is_story(line, language):
    # review 7: the glued-title rule took a paragraph ending in a colon (a list or a quotation
    # follows), one holding two sentences, or one ending in an ellipsis for a link; no title
    # has a sentence's end inside it or ends on a colon or an ellipsis
    c = read(page(TITLE, LEDE, line, BODY), language=language)
    assert story(c) == [LEDE, line, BODY], rules(c)


def test_a_crosshead_with_credits_as_a_noun_stays_story():
    # review 7: round 17's "Credit:" label read case-blind took a crosshead whose noun is
    # "credits" for a caption closed by its credit
    crosshead = "Tax credits: Northfield families first"
    c = read(page(TITLE, LEDE, crosshead, BODY))
    assert story(c) == [LEDE, crosshead, BODY], rules(c)
