"""Furniture left in the story of fresh pages (cleaning round 24, issue 13: a gas explosion in a
block of flats and a stampede at a pilgrimage, twelve pages to tune on, six set aside), in
invented pages of the same shapes; beside each mend, the nearest story shape stays story.
Every case is conserved (tests.conservation)."""

from __future__ import annotations

import pytest

from tests.conservation import BODY, LEDE, TITLE, page, read, rules, story

# --- a caption closing on its bracketed credit, then the site's own credit field ---------------

CAPTION = ("Volunteers carry a stretcher past the riverside camp at Marlow Ford on March 3, "
           "2031. A crush near the bathing steps left at least 12 pilgrims dead, a hospital "
           "official told reporters.")


@pytest.mark.parametrize("field", ["Image: AFP", "Photo: Reuters", "Foto: dpa"])
def test_a_caption_with_the_sites_credit_field_after_its_bracket_goes(field):
    caption = f"{CAPTION} (Photo by Jane ROWLEY / AFP) {field}"
    c = read(page(TITLE, LEDE, caption, BODY))
    assert story(c) == [LEDE, BODY] and rules(c)[caption] == "picture-credit"


def test_a_story_sentence_ending_on_a_bracket_and_a_label_stays():
    line = ("The mayor said the camp would reopen on Monday (after the inspection). Image: the "
            "town hall has not said who pays for the repairs.")
    c = read(page(TITLE, LEDE, line, BODY))
    assert line in story(c)


# --- a newsletter box's label between two paragraphs --------------------------------------------


@pytest.mark.parametrize("label", ["Email newsletter signup", "Daily newsletter sign-up",
                                   "Newsletter-Anmeldung"])
def test_a_newsletter_boxs_label_between_paragraphs_goes(label):
    c = read(page(TITLE, LEDE, label, BODY))
    assert story(c) == [LEDE, BODY] and rules(c)[label] == "newsletter-button"


def test_a_sentence_about_a_newsletter_stays():
    line = "The council said its newsletter signup had doubled since the flood."
    c = read(page(TITLE, LEDE, line, BODY))
    assert line in story(c)


# --- an archive's credit naming the wire with "From" --------------------------------------------


@pytest.mark.parametrize("credit", ["From Associated Press", "From The Associated Press",
                                    "From Reuters"])
def test_a_wire_credit_opening_on_from_goes(credit):
    c = read(page(TITLE, credit, LEDE, BODY))
    assert story(c) == [LEDE, BODY] and rules(c)[credit] == "agency-credit"


def test_a_sentence_opening_on_from_and_a_wire_stays():
    line = "From Reuters came the first pictures of the flooded square on Sunday."
    c = read(page(TITLE, LEDE, line, BODY))
    assert line in story(c)


# --- a title bar whose outlet the address does not name (an archive's copy) ---------------------

ARCHIVE = "https://archive.example.net/pages/vt-2031-03-14-me-0412-story.html"
BAR_TITLE = "Nine Hurt as Leak Sets Off Blast in Block of Flats"


@pytest.mark.parametrize("bar", [f"{BAR_TITLE} - Valley Times", f"{BAR_TITLE} | The Harbour Post",
                                 f"Valley Times - {BAR_TITLE}"])
def test_a_title_bar_naming_an_outlet_the_address_does_not_gives_way_to_the_title(bar):
    c = read(ARCHIVE + "\n" + page(bar, "Advertisement", BAR_TITLE, LEDE, BODY))
    assert c.headline == BAR_TITLE and story(c) == [LEDE, BODY]
    assert rules(c)[bar] == "title-bar-headline"


def test_a_title_with_a_dash_before_a_second_statement_stays_the_headline():
    title = "Nine Hurt as Leak Sets Off Blast - Firefighters Search Rubble"
    c = read(ARCHIVE + "\n" + page(title, LEDE, BODY))
    assert c.headline == title and story(c) == [LEDE, BODY]


# --- the standfirst printed twice, one copy under the other, under the headline ----------------

STANDFIRST = ("A crush at the river festival has killed at least 12 pilgrims, with dozens more "
              "hurt.")


def test_the_standfirst_printed_again_under_itself_goes_once():
    c = read(page(TITLE, STANDFIRST, STANDFIRST, LEDE, BODY))
    assert story(c) == [STANDFIRST, LEDE, BODY]
    assert [r.rule for r in c.removed] == ["standfirst-twice"]


def test_a_sentence_said_twice_lower_in_the_story_stays_twice():
    c = read(page(TITLE, LEDE, STANDFIRST, STANDFIRST, BODY))
    assert story(c) == [LEDE, STANDFIRST, STANDFIRST, BODY]
