"""A picture's text printed twice (trial 48): as whole sentences twice in a row, its alternative
text and its caption (``caption-printed-twice``), and bare over its caption that carries the
credit before the text ("Photo: Name - Outlet <the caption>", ``caption-twice``). Invented pages;
each removal fails without its mend (the copies stayed in the story). A story paragraph printed
twice that is told as news (a dateline, the past, someone's words) stays: a scraper's double."""

from __future__ import annotations

import pytest

from tests.conservation import BODY, LEDE, TITLE, page, read, rules, story

CAPTION = "Downtown Kelmford lies in ruins as firefighters water the rubble after the blast."
OTHER = "The prime minister visits the shelter in the school of Kelmford."


def test_captions_printed_twice_in_a_row_go():
    cleaned = read(page(TITLE, LEDE, CAPTION, CAPTION, OTHER, OTHER, BODY))
    assert story(cleaned) == [LEDE, BODY]
    assert rules(cleaned)[CAPTION] == rules(cleaned)[OTHER] == "caption-printed-twice"


@pytest.mark.parametrize("language", ["fr", "es"])
def test_a_caption_printed_twice_goes_in_other_languages(language):
    caption = {"fr": "Des pompiers arrosent les décombres du centre de Valmont après l'explosion.",
               "es": "Los bomberos riegan los escombros del centro de Valmont tras la explosión."
               }[language]
    cleaned = read(page(TITLE, LEDE, caption, caption, BODY), language=language)
    assert caption not in story(cleaned) and rules(cleaned)[caption] == "caption-printed-twice"


@pytest.mark.parametrize("twice", [
    "KELMFORD, Ruritania \u2014 Rescuers dug through the night for the last of the miners.",
    "Rescuers said they would dig through the night for the last of the miners.",
    "The last of the miners were brought out of the shaft at dawn.",
    "\u201cWe will dig through the night,\u201d the chief of the rescuers promised.",
])
def test_a_story_paragraph_printed_twice_stays(twice):
    cleaned = read(page(TITLE, LEDE, twice, twice, BODY))
    assert story(cleaned).count(twice) == 2


def test_a_bare_caption_over_its_credited_copy_goes():
    caption = "Relatives listen to the head of the rail company in the school of Valmont."
    credited = f"Photo: Anne Morel - Le Journal {caption}"
    cleaned = read(page(TITLE, caption, credited, LEDE, BODY), language="en")
    assert caption not in story(cleaned) and credited not in story(cleaned)
    assert rules(cleaned)[caption] == "caption-twice"


@pytest.mark.parametrize(("twice", "language"), [
    ("Douze personnes ont été blessées, dont quatre grièvement, selon les pompiers.", "fr"),
    ("Los bomberos han rescatado a doce personas de los escombros de Valmont.", "es"),
    ("Crews from three towns joined the search at Kelmford on Sunday.", "en"),
])
def test_a_paragraph_told_in_the_news_past_printed_twice_stays(twice, language):
    """The news's past of each language (a perfect, an English "-ed" after its subject) is no
    caption's present: the scraper's double stays story."""
    cleaned = read(page(TITLE, LEDE, twice, twice, BODY), language=language)
    assert story(cleaned).count(twice) == 2
