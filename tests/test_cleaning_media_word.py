"""A video's or a gallery's word alone on its line between paragraphs ("Video", "Vidéo",
"Fotostrecke"): the label of an embed the scraper dropped, which no story line is (cleaning
round 21's fresh pages left such a label; the picture's own word was already read). Invented
pages; every case is conserved (tests.conservation)."""

from __future__ import annotations

import pytest

from tests.conservation import BODY, LEDE, TITLE, page, read, rules, story


@pytest.mark.parametrize("label", ["Video", "VIDÉO", "Fotostrecke", "Diaporama", "— Video —",
                                   "Gallery:"])
def test_a_media_word_alone_between_paragraphs_is_removed(label):
    c = read(page(TITLE, LEDE, label, BODY))
    assert story(c) == [LEDE, BODY]
    assert rules(c)[label] == "media-control"


@pytest.mark.parametrize("said", [
    "Video footage showed the barge listing before it sank.",
    "Video shows rescuers at the quay.",
    "Gallery owners on the quay closed early.",
])
def test_a_sentence_opening_on_a_media_word_stays(said):
    c = read(page(TITLE, LEDE, said, BODY))
    assert said in story(c)
