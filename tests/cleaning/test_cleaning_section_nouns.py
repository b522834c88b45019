"""A news section named with a frequent noun of the stop lists ("World", "Monde", "Mundo") is a
label, not a function word (spfur13: a world-news section over the title on one site, closing
the page on two others, three events): a label of such nouns over the title is removed
(``bare-label``), and one alone under the story is the section's name (``trailing-section``),
not a paragraph cut after its first word, so the copy is not flagged as cut either. Each case
fails without :data:`generator.text.languages.SECTION_NOUNS`. A function word alone under the
story, the noun in lower case and a phrase joined by a function word stay the story's.
Invented pages."""

from __future__ import annotations

import pytest

from generator.text.languages import has_function_word
from tests.conservation import page, read, rules, story

EN = ["Floods kill 40 in the Varno valley",
      "The death toll from the floods in the Varno valley rose to 40 on Saturday, the regional "
      "health office said.",
      "Rescue teams reached the last cut-off village by boat on Sunday morning."]
FR = ["Intoxication mortelle dans un chalet de Varno",
      "Trois touristes sont morts dans un chalet de Varno, a annoncé la police lundi soir.",
      "Une enquête a été ouverte pour déterminer les causes exactes des décès."]
ES = ["Tres muertos en un incendio en Varno",
      "Tres personas murieron en el incendio de una nave industrial en Varno, informaron los "
      "bomberos el lunes.",
      "La policía investiga las causas del fuego."]
PAGES = {"en": EN, "fr": FR, "es": ES}
URL = "https://valleypost.example/floods-kill-40-in-the-varno-valley-3869"


@pytest.mark.parametrize(("lang", "section"), [("fr", "Monde"), ("en", "World"),
                                                ("es", "Mundo"), ("en", "- World")])
def test_a_section_name_closing_the_page_is_removed(lang, section):
    parts = PAGES[lang]
    c = read(page(*parts, section), language=lang)
    assert rules(c).get(section) == "trailing-section"
    assert story(c) == parts[1:]
    assert not c.excerpt


def test_a_label_of_section_nouns_over_the_title_is_removed():
    c = read(page("World Media", EN[0], EN[0], *EN[1:]), language="en", url=URL)
    assert rules(c).get("World Media") == "bare-label"
    assert c.headline == EN[0]
    assert not has_function_word("World Media", "en")


@pytest.mark.parametrize(("lang", "last"), [("en", "The"), ("fr", "Selon"), ("fr", "monde")])
def test_a_cut_paragraph_under_the_story_stays(lang, last):
    parts = PAGES[lang]
    c = read(page(*parts, last), language=lang)
    assert story(c) == [*parts[1:], last]
    assert c.excerpt


def test_a_phrase_with_a_function_word_keeps_it():
    assert has_function_word("Tragedy in the world", "en")
    assert has_function_word("Le monde en deuil", "fr")
