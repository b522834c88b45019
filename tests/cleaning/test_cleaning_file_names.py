"""Pictures saved as their files' names: a line of one file name or more ("TREE-DOWN.jpg", an
agency's number, hashes), or a theme's cropped copy with its size, is no story, and the line
right under a file name is the picture's caption (three sites of the working sets, four pages
more with the caption shape). Invented text in the shapes of those pages; a sentence that names
a file format, and the copy's last line cut off under a file name, stay story."""

from __future__ import annotations

import pytest

from tests.conservation import page, read, rules, story

TITLE = "Storm topples trees across the city overnight"
LEDE = ("Strong winds brought down dozens of trees across the city overnight, and crews worked "
        "through the morning to clear the roads.")
BODY = "Nobody was hurt, the city said, though some streets stayed closed until noon."
CAPTION = "A fallen tree blocks a side street near the park."


@pytest.mark.parametrize("name", [
    "FALLEN-TREE.jpg", "AP24123456789012.jpg", "cropped Team photo 2 300x300",
    "0a1b2c3d4e5f60718293a4b5c6d7e8f9.md.jpg 9f8e7d6c5b4a39281706f5e4d3c2b1a0.md.jpg",
])
def test_a_pictures_file_name_is_furniture(name):
    c = read(page(TITLE, LEDE, name, BODY))
    assert story(c) == [LEDE, BODY] and rules(c)[name] == "file-name"


def test_the_line_under_a_file_name_is_its_caption():
    c = read(page(TITLE, LEDE, "FALLEN-TREE.jpg\n" + CAPTION, BODY))
    assert story(c) == [LEDE, BODY] and rules(c)[CAPTION] == "file-name-caption"


def test_a_sentence_naming_a_file_format_is_story():
    line = "The city posted a map of the closed streets as a single .png file on its website."
    c = read(page(TITLE, LEDE, line, BODY))
    assert story(c) == [LEDE, line, BODY]


def test_a_cut_last_line_under_a_file_name_stays_and_flags_the_excerpt():
    cut = "Another tree fell across the road near the old"
    c = read(page(TITLE, LEDE, BODY, "FALLEN-TREE.jpg\n" + cut))
    assert story(c) == [LEDE, BODY, cut] and c.excerpt


def test_a_lede_under_a_file_name_is_story():
    lede = ("Strong winds brought down dozens of trees across Elmsworth overnight, and crews from "
            "three towns worked through the morning to clear the roads to the harbour.")
    c = read(page(TITLE, "IMG_20310301_0915.jpg\n" + lede, BODY))
    assert story(c) == [lede, BODY] and rules(c)["IMG_20310301_0915.jpg"] == "file-name"


def test_a_dateline_lede_under_a_file_name_is_story_though_it_names_an_agency():
    lede = ("ELMSWORTH (AP) — Strong winds brought down dozens of trees across the town "
            "overnight, and crews worked through the morning to clear the roads to the harbour.")
    c = read(page(TITLE, "IMG_20310301_0915.jpg\n" + lede, BODY))
    assert story(c) == [lede, BODY]


@pytest.mark.parametrize("caption", [
    "A fallen oak lies across Mill Lane in Elmsworth on Tuesday morning.",
    "A fallen oak lies across Mill Lane in Elmsworth on Tuesday morning after the gale "
    "that swept the coast (Photo: Tamsin Okoro)",
    "Crews from the town works depot cut a fallen oak into pieces on Mill Lane in "
    "Elmsworth, Tuesday",
    "Crews cut a fallen oak into pieces on Mill Lane in Elmsworth on Tuesday morning. "
    "Foto: Tamsin Okoro/Elmsworth Post",
])
def test_a_long_caption_under_a_file_name_is_still_a_caption(caption):
    c = read(page(TITLE, LEDE, "FALLEN-OAK.jpg\n" + caption, BODY))
    assert story(c) == [LEDE, BODY] and rules(c)[caption] == "file-name-caption"
