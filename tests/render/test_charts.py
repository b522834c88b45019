"""Charts: well-formed SVG with alt text and a table, cached by content, reproducible bytes."""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from generator.render.charts import cache as chart_cache
from generator.render.charts.cache import draw_charts
from generator.render.charts.chart import Chart, clean
from generator.render.charts.specs import chart_specs
from generator.render.charts.style import STYLE_VERSION
from generator.site.pipeline import generate

REPO = Path(__file__).resolve().parents[2]
CONTENT = REPO / "content"

# Draws every chart of the example into argv[1] and prints {path: sha256}; with "--cached" it
# also fails if matplotlib got imported (everything should have come from the cache).
SCRIPT = """
import hashlib, json, sys
from pathlib import Path
from generator.render.charts.cache import draw_charts
from generator.site.pipeline import generate
charts = draw_charts(generate(Path(sys.argv[2])).analysis, Path(sys.argv[1]))
if "--cached" in sys.argv and "matplotlib" in sys.modules:
    sys.exit("matplotlib was imported although every chart was cached")
print(json.dumps({c.path: hashlib.sha256(c.svg).hexdigest() for c in charts}))
"""


def run_script(cache: Path, *extra: str, seed: str = "0") -> dict[str, str]:
    env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(REPO)}
    proc = subprocess.run([sys.executable, "-c", SCRIPT, str(cache), str(CONTENT), *extra],
                          cwd=REPO, env=env, capture_output=True, text=True, check=False)
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout.strip().splitlines()[-1])


@pytest.fixture(scope="module")
def analysis():
    return generate(CONTENT).analysis


