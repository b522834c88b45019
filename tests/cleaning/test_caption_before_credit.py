"""A wire picture's caption printed above its credit line: it ends on the day the picture was
taken, and the credit follows it. Invented pages; every case is conserved (tests.conservation)."""

from __future__ import annotations

import pytest

from tests.conservation import BODY, LEDE, TITLE, page, read, rules, story

CAPTION = ("Relatives wait for news outside the district hospital in Valmont, North Province, "
           "Sunday, Oct. 2, 2031.")
DATELINE_LEDE = "VALMONT (Wire) — " + LEDE


@pytest.mark.parametrize("caption, credit, language", [
    (CAPTION, "JANE ROE/WIRE PHOTO", "en"),
    ("Rescuers carry a man from the river in Valmont on 2 October 2031.", "Photo: John Doe",
     "en"),
    ("Des secouristes près de la rivière à Valmont, le 2 octobre 2031.", "Photo : John Doe",
     "fr"),
])
def test_a_dated_caption_above_its_credit_is_furniture(caption, credit, language):
    c = read(page(TITLE, caption, credit, DATELINE_LEDE, BODY), language=language)
    assert story(c) == [DATELINE_LEDE, BODY]
    assert rules(c)[caption] == "caption-before-credit"


def test_a_story_paragraph_ending_on_a_date_is_story_without_a_credit_under_it():
    dated = "The dam was last inspected on Sunday, Oct. 2, 2031."
    c = read(page(TITLE, LEDE, dated, BODY))
    assert story(c) == [LEDE, dated, BODY]


def test_a_paragraph_above_a_credit_that_ends_on_no_date_is_story():
    c = read(page(TITLE, LEDE, "JANE ROE/WIRE PHOTO", BODY))
    assert LEDE in story(c)


def test_a_long_paragraph_ending_on_a_date_above_a_credit_is_story():
    long_one = (LEDE + " " + BODY + " The council met twice and the army was called in on "
                "Sunday, Oct. 2, 2031.")
    c = read(page(TITLE, long_one, "JANE ROE/WIRE PHOTO", BODY))
    assert long_one in story(c)
