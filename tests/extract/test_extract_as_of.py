"""A running count whose own clause names the day it held is proposed with that day as
``as_of`` (trial 5: "the toll rose to N yesterday" was shown as of the publication day, so a
later page's lower count of the same day could look like a correction). Invented pages."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from generator.content.load import load
from generator.content.problems import Problems
from generator.extract.draft import extract
from generator.extract.sheet.yaml_writer import draft_yaml
from tests.conftest import loaded_pages

PUBLISHED = "2031-05-09"  # a Friday


def _draft(tmp_path: Path, text: str, language: str = "en"):
    content = loaded_pages(tmp_path, "Verlo landslide",
                           [("alpha", language, PUBLISHED, f"Landslide\n\n{text}")])
    return tmp_path / "content", extract(content, skip_curated=False)


def _reports(draft):
    return [(r.value, r.as_of, r.as_of_text) for f in draft.figures for r in f.reports]


@pytest.mark.parametrize(("text", "language", "value", "day", "words"), [
    ("The death toll in Verlo rose to 412 yesterday as diggers cleared the mud.", "en",
     412, date(2031, 5, 8), "yesterday"),
    ("On Wednesday, the toll of the Verlo landslide rose to 300 dead.", "en",
     300, date(2031, 5, 7), "On Wednesday"),
    ("In Verlo sind am Mittwoch 38 Menschen gestorben, sagte die Polizei.", "de",
     38, date(2031, 5, 7), "am Mittwoch"),
    ("At least 41 people were killed in Verlo on Tuesday, officials said.", "en",
     41, date(2031, 5, 6), "on Tuesday"),
])
def test_a_day_in_the_counts_own_clause_is_its_as_of(tmp_path, text, language, value, day,
                                                      words):
    assert (value, day, words) in _reports(_draft(tmp_path, text, language)[1])


@pytest.mark.parametrize("text", [
    # the day is the collapse's, in another clause: the toll is the publication's
    "The hillside gave way on Wednesday, and the toll in Verlo has reached 300 dead.",
    # the day a count began, not the day it held
    "Since Tuesday, 41 people have been killed in Verlo.",
    # the publication's own day adds nothing
    "At least 41 people were killed in Verlo on Friday.",
    # a day after another time word
    "At least 41 people have died in Verlo after Tuesday's collapse.",
])
def test_a_day_outside_the_counts_clause_is_not_its_as_of(tmp_path, text):
    reports = _reports(_draft(tmp_path, text)[1])
    assert reports and all(as_of is None for _v, as_of, _w in reports)


def test_the_draft_carries_as_of_and_check_accepts_it(tmp_path):
    root, draft = _draft(tmp_path, "The death toll in Verlo rose to 412 yesterday.")
    text = draft_yaml(draft)
    assert "as_of: '2031-05-08'" in text
    assert "as of 'yesterday': 8 May 2031" in " ".join(text.split())
    (root / "facts" / "figures.yaml").write_text(text, encoding="utf-8")
    problems = Problems(root)
    content = load(root, problems)
    assert not problems.errors, [str(e) for e in problems.errors]
    (report,) = [r for f in content.figures.values() for r in f.reports]
    assert report.as_of == date(2031, 5, 8)
