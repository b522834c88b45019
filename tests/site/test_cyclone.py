"""An unfolding disaster as an analyst reads it: the test briefing in tests/fixtures/cyclone.

A fictional cyclone (written by the project, fictional places and outlets, real-style copy): a
death toll climbing through a day from several outlets (one a copy of a wire story), the maximum
sustained wind from three agencies that measure it differently, the storm surge in metres and in
feet, an outlet that states the toll without being cited, one that says nothing of it, an
excerpt cut before it could say, and events on both sides of a UTC day boundary.

The analysis is asserted in-process (quick); the built site in HTML and in Chromium (slow). The
browser test saves screenshots of the figures page and the timeline in test-artifacts/cyclone/.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from typing import Any

import pytest
from bs4 import BeautifulSoup

from generator.analyse.model import Analysis, FigureAnalysis
from generator.site.pipeline import generate, run_check
from tests.conftest import REPO, run_briefing, serve

FIXTURE = Path(__file__).parents[1] / "fixtures" / "cyclone"
ARTIFACTS = REPO / "test-artifacts" / "cyclone"


@pytest.fixture(scope="module")
def analysis() -> Analysis:
    return generate(FIXTURE / "content").analysis


def figure(analysis: Analysis, figure_id: str) -> FigureAnalysis:
    return next(f for f in analysis.figures if f.figure.id == figure_id)


# --- the analysis --------------------------------------------------------------------------

def test_the_toll_is_a_progression_not_a_contradiction(analysis):
    deaths = figure(analysis, "deaths")
    assert deaths.kind == "running" and deaths.status == "update" and deaths.flags == []
    assert [r.text for r in deaths.rows] == ["at least 12", "41", "41", "69", "128", "157"]
    assert deaths.latest.text == "157" and deaths.latest.source.outlet_name == "Delta Times"
    latest = {r.source.outlet_name: r.text for r in deaths.latest_by_outlet}
    assert latest == {"Bay Herald": "69", "Meridian Wire": "128", "Coastline Post": "41",
                      "Delta Times": "157"}
    copy = next(r for r in deaths.rows if r.source.outlet_id == "coastline-post")
    assert copy.copy_of == "Meridian Wire"
    given = next(r for r in deaths.rows if r.text == "69")
    assert given.as_of_given and given.time_text == "4 Nov 2023, 17:00 (UTC+06:00)"
    assert not [d for d in analysis.discrepancies if d.target == "deaths"]


def test_a_lower_count_from_the_same_source_is_flagged(analysis):
    missing = figure(analysis, "missing-fishermen")
    assert missing.status == "conflict"
    (flag,) = missing.flags
    assert flag.kind == "lower" and (flag.earlier.text, flag.later.text) == ("35", "22")
    assert "states no correction" in flag.text
    assert any(d.kind == "update" and d.target == "missing-fishermen"
               for d in analysis.discrepancies)


def test_the_agencies_winds_really_disagree(analysis):
    wind = figure(analysis, "max-wind")
    assert wind.kind == "fixed" and wind.status == "disagree"
    knots = next(r for r in wind.rows if r.source.outlet_id == "meridian-wire")
    assert knots.shown == "105 knots (194 km/h)"
    assert knots.value.low == pytest.approx(194.46, abs=0.01)
    assert wind.range_text == "150 to 194"


def test_metres_and_feet_are_consistent_after_conversion(analysis):
    surge = figure(analysis, "surge-height")
    assert surge.status == "consistent"
    feet = next(r for r in surge.rows if r.report.unit == "feet")
    assert feet.shown == "about 11 feet (about 3.4 m)"
    low, high = feet.value.interval()
    assert low < 3.5 < high


def test_silent_means_silent(analysis):
    states = {o: s.state for o, s in figure(analysis, "deaths").stances.items()}
    assert states == {"bay-herald": "reports", "meridian-wire": "reports",
                      "coastline-post": "reports", "delta-times": "reports",
                      "harbour-radio": "mentions", "shipping-weekly": "silent",
                      "kite-daily": "excerpt"}
    said = figure(analysis, "deaths").stances["harbour-radio"]
    assert said.mention.written == "at least 60" and said.article.id == "harbour-radio-bulletin"
    landfall = next(c for c in analysis.claims if c.id == "landfall")
    assert landfall.outlets["kite-daily"] == "mentions"  # "crossed the Sarel coast"
    assert landfall.outlets["harbour-radio"] == "silent"
    radio = next(s for s in analysis.outlets if s.outlet.id == "harbour-radio")
    assert [c.id for c in radio.mentions] == ["deaths"] and radio.claims == []


def test_check_hints_at_what_is_not_yet_cited():
    _checked, problems = run_check(FIXTURE / "content")
    assert not problems.errors
    hints = [p.format() for p in problems.items if p.severity.value == "hint"]
    assert any("figure 'deaths' is stated but not cited: article 'harbour-radio-bulletin' "
               "states 'at least 60'" in h for h in hints), hints


def test_events_are_ordered_by_time_within_the_day(analysis):
    assert [e.event.id for e in analysis.timeline] == [
        "evacuation-ordered", "army-deployed", "landfall", "surge-floods-delta",
        "storm-weakens"]
    landfall = next(e for e in analysis.timeline if e.event.id == "landfall")
    assert landfall.date.display() == ("4 Nov 2023, 02:30 local time (UTC+06:00); "
                                       "3 Nov 2023, 20:30 UTC")
    assert landfall.date.heading() == "4 Nov 2023, 02:30 (3 Nov, 20:30 UTC)"


def test_speaker_ids_show_the_actors_name(analysis):
    (quote,) = analysis.quotes
    assert quote.renderings[0].speaker == "Rahel Osei"


# --- the built site -------------------------------------------------------------------------

@pytest.fixture(scope="module")
def cyclone_site(tmp_path_factory) -> Path:
    project = tmp_path_factory.mktemp("cyclone") / "briefing"
    shutil.copytree(FIXTURE, project)
    # the project's own stylesheet, not a copy kept in the fixture (it would drift)
    shutil.copytree(REPO / "docs/assets", project / "docs/assets", dirs_exist_ok=True)
    proc = run_briefing(project, "build", "--no-pdf")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    return project / "site"


def page(site: Path, path: str) -> BeautifulSoup:
    return BeautifulSoup((site / path).read_text(encoding="utf-8"), "html.parser")


def section(soup: BeautifulSoup, anchor: str) -> str:
    out = []
    for el in soup.find(id=anchor).find_all_next():
        if el.name == "h2":
            break
        out.append(el.get_text(" ", strip=True))
    return " ".join(out)


@pytest.mark.slow
def test_the_figures_page_reads_as_an_analyst_expects(cyclone_site):
    soup = page(cyclone_site, "comparison/index.html")
    deaths = section(soup, "figure-deaths")
    assert "cannot all be true" not in deaths and "Reports that cannot be updates" not in deaths
    assert "Running count: at least 12 to 157 people" in deaths
    assert "Latest: 157 people , Delta Times" in deaths
    assert "Not yet cited, although their text states it: Harbour Radio" in deaths
    assert "Excerpts cut before they could say: Kite Daily" in deaths
    assert "Silent (their text says nothing of it): Sarel Shipping Weekly" in deaths
    table = soup.find(id="figure-deaths").find_next("table")
    times = [tr.find("td").get_text(" ", strip=True) for tr in table.select("tbody tr")]
    assert times[0] == "4 Nov 2023, 07:10 (UTC+06:00)" and times[1] == "4 Nov 2023, 09:30 UTC"
    wind = section(soup, "figure-max-wind")
    assert "Sources disagree" in wind and "150 to 194 km/h and cannot all be true" in wind
    assert "105 knots (194 km/h)" in wind
    surge = section(soup, "figure-surge-height")
    assert "Consistent, worded differently" in surge and "about 11 feet (about 3.4 m)" in surge
    assert "Bay Herald gives 22 fishermen" in section(soup, "figure-missing-fishermen")


@pytest.mark.slow
def test_pages_show_no_authoring_hints(cyclone_site):
    for html in cyclone_site.rglob("*.html"):
        text = html.read_text(encoding="utf-8")
        assert "cannot resolve" not in text and "Write the date yourself" not in text, html
    timeline = page(cyclone_site, "timeline/index.html")
    headings = [h.get_text(" ", strip=True).rstrip("¶").strip()
                for h in timeline.select("h2")]
    assert headings[2] == ("4 Nov 2023, 02:30 (3 Nov, 20:30 UTC) · Cyclone Hessa makes landfall "
                           "near Port Sarel")
    surge = section(timeline, "event-surge-floods-delta")
    assert "“Hours after landfall” (in the source's words; the briefing dates the event" in surge
    overview = page(cyclone_site, "index.html")
    rows = {tr.find("td").get_text(strip=True): tr.get_text(" ", strip=True)
            for tr in overview.find(id="key-figures").find_next("table").select("tbody tr")}
    assert "running count, updated over time" in rows["People killed"]
    assert "latest 157, Delta Times" in rows["People killed"]
    assert "sources disagree" in rows["Maximum sustained wind at landfall"]
    assert "Stated in articles but not yet cited (see the coverage ): People killed : Harbour " \
        "Radio (“at least 60”)" in overview.get_text(" ", strip=True)
    quotes = page(cyclone_site, "comparison/quotes/index.html").get_text(" ", strip=True)
    assert "Rahel Osei" in quotes and "rahel-osei" not in quotes


@pytest.mark.slow
def test_the_coverage_matrix_uses_the_four_states(cyclone_site):
    soup = page(cyclone_site, "comparison/coverage/index.html")
    rows = {}
    for table in soup.find_all("table"):
        head = [th.get_text(strip=True) for th in table.select("thead th")]
        if head[:2] != ["Claim", "Kind"]:
            continue
        for tr in table.select("tbody tr"):
            cells = [td.get_text(strip=True) for td in tr.find_all("td")]
            rows[cells[0]] = dict(zip(head, cells, strict=True))
    deaths = rows["People killed"]
    assert (deaths["Bay Herald"], deaths["Harbour Radio"], deaths["Kite Daily"],
            deaths["Sarel Shipping Weekly"]) == ("✓", "○", "…", "—")
    assert rows["Maximum sustained wind at landfall"]["Delta Times"] == "≠"


@pytest.mark.browser
def test_screenshots_of_the_figures_page_and_timeline(cyclone_site, chromium: Any):
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    with serve(cyclone_site, subpath="") as base:
        for path, name in (("comparison/", "figures"), ("timeline/", "timeline")):
            chromium.get(base + path)
            height = chromium.execute_script("return document.body.scrollHeight")
            chromium.set_window_size(1400, min(height + 100, 8000))
            assert chromium.save_screenshot(str(ARTIFACTS / f"{name}.png"))
            charts = chromium.execute_script(
                "return [...document.querySelectorAll('img.bf-chart')]"
                ".map(i => i.complete && i.naturalWidth > 0)")
            assert charts and all(charts), name
        chromium.set_window_size(1400, 1000)
        logs = [e for e in chromium.get_log("browser") if e["level"] == "SEVERE"]
        assert logs == []
    assert re.match(rb"\x89PNG", (ARTIFACTS / "figures.png").read_bytes()[:4])
