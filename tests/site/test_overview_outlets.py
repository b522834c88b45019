"""The overview's table of outlets covered lists the outlets that have an article in the
briefing; an outlet whose every page was left out (``exclude:``) is named once below it, not
shown as covering the event with 0 articles (trial 12's finding). Invented pages."""

from __future__ import annotations

import html
import shutil
from pathlib import Path

import pytest

from tests.conftest import copy_example, run_briefing, small_briefing

FACTS = ("places:\n  - id: oskel\n    name: Oskel\n"
         "events:\n  - id: strike\n    title: The ferry strikes the pier\n"
         "    date: 2031-05-02\n    place: oskel\n    reports:\n"
         "      - article: wire-a\n        quote: \"struck the pier at Oskel\"\n")


@pytest.mark.slow  # measured over two seconds: a whole briefing or another process
def test_an_outlet_whose_pages_are_all_left_out_is_named_not_counted(tmp_path: Path):
    project = copy_example(tmp_path / "briefing")
    shutil.rmtree(project / "content")
    small_briefing(project, {"wire-a": "Wire Alpha", "daily-b": "Daily Beta",
                             "quiet-c": "Quiet Gamma"}, FACTS, {
        "wire-a": ("Oskel\n\nThe ferry struck the pier at Oskel on Friday.\n",
                   "outlet: wire-a\npublished: 2031-05-03\nlanguage: en\n"),
        "daily-b": ("Oskel\n\nA storm closed the bridge at Varno on Friday.\n",
                    "outlet: daily-b\npublished: 2031-05-03\nlanguage: en\n"
                    "exclude: about the storm at Varno, not the ferry\n")})
    run = run_briefing(project, "build", "--docs-only")
    assert run.returncode == 0, run.stderr
    page = html.unescape((project / "build" / "docs" / "index.md").read_text(encoding="utf-8"))
    table = page[page.index("## Outlets covered"):]
    assert "Wire Alpha" in table.split("\n\n")[1]  # the table's rows
    assert "| 0 |" not in table
    assert ("Listed in `outlets.yaml` with no article in this briefing (every page of theirs "
            "left out, or none added yet): Daily Beta, Quiet Gamma.") in table
