"""A picture's caption and credit glued before a story paragraph with no space ("… square -
Photo: Jane RowleyThe mayor said …") are cut off as a caption; the paragraph, cut copy or whole,
stays story. Invented pages."""

from __future__ import annotations

import pytest

from tests.conservation import BODY, LEDE, TITLE, page, read, rules, story

CAPTION_EN = "Rescuers search the rubble of the old mill on the river bank - Photo: Jane Rowley"
CAPTION_ES = ("Estado en que quedó el molino de Valdemora tras el derrumbe - Foto: Ana Ruiz "
              "Agencia Surpress")


@pytest.mark.parametrize("caption,paragraph,language", [
    (CAPTION_EN, "The mayor said the search would go on through the night", "en"),
    (CAPTION_EN, "The mayor said the search would go on through the night. Two cranes came "
                 "from the coast on Monday.", "en"),
    (CAPTION_ES, "Preguntada por los desaparecidos, la alcaldesa dijo que la búsqueda", "es"),
])
def test_a_caption_glued_before_a_paragraph_is_cut_off(caption, paragraph, language):
    c = read(page(TITLE, LEDE, BODY, caption + paragraph), language=language)
    assert story(c) == [LEDE, BODY, paragraph]
    assert rules(c) == {caption: "caption-glued-before"}


def test_a_credit_naming_a_person_with_an_inner_capital_is_not_cut_inside_the_name():
    caption = "Rescuers search the rubble of the old mill - Photo: Jane McRowley"
    paragraph = "The mayor said the search would go on through the night with two cranes"
    c = read(page(TITLE, LEDE, BODY, caption + paragraph))
    assert story(c) == [LEDE, BODY, paragraph] and rules(c) == {caption: "caption-glued-before"}
