"""A weekday tied to the week before publication: "Tuesday last week", "am Dienstag vergangener
Woche", "mardi dernier". Trial 13 found "am Dienstag vergangener Woche" read as its "am Dienstag"
alone (the most recent Tuesday), a week late, in an article published on a Saturday; "the
Tuesday of last week" and the foreign "last Tuesday" were no wording Briefing knew. Invented
sentences."""

from __future__ import annotations

from datetime import date

import pytest

from generator.extract.dates import dates_in
from generator.text.relative_dates import resolve
from generator.text.sentences import Sentence

SATURDAY = date(2031, 4, 5)  # the week before runs Monday 24 to Sunday 30 March
TUESDAY = date(2031, 4, 1)


@pytest.mark.parametrize(("wording", "published", "day"), [
    ("Tuesday last week", SATURDAY, date(2031, 3, 25)),
    ("on Tuesday of last week", SATURDAY, date(2031, 3, 25)),
    ("am Dienstag vergangener Woche", SATURDAY, date(2031, 3, 25)),
    ("Dienstagabend der letzten Woche", SATURDAY, date(2031, 3, 25)),
    ("mardi de la semaine dernière", SATURDAY, date(2031, 3, 25)),
    ("el martes de la semana pasada", SATURDAY, date(2031, 3, 25)),
    ("martedì della settimana scorsa", SATURDAY, date(2031, 3, 25)),
    ("na terça-feira da semana passada", SATURDAY, date(2031, 3, 25)),
    ("Sunday last week", TUESDAY, date(2031, 3, 30)),
    # "last Tuesday" in other languages: the most recent Tuesday strictly before publication
    ("am vergangenen Dienstag", SATURDAY, date(2031, 4, 1)),
    ("am vergangenen Dienstag", TUESDAY, date(2031, 3, 25)),
    ("mardi dernier", TUESDAY, date(2031, 3, 25)),
    ("el martes pasado", TUESDAY, date(2031, 3, 25)),
    ("martedì scorso", TUESDAY, date(2031, 3, 25)),
    ("lo scorso martedì", TUESDAY, date(2031, 3, 25)),
    ("na terça-feira passada", TUESDAY, date(2031, 3, 25)),
    ("na última terça-feira", TUESDAY, date(2031, 3, 25)),
])
def test_the_week_before_publication_is_read(wording: str, published: date, day: date) -> None:
    found = resolve(wording, published).date
    assert (found.first, found.last) == (day, day)


@pytest.mark.parametrize(("sentence", "language", "wording", "day"), [
    ("Der Frachter war am Dienstag vergangener Woche im Kanal von Varnholm auf Grund gelaufen.",
     "de", "am Dienstag vergangener Woche", date(2031, 3, 25)),
    ("The barge ran aground in the Varnholm channel on Tuesday last week, the port said.",
     "en", "on Tuesday last week", date(2031, 3, 25)),
    ("La barge s'est échouée mardi dernier dans le chenal de Varnholm.",
     "fr", "mardi dernier", date(2031, 4, 1)),
])
def test_extract_takes_the_whole_wording_not_the_weekday_alone(
        sentence: str, language: str, wording: str, day: date) -> None:
    found = [m for m in dates_in(Sentence(0, len(sentence), sentence, 0), SATURDAY, language)
             if m.kind == "weekday"]
    assert [(m.expression, m.date.first) for m in found] == [(wording, day)]


def test_this_weeks_weekday_is_unchanged() -> None:
    sentence = "Der Frachter war am Dienstag im Kanal von Varnholm auf Grund gelaufen."
    found = dates_in(Sentence(0, len(sentence), sentence, 0), SATURDAY, "de")
    assert [(m.expression, m.date.first) for m in found] == [("am Dienstag", date(2031, 4, 1))]
