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


# --- counts that only grow while a story unfolds (the arrested, the recaptured, the rescued,
# the identified) are running counts: 4 arrested on one day and 9 two days later are an update,
# not sources that disagree (issue 16; the analysis's docstring named arrests running already)


def _draft_of_days(tmp_path, pages: dict[str, tuple[str, str]]):
    """``briefing extract`` on invented English pages ({stem: (published, text)}) of one outlet."""
    from conftest import copy_example

    from generator.content.load import load
    from generator.content.problems import Problems
    from generator.extract.draft import extract

    project = copy_example(tmp_path / "b")
    articles = project / "content" / "articles"
    for stem, (published, text) in pages.items():
        (articles / f"{stem}.txt").write_text(text, encoding="utf-8")
        (articles / f"{stem}.yaml").write_text(
            f"outlet: levant-wire\npublished: {published}\nlanguage: en\n", encoding="utf-8")
    problems = Problems(project / "content")
    content = load(project / "content", problems)
    assert not problems.errors, [p.message for p in problems.errors]
    return extract(content, list(pages), skip_curated=False)


@pytest.mark.parametrize(("first", "later"), [
    ("Police in Varnholm have arrested 4 people over the blaze.",
     "Police in Varnholm have now arrested 9 people over the blaze."),
    ("Guards at Kessel have recaptured 12 inmates since the breakout.",
     "Guards at Kessel have recaptured 31 inmates since the breakout."),
])
def test_a_count_that_grows_over_days_is_running(tmp_path, first, later):
    draft = _draft_of_days(tmp_path, {
        "day-one": ("2031-05-05T09:00:00+00:00", f"Varnholm update\n\n{first}\n"),
        "day-three": ("2031-05-07T09:00:00+00:00", f"Varnholm update\n\n{later}\n"),
    })
    both = [f for f in draft.figures if {r.article for r in f.reports} == {"day-one", "day-three"}]
    assert both and both[0].kind == "running", [(f.label, f.kind, [r.article for r in f.reports])
                                                for f in draft.figures]
