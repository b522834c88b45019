"""A weekday in a clause about what is to come is the coming one (trial 4): extract proposes
no event for it, and `briefing check` accepts the analyst's coming day instead of calling it a
clash. Invented sentences."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from generator.extract.dates import dates_in
from generator.site.pipeline import run_check
from generator.text.future import in_future_clause
from generator.text.sentences import Sentence
from tests.conftest import small_briefing

FRIDAY = date(2031, 5, 9)


def _weekdays(text: str, lang: str = "en") -> list[str]:
    found = dates_in(Sentence(0, len(text), text, 0), FRIDAY, lang)
    return [m.date.first.isoformat() for m in found if m.kind == "weekday"]


@pytest.mark.parametrize("text", [
    "The river fell overnight and a second storm is due on Saturday.",
    "The funeral of the two pilots will be held on Monday.",
    "Talks between the unions are due to resume on Tuesday.",
    "Le ministre devrait se rendre sur place samedi.",
    "El pleno va a votar la ley el martes.",
])
def test_a_weekday_to_come_is_no_event(text):
    lang = {"Le": "fr", "El": "es"}.get(text.split()[0], "en")
    assert _weekdays(text, lang) == []


@pytest.mark.parametrize("text, day", [
    ("Divers reached the lower deck on Tuesday, officials said.", "2031-05-06"),
    ("Officials said on Monday that the vote will be held later.", "2031-05-05"),
    ("Currents were forecast to ease from Monday, but rose again.", "2031-05-05"),
])
def test_a_past_weekday_stays_the_last_one(text, day):
    assert _weekdays(text) == [day]


def test_the_clause_ends_at_a_comma():
    assert in_future_clause("Crews will stay on site, and on ") is False
    assert in_future_clause("Crews say the road will reopen on ") is True


def test_check_accepts_the_coming_day_for_a_weekday_to_come(tmp_path: Path):
    content = small_briefing(
        tmp_path, {"alpha": "Alpha"},
        "events:\n  - id: rain\n    title: Rain expected\n    date: 2031-05-10\n    reports:\n"
        "      - article: alpha\n        quote: \"a second storm is due on Saturday\"\n"
        "        date_text: Saturday\n",
        {"alpha": ("Floods\n\nThe river in Verlo fell overnight and a second storm is due on "
                   "Saturday.\n", "outlet: alpha\npublished: 2031-05-09\n")},
        title="Verlo floods")
    checked, problems = run_check(content)
    assert checked is not None
    # was: "the fact sheet gives 10 May 2031, Alpha (Saturday) gives 3 May 2031"
    assert not [p for p in problems.sorted() if "cannot all hold" in p.format()], \
        [p.format() for p in problems.sorted()]


@pytest.mark.parametrize("text, lang, days", [
    ("L'alerte a été donnée à 07h10 (22h10 GMT mardi), et la digue a cédé mercredi.", "fr",
     ["2031-05-07"]),
    ("The tanker struck the reef at 7 a.m. (2200 GMT Tuesday) on Wednesday.", "en",
     ["2031-05-07"]),
])
def test_a_weekday_on_another_clock_in_brackets_is_no_event(text, lang, days):
    # was two days: the clock's Tuesday as well as the story's Wednesday
    assert _weekdays(text, lang) == days


@pytest.mark.parametrize("text", [
    "VERLO, May 8 (Newswire) -- Rescuers pulled 4 people from the mud on Thursday.",
    "VERLO, 8 May (NW) - Rescuers pulled 4 people from the mud on Thursday.",
])
def test_a_wire_datelines_date_is_no_event(text):
    found = dates_in(Sentence(0, len(text), text, 0), FRIDAY, "en")
    # was two events: the day the copy was filed, and Thursday
    assert [(m.expression, m.date.first.isoformat()) for m in found] == [
        ("on Thursday", "2031-05-08")]


@pytest.mark.parametrize("text, lang", [
    ("Nach dem schweren Erdrutsch am Mittwoch geht die Suche weiter.", "de"),
    ("After the landslide on Wednesday, rescuers kept digging through the mud.", "en"),
    ("Tras el derrumbe de este miércoles, los bomberos siguen buscando.", "es"),
])
def test_the_date_of_the_event_a_clause_looks_back_on_is_not_its_own(text, lang):
    # was an event of the search, dated the day of the landslide
    assert _weekdays(text, lang) == []


def test_a_date_of_what_the_sentence_tells_stays():
    assert _weekdays("Rescuers found two survivors on Wednesday after the landslide.") == [
        "2031-05-07"]
