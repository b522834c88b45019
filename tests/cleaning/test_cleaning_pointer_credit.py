"""A bare "Read:"/"See:" pointing to another article, and a caption closed by its credit after a
slash (issue 13, round 7), in invented snippets.

Both shapes were furniture on every site of the fresh working pages where they were labelled
(six sites for a pointer word with its colon and a title, about ten for a credit after a slash)
and on no story line of dev or of any fresh set (FIDELITY.md, "Cleaning", round 7). Each
furniture case fails without its rule; the story shapes nearest to them (an interview's answer
after a name and a colon, a quoted "See: …", a crosshead or a title with a slash, a speed in
km/h, a cut last line) stay story.
"""

from __future__ import annotations

import pytest

from tests.conservation import BODY, LEDE, TITLE, page, read, rules, story


@pytest.mark.parametrize("line", [
    "Read: Storm closes three schools in the upper valley",
    "See: Ten photos of the river at its highest",
    "ZOBACZ: Pożar hali magazynowej na obrzeżach miasta",
    "Veja: Chuva forte fecha duas estradas no vale",
    "Leggi: Crolla un ponte sul torrente, nessun ferito",
])
def test_a_bare_pointer_with_a_title_is_a_link_to_another_article(line):
    c = read(page(TITLE, LEDE, line, BODY))
    assert rules(c).get(line) == "related-link", rules(c)
    assert story(c) == [LEDE, BODY]


@pytest.mark.parametrize("line", [
    "Un camión de bomberos, en una imagen de archivo/VNA",
    "Dom po wybuchu gazu / Komenda Miejska Straży Pożarnej w Dolinie /",
    "Houses under water on the river bank / Valley Fire Brigade /",
])
def test_a_caption_closed_by_its_credit_after_a_slash(line):
    c = read(page(TITLE, LEDE, line, BODY))
    assert rules(c).get(line) == "picture-credit-tail", rules(c)
    assert story(c) == [LEDE, BODY]


@pytest.mark.parametrize("line", [
    # an interview's answer after the speaker's name (a first name that is also an imperative
    # elsewhere: Spanish "Lea", German "Lies" are not pointer words)
    "Lea: Vimos el fuego desde la ventana y bajamos corriendo con los niños.",
    # someone speaking, in quotation marks
    "“See: this is what the water did to our street,” the mayor told reporters.",
    # the pointer word inside a sentence, or without its colon
    "See the map below for the roads that remain closed on Sunday.",
    "Read more than 40 names were on the list of the missing, the police said.",
    # a slash in the story: a speed, a crosshead of two topics
    "Winds reached 120 km/h on Sunday, the weather service said.",
    "The river / The dike",
])
def test_story_shapes_nearest_to_them_stay_story(line):
    c = read(page(TITLE, LEDE, line, BODY))
    assert story(c) == [LEDE, line, BODY], rules(c)


def test_a_title_with_a_slash_is_still_the_headline():
    title = "Floods close roads in Dolina / Upper Valley"
    c = read(page(title, LEDE, BODY))
    assert c.headline == title and story(c) == [LEDE, BODY]


def test_a_cut_last_line_with_a_pointer_word_stays_story():
    cut = "See: the rescuers said the wa"
    c = read(page(TITLE, LEDE, BODY, cut))
    assert story(c) == [LEDE, BODY, cut], rules(c)
