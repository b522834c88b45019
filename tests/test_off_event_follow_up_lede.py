"""A follow-up that opens by naming the event it follows, with its year (issue 15, round 13).

A trial, an inquiry or a funeral reported years on is about the briefing's event, but it is
written with names of its own (the accused, the judges, the court) and names the event as a
time past: "the trial over the collapse of the viaduct in Corvella in August 2031 ended". Its
names point away and it recalls the event's year, which is also how the same region's next
collapse reads (`test_off_event_recalled_year.py`). What sets it apart is where the year is:
its first sentence names the event's place with it, as the follow-up's subject; a near miss
opens with its own event and recalls the earlier one after it. Undated, such a page is a
question for the analyst, not a page kept out. Invented text throughout.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import loaded_pages
from test_off_event_recalled_year import EVENT, GIVEN, LATER

from generator.check.off_event import judge_pages

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


def test_the_follow_up_dated_years_on_is_still_judged_by_its_date(tmp_path: Path) -> None:
    """A page whose own date is years after the event is judged as before: its date and its
    names point away, whatever its first sentence says."""
    dated = (TRIAL[0], TRIAL[1], "2036-05-20", TRIAL[3])
    assert _verdicts(tmp_path, GIVEN, [*EVENT, dated]).get("court-en") is True
