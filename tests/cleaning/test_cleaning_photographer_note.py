"""A caption of two sentences closed by its photographer's credit in brackets, the agency after a
slash ("(Jo Venti/Associated Press)"), is a caption, not a story paragraph with a credit cut off
its end (s40, read after its score: an AP caption kept as story; corpus dev's "(Name/Getty
Images)" was read as a picture's only by its library's name). Invented text; every case is
conserved (tests.conservation)."""

from __future__ import annotations

import pytest

from tests.conservation import BODY, LEDE, TITLE, page, read, rules, story

CAPTION = ("A view of the Varla gorge on Monday shows the narrow, deep nature of the terrain. "
           "It was unclear how many people were missing.")


@pytest.mark.parametrize("credit", ["Marco Venti/Associated Press", "Marco Venti/AP",
                                    "Lena Marsh / Reuters"])
def test_a_caption_closed_by_a_photographer_s_credit_goes_whole(credit) -> None:
    """Fails without _PHOTOGRAPHER_NOTE: the credit alone was removed, the caption kept."""
    caption = f"{CAPTION} ({credit})"
    c = read(page(TITLE, LEDE, caption, BODY))
    assert story(c) == [LEDE, BODY]
    assert rules(c)[caption] == "credited-caption"


@pytest.mark.parametrize("credit", ["AP", "Reporting by Marco Venti/Reuters", "dpa",
                                    "Daily Valmont/afp"])
def test_a_story_paragraph_with_a_wire_credit_keeps_its_sentences(credit) -> None:
    """The near shapes: a wire's credit, a reporting line, a site's sign-off with its wire in
    lower case (trial 26) name no photographer."""
    c = read(page(TITLE, LEDE, f"{CAPTION} ({credit})", BODY))
    assert CAPTION in story(c)
