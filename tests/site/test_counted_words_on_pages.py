"""Counts on the overview and in the PDF read as English: "1 figure", "1 page to check",
"Events on 2 Mar 2031" (not "1 figures", "1 pages", "from 2 Mar 2031 to 2 Mar 2031").
A briefing of invented pages with one of each."""

from __future__ import annotations

from pathlib import Path

from generator.analyse.analysis import analyse
from generator.render.templating import counted
from generator.site.pages import render
from generator.site.pipeline import run_check
from tests.conftest import small_briefing

FACTS = """events:
  - id: crush
    title: A crush at the Lembara stadium
    date: 2031-03-01
    reports:
      - article: day-one
        quote: "A crush at the Lembara stadium killed 41 people"
      - article: day-two
        quote: "Lembara buried the dead of the stadium crush"
figures:
  - id: deaths
    label: Deaths
    unit: people
    reports:
      - article: day-one
        value: 41
        quote: "killed 41 people"
"""
PAGES = {
    "day-one": "A crush at the Lembara stadium killed 41 people, officials in Veloria said.",
    "day-two": "Lembara buried the dead of the stadium crush as Veloria mourned.",
    "day-three": "Veloria suspended its football league after the Lembara stadium crush.",
    "old-fire": "Firefighters in Quarn put out a warehouse fire near the Tessel docks, where "
                "Mayor Orin Dax and Chief Pell Varga said the Hobart yards stayed shut.",
}


def test_overview_counts_one_of_a_kind_in_the_singular(tmp_path: Path) -> None:
    content = small_briefing(
        tmp_path, {stem: stem.title() for stem in PAGES}, FACTS,
        {stem: (f"News\n\n{text}\n", f"outlet: {stem}\npublished: "
                f"{'2009-06-01' if stem == 'old-fire' else '2031-03-02'}\n")
         for stem, text in PAGES.items()})
    checked, problems = run_check(content)
    assert checked is not None and not problems.errors, [p.format() for p in problems.errors]
    analysis = analyse(checked)
    assert analysis.off_event, "the invented page about another event is flagged"
    overview = render(analysis).pages["index.md"]
    assert "1 event, 1 figure and 0 statements, each traced" in overview
    assert "**1 page to check**" in overview
    assert "Events on 1 Mar 2031:" in overview
    assert "1 of 2 claims rests on one independent source" in overview
    assert counted(3, "copy family", "copy families") == "3 copy families"
