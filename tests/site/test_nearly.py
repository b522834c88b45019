""""Nearly 40", "almost 6 miles", "près de 300": the outlet's own qualifier, kept from the draft
to the site (trial 36: drafted and shown as "about"), read as short of the value."""

from __future__ import annotations

import html
import shutil

import pytest

from generator.content.figure_value import FigureValue
from tests.conftest import copy_example, draft_of_pages, run_briefing, small_briefing

#: One outlet's "nearly 40", the sheet that cites it and its page, for the tests below.
_SHEET = """figures:
  - id: cars-hit
    label: Cars hit
    unit: cars
    reports:
      - article: tarvik-news
        value: 40
        approx: nearly
        quote: "Nearly 40 cars were hit on the Tarvik bridge"
"""
_TARVIK = "Pile-up in Tarvik\n\nNearly 40 cars were hit on the Tarvik bridge on Monday.\n"


def test_nearly_reaches_below_the_value_and_up_to_it():
    value = FigureValue(300, "nearly")
    assert value.interval() == (285.0, 300.0)
    assert value.text() == "nearly 300"
    assert not value.can_both_hold(FigureValue(310, None))
    assert value.can_both_hold(FigureValue(290, None))


def test_the_draft_keeps_nearly(tmp_path):
    draft = draft_of_pages(tmp_path, {"pileup-en": (
        "en", "Pile-up in Tarvik. Nearly 40 cars were hit on the Tarvik bridge, and the queue "
              "stretched almost 4 miles back.")})
    found = {(c.value, c.approx) for c in draft.candidates() if c.kind == "figure"}
    assert (40, "nearly") in found and (4, "nearly") in found, found


@pytest.mark.slow  # a whole briefing in another process
def test_a_sheet_citing_nearly_builds_and_shows_nearly(tmp_path):
    facts = _SHEET
    project = copy_example(tmp_path / "briefing")
    shutil.rmtree(project / "content")
    small_briefing(project, {"tarvik-news": "Tarvik News"}, facts, {"tarvik-news": (
        _TARVIK, "outlet: tarvik-news\npublished: 2031-05-03\nlanguage: en\n")})
    run = run_briefing(project, "build", "--docs-only")
    assert run.returncode == 0, run.stderr + run.stdout
    page = html.unescape((project / "build" / "docs" / "comparison" / "index.md")
                         .read_text(encoding="utf-8"))
    assert "nearly 40 cars" in page, page[:2000]


def test_the_chart_marks_the_value_nearly_reaches(tmp_path):
    """The chart draws "nearly 40" as the stretch short of 40 with ○ on 40 itself, as it marks
    the value "about" is written round (issue 16: the stretch was drawn, the value not), and
    its legend names "nearly"."""
    import matplotlib
    from matplotlib.colors import to_hex

    from generator.analyse.analysis import analyse
    from generator.render.charts import drawing
    from generator.render.charts.specs import chart_specs
    from generator.render.charts.style import CARD, RC
    from generator.site.pipeline import run_check

    facts = _SHEET + """      - article: orsa-post
        value: 38
        quote: "38 cars were hit"
"""
    content = small_briefing(tmp_path, {"tarvik-news": "Tarvik News", "orsa-post": "Orsa Post"},
                             facts, {
        "tarvik-news": (_TARVIK, "outlet: tarvik-news\npublished: 2031-05-03\n"),
        "orsa-post": ("Tarvik bridge pile-up\n\nOn Monday 38 cars were hit on the bridge.\n",
                      "outlet: orsa-post\npublished: 2031-05-03\n")})
    checked, problems = run_check(content)
    assert checked is not None and not problems.errors, [p.format() for p in problems.errors]
    spec = next(s for s in chart_specs(analyse(checked)) if s.kind == "figure")
    with matplotlib.rc_context(RC):
        fig = drawing._DRAW["figure"](spec.inputs())
    ax = fig.axes[0]
    hollow = [tuple(line.get_xdata()) for line in ax.get_lines()
              if line.get_marker() == "o" and to_hex(line.get_markerfacecolor()) == to_hex(CARD)]
    assert (40,) in hollow, hollow
    legend = " ".join(t.get_text() for lg in fig.legends for t in lg.get_texts())
    assert "“nearly”" in legend, legend
