"""A section's or the site's name glued to the title on its line (issue 13, round 8), in
invented snippets: cut off when the rest of the line is the address' slug word for word; the
title's own words (the end of a title the slug cut short, a word in brackets, an elided
article) stay with it."""

from __future__ import annotations

import pytest

from tests.conservation import BODY, LEDE, page, read, rules, story

URL = "https://news.example.org/panorama/storms-cross-the-valley-again-id123456.html"
TITLE = "Storms cross the valley again"


@pytest.mark.parametrize(("line", "label"), [
    (TITLE + " Panorama", "Panorama"),  # the site's section, named in the address
    (TITLE + " XYZ", "XYZ"),  # an acronym: the site's or an agency's
    ("Weather " + TITLE, "Weather"),  # a section's name before the title
])
def test_a_label_glued_to_the_title_is_cut_off(line, label):
    c = read(page(line, LEDE, BODY), url=URL)
    assert c.headline == TITLE, (c.headline, rules(c))
    assert rules(c).get(label) == "glued-section", rules(c)
    assert story(c) == [LEDE, BODY]


@pytest.mark.parametrize("line", [
    TITLE + " Tonight",  # the end of a title the slug cut short
    TITLE + " (VIDEO)",  # a word in brackets
    "Storms cross the valley",  # the title without a word of the slug
    "The " + TITLE,  # a function word before it
])
def test_the_titles_own_words_stay_with_it(line):
    c = read(page(line, LEDE, BODY), url=URL)
    assert c.headline == line, (c.headline, rules(c))
    assert not any(r.rule == "glued-section" for r in c.removed)
