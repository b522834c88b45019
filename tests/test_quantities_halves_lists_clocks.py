"""The quantity reader on three shapes the fresh pages of figures round 21 misread, and the
shapes next to them that must read as before. Invented phrases.

- Half a dozen is six, in every language that says it ("half a dozen", "une demi-douzaine",
  "media docena", "ein halbes Dutzend"): not 50 % and a dozen, nor nothing.
- A line opening on a number, a colon and a capital ("1: Nine homes …", "2: The dam …") is
  list numbering, as "1. " and "2) " were.
- A clock time with a dot followed, after a comma or a bracket, by its zone ("a la 1.40, hora
  local", "at 3.25, local time") is a time, not an amount.
"""

from __future__ import annotations

import pytest

from generator.text.quantities import read


def _read(text: str, lang: str) -> list[tuple[str, str, float | None]]:
    return [(text[q.start:q.end], q.kind, q.value) for q in read(text, lang)]


@pytest.mark.parametrize("text, lang, expected", [
    ("Almost half a dozen hikers went missing near Varno.", "en",
     [("half a dozen", "quantity", 6)]),
    ("Une demi-douzaine de maisons ont brûlé à Varno.", "fr",
     [("Une demi-douzaine", "quantity", 6)]),
    ("Media docena de casas ardieron en Varno.", "es", [("Media docena", "quantity", 6)]),
    ("Ein halbes Dutzend Häuser brannte in Varno ab.", "de",
     [("Ein halbes Dutzend", "quantity", 6)]),
    # nearest right shapes: half of a scale, half of a thing, a dozen alone
    ("Half a million people fled Varno.", "en", [("Half a million", "quantity", 500000)]),
    ("Half the town of Varno was flooded.", "en", [("Half", "quantity", 50)]),
    ("A dozen homes burned in Varno.", "en", [("A dozen", "quantity", 12)]),
])
def test_half_a_dozen_is_six(text, lang, expected):
    assert _read(text, lang) == expected


@pytest.mark.parametrize("text, expected", [
    ("1: Nine homes burned at Varno.\n2: The dam gave way at night.",
     [("1", "id", 1), ("Nine", "quantity", 9), ("2", "id", 2)]),
    # nearest right shapes: a count after a label's colon, a count in lower case after it
    ("Toll: 12 dead at Varno.", [("12", "quantity", 12)]),
    ("12: dead at Varno", [("12", "quantity", 12)]),
])
def test_a_line_opening_on_a_number_and_a_colon_is_list_numbering(text, expected):
    assert _read(text, "en") == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("El depósito estalló a la 1.40, hora local, en Varno.", "es", [("1.40", "time", 1)]),
    ("The silo burst at 3.25, local time, in Varno.", "en", [("3.25", "time", 3)]),
    # nearest right shape: an amount with a comma and other words after it
    ("Prices in Varno rose 2.50, local traders said.", "en", [("2.50", "quantity", 2.5)]),
])
def test_a_clock_time_with_its_zone_after_a_comma(text, lang, expected):
    assert _read(text, lang) == expected


@pytest.mark.parametrize("text, expected", [
    # a title-case headline after a plural subject: the verb's base form before the count
    ("Floods Kill 9, Strand 300 in Varno", [("9", "quantity", 9), ("300", "quantity", 300)]),
    ("Storms Kill 12 Across Varno", [("12", "quantity", 12)]),
    # nearest right shape: a road named by its number
    ("Crash on Route 66, Police Say", [("66", "id", 66)]),
])
def test_a_title_case_headline_counts_after_a_plural_subjects_verb(text, expected):
    assert _read(text, "en") == expected


@pytest.mark.parametrize("text, expected", [
    ("The Varno levee broke at 0340 local time.", [("0340 local time", "time", 3)]),
    ("It gave way at 2200 GMT.", [("2200 GMT", "time", 22)]),
    # nearest right shape: a count before "local"
    ("Some 1200 local residents fled Varno.", [("1200", "quantity", 1200)]),
])
def test_four_digits_before_local_time_are_a_clock_time(text, expected):
    assert _read(text, "en") == expected
