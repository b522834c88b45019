"""A publication stamp and an update stamp on one line with no separator between them (round 14,
invented snippets in the shapes of real pages): "Published <date> Updated <date>", the second
label perhaps glued to its figures. The date line allowed a second label only after a comma, so
such a line stayed in the story (or was cut in two by another rule). A story line that opens
with a label and goes on with a sentence says something, and stays story."""

from __future__ import annotations

import pytest

from tests.conservation import page, read, rules, story

TITLE = "Lorry and car collide on the valley road"
LEDE = ("A lorry and a car collided on the valley road on Thursday morning, and seven people "
        "were taken to hospital, the fire service said.")
BODY = "The road stayed closed for four hours while the police looked into the cause."


@pytest.mark.parametrize(("line", "language"), [
    ("Published 3 May 2024 Updated 4 May 2024", "en"),
    ("Publié le 14/03/2024 à 09h12 Mis à jour le14/03/2024 à 17h40", "fr"),
    ("9 avril 2022 08:15 Mis à jour: 9 avril 2022 08:16", "fr"),
    ("3 May 2024, updated 2 hours ago", "en"),
    ("Published 3 May 2024, updated", "en"),
])
def test_two_stamps_on_one_line_are_a_date_line(line, language):
    c = read(page(TITLE, line, LEDE, BODY), language=language)
    assert story(c) == [LEDE, BODY], rules(c)
    assert rules(c)[line] == "date-line", rules(c)


@pytest.mark.parametrize("line", [
    "Updated figures published on 4 May 2024 showed that seven people were hurt.",
    "Published 3 May 2024, the report was updated after the police named the driver.",
])
def test_a_sentence_opening_with_a_stamp_label_stays_story(line):
    c = read(page(TITLE, LEDE, line, BODY), language="en")
    assert story(c) == [LEDE, line, BODY], rules(c)


# Review 1: a second label, after a comma or with no separator, is a second stamp only with its
# own date or time (or alone at the end of the line).
# A live ticker's entry opens with its time, then a label word and the news ("12:40 Update: …",
# German "stand" is both the label and the verb "stood"): it is story.
@pytest.mark.parametrize(("line", "language"), [
    ("12:40 Update: the bridge has reopened.", "en"),
    ("4 March 2024 updated guidance tells residents to leave.", "en"),
    ("10.45 Uhr stand das Wasser am Pegel zwei Meter hoch.", "de"),
    ("9 aprile 2022 aggiornamento: due dispersi ritrovati vivi nel bosco", "it"),
    ("4 March 2024, updated guidance tells residents to leave.", "en"),
    ("12:40, update: the bridge has reopened.", "en"),
])
def test_a_ticker_entry_opening_with_a_time_and_a_label_stays_story(line, language):
    c = read(page(TITLE, LEDE, line, BODY), language=language)
    assert story(c) == [LEDE, line, BODY], rules(c)
