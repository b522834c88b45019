"""Pages with no publication date (trial 4): `briefing check` offers the date the address
gives, never a fixed example date that reads as one the page gave, and the draft says which
pages' relative dates it could not read. Invented pages."""

from __future__ import annotations

from pathlib import Path

from generator.content.load import load
from generator.content.problems import Problems
from generator.extract.draft import extract
from generator.extract.sheet.yaml_writer import draft_yaml
from generator.site.pipeline import run_check
from tests.conftest import small_briefing

PAGES = {
    "alpha": ("Verlo\n\nThe landslide in Verlo killed 12 people on Wednesday.\n",
              "outlet: alpha\nurl: https://alpha.example/news/2031/05/08/verlo-landslide\n"),
    "beta": ("Verlo\n\nRescuers in Verlo found 3 more survivors on Thursday.\n",
             "outlet: beta\nurl: https://beta.example/verlo-landslide\n"),
    "gamma": ("Verlo\n\nThe landslide in Verlo has killed 14 people.\n",
              "outlet: gamma\npublished: 2031-05-09\n"),
}


def _content(tmp_path: Path) -> Path:
    return small_briefing(tmp_path, {a: a.title() for a in PAGES}, "", PAGES)


def test_the_hint_gives_the_date_of_the_address(tmp_path: Path) -> None:
    _checked, problems = run_check(_content(tmp_path))
    lines = {p.path.split("/")[-1]: p.format() for p in problems.errors
             if "no publication date" in p.message}
    assert "add `published: 2031-05-08`" in lines["alpha.yaml"]
    assert "YYYY-MM-DD" in lines["beta.yaml"]
    # was the same fixed example date for every page
    assert not any("2017-08-30" in line for line in lines.values())


def test_the_draft_names_the_pages_whose_dates_it_could_not_read(tmp_path: Path) -> None:
    root = _content(tmp_path)
    text = draft_yaml(extract(load(root, Problems(root)), skip_curated=False))
    header = " ".join(line.lstrip("# ") for line in text.splitlines() if line.startswith("#"))
    assert "No publication date" in header
    assert "alpha, beta" in header
    # nothing curated, nothing skipped: no empty list
    assert "not proposed again: ." not in text
