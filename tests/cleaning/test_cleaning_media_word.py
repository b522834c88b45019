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


@pytest.mark.parametrize("line", [
    "Watch the podcast episode on the barge disaster",
    "Includes audio from the harbour office",
    "See the photo of the harbour pilot",
])
def test_a_pointer_to_a_photo_audio_or_podcast_is_removed(line):
    """"photo", "audio" and "podcast" joined the media nouns (review 20 asked that the
    widening of the pointer rule be said and tested): a line that invites the reader to one,
    with no full stop, points at the page's media."""
    c = read(page(TITLE, LEDE, line, BODY))
    assert story(c) == [LEDE, BODY]
    assert rules(c)[line] == "media-pointer"


def test_a_sentence_inviting_to_see_a_photo_stays():
    said = "See the photo of the pilot who saved eleven people, the mayor told the council."
    c = read(page(TITLE, LEDE, said, BODY))
    assert said in story(c)
