"""The lead's mends of the thirty-third stop (issue 16). Invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from generator.extract.dates import dates_in
from generator.text.sentences import Sentence

FRIDAY = date(2031, 5, 9)


def _weekdays(text: str) -> list[str]:
    found = dates_in(Sentence(0, len(text), text, 0), FRIDAY, "en")
    return [m.date.first.isoformat() for m in found if m.kind == "weekday"]


# --- "may" or "might" before a verb of its own puts the weekday to come (issue 16: "residents
# may return on Wednesday" was dated the Wednesday before, a week early)


@pytest.mark.parametrize("text", [
    "Families from Orlen may return to their flats on Wednesday, the mayor said.",
    "Divers might resume the search of the lower deck on Monday.",
    "The ring road may now reopen on Thursday if the weather holds.",
])
def test_what_may_happen_on_a_weekday_is_to_come(text):
    assert _weekdays(text) == []


@pytest.mark.parametrize(("text", "day"), [
    # a past ability, a past guessed at, a past linked to, the month: the last such day
    ("Families from Orlen could finally go home on Wednesday.", "2031-05-07"),
    ("The hull may have been breached on Wednesday, divers said.", "2031-05-07"),
    ("The blaze may be linked to a fault found on Wednesday.", "2031-05-07"),
    ("In May the pier was shut, and on Wednesday it collapsed.", "2031-05-07"),
])
def test_a_past_weekday_near_may_stays_the_last_one(text, day):
    assert _weekdays(text) == [day]
