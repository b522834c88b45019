"""Furniture left in the story of fresh pages nobody had tuned on (cleaning round 21), in
invented pages of the same shapes: captions closed by a photographer's or a labelled credit (in
brackets, cut open by the page's end, or "… . AP Photo") whose caption stayed story, a dateline's
place before "The Wire", a related list's last title ending with a full stop, a reading time in
minutes alone, a writer's name and outlet with no "by". Every case is conserved
(tests.conservation); beside each, the nearest story shape stays story."""

from __future__ import annotations

import pytest

from tests.conservation import BODY, LEDE, TITLE, page, read, rules, story

CAPTION = ("A firefighter checks a burnt-out van by the school gate on the edge of Kelmora, "
           "Oct. 9.")


@pytest.mark.parametrize("note", [" (Coast Agency/Jane Roe)", " (Ed/ Desk)"])
def test_a_desk_or_agency_credit_after_a_story_paragraph_leaves_the_paragraph(note):
    c = read(page(TITLE, LEDE + note, BODY))
    assert story(c) == [LEDE, BODY]


# --- a list of related titles under its heading, one title ending with a full stop ------------

def test_a_bulleted_sentence_after_a_related_list_of_unbulleted_titles_is_not_claimed():
    bullet = "- The river fell below the warning mark on Monday, the water board said."
    c = read(page(TITLE, LEDE, "Read also:", "Harbour fees rise again", BODY, bullet))
    assert bullet in story(c) and BODY in story(c)


# --- the dateline's place and the wire, "the" before the wire's name -----------------------

@pytest.mark.parametrize("line", [
    "VARNTOWN - The Associated Press", "Varntown – the Associated Press", "The Associated Press",
])
def test_a_place_and_the_wire_with_its_article_over_the_lede_is_its_credit(line):
    c = read(page(TITLE, line, LEDE, BODY))
    assert story(c) == [LEDE, BODY]
    removed = next(r for r in c.removed if r.text == line)
    assert removed.rule == "agency-credit"
    assert dict(removed.yields)["via"] == "Associated Press"


def test_a_sentence_about_the_wire_is_story():
    said = "The Associated Press counted 40 boats on the river."
    c = read(page(TITLE, LEDE, said, BODY))
    assert said in story(c)


def test_the_place_before_the_wire_on_its_credit_line_is_the_dateline():
    c = read(page(TITLE, "VARNTOWN - The Associated Press", LEDE, BODY))
    assert c.dateline == "VARNTOWN" and c.via == "Associated Press"


def test_a_sites_name_before_the_wire_is_no_dateline():
    c = read(page(TITLE, "Valley 24 - Reuters:", LEDE, BODY))
    assert c.dateline is None and c.via == "Reuters"


# --- a wire picture's caption closed by the agency and the word for a photo ------------------

@pytest.mark.parametrize("tail", ["AP Photo", "AFP Photo", "Reuters Foto"])
def test_a_caption_closed_by_the_agency_and_its_photo_word_is_a_caption(tail):
    line = ("In this Sunday, May 3, 2020 photo, a farmer leads two goats along the dyke above "
            f"Kelmora after the river rose overnight. {tail}")
    c = read(page(TITLE, LEDE, line, BODY))
    assert story(c) == [LEDE, BODY]
    assert rules(c)[line] == "picture-credit-tail"


def test_a_sentence_naming_an_agency_photo_is_story():
    said = "The regional office shared the AP photo of the bridge on Sunday."
    c = read(page(TITLE, LEDE, said, BODY))
    assert said in story(c)


# --- a reading time of a number and minutes alone on its line --------------------------------

@pytest.mark.parametrize("line", ["3 minuti", "4 minutes", "5 Minuten", "2 min"])
def test_a_number_of_minutes_alone_on_its_line_is_a_reading_time(line):
    c = read(page(TITLE, line, LEDE, BODY))
    assert story(c) == [LEDE, BODY]
    assert rules(c)[line] == "counter"


def test_minutes_in_a_sentence_are_story():
    said = "3 minutes later the roof of the hall fell in."
    c = read(page(TITLE, LEDE, said, BODY))
    assert said in story(c)


# --- a writer's name and the outlet, with no "by" --------------------------------------------

@pytest.mark.parametrize("line, author", [
    ("Tom Vale, Valley News", "Tom Vale"),
    ("Ana María Ruiz, Radio Kelmora", "Ana María Ruiz"),
    ("Lia Marsh, The Harbour Times", "Lia Marsh"),
])
def test_a_name_and_an_outlet_over_the_lede_is_a_byline(line, author):
    c = read(page(TITLE, line, LEDE, BODY))
    assert story(c) == [LEDE, BODY]
    removed = next(r for r in c.removed if r.text == line)
    assert removed.kind == "byline" and dict(removed.yields)["author"] == author


@pytest.mark.parametrize("line", ["Tom Vale, Valley News reported on Sunday.",
                                  "Valley News, Kelmora", "Tom Vale, Kelmora"])
def test_a_name_and_a_place_or_a_sentence_is_not_a_byline(line):
    c = read(page(TITLE, LEDE, line, BODY))
    assert all(r.kind != "byline" for r in c.removed)


# --- a caption closed by its picture's label and credit in brackets, in any language ----------

@pytest.mark.parametrize("credit", ["(Bild: Feuerwehr Kelmora)", "(Fotografía: Ana Ruiz)",
                                    "(Immagine: Vigili del fuoco)"])
def test_a_caption_closed_by_a_labelled_credit_in_brackets_is_a_caption(credit):
    line = f"Ein Boot der Wasserwacht bringt zwei Anwohner aus der Gasse in Kelmora. {credit}"
    c = read(page(TITLE, LEDE, line, BODY))
    assert story(c) == [LEDE, BODY]
    assert rules(c)[line] == "picture-credit"


def test_a_sentence_closed_by_a_bracket_naming_pictures_without_a_colon_is_story():
    said = ("Residents shared what they saw on the river bank on Sunday "
            "(pictures of the flooded road).")
    c = read(page(TITLE, LEDE, said, BODY))
    assert said in story(c)


# --- the page cut inside the last caption's credit -------------------------------------------

def test_a_cut_sentence_with_an_open_bracket_is_story():
    cut = "Crews reached the last farms on Sunday (the road from Kelmora to the"
    c = read(page(TITLE, LEDE, BODY, cut))
    assert cut in story(c)
