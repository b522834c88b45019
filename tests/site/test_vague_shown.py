"""A number shown is the number the outlet wrote: a report whose value is the least a vague
amount allows ("dozens": at least 24) shows the outlet's words, with the bound as Briefing's
reading, on the figures page and in the print version. Invented cyclone fixture."""

from __future__ import annotations

import shutil
from pathlib import Path

from generator.site.pipeline import generate

FIXTURE = Path(__file__).parents[1] / "fixtures" / "cyclone"
BOATS = """
  - id: boats-sunk
    label: Fishing boats sunk
    unit: boats
    reports:
      - article: harbour-notes
        value: 24
        approx: at-least
        quote: "Dozens of fishing boats sank at their moorings"
      - article: harbour-tally
        value: 24
        approx: at-least
        quote: "at least 24 fishing boats sank"
"""


def test_a_vague_amount_is_shown_in_the_outlets_words(tmp_path: Path) -> None:
    project = tmp_path / "cyclone"
    shutil.copytree(FIXTURE, project)
    content = project / "content"
    for stem, outlet, text in (
            ("harbour-notes", "harbour-radio", "Boats lost in Port Sarel\n\nDozens of fishing "
             "boats sank at their moorings in Port Sarel overnight, fishermen said.\n"),
            ("harbour-tally", "shipping-weekly", "Port Sarel counts its losses\n\nThe port "
             "authority said at least 24 fishing boats sank in the storm.\n")):
        (content / "articles" / f"{stem}.txt").write_text(text, encoding="utf-8")
        (content / "articles" / f"{stem}.yaml").write_text(
            f"outlet: {outlet}\npublished: 2023-11-05T08:00:00+00:00\n", encoding="utf-8")
    figures = content / "facts" / "figures.yaml"
    figures.write_text(figures.read_text(encoding="utf-8") + BOATS, encoding="utf-8")
    result = generate(content)
    rows = {r.source.article.id: r.shown for f in result.analysis.figures
            if f.figure.id == "boats-sunk" for r in f.rows}
    assert rows["harbour-notes"] == "“Dozens” (read as at least 24 boats)"
    assert rows["harbour-tally"] == "at least 24 boats"  # the outlet wrote the number
    page = result.rendered.pages["comparison/index.md"]
    # Markdown's own characters are escaped in every cell: the brackets are entities
    assert "“Dozens” &#40;read as at least 24 boats&#41;" in page
