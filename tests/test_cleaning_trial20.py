"""Furniture and story a new user found misread on coverage of a ferry sinking (trial 20), in
invented pages of the same shapes: a picture's caption ending on a credit in pipes or on "<Name>
photo.", an aggregator's source line ("Outlet (City)") above the headline with a picture's label
and caption under it, and a copy cut inside a word after a crosshead in capitals. Every case is
conserved (tests.conservation)."""

from __future__ import annotations

import pytest

from tests.conservation import BODY, LEDE, TITLE, page, read, rules, story


@pytest.mark.parametrize("caption", [
    "A heron flies over the lagoon near Sarn Island. The barge sank late on May 3, 2021. "
    "PHOTO | JANE ROE | HARBOUR MEDIA GROUP",
    "Divers search the lagoon near Sarn Island. FILE PHOTO | HARBOUR MEDIA GROUP",
    "Divers lift a crate from the water near Sarn Island yesterday. The toll rose above 60. "
    "Net photo.",
    "Relatives wait on the quay at Port Sarn on Friday. Courtesy photo",
])
def test_a_caption_ending_on_its_credit_is_removed(caption):
    c = read(page(TITLE, caption, LEDE, BODY))
    assert story(c) == [LEDE, BODY]
    assert rules(c)[caption] == "picture-credit-tail"


@pytest.mark.parametrize("said", [
    "The ferry's owner said the crew had refused to take a photo.",
    "Villagers shared the picture widely. It was a family photo.",
    "Police published the names on Friday. PHOTO ID cards were found on eleven of them.",
    "The council voted 5 | 4 against the plan, the clerk said.",
])
def test_story_sentences_ending_near_a_picture_word_stay(said):
    c = read(page(TITLE, LEDE, said, BODY))
    assert said in story(c)


def test_an_aggregators_source_line_over_the_headline_is_its_credit():
    title = "Sarnia: Barge Kalmo Sinks in Lake Orun"
    c = read(page("3 May 2021", "The Harbour Times (Port Sarn)", title, "Photo: The Courier",
                  "The overturned barge on Lake Orun.", "By Tom Vale", LEDE, BODY))
    assert c.headline == title
    assert story(c) == [LEDE, BODY]
    removed = next(r for r in c.removed if r.text == "The Harbour Times (Port Sarn)")
    assert dict(removed.yields)["via"] == "The Harbour Times (Port Sarn)"
    assert rules(c)["The overturned barge on Lake Orun."] == "caption-under-label"


def test_a_line_under_a_pictures_label_that_the_story_goes_on_from_stays():
    """Only a short line between the label and the byline (or the lede) is the caption: a
    paragraph of prose under the label is the story."""
    c = read(page(TITLE, "Photo: The Courier", LEDE, BODY))
    assert story(c) == [LEDE, BODY]


def test_a_name_with_initials_in_brackets_over_the_headline_is_not_a_source_line():
    kicker = "Sarn Water Agency (SWA)"
    c = read(page(kicker, TITLE, LEDE, BODY))
    assert not any(r.text == kicker and dict(r.yields).get("via") for r in c.removed)


@pytest.mark.parametrize("tail", [
    "MV Kalmo connected B",
    "The MV Kalmo connected B",
    "Barge Kalmo served the two isl",
])
@pytest.mark.parametrize("crosshead", ["CAUTION", "PATIENCE ON THE QUAY"])
def test_a_copy_cut_inside_a_word_after_a_crosshead_keeps_both(crosshead, tail):
    older = "Eleven years ago, 80 people died in a similar sinking."
    text = f"{TITLE}\n\n{LEDE}\n\n{BODY}\n\n{older}\n{crosshead}\n\n{tail}\n"
    c = read(text)
    assert story(c)[-2:] == [crosshead, tail]
    assert c.excerpt
    assert not any(dict(r.yields).get("via") for r in c.removed)