@pytest.fixture(scope="module")
def cache(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("chart-cache")


@pytest.fixture(scope="module")
def drawn(analysis, cache) -> list[Chart]:
    return draw_charts(analysis, cache)


def by_path(items, path):
    return next(c for c in items if c.path == path)


def svg_root(chart: Chart) -> ET.Element:
    return ET.fromstring(chart.svg)


def test_every_chart_is_svg_with_alt_and_table(drawn):
    paths = [c.path for c in drawn]
    assert len(paths) == len(set(paths))
    for expected in ("charts/figure-convoy-fighters.svg", "charts/timeline.svg",
                     "charts/coverage.svg", "charts/articles.svg",
                     "charts/terms-actor-islamic-state.svg", "charts/terms-place-humaymah.svg"):
        assert expected in paths
    for chart in drawn:
        root = svg_root(chart)
        assert root.tag.endswith("svg"), chart.path
        assert not any(el.tag.endswith(("script", "foreignObject")) for el in root.iter())
        assert chart.alt.strip() and chart.alt.endswith("."), chart.path
        assert chart.title.strip()
        assert chart.headers and chart.rows, chart.path
        assert all(len(row) == len(chart.headers) for row in chart.rows), chart.path
        assert len(chart.svg) < 60_000, (chart.path, len(chart.svg))
        # text as text, never smaller than 9.5 px (about 12 px on the page), no timestamp
        sizes = [float(s) for s in re.findall(rb"font-size: ([\d.]+)px", chart.svg)]
        assert sizes and min(sizes) >= 9.5, chart.path
        assert b"<dc:date>" not in chart.svg


def test_figure_chart_lists_each_outlets_value(drawn):
    chart = by_path(drawn, "charts/figure-convoy-fighters.svg")
    assert chart.headers[:2] == ("Outlet", "Value")
    values = {row[0]: row[1] for row in chart.rows}
    # Cedar Post carries Levant Wire's text: both marked as one copy family, counted once
    assert values == {"Levant Wire ‡ (Levant Wire copy)": "308 fighters",
                      "Gulf Daily Courier": "310 fighters",
                      "Frontline Journal": "about 300 fighters",
                      "Cedar Post ‡ (Levant Wire copy)": "308 fighters"}
    assert "‡ marks copies of one text (Levant Wire copy): 3 independent sources, 4 outlets" \
        in chart.alt
    # "about 300": a round figure, ± 5 %
    assert dict((row[0], row[2]) for row in chart.rows)["Frontline Journal"] == "285–315"
    for fact in ("Levant Wire ‡ 308", "Gulf Daily Courier 310", "Frontline Journal about 300",
                 "disagree"):
        assert fact in chart.alt
    text = " ".join(svg_root(chart).itertext())
    for fact in ("308", "310", "about 300", "Levant Wire ‡", "Cedar Post ‡", "gap",
                 "‡ a copy: one text in several outlets, counted once"):
        assert fact in text
    # a figure no copy reports has no mark and no legend entry for it
    single = by_path(drawn, "charts/figure-raid-iranians-killed.svg")
    assert "‡" not in " ".join(svg_root(single).itertext()) and "‡" not in single.alt


def test_other_tables_carry_the_charted_facts(drawn):
    coverage = by_path(drawn, "charts/coverage.svg")
    assert coverage.headers == ("Claim", "Levant Wire", "Gulf Daily Courier",
                                "Frontline Journal", "Cedar Post", "Desert Digest")
    fighters = next(r for r in coverage.rows if r[0] == "Figure: Fighters in the convoy")
    # Desert Digest writes of "hundreds of IS fighters": not cited, but not silent either
    assert fighters[1:] == ("disagrees", "disagrees", "disagrees", "disagrees", "mentions")
    svg = coverage.svg.decode()
    # a symbol in every cell, not colour only: one glyph mark per cell (drawn as one marker
    # per state, not one text per cell), and the legend names each symbol
    cells = len(coverage.rows) * (len(coverage.headers) - 1)
    assert svg.count("<use ") == cells == 14 * 5
    assert all(symbol in svg for symbol in ("✓", "≠", "○", "…", "–"))

    timeline = by_path(drawn, "charts/timeline.svg")
    dates = {row[0]: row[1] for row in timeline.rows}
    assert dates["US envoy Brett McGurk objects to the convoy on Twitter"] == "c. 30 Aug 2017"
    assert "26 Aug 2017 – 27 Aug 2017" in timeline.alt

    terms = by_path(drawn, "charts/terms-actor-islamic-state.svg")
    assert terms.headers[0] == "Outlet" and "Daesh" in terms.headers
    assert "“Daesh” 5" in terms.alt

    articles = by_path(drawn, "charts/articles.svg")
    assert sum(int(row[-1]) for row in articles.rows) == 5


def test_specs_are_cheap_and_stable(analysis):
    first, second = chart_specs(analysis), chart_specs(analysis)
    assert [s.digest for s in first] == [s.digest for s in second]
    for spec in first:
        payload = json.loads(spec.payload)
        assert payload["style"] == STYLE_VERSION
        assert spec.digest == hashlib.sha256(spec.payload.encode()).hexdigest()


def test_second_draw_comes_from_the_cache(analysis, cache, drawn, monkeypatch):
    before = {p.name: p.stat().st_mtime_ns for p in cache.iterdir()}
    assert len(before) == len(drawn)

    def must_not_draw(spec):
        raise AssertionError(f"{spec.path} was drawn again")

    monkeypatch.setattr(chart_cache, "render_svg", must_not_draw)
    again = draw_charts(analysis, cache)
    assert [c.svg for c in again] == [c.svg for c in drawn]
    assert {p.name: p.stat().st_mtime_ns for p in cache.iterdir()} == before


def test_a_damaged_cache_file_is_redrawn(analysis, drawn, tmp_path):
    spec = chart_specs(analysis)[0]
    (tmp_path / f"{spec.digest}.svg").write_bytes(b"<?xml version='1.0'?><svg")  # torn write
    again = draw_charts(analysis, tmp_path)
    assert again[0].svg == by_path(drawn, spec.path).svg


def test_matplotlib_is_not_imported_when_everything_is_cached(cache, drawn):
    hashes = run_script(cache, "--cached")
    assert hashes == {c.path: hashlib.sha256(c.svg).hexdigest() for c in drawn}


def test_bytes_are_identical_across_processes(tmp_path, drawn):
    one = run_script(tmp_path / "one", seed="1")
    two = run_script(tmp_path / "two", seed="2")
    assert one == two
    assert one == {c.path: hashlib.sha256(c.svg).hexdigest() for c in drawn}


def test_clean_removes_what_xml_cannot_carry():
    assert clean("a\x00b\x1bc\ud800d\n e\u200b") == "abcd e\u200b"


@pytest.mark.slow
def test_hostile_labels_are_drawn_as_text(tmp_path):
    content = tmp_path / "content"
    shutil.copytree(CONTENT, content)
    hostile = "$x^2$ <script>alert(1)</script> & \\("
    outlets = content / "outlets.yaml"
    outlets.write_text(outlets.read_text(encoding="utf-8").replace(
        "name: Levant Wire", f"name: {json.dumps(hostile)}", 1), encoding="utf-8")
    figures = content / "facts" / "figures.yaml"
    figures.write_text(figures.read_text(encoding="utf-8").replace(
        "label: Fighters in the convoy", 'label: "Fighters $\\\\frac{a}{b}$ </svg><b>"', 1)
        .replace("unit: fighters", 'unit: "$ fighters"', 1), encoding="utf-8")

    drawn = draw_charts(generate(content).analysis, tmp_path / "cache")
    for chart in drawn:
        root = svg_root(chart)
        assert not any(el.tag.endswith("script") for el in root.iter()), chart.path
    figure = by_path(drawn, "charts/figure-convoy-fighters.svg")
    assert figure.title == "Fighters $\\frac{a}{b}$ </svg><b>"
    # the outlet's name, then the copy mark and its family (named after the same outlet)
    assert f"{hostile} ‡ ({hostile} copy)" in {row[0] for row in figure.rows}
    text = "\n".join(svg_root(figure).itertext())
    assert "$x^2$" in text and "<script>alert(1)</script>" in text  # literally, no mathtext
    assert "Fighters $\\frac{a}{b}$ </svg><b>" in text
    assert "$ fighters" in text
