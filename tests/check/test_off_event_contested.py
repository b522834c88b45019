"""When the pages flagged weigh as much as the rest, the event taken from the sources is in
doubt (issue 15, round 4): nothing is flagged, the analyst is asked once for the date and place.
A false flag hides a report; with two events and no clear majority, either may be the briefing's.
Signatures are invented (the shapes :mod:`generator.check.event_signature` gives)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from generator.check import checks, off_event
from generator.check.event_signature import EventOfBriefing, Signature
from generator.site.pipeline import run_check


def _sig(stem: str, event: bool, names: set[str]) -> Signature:
    sig = Signature(stem, names, latin=True, names_event=event,
                    names_shared=1.0 if event else 0.0)
    sig.rare = [] if event else sorted(n.title() for n in names)
    if not event:
        sig.when, sig.days_off = date(2024, 6, 9), None
    return sig


def _judged(monkeypatch: pytest.MonkeyPatch, own: int, other: int) -> list[off_event.OffEvent]:
    event = EventOfBriefing([{"karsek"}], "Karsek", None, given_place=False, given_date=False)
    sigs = {f"own-{i}": _sig(f"own-{i}", True, {"karsek", "veltran", "orvel"}) for i in range(own)}
    sigs |= {f"other-{i}": _sig(f"other-{i}", False, {"tamvar", "halvor", "dusek"})
             for i in range(other)}
    monkeypatch.setattr(off_event, "signatures", lambda _content: (event, sigs))
    return off_event.judge_pages(None)  # type: ignore[arg-type]


def test_half_the_briefing_flagged_is_a_question_naming_both_events(
        monkeypatch: pytest.MonkeyPatch) -> None:
    verdicts = _judged(monkeypatch, own=3, other=3)
    assert len(verdicts) == 3 and not any(v.sure for v in verdicts)
    assert {v.contested for v in verdicts} == {"named Dusek, Halvor, Tamvar; 2024-06-09 to "
                                              "2024-06-09"}
    assert {v.judged_by for v in verdicts} == {"named Karsek; no dates"}


def test_a_minority_flagged_stays_flagged(monkeypatch: pytest.MonkeyPatch) -> None:
    verdicts = _judged(monkeypatch, own=5, other=3)
    assert len(verdicts) == 3 and all(v.sure and not v.contested for v in verdicts)


def test_check_says_it_once(example: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    stems = sorted(f.stem for f in (example / "content" / "articles").glob("*.txt"))[:2]
    verdicts = [replace(v, article=stem)
                for v, stem in zip(_judged(monkeypatch, own=2, other=2), stems, strict=True)]
    monkeypatch.setattr(checks, "judge_pages", lambda _content: verdicts)
    checked, problems = run_check(example / "content")
    assert checked is not None and not checked.off_event
    said = [p for p in problems.items if "may report two events" in p.message]
    assert len(said) == 1 and "Tamvar" in said[0].message
    assert said[0].path.endswith("briefing.yaml")
