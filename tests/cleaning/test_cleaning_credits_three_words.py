"""A caption closed by a credit of three capitalised words before the picture's word ("…
Harbour Media Group photo."), left by trial 20's mends, which read one or two. Invented pages;
every case is conserved (tests.conservation)."""

from __future__ import annotations

import pytest

from tests.conservation import BODY, LEDE, TITLE, page, read, rules, story


@pytest.mark.parametrize("caption", [
    "Divers lift a crate from the water near Sarn Island yesterday. Harbour Media Group photo.",
    "Relatives wait on the quay at Port Sarn on Friday. Sarn County Sheriff photo",
])
def test_a_caption_closed_by_a_three_word_credit_is_removed(caption):
    c = read(page(TITLE, caption, LEDE, BODY))
    assert story(c) == [LEDE, BODY]
    assert rules(c)[caption] == "picture-credit-tail"


@pytest.mark.parametrize("said", [
    "The museum kept one picture of the crew. It was a Harbour Media Group photo.",
    "The crew posed on deck. Then They Took Another photo.",
    "Relatives gathered on the quay at dawn. The First Mate's Photo.",
    "Four Men In A Boat photo.",
])
def test_sentences_with_capitalised_words_before_photo_stay(said):
    c = read(page(TITLE, LEDE, said, BODY))
    assert said in story(c)
