"""Times of day the sources give for one event are compared (trials 10 and 11: one outlet's time
nine minutes, another's an hour, off the others' was set aside and compared with nothing).
Invented pages and fact sheets."""

from __future__ import annotations

import html
from datetime import date
from pathlib import Path

import pytest

from generator.text.clock_times import clock_time
from generator.text.relative_dates import resolve
from tests.conftest import checked_pages

PAGES = {
    "wire-a": ("en", "The ferry struck the pier at Oskel on Friday at 13:38, the port said."),
    "daily-b": ("en", "The ferry struck the pier at Oskel on Friday at 13:47, witnesses said."),
    "site-c": ("de", "Die Fähre prallte am Freitag gegen 14 Uhr Ortszeit gegen den Pier."),
    "paper-d": ("fr", "Le ferry a heurté la jetée vendredi à 11 h 38 GMT, selon le port."),
}


def _event(date_line: str, reports: dict[str, tuple[str, str]]) -> str:
    rows = "".join(f"      - article: {a}\n        quote: \"{q}\"\n        date_text: {d}\n"
                   for a, (q, d) in reports.items())
    return ("places:\n  - id: oskel\n    name: Oskel\n"
            "events:\n  - id: strike\n    title: The ferry strikes the pier\n"
            f"    date: {date_line}\n    place: oskel\n    reports:\n{rows}")


def _checked(root: Path, facts: str):
    """The checked briefing of the four pages, all published on Saturday 3 May 2031."""
    return checked_pages(root, facts, PAGES, "Oskel", dict.fromkeys(PAGES, "2031-05-03"))


def test_a_source_whose_time_is_nine_minutes_off_is_a_conflict(tmp_path: Path):
    facts = _event("2031-05-02T13:38+02:00", {
        "wire-a": ("struck the pier at Oskel on Friday at 13:38", "on Friday at 13:38"),
        "daily-b": ("struck the pier at Oskel on Friday at 13:47", "on Friday at 13:47")})
    checked = _checked(tmp_path, facts)
    why = checked.date_conflicts["strike"]
    # the day agrees everywhere: before, nothing was flagged
    assert "Daily-B (on Friday at 13:47) gives 13:47 (read as the event's local time)" in why
    assert "the fact sheet gives 13:38 (UTC+02:00)" in why
    # Wire-A agrees with the fact sheet, not with Daily-B
    assert "the fact sheet gives 13:38 (UTC+02:00), Wire-A" not in why
    assert "Wire-A (on Friday at 13:38) gives 13:38 (read as the event's local time), Daily-B" \
        in why


def test_times_that_agree_within_their_slack_or_on_other_clocks_are_no_conflict(
        tmp_path: Path):
    facts = _event("2031-05-02T13:38+02:00", {
        "wire-a": ("struck the pier at Oskel on Friday at 13:38", "on Friday at 13:38"),
        # about 14:00 local: within half an hour of 13:38
        "site-c": ("am Freitag gegen 14 Uhr Ortszeit", "am Freitag gegen 14 Uhr Ortszeit"),
        # 11:38 GMT is 13:38 at UTC+2
        "paper-d": ("vendredi à 11 h 38 GMT", "vendredi à 11 h 38 GMT")})
    checked = _checked(tmp_path, facts)
    assert "strike" not in checked.date_conflicts


def test_a_utc_time_an_hour_off_the_moment_is_a_conflict(tmp_path: Path):
    facts = _event("2031-05-02T13:38+02:00", {
        "paper-d": ("vendredi à 11 h 38 GMT", "vendredi à 11 h 38 GMT")})
    checked = _checked(tmp_path, facts)
    assert "strike" not in checked.date_conflicts  # same moment, other clock
    facts = facts.replace("2031-05-02T13:38+02:00", "2031-05-02T14:38+02:00")
    checked = _checked(tmp_path / "b", facts)
    assert "gives 11:38 (UTC)" in checked.date_conflicts["strike"]


