"""A list the story announces with a colon ends the page: the names of the dead under "The dead
were named as:" are the story's, not trailing credits (which gave the page a victim's name as
its agency), and the last name without a full stop does not make the copy a cut excerpt.
Beside each case the nearest furniture shape is still removed. Invented pages; every case is
conserved (tests.conservation)."""

from __future__ import annotations

import pytest

from tests.conservation import BODY, LEDE, TITLE, page, read, rules, story

NAMES = ["Anna Kelm", "Piet Varnsen", "Jo Morrow"]


@pytest.mark.parametrize("announcer", [
    "The dead were named by the district police on Monday as:",
    "Among those still in hospital on Monday night were:",
])
def test_names_under_an_announcing_sentence_are_story(announcer):
    c = read(page(TITLE, LEDE, BODY, announcer, *NAMES))
    assert story(c)[-4:] == [announcer, *NAMES]
    assert c.via is None and not c.excerpt


def test_one_name_under_an_announcing_sentence_is_a_whole_copy():
    c = read(page(TITLE, LEDE, BODY, "The dead worker was named by the police as:", "Anna Kelm"))
    assert story(c)[-1] == "Anna Kelm" and not c.excerpt


def test_a_short_line_of_prose_under_a_colon_is_still_a_cut_copy():
    """"He added:" and a few words of a sentence that stop: the copy was cut inside the
    quotation, whatever announced it."""
    c = read(page(TITLE, LEDE, BODY, "The mayor spoke to reporters on Monday and added:",
                  "We will rebuild the"))
    assert c.excerpt


def test_an_agency_name_after_the_story_is_still_its_credit():
    c = read(page(TITLE, LEDE, BODY, "Reuters"))
    assert story(c) == [LEDE, BODY] and c.via == "Reuters"


def test_names_after_a_prompt_to_the_reader_are_no_list_of_the_story():
    """A line that speaks to the reader announces the site's links, not the story's list."""
    c = read(page(TITLE, LEDE, BODY, "Read more of our coverage here:", "Floods in Kelm",
                  "Storm hits the Varn coast"))
    assert story(c) == [LEDE, BODY] and "Floods in Kelm" in rules(c)
