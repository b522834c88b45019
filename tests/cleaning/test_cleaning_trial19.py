"""Furniture a new user found left in the story on coverage of a train derailment (trial 19),
in invented pages of the same shapes: a wire's full name with its dateline's place on a line
above the lede, a byline "with agency report", and a picture's title line over its credit in
brackets between two story paragraphs. Every case is conserved (tests.conservation)."""

from __future__ import annotations

import pytest

from tests.conservation import BODY, LEDE, TITLE, page, read, rules, story


@pytest.mark.parametrize("line, via", [
    ("Press Trust of India Valmont", "Press Trust of India"),
    ("Press Trust of India New Varn", "Press Trust of India"),
    ("Associated Press Valmont", "Associated Press"),
])
def test_a_wires_name_and_its_place_over_the_lede_is_its_credit(line, via):
    c = read(page(TITLE, line, LEDE, BODY))
    assert story(c) == [LEDE, BODY]
    assert rules(c)[line] == "agency-credit"
    removed = next(r for r in c.removed if r.text == line)
    assert dict(removed.yields)["via"] == via


def test_a_sentence_naming_a_wire_is_story():
    said = "Associated Press Valmont staff filed the first pictures on Sunday."
    c = read(page(TITLE, LEDE, said, BODY))
    assert said in story(c)


@pytest.mark.parametrize("line, author", [
    ("Tom Vale with agency report", "Tom Vale"),
    ("Tom Vale with agency reports", "Tom Vale"),
    ("Tom Vale and Ana Ruiz with agencies", "Tom Vale and Ana Ruiz"),
])
def test_a_byline_with_agency_reports_names_the_author(line, author):
    c = read(page(TITLE, line, LEDE, BODY))
    assert story(c) == [LEDE, BODY]
    removed = next(r for r in c.removed if r.text == line)
    assert removed.kind == "byline"
    assert dict(removed.yields)["author"] == author


def test_a_sentence_with_agency_reports_is_story():
    said = "Officials compared the toll with agency reports from the valley."
    c = read(page(TITLE, LEDE, said, BODY))
    assert said in story(c)


def test_a_pictures_title_over_its_credit_between_story_paragraphs_is_its_caption():
    middle = ("Crews lifted the second carriage with two cranes before dawn, the regional "
              "police chief said.")
    c = read(page(TITLE, LEDE, "Flooded valley road", "(Jane Roe/Wire)", middle,
                  "Valley road", "(Jane Roe/Wire)", BODY))
    assert story(c) == [LEDE, middle, BODY]
    assert rules(c)["Flooded valley road"] == "caption-over-credit"


def test_a_crosshead_over_story_text_stays():
    middle = ("Crews lifted the second carriage with two cranes before dawn, the regional "
              "police chief said.")
    c = read(page(TITLE, LEDE, "How it happened", middle, BODY))
    assert story(c) == [LEDE, "How it happened", middle, BODY]


@pytest.mark.parametrize("caption", [
    "A crane lifts a carriage near Valmont. JANE ROE / Reuters",
    "A crane lifts a carriage near Valmont. JANE ROE/AFP",
    "A crane lifts a carriage near Valmont on Sunday. REUTERS/Jane Roe",
])
def test_a_caption_ending_on_its_photographer_and_agency_is_furniture(caption):
    c = read(page(TITLE, caption, LEDE, BODY))
    assert story(c) == [LEDE, BODY]
    assert c.removed and any(r.text == caption and r.kind == "caption" for r in c.removed)


def test_a_sentence_ending_on_an_agency_after_a_slash_in_words_is_story():
    said = "The figures were confirmed by the ministry and the wires, Reuters and AFP."
    c = read(page(TITLE, LEDE, said, BODY))
    assert said in story(c)


@pytest.mark.parametrize("pitch", [
    "The day's top stories, every morning: find them on our Telegram channel",
    "Get the latest news on our WhatsApp channel.",
])
def test_a_pitch_ending_on_the_outlets_channel_is_furniture_and_no_cut(pitch):
    c = read(page(TITLE, LEDE, BODY, pitch))
    assert story(c) == [LEDE, BODY]
    assert rules(c)[pitch] == "channel-pitch"
    assert not c.excerpt  # the page ends on its pitch, not mid-sentence


def test_a_sentence_about_a_channel_is_story():
    said = "The mayor posted the evacuation map on our city's Telegram channel on Sunday."
    c = read(page(TITLE, LEDE, said, BODY))
    assert said in story(c)


@pytest.mark.parametrize("said", [
    "The regional governor urged residents to stay away from the river and said: \"We will post "
    "every evacuation route on our Telegram channel.\"",
    "Volunteers, the mayor said, now coordinate the food deliveries via our WhatsApp group.",
    "The fire brigade said it had filmed the rescue and posted the footage on our YouTube page",
])
def test_a_statement_naming_the_outlets_channel_is_story(said):
    """Review 16: the pitch's rule, unanchored, took statements ending on a channel."""
    c = read(page(TITLE, LEDE, said, BODY))
    assert said in story(c)


def test_a_crosshead_over_a_pictures_credit_stays_story():
    """Review 16: a heading of the story printed over a picture is no picture's title; a
    gallery's titles are, printed again over the next picture."""
    middle = ("Crews lifted the second carriage with two cranes before dawn, the regional "
              "police chief said.")
    c = read(page(TITLE, LEDE, "Rescue efforts continue", "(Jane Roe/Wire)", middle, BODY))
    assert "Rescue efforts continue" in story(c)


@pytest.mark.parametrize("line, pitch", [
    ("Click here to get the latest news on our WhatsApp channel.", True),
    ("Now you can get all the latest updates on our Telegram channel.", True),
    ("👉 Get the latest news on our WhatsApp channel.", True),
    ("Breaking news, live updates and more: all on our Telegram channel.", True),
    ("For now, the mayor said, volunteers coordinate the deliveries via our WhatsApp group.",
     False),
    ("Stay calm, the fire chief told residents, and watch for updates on our Telegram channel.",
     False),
    ("Follow-up searches were announced on our YouTube page", False),
])
def test_channel_pitches_and_statements(line, pitch):
    """Review 17: the pitch needs its invitation first, and a reporting clause makes it a
    statement."""
    c = read(page(TITLE, LEDE, BODY, line))
    assert (line not in story(c)) is pitch
