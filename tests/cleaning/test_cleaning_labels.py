"""Labels at the top of the page (issue 13, round 5): a line of one to three words with no
function word and no sentence end above the headline is a section, tag or site label, and is
never taken as the headline over a title that follows it.

Every snippet is invented by the project, in the shapes real pages print; each furniture case
has a story counterpart of the same shape that must stay story.
"""

from __future__ import annotations

import pytest

from generator.content.cleaning.headline import bare_label
from tests.conservation import BODY, LEDE, TITLE, page, read, rules, story

NO_WORDS = "https://news.example/tag/1234"  # an address with no words of the title
TITLE_URL = "https://www.valleynews.example/2023/11/04/floods-kill-40-in-the-valley/"
LEDE_IT = ("Il bilancio delle vittime dell'alluvione nella valle è salito a 40 sabato, secondo "
           "la protezione civile regionale, mentre i soccorritori cercavano i dispersi.")
BODY_IT = ("Le squadre di soccorso hanno raggiunto in barca l'ultimo paese isolato domenica "
           "mattina, e l'esercito ha aperto due rifugi nella scuola.")


@pytest.mark.parametrize("text,label", [
    ("Archive Desk", True), ("storms", True), ("Valley & Coast", True), ("Weather Desk", True),
    ("What we know", False), ("Tragedy in the valley", False), ("Floods kill 40 people", False),
    ("Evacuations.", False), ("21.4 C", False), ("Rescue, relief,", False),
])
def test_a_bare_label_is_a_few_words_with_no_function_word(text, label):
    assert bare_label(text, "en") is label


@pytest.mark.parametrize("label", ["Archive Desk", "storms", "Valley & Coast"])
def test_a_bare_label_above_the_headline_is_navigation(label):
    c = read(page(label, TITLE, LEDE, BODY), url=TITLE_URL)
    assert c.headline == TITLE and story(c) == [LEDE, BODY]
    assert rules(c)[label] == "bare-label"


def test_a_bare_label_above_an_italian_headline_is_navigation():
    title = "Alluvione nella valle, 40 morti"
    c = read(page("Valle Notizie", title, LEDE_IT, BODY_IT), language="it",
             url="https://giornale.example/2023/11/04/alluvione-nella-valle-40-morti/")
    assert c.headline == title and rules(c)["Valle Notizie"] == "bare-label"


def test_a_tag_over_the_title_is_not_the_headline():
    title = "Seven dead after storms cross the valley"
    c = read(page("storms", title, LEDE, BODY), url=NO_WORDS)
    assert c.headline == title and rules(c)["storms"] == "bare-label"


def test_a_one_word_section_over_the_title_is_not_the_headline():
    # round 6: a single word set like a name ("Chronicle") is a section, however it is cased
    title = "Search for the missing swimmer goes on at the beach"
    c = read(page("Chronicle", title, LEDE, BODY), url="https://paper.example/?p=2024")
    assert c.headline == title and "Chronicle" in rules(c)


def test_a_section_in_capitals_over_the_title_is_not_the_headline():
    title = "Three firefighters dead in a workshop blast"
    c = read(page("COASTLANDS", title, LEDE, BODY), url="https://paper.example/1990/01/02/x.html")
    assert c.headline == title and "COASTLANDS" in rules(c)


@pytest.mark.parametrize("kicker", ["Tragedy in the valley", "Flood Rescue Crews Return"])
def test_a_kicker_of_four_words_stays_story(kicker):
    """(A kicker of up to three words right over the title is navigation since spfur16:
    tests/cleaning/test_cleaning_spfur16.py.)"""
    c = read(page(kicker, TITLE, LEDE, BODY), url=TITLE_URL)
    assert c.headline == TITLE and kicker in story(c)


def test_a_short_headline_over_the_lede_is_still_the_headline():
    c = read(page("Constricted Valley", LEDE, BODY), url=NO_WORDS)
    assert c.headline == "Constricted Valley" and story(c) == [LEDE, BODY]


def test_a_one_word_headline_over_the_lede_is_still_the_headline():
    # the nearest story shape of the one-word section: no title under it, the lede follows
    c = read(page("Inferno", LEDE, BODY), url=NO_WORDS)
    assert c.headline == "Inferno" and story(c) == [LEDE, BODY]


