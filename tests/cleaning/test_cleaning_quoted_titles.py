"""A title that ends on a quoted word or phrase, with no stop before the closing mark ('Crews
warn the blaze is ‘spreading’', 'Depot burns. "Nothing left"'): it was read as the lede (a line of
eight words or more ending with a quotation mark counted as a finished sentence), so the
headline was made from the address. Invented text in the shape of three sites' titles."""

from __future__ import annotations

import pytest

from generator.content.cleaning.headline import is_prose
from tests.conservation import page, read, story

LEDE = ("Fire crews spent the night at a storage hall on the edge of the town, where a blaze "
        "broke out shortly after ten in the evening and spread to the roof within minutes.")
BODY = "Nobody was hurt, and the cause of the fire is being investigated."
URL = "https://news.example/region/storage-hall-on-the-edge-of-town-burns,123"


@pytest.mark.parametrize("title", [
    'Storage hall on the edge of town burns. "Nothing left to save"',
    "Storage hall fire on the edge of town: crews say it is ‘out of control’",
    "'Storage hall': ’Is the town safe? Not yet!’",
])
def test_a_title_ending_on_a_quotation_is_the_headline(title):
    c = read(page(title, LEDE, BODY), language="en", url=URL)
    assert c.headline == title and story(c) == [LEDE, BODY]


@pytest.mark.parametrize("line", [
    'The chief said the crews had "done all they could" at the hall.',
    'Residents who watched from the road said the hall was "a sea of flames."',
    'The chief said crews on the roof had to stop: "the roof was too hot".',
])
def test_a_sentence_with_its_stop_by_the_quotation_is_still_prose(line):
    assert is_prose(line, "en")


def test_a_line_ending_on_a_quotation_without_a_stop_is_no_prose():
    assert not is_prose('Storage hall on the edge of town burns. "Nothing left to save"', "en")
    assert is_prose(LEDE[:-1] + ' "quickly"', "en")  # (twenty-five words or more: prose)
