"""Review 20b of trial 22's mends, the lead's part: the adverbs skipped before a speech verb,
"explains why", an address's last title word after an underscore, and a dialog's close button
looked for only at the top of a page. Invented pages and sentences."""

from __future__ import annotations

import pytest

from tests.conftest import quote_speakers
from tests.conservation import BODY, LEDE, TITLE, page, read, rules, story


@pytest.mark.parametrize("text, quote, who", [
    ("Crash\n\nThe driver's sister, Lena Just, was at the quay. Lena Just said “he was a careful "
     "driver” on Monday.\n", "he was a careful driver", "Lena Just"),
    ("Crash\n\nTwo witnesses spoke to reporters. The first said “we heard a bang” and ran.\n",
     "we heard a bang", "The first"),
])
def test_a_capitalised_surname_or_an_ordinal_after_the_is_no_adverb(tmp_path, text, quote, who):
    assert quote_speakers(tmp_path, text)[quote] == who


def test_explains_why_gives_no_speaker(tmp_path):
    text = ("Crash\n\nMayor Ana Velt visited the quay. Her decision explains why “nobody was "
            "allowed in” for hours.\n")
    assert quote_speakers(tmp_path, text).get("nobody was allowed in", "") == ""


@pytest.mark.parametrize("url, end", [
    ("https://www.example-zeitung.de/panorama/tote-bei-busunglueck-in_orvia-12345678", "orvia"),
    ("https://www.example.com/world/bus-crash-kills_12-12345678", "12"),
])
def test_a_title_word_after_an_underscore_before_an_id_stays(url, end):
    from generator.content.headline_address import url_headline

    assert url_headline(url).lower().endswith(end)


def test_a_close_button_sign_in_a_later_story_line_is_story():
    line = "× Close to 300 people were taken from the quay, police said on Monday."
    c = read(page(TITLE, LEDE, BODY, "The ferry service stays shut.", line))
    assert line in story(c)
    assert "× Close" not in rules(c)
