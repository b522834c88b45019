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
    "Staff photo.",
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
    "MV Kalmo served B",
    "The MV Kalmo served B",
    "Barge Kalmo served the two isl",
])
@pytest.mark.parametrize("crosshead", ["CAUTION", "WAITING ON THE QUAY"])
def test_a_copy_cut_inside_a_word_after_a_crosshead_keeps_both(crosshead, tail):
    older = "Eleven years ago, 80 people died in a similar sinking."
    text = f"{TITLE}\n\n{LEDE}\n\n{BODY}\n\n{older}\n{crosshead}\n\n{tail}\n"
    c = read(text)
    assert story(c)[-2:] == [crosshead, tail]
    assert c.excerpt
    assert not any(dict(r.yields).get("via") for r in c.removed)


# --- review 18: near shapes the first mends misread ---------------------------------------------

@pytest.mark.parametrize("said, language", [
    ("The only image of the barge after the sinking is a U.S. Coast Guard photo.", "en"),
    ("The ministry's website still carries Mr. Vale's photo.", "en"),
    ("Das Ministerium zeigt auf seiner Seite noch immer Dr. Roes Foto.", "de"),
    ("He raised the camera once more over the water. Click. Another photo.", "en"),
    ("Die Polizei veröffentlichte am Montag nur den Namen des Kapitäns. Kein Foto.", "de"),
    ("De la maison de la famille, il ne reste rien. Une photo.", "fr"),
    ("De su hijo solo le queda un recuerdo. Una foto.", "es"),
])
def test_a_sentence_ending_on_a_photo_after_an_abbreviation_or_a_function_word_stays(
        said, language):
    c = read(page(TITLE, LEDE, said, BODY), language=language)
    assert said in story(c)


@pytest.mark.parametrize("parts, kept", [
    (("Ferry Capsizes On Lake Orun (Video)", LEDE, BODY), "Ferry Capsizes On Lake Orun (Video)"),
    (("Barge Kalmo Sinks (Updated)", LEDE, BODY), "Barge Kalmo Sinks (Updated)"),
    (("3 May 2021", "Barge Kalmo Sinks (Live Updates)", "Divers at work", LEDE, BODY),
     "Barge Kalmo Sinks (Live Updates)"),
    ((TITLE, "Who was on board?", "Tom Vale (Kenya)", LEDE, BODY), "Tom Vale (Kenya)"),
    ((TITLE, "The candidates:", "Jane Roe (Labour)", "Tom Vale (Greens)", LEDE, BODY),
     "Jane Roe (Labour)"),
    ((TITLE, "Mayor Jane Roe (Valmont)", LEDE, BODY), "Mayor Jane Roe (Valmont)"),
])
def test_a_name_with_a_word_in_brackets_that_is_no_aggregators_line_is_not_its_via(parts, kept):
    c = read(page(*parts))
    assert not any(r.rule == "source-line" for r in c.removed)
    assert kept in [*story(c), c.headline]


def test_a_byline_with_its_agency_in_brackets_is_not_a_source_line():
    c = read(page("3 May 2021", "Jane Roe (Reuters)", TITLE, LEDE, BODY))
    assert not any(r.rule == "source-line" for r in c.removed)


def test_a_short_story_under_a_pictures_label_and_over_its_date_is_kept():
    lede = ("Eine Fähre ist am Montag auf dem Orun-See gekentert, mindestens vierzig Menschen "
            "kamen dabei ums Leben, teilte die Polizei mit.")
    c = read(page("Fähre kentert im Orun-See", "Foto: dpa", lede, "03.05.2021"))
    assert c.headline == "Fähre kentert im Orun-See"
    assert story(c) == [lede]


def test_a_standfirst_between_a_pictures_label_and_the_byline_is_kept():
    standfirst = ("Forty people died when the barge sank off Sarn Island on Monday, and divers "
                  "are still searching the lake for the missing.")
    c = read(page(TITLE, "Photo: The Courier", standfirst, "By Tom Vale", BODY))
    assert standfirst in story(c)


@pytest.mark.parametrize("last", [
    "Lake Orun Ferry Owners Had No plan B", "Why Sailors Need More vitamin D",
])
def test_related_titles_ending_on_a_lettered_label_are_still_removed(last):
    c = read(page(TITLE, LEDE, BODY, "Ferry Safety", last))
    assert story(c) == [LEDE, BODY]
    assert not c.excerpt


@pytest.mark.parametrize("caption", [
    "Divers search the lagoon near Sarn Island. PHOTO | JANE ROE | HARBOUR MEDIA GROUP.",
    "Divers search the lagoon near Sarn Island. PHOTO | J. ROE | HARBOUR MEDIA GROUP",
])
def test_a_pipe_credit_ending_on_a_stop_or_holding_an_initial_is_a_caption(caption):
    c = read(page(TITLE, caption, LEDE, BODY))
    assert story(c) == [LEDE, BODY]


@pytest.mark.parametrize("line", [
    "The Harbour Times (Dar es Salaam)", "The Valley Herald (Port of Sarn)",
    "Lake Courier (Sarn, Orunland)",
])
def test_an_aggregators_source_line_with_a_city_of_several_words(line):
    title = "Sarnia: Barge Kalmo Sinks in Lake Orun"
    c = read(page("3 May 2021", line, title, LEDE, BODY))
    assert c.headline == title
    removed = next(r for r in c.removed if r.text == line)
    assert removed.rule == "source-line"