def test_a_one_word_crosshead_below_the_headline_stays_story():
    c = read(page(TITLE, "Evacuations", LEDE, BODY), url=NO_WORDS)
    assert c.headline == TITLE and story(c) == ["Evacuations", LEDE, BODY]


@pytest.mark.parametrize("tag", ["Forest Fires", "Civil Protection", "Valley Storm Desk"])
def test_a_tag_of_two_or_three_words_over_a_long_title_is_not_the_headline(tag):
    # round 10: a topic tag set with a capital over a title of ten words or more (three sites
    # of the fresh sets); the title below is the headline, not the tag
    title = "Fires of the weekend burn more than ten thousand hectares across the region"
    c = read(page(tag, title, LEDE, BODY), url="https://paper.example/?p=2024")
    assert c.headline == title and LEDE in story(c)


def test_a_short_headline_over_a_long_subtitle_with_a_full_stop_is_still_the_headline():
    # the nearest story shape: the line under the short title ends a sentence (a standfirst)
    subtitle = "Seven people were killed as storms crossed the state on Saturday night."
    c = read(page("Deadly storms", subtitle, LEDE, BODY), url=NO_WORDS)
    assert c.headline == "Deadly storms" and subtitle in story(c)


@pytest.mark.parametrize("title", ["Deadly storms", "River Rising"])
def test_a_short_headline_over_its_subtitle_is_still_the_headline(title):
    subtitle = "Seven killed as storms cross the state"
    c = read(page(title, subtitle, LEDE, BODY), url=NO_WORDS)
    assert c.headline == title and subtitle in story(c)


# --- a note in brackets after the paragraph's last sentence ----------------------------------

LONG = " ".join([LEDE, BODY, LEDE.replace("Saturday", "Sunday"), BODY.replace("Sunday", "Monday")])


@pytest.mark.parametrize("note,kind", [
    (" (Tuesday 4 November 2023)", "date-stamp"), ("(Martedì 4 novembre 2023)", "date-stamp"),
    (" (Ed/ Desk) 10:15 04-11-23", "credit"), (" (Coast Agency/Jane Roe)", "credit"),
])
def test_a_stamp_or_credit_in_brackets_after_the_last_sentence_is_cut_off(note, kind):
    c = read(page(TITLE, LEDE + note, BODY))
    assert story(c) == [LEDE, BODY] and rules(c)[note.strip()] == "bracketed-note"
    assert [r.kind for r in c.removed] == [kind] and not c.excerpt
    # the date the page prints still dates it, as any removed date-stamp's does
    assert (c.date == note.strip().strip("()")) == (kind == "date-stamp")


@pytest.mark.parametrize("note,kind,date", [
    (" (14/11/2023)", "date-stamp", "14/11/2023"),
    (" (Coast Agency/ Harbourtown, 14 November 2023)", "credit",
     "Coast Agency/ Harbourtown, 14 November 2023"),
    (" (Coast Agency/ Harbourtown) 10:15 14.11.2023", "credit",
     "Coast Agency/ Harbourtown 10:15 14.11.2023"),
])
def test_the_date_of_a_note_in_figures_or_in_a_credit_is_the_pages_date(note, kind, date):
    """A date in figures has slashes but is no slashed credit; a credit's date, in the note or
    after it, is the date the page prints all the same (the off-event test dates a page by it)."""
    c = read(page(TITLE, LEDE + note, BODY))
    assert story(c) == [LEDE, BODY] and [r.kind for r in c.removed] == [kind]
    assert c.date == date


def test_a_picture_credit_in_brackets_after_a_long_paragraph_is_cut_off():
    text = LONG.rstrip(".") + " (Photo www.valleynews.example)"
    c = read(page(TITLE, text, BODY))
    assert rules(c)["(Photo www.valleynews.example)"] == "bracketed-note"
    assert LONG.rstrip(".") in story(c)


@pytest.mark.parametrize("tail", [
    " The fire started at 3 a.m. (0100 GMT)", " Gifts can be made online (www.aid.example)",
    " (Officials said the toll could still rise.)", " (In 2018 the dam was rebuilt)",
    " The river was three metres above its normal level (3/1)",
])
def test_a_note_of_the_story_in_brackets_stays_story(tail):
    c = read(page(TITLE, LEDE + tail, BODY))
    assert story(c) == [LEDE + tail, BODY]


