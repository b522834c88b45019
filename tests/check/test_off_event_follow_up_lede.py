"""A follow-up that opens by naming the event it follows, with its year (issue 15, round 13).

A trial, an inquiry or a funeral reported years on is about the briefing's event, but it is
written with names of its own (the accused, the judges, the court) and names the event as a
time past: "the trial over the collapse of the viaduct in Corvella in August 2031 ended". Its
names point away and it recalls the event's year, which is also how the same region's next
collapse reads (`test_off_event_recalled_year.py`). What sets it apart is where the year is:
its first sentence names the event's place with it, as the follow-up's subject; a near miss
opens with its own event and recalls the earlier one after it. Such a page is a question for
the analyst, not a page kept out, whatever its date. Invented text throughout.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.check.off_event import judge_pages
from generator.text.written_dates import years_without_day
from tests.check.test_off_event_recalled_year import EVENT, GIVEN, LATER
from tests.conftest import loaded_pages

#: The trial, five years on, undated: the accused and the judges are new names.
TRIAL = ("court-en", "en", "", "Verdict in viaduct trial\n\nThe trial over the collapse of the "
         "Aldren viaduct in Corvella in August 2031 ended on Tuesday at the Halvren court, where "
         "judge Mira Tollan acquitted the engineers Davo Kresk, Lina Peyr and Osko Brant, the "
         "roads official Tamas Vell and the contractor Renna Holt. Prosecutor Ivo Sandrel said "
         "he would appeal, the families' lawyer Petra Lunn called it a dark day for the Velmar "
         "bar, and the former minister Ilo Mardes, who had testified, did not comment.")


def _verdicts(root: Path, title: str, pages: list) -> dict[str, bool]:
    return {v.article: v.sure for v in judge_pages(loaded_pages(root, title, pages))}


@pytest.mark.parametrize("title", ["The Corvella bridge collapse", GIVEN])
def test_an_undated_follow_up_opening_on_the_event_is_not_kept_out(tmp_path: Path,
                                                                   title: str) -> None:
    verdicts = _verdicts(tmp_path, title, [*EVENT, TRIAL])
    assert verdicts.get("court-en") is not True


@pytest.mark.parametrize("title", ["The Corvella bridge collapse", GIVEN])
def test_a_near_miss_recalling_the_event_after_its_own_lede_is_still_flagged(
        tmp_path: Path, title: str) -> None:
    verdicts = _verdicts(tmp_path, title, [*EVENT, TRIAL, LATER])
    assert verdicts.get("site-en") is True
    assert verdicts.get("court-en") is not True


def test_the_follow_up_dated_years_on_is_a_question_too(tmp_path: Path) -> None:
    """Dated five years after the event, the trial's page is still about it: its date points
    away as a near miss's would, its first sentence says what it follows."""
    dated = (TRIAL[0], TRIAL[1], "2036-05-20", TRIAL[3])
    assert _verdicts(tmp_path, GIVEN, [*EVENT, dated]).get("court-en") is False


def test_a_greek_date_with_the_article_before_its_year_is_a_full_date() -> None:
    """Greek may write the genitive article between the month and the year ("6 Ιουλίου του
    2031"): the day is written, so the year is no recall."""
    assert years_without_day("συνέβη στις 6 Ιουλίου του 2031 στην πόλη", "el") == []
    assert [y for _at, y in years_without_day("τον Ιούλιο του 2031 στην πόλη", "el")] == [2031]
