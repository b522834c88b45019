"""Issue 3 on the built example: resolved dates, date conflicts, TimelineJS, suggestions."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from tests.conftest import run_briefing

pytestmark = [pytest.mark.slow]


def page(site: Path, rel: str) -> BeautifulSoup:
    return BeautifulSoup((site / rel).read_text(encoding="utf-8"), "html.parser")


def event_section(doc: BeautifulSoup, event_id: str) -> str:
    heading = doc.find(id=f"event-{event_id}")
    parts = []
    for el in heading.find_all_next():
        if el.name == "h2":
            break
        if el.name in ("li", "p", "div"):
            parts.append(el.get_text(" ", strip=True))
    return " ".join(parts)


# (event, the article's wording, the date it resolves to against that article's publication)
RESOLVED = [
    ("strikes-block-convoy", "on Wednesday", "30 Aug 2017"),
    ("strikes-block-convoy", "on Wednesday morning", "30 Aug 2017"),
    ("strikes-block-convoy", "Earlier today", "30 Aug 2017"),
    ("deal-negotiated", "over the weekend", "c. 26 Aug 2017 – 27 Aug 2017"),
    ("abadi-condemns-deal", "on Tuesday night", "29 Aug 2017"),
    ("raid-earlier-this-month", "earlier this month", "Aug 2017"),
]


def test_timeline_shows_each_wording_and_its_resolved_date(cli_project: Path) -> None:
    doc = page(cli_project / "site", "timeline/index.html")
    for event, wording, resolved in RESOLVED:
        assert f"“{wording}” → {resolved}" in event_section(doc, event), (event, wording)


def test_timeline_json_has_timelinejs_fields(cli_project: Path) -> None:
    data = json.loads((cli_project / "site/timeline.json").read_text(encoding="utf-8"))
    assert data["title"]["text"]["headline"]
    assert len(data["events"]) == 8
    for event in data["events"]:
        assert event["start_date"]["year"].isdigit()
        assert event["text"]["headline"]
        assert "display_date" in event and "unique_id" in event
    by_id = {e["unique_id"]: e for e in data["events"]}
    deal = by_id["event-deal-negotiated"]
    assert deal["start_date"] == {"year": "2017", "month": "8", "day": "26"}
    assert deal["end_date"] == {"year": "2017", "month": "8", "day": "27"}
    raid = by_id["event-raid-earlier-this-month"]
    assert raid["start_date"] == {"year": "2017", "month": "8"}  # month precision: no day
    assert by_id["event-strikes-block-convoy"]["group"] == "Syria"
    assert by_id["event-strikes-block-convoy"]["media"]["credit"]
    assert [e["text"]["headline"] for e in data["eras"]] == [
        "The border offensives end in an evacuation deal", "The convoy on the road"]


def test_conflicting_source_dates_are_flagged(example: Path) -> None:
    events = example / "content/facts/events.yaml"
    text = events.read_text(encoding="utf-8")
    # one source now dates the Abadi news conference a week later
    text = text.replace("date_text: on Tuesday night",
                        "date_text: on Tuesday night\n        date: 2017-09-05", 1)
    events.write_text(text, encoding="utf-8")
    proc = run_briefing(example, "check")
    assert proc.returncode == 0  # a finding about the sources, not an error in the content
    assert "cannot all hold" in proc.stderr
    assert run_briefing(example, "build").returncode == 0
    timeline = page(example / "site", "timeline/index.html")
    warning = timeline.find(id="event-abadi-condemns-deal").find_next(class_="admonition")
    assert "cannot all hold" in warning.get_text() and "5 Sep 2017" in warning.get_text()
    overview = page(example / "site", "index.html").get_text(" ", strip=True)
    assert "Sources disagree on a date" in overview


def test_check_suggests_unlisted_spelling_variants(example: Path) -> None:
    article = example / "content/articles/gulf-daily-relocation.txt"
    blocks = article.read_text(encoding="utf-8").split("\n\n")
    blocks.insert(4, "Residents of Humaimah said the buses had been parked there since dawn.")
    article.write_text("\n\n".join(blocks), encoding="utf-8")
    proc = run_briefing(example, "check")
    line = next(x for x in proc.stderr.splitlines() if "'Humaimah'" in x)
    assert ": hint: " in line and "looks like a spelling of 'Humaymah'" in line
    assert line.startswith("content/facts/entities.yaml:")
    assert proc.returncode == 0  # hints never fail a check


def test_example_gives_no_spelling_hints(cli_project: Path) -> None:
    proc = run_briefing(cli_project, "check")
    hints = [line for line in proc.stderr.splitlines() if ": hint: " in line]
    assert not [h for h in hints if "spelling" in h], proc.stderr
    assert len(hints) == 1 and "stated but not cited" in hints[0], proc.stderr  # Desert Digest


def test_charts_are_valid_svg_stable_and_not_redrawn(example: Path) -> None:
    import xml.etree.ElementTree as ET

    assert run_briefing(example, "build").returncode == 0
    charts = sorted((example / "site/charts").glob("*.svg"))
    assert len(charts) >= 5
    first = {p.name: p.read_bytes() for p in charts}
    for data in first.values():
        assert ET.fromstring(data).tag.endswith("svg")
    cache = example / "build/chart-cache"
    stamps = {p.name: p.stat().st_mtime_ns for p in cache.iterdir()}
    assert run_briefing(example, "build").returncode == 0
    assert {p.name: p.read_bytes() for p in (example / "site/charts").glob("*.svg")} == first
    assert {p.name: p.stat().st_mtime_ns for p in cache.iterdir()} == stamps  # nothing redrawn
    # each chart is on its page with its alt text and its data table
    figures = page(example / "site", "comparison/index.html")
    img = figures.find("img", src="../charts/figure-convoy-fighters.svg")
    assert img is not None and "308" in img["alt"] and "310" in img["alt"]
    assert "Chart data" in img.find_next("details").get_text()
    for rel, src in [("timeline/index.html", "../charts/timeline.svg"),
                     ("comparison/coverage/index.html", "../../charts/coverage.svg"),
                     ("articles/index.html", "../charts/articles.svg")]:
        assert page(example / "site", rel).find("img", src=src), rel
