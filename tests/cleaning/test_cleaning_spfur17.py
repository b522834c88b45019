"""Spfur17's mends (issue 13): a picture's caption whose photographer's credit is glued to its
last full stop ("… on Sunday.Jo Roe / Agency", two sites of one event), a credit naming a
photographer with a name's particle before a hyphen ("Ali al-Kelmi"), a caption followed by a
paragraph the copy's end cut; and a paragraph of the story's length printed between two short
lines that are the same (an agency's credit, a button) is the lede, not a picture's caption
(caption-around-credit had removed it: two sites of two events). Invented pages; each mended
shape beside its neighbour that must keep its verdict."""

from __future__ import annotations

import pytest

from tests.conservation import BODY, LEDE, TITLE, page, read, rules, story

CUT = ("The hospital had no sprinklers and the false ceiling helped the fire spread to the upper "
       "floors, according to the civil def")


@pytest.mark.parametrize("caption", [
    # the credit field glued to the caption's last full stop, with no space
    "Smoke rises over the harbour of Kelmport.Tam Orvell/AP/Shutterstock",
    "Firefighters stand outside the clinic in Obermark on Sunday.Ira Doss / Reuters",
    # a name's particle before a hyphen in the photographer's name
    "Relatives wait outside the clinic in Obermark on Sunday. Omar al-Kelmi / Reuters",
])
def test_a_caption_with_its_photographers_credit_glued_or_particled_is_no_story(caption):
    """Fails without the glued shape and the particle: the caption stayed in the story (the
    tail needed a space after the stop, and a lower-case "al-" word ended the credit's names)."""
    cleaned = read(page(TITLE, LEDE, caption, BODY))
    assert caption not in story(cleaned)
    assert rules(cleaned).get(caption) == "photographer-tail"


def test_a_glued_caption_opening_a_page_without_title_is_no_headline():
    """Fails without the glued shape: the picture's caption over the lede was read as the
    page's headline (a copy of a magazine's page, spfur17)."""
    caption = "Smoke rises over the harbour of Kelmport.Tam Orvell/AP/Shutterstock"
    cleaned = read(page(caption, LEDE, BODY))
    assert cleaned.headline != caption
    assert rules(cleaned).get(caption) == "photographer-tail"


def test_a_caption_before_a_paragraph_the_copys_end_cut_is_no_story():
    """Fails without the cut paragraph counted as prose: the caption before the copy's last,
    unfinished paragraph stayed in the story."""
    caption = "Patients are carried out of the clinic in Obermark on Sunday. Ira Doss / Reuters"
    cleaned = read(page(TITLE, LEDE, caption, CUT))
    assert caption not in story(cleaned)
    assert rules(cleaned).get(caption) == "photographer-tail"


@pytest.mark.parametrize("line", [
    # a story's sentence glued to the writers' credit with words of the trade: not names only
    "The coast guard said the search would resume at dawn.Reporting by Tam Orvell/Reuters",
    # a lower-case word that is no particle inside the glued tail
    "The port reopened on Friday.Shipping resumed under Kelm port/Reuters",
])
def test_a_glued_story_sentence_before_words_of_the_trade_stays(line):
    cleaned = read(page(TITLE, LEDE, line, BODY))
    assert "photographer-tail" not in rules(cleaned).values()


def test_the_storys_last_paragraph_with_a_glued_credit_is_not_this_rules():
    """With only a short line after it, no paragraph: the story's close, not a caption."""
    line = "Officials said the harbour would reopen on Friday.Tam Orvell / Associated Press"
    cleaned = read(page(TITLE, LEDE, BODY, line, "Share this"))
    assert "photographer-tail" not in rules(cleaned).values()


LONG_LEDE = ("An explosion in the oxygen store of the Obermark clinic started a fire that killed "
             "at least 12 patients on Saturday night. The flames spread through two floors before "
             "firefighters brought them under control at dawn. The regional health office "
             "suspended the clinic's director and opened an inquiry into how the cylinders were "
             "kept, while relatives searched the nearby hospitals for news of their families.")
LONG_BODY = ("The civil defence said that ninety patients had been carried out through the windows "
             "and the outside stairs, and that the fire had stayed on the second floor of the "
             "building, where the intensive care unit treated the most severe cases.")


@pytest.mark.parametrize("short", ["Reuters", "Copied to clipboard!"])
def test_a_lede_between_two_same_short_lines_is_the_story(short):
    """Fails without the length bound: caption-around-credit took the lede between two agency
    credits (or two buttons) for a picture's caption and removed it."""
    cleaned = read(page(TITLE, short, LONG_LEDE, short, LONG_BODY))
    assert LONG_LEDE in story(cleaned)
    assert "caption-around-credit" not in rules(cleaned).values()


def test_a_short_caption_between_its_credits_is_still_a_caption():
    """The neighbour: a picture's text of a few words between two credits is its caption."""
    trio = ["Jane Moss / Valley Public Radio",
            "Volunteers fill sandbags outside the town hall on Friday.",
            "Jane Moss / Valley Public Radio"]
    cleaned = read(page(TITLE, *trio, LEDE, BODY), headline=TITLE)
    assert story(cleaned) == [LEDE, BODY]
    assert rules(cleaned)[trio[1]] == "caption-around-credit"
