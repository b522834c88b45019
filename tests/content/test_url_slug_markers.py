"""A headline made from the address keeps only the slug's words (trial 4: a site's section
before a comma and an id marker joined by another mark were read as words of the title).
Invented addresses."""

from __future__ import annotations

import pytest

from generator.content.headline_address import url_words


@pytest.mark.parametrize("url, words", [
    ("https://paper.example/start_seite,-flut-in-verlo-fordert-zwei-tote-_ref,1234567.html",
     ["flut", "in", "verlo", "fordert", "zwei", "tote"]),
    ("https://paper.example/section_page,-bridge-closed-after-the-storm-_nid,98765.html",
     ["bridge", "closed", "after", "the", "storm"]),
    # one mark throughout: every word stays
    ("https://paper.example/2031/05/08/six-dead-after-verlo-landslide/",
     ["six", "dead", "after", "verlo", "landslide"]),
    ("https://paper.example/news/verlo_landslide_kills_six_people.html",
     ["verlo", "landslide", "kills", "six", "people"]),
])
def test_the_slugs_words_without_the_sites_markers(url, words):
    assert url_words(url) == words