def test_without_the_event_s_moment_local_times_are_compared_with_each_other_only(
        tmp_path: Path):
    facts = _event("2031-05-02", {
        "wire-a": ("struck the pier at Oskel on Friday at 13:38", "on Friday at 13:38"),
        "daily-b": ("struck the pier at Oskel on Friday at 13:47", "on Friday at 13:47"),
        "paper-d": ("vendredi à 11 h 38 GMT", "vendredi à 11 h 38 GMT")})
    checked = _checked(tmp_path, facts)
    why = checked.date_conflicts["strike"]
    assert "Wire-A (on Friday at 13:38) gives 13:38" in why and "gives 13:47" in why
    assert "11:38" not in why  # UTC against an unknown local clock: not compared


@pytest.mark.parametrize(("wording", "shown"), [
    ("yesterday at around 7 pm", "about 19:00 (local time)"),
    ("am freitag gegen 19 uhr ortszeit", "about 19:00 (local time)"),
    ("vendredi à 19 h 30", "19:30 (local time)"),
    ("el viernes a las 19.05 hora local", "19:05 (local time)"),
    ("on friday at 12:15 am", "00:15 (local time)"), ("friday at 11.30 gmt", "11:30 (UTC)"),
    ("friday at 13:30 cest", "13:30 (UTC+02:00)"),
    ("on friday at 7 pm", "about 19:00 (local time)")])
def test_the_clock_time_of_a_wording(wording, shown):
    assert clock_time(wording).display() == shown


def test_a_zone_of_several_countries_and_no_hour_are_not_read():
    assert clock_time("friday at 7.30 pm ist") is None  # India, Ireland or Israel
    assert clock_time("friday at 13 pm") is None
    assert resolve("Friday at 7.30 pm IST", date(2031, 5, 3)).time is None
    assert resolve("Friday at 7.30 pm", date(2031, 5, 3)).time.display() == "19:30 (local time)"


def test_an_event_of_several_days_compares_no_times(tmp_path: Path):
    facts = _event("2031-05-01/2031-05-02", {
        "wire-a": ("struck the pier at Oskel on Friday at 13:38", "on Friday at 13:38"),
        "daily-b": ("struck the pier at Oskel on Friday at 13:47", "on Friday at 13:47")})
    checked = _checked(tmp_path, facts)
    assert "strike" not in checked.date_conflicts


@pytest.mark.slow  # measured over two seconds: a whole briefing or another process
def test_the_timeline_page_flags_a_time_that_cannot_hold(tmp_path: Path):
    import shutil

    from tests.conftest import copy_example, run_briefing, small_briefing

    project = copy_example(tmp_path / "briefing")
    shutil.rmtree(project / "content")
    facts = _event("2031-05-02T13:38+02:00", {
        "wire-a": ("struck the pier at Oskel on Friday at 13:38", "on Friday at 13:38"),
        "daily-b": ("struck the pier at Oskel on Friday at 13:47", "on Friday at 13:47")})
    small_briefing(project, {s: s.title() for s in PAGES}, facts, {
        s: (f"Oskel\n\n{text}\n", f"outlet: {s}\npublished: 2031-05-03\nlanguage: {lang}\n")
        for s, (lang, text) in PAGES.items()})
    run = run_briefing(project, "build", "--docs-only")
    assert run.returncode == 0, run.stderr
    assert "sources give dates or times for 'strike' that cannot all hold" in run.stderr
    page = html.unescape((project / "build" / "docs" / "timeline.md").read_text(encoding="utf-8"))
    assert "Sources give dates or times that cannot all hold" in page
    assert "gives 13:47 (read as the event's local time)" in page


def test_french_this_is_no_time_zone():
    # review 7: "cet" (this) before "après-midi" was read as the zone CET
    assert clock_time("vendredi à 15 h 10 cet après-midi").utc_offset is None
    assert clock_time("vendredi à 15 h 10 cet").utc_offset == 1