def test_a_short_caption_with_its_credit_is_removed_whole():
    caption = ("Rescuers carry a boat along a flooded street in the valley on Saturday. "
               "(AP Photo/Jane Roe)")
    c = read(page(TITLE, caption, LEDE, BODY))
    assert story(c) == [LEDE, BODY] and rules(c)[caption] != "bracketed-note"


# --- a line ending with a colon over furniture or at the page's end ---------------------------

POINTERS = ["See all the pictures of the rescue here:", "Our earlier report on the storm:"]


def test_one_line_ending_with_a_colon_at_the_page_end_stays_story():
    c = read(page(TITLE, LEDE, BODY, POINTERS[0]))
    assert POINTERS[0] in story(c)  # (the text may have been cut under it)


def test_two_pointers_in_a_row_at_the_page_end_are_furniture():
    c = read(page(TITLE, LEDE, BODY, *POINTERS))
    assert story(c) == [LEDE, BODY] and {rules(c)[p] for p in POINTERS} == {"pointer"}


def test_a_pointer_over_links_the_rules_removed_is_furniture():
    links = ["--> Floods close the mountain pass", "--> Rain returns to the coast"]
    c = read(page(TITLE, LEDE, "More from the region on our pages:", *links, BODY))
    assert story(c) == [LEDE, BODY]
    assert rules(c)["More from the region on our pages:"] == "pointer"


@pytest.mark.parametrize("lead,under", [
    ("The dead were named by the police:", "A farmer, 61, and his two sons, who had tried to "
                                           "reach the bridge in a tractor."),
    ("He added:", "\u201cWe will stay until the last family is safe.\u201d"),
])
def test_a_line_ending_with_a_colon_over_the_story_stays_story(lead, under):
    c = read(page(TITLE, LEDE, lead, under, BODY))
    assert story(c) == [LEDE, lead, under, BODY]


@pytest.mark.parametrize("last", [
    "The toll rose again. Officials gave the names of the dead:",
    "The regional office said that the following villages would be evacuated before noon on "
    "Sunday:",
])
def test_a_sentence_or_a_long_line_ending_with_a_colon_at_the_end_stays_story(last):
    c = read(page(TITLE, LEDE, BODY, last))
    assert last in story(c) and not c.removed


# --- a short caption ending on a slashed credit -------------------------------------------------

@pytest.mark.parametrize("caption", [
    "A block of flats in the valley after the fire, ten dead and thirty hurt — Jane Roe/AP/DESK",
    "Rescue boat on the river, archive picture /JANE ROE/DESK /Desk",
    "Boats on the flooded square on Sunday morning — Jane Roe/COASTPRESS",
])
def test_a_short_caption_ending_on_a_slashed_credit_is_a_caption(caption):
    c = read(page(TITLE, caption, LEDE, BODY))
    assert story(c) == [LEDE, BODY] and rules(c)[caption] == "slash-credit"


@pytest.mark.parametrize("line", [
    "Traffic was sent round the valley on the A1/A2",  # one slash, no organisation last
    "Rescue crews reached the valley on Sunday — Jane Roe/AP/DESK.",  # a sentence
    "Ratio of the dead to the missing: 40/50",
])
def test_a_story_line_with_a_slash_at_its_end_stays_story(line):
    c = read(page(TITLE, LEDE, line, BODY))
    assert line in story(c)


# ("Verlo mill workers", three words of the address, is a guard row: it passed before the fix)
@pytest.mark.parametrize("title", ["Verlo mourns workers", "Verlo mill workers"])
def test_a_short_title_naming_two_words_of_a_longer_address_is_the_headline(title):
    # review 8: a title of three words shares two of the address's seven content words, under
    # the share a long title needs; a place or section over the lede names one word at most
    url = "https://news.example/world/mill-roof-falls-in-at-verlo-forty-workers-inside"
    c = read(page(title, LEDE, BODY), url=url)
    assert c.headline == title and story(c) == [LEDE, BODY]


def test_a_two_word_topic_label_naming_two_words_of_the_address_is_no_headline():
    # guard row (passed before the fix): a topic label of two capitalised words over the lede
    url = "https://news.example/world/verlo-floods-mill-roof-falls-in-forty-workers-inside"
    c = read(page("Verlo Floods", LEDE, BODY), url=url)
    assert c.headline != "Verlo Floods"
