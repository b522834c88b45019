"""Furniture and headlines on s15's pages once it was used up as a sealed set (round 28, issue
13), in invented pages of the same shapes; beside each mend, the nearest story shape stays.
Every case is conserved (tests.conservation)."""

from __future__ import annotations

import pytest

from tests.conservation import BODY, LEDE, TITLE, page, read, rules, story

CAPTION = "Firefighters at the flooded station in Marlow on Tuesday."


@pytest.mark.parametrize("credit", ["Photo: picture alliance/dpa/Valley Post | Jo Penrose",
                                    "Foto: dpa/Jo Penrose", "Photo: valleynews/Jo Penrose"])
def test_a_caption_ending_on_a_slashed_credit_in_any_case_goes(credit):
    line = f"{CAPTION} {credit}"
    c = read(page(TITLE, LEDE, line, BODY))
    assert story(c) == [LEDE, BODY] and rules(c)[line] == "picture-credit-tail"


def test_a_caption_with_a_slashed_credit_opening_the_page_is_no_headline():
    line = f"{CAPTION} Foto: dpa/Jo Penrose"
    c = read(page(line, LEDE, BODY))
    assert c.headline != line and story(c) == [LEDE, BODY]


def test_a_sentence_with_a_slash_after_a_colon_stays():
    line = ("The mayor gave the tally: 40 dead and 12 missing/unaccounted for by the evening "
            "count at the town hall")
    c = read(page(TITLE, LEDE, line, BODY))
    assert line in story(c)


def test_a_section_label_its_time_stamp_the_title_and_the_byline_keep_the_headline():
    c = read(page("Trending", "April 2, 2031 / 9:50 AM", TITLE, "By Jo Penrose", LEDE, BODY))
    assert c.headline == TITLE and story(c) == [LEDE, BODY]


def test_a_related_list_of_titles_under_its_heading_still_goes():
    titles = ["Dam inspection report due next week", "How the valley rebuilt after 2019"]
    c = read(page(TITLE, LEDE, BODY, "Trending", *titles))
    assert story(c) == [LEDE, BODY] and all(rules(c)[t] == "related-header" for t in titles)


@pytest.mark.parametrize("stamp", ["09 abr 2031 . Actualizado a las 20:45 h.",
                                   "02 Apr 2031. Updated at 9:11 p.m."])
def test_a_time_stamp_between_the_standfirst_and_the_lede_goes(stamp):
    standfirst = ("The river burst its banks above the town overnight and cut the only road to "
                  "the valley's last villages")
    c = read(page(TITLE, standfirst, stamp, LEDE, BODY))
    assert stamp not in story(c) and rules(c)[stamp] == "glued-date"


def test_a_sentence_with_a_date_and_a_time_in_the_story_stays():
    line = "On 2 April 2031 at 9:11 the river rose again."
    c = read(page(TITLE, LEDE, line, BODY))
    assert line in story(c)


@pytest.mark.parametrize("label", ["HARBOUR WATCH", "FIRE SERVICE", "VIGILI DEL FUOCO"])
def test_a_label_in_capitals_above_the_story_goes(label):
    c = read(page(TITLE, "By Jo Penrose", label, LEDE, BODY))
    assert story(c) == [LEDE, BODY] and rules(c)[label] == "capital-label"


def test_a_headline_in_capitals_stays_the_headline():
    c = read(page("FLOODS KILL 40", LEDE, BODY))
    assert c.headline == "FLOODS KILL 40" and story(c) == [LEDE, BODY]


def test_capitals_inside_the_story_stay():
    c = read(page(TITLE, LEDE, "UPDATE", BODY))
    assert "UPDATE" not in rules(c) or rules(c)["UPDATE"] != "capital-label"
