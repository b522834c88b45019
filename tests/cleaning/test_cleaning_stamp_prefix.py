"""A date line that opens with a section's or agency's name and a spaced dash, with the article
or the writer's word before the date, or with a German "Datum:" / "Zeit:" label (round 15,
invented snippets in the shapes of real pages: a fire service's news page, a blog that prints
the date in brackets, a fire brigade's report with its date and time on two lines). The date
line allowed only a stamp label before the date, so such a line stayed in the story. A line
where a sentence follows the date, or a place and dash before a sentence, stays story."""

from __future__ import annotations

import pytest

from tests.conservation import page, read, rules, story

TITLE = "Barn fire on the hill farm"
LEDE = ("A barn burned down on the hill farm on Sunday night, and forty firefighters kept the "
        "flames from the house, the fire service said.")
BODY = "The cause of the fire is not yet known and the police have opened an inquiry."


@pytest.mark.parametrize(("line", "language"), [
    ("Einsätze - Am 12. März 2023", "de"),
    ("Interventions - Le 3 novembre 2021", "fr"),
    ("Notizie - Il 4 maggio 2022", "it"),
    ("(Di martedì 6 febbraio 2024)", "it"),
    ("Datum: 14.06.2021", "de"),
    ("Zeit: 18:42 Uhr", "de"),
    ("Datum: 9. Juli 2022 um 21:05 Uhr", "de"),
])
def test_a_date_line_with_a_section_word_or_label_before_it_is_a_date_stamp(line, language):
    c = read(page(TITLE, line, LEDE, BODY), language=language)
    assert story(c) == [LEDE, BODY], rules(c)
    assert rules(c)[line] == "date-line", rules(c)


@pytest.mark.parametrize(("line", "language"), [
    ("Tuesday - 4 March 2024, the bridge reopened to lorries after the repairs.", "en"),
    ("Wochenende - am 12. März 2023 brannte die Scheune zum zweiten Mal.", "de"),
    ("Il 4 maggio 2022 la stessa stalla aveva già preso fuoco una prima volta.", "it"),
    ("Zeit für Fragen blieb den Anwohnern am Abend kaum, sagte der Bürgermeister.", "de"),
])
def test_a_sentence_after_a_section_word_or_a_date_stays_story(line, language):
    c = read(page(TITLE, LEDE, line, BODY), language=language)
    assert story(c) == [LEDE, line, BODY], rules(c)
