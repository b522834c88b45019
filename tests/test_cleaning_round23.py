"""Furniture left in the story of used-up sealed and fresh pages (cleaning round 23, issue 13),
in invented pages of the same shapes; beside each mend, the nearest story shape stays story.
Every case is conserved (tests.conservation)."""

from __future__ import annotations

import pytest

from tests.conservation import BODY, LEDE, TITLE, page, read, rules, story

# --- a cut last paragraph after a picture's credit is story, not the picture's caption ---------


@pytest.mark.parametrize("credit", ["(Image: Reuters)", "© Valley Herald/Jane Roe"])
def test_a_cut_last_paragraph_of_whole_sentences_after_a_credit_is_story(credit):
    last = ("Pictures showed the damage along the river with boats left on the roads. Repair "
            "work is going on across the valley and more than 800 volunteers h")
    c = read(page(TITLE, LEDE, BODY, credit, last))
    assert last in story(c) and c.excerpt


def test_a_caption_of_one_phrase_after_its_credit_still_goes():
    caption = "Boats left on the roads of the valley town after the water fell"
    c = read(page(TITLE, LEDE, BODY, "(Image: Reuters)", caption))
    assert story(c) == [LEDE, BODY] and rules(c)[caption] == "caption-after-credit"
