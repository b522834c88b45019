"""An outlet is called silent only where Briefing looked: a statement (quotations are not
searched) and an event with no terms, place or actors are "not looked for" for the outlets that
are not cited, never "silent" (a new-user trial found every outlet but the cited ones shown
silent on an event whose fact sheet named no place). Invented cyclone fixture."""

from __future__ import annotations

import shutil
from pathlib import Path

from generator.site.pipeline import generate

FIXTURE = Path(__file__).parents[1] / "fixtures" / "cyclone"
BARE_EVENT = """
  - id: shelters-open
    title: Shelters open across the delta
    date: 2023-11-03
    reports:
      - article: meridian-wire-night
        quote: "Cyclone Hessa weakened into a depression by Saturday evening"
"""


def test_unsearchable_records_are_not_looked_for_rather_than_silent(tmp_path: Path) -> None:
    project = tmp_path / "cyclone"
    shutil.copytree(FIXTURE, project)
    events = project / "content" / "facts" / "events.yaml"
    events.write_text(events.read_text(encoding="utf-8") + BARE_EVENT, encoding="utf-8")
    result = generate(project / "content")
    claims = {(c.kind, c.id): c for c in result.analysis.claims}
    bare = claims[("event", "shelters-open")]
    assert set(bare.outlets.values()) == {"reports", "unchecked"}
    quote = next(c for (kind, _id), c in claims.items() if kind == "quote")
    assert "silent" not in quote.outlets.values() and "unchecked" in quote.outlets.values()
    # an event with terms is still looked for, and silence is still said where it holds
    assert "silent" in claims[("event", "landfall")].outlets.values()
    pages = result.rendered.pages
    row = next(line for line in pages["comparison/coverage.md"].splitlines()
               if "Shelters open across the delta" in line)
    assert "&#63;" in row and "—" not in row  # "?", escaped as every cell is
    assert "? not looked for" in pages["comparison/coverage.md"]
    for name, page in pages.items():
        if name.startswith("outlets/") and "{#silent}" in page:
            assert "Shelters open" not in page.split("{#silent}")[1], name


def test_check_hints_at_an_event_it_cannot_look_for(tmp_path: Path) -> None:
    from generator.site.pipeline import run_check

    project = tmp_path / "cyclone"
    shutil.copytree(FIXTURE, project)
    events = project / "content" / "facts" / "events.yaml"
    events.write_text(events.read_text(encoding="utf-8") + BARE_EVENT, encoding="utf-8")
    _checked, problems = run_check(project / "content")
    hints = [p.format() for p in problems.sorted() if "shelters-open" in p.format()]
    assert len(hints) == 1 and "names no place, actors or terms" in hints[0], hints
    assert "events.yaml:" in hints[0] and "add `terms:`" in hints[0]
