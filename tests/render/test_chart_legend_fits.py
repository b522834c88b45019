"""Every entry of a chart's legend stands inside its card: a fixed figure's legend ("“about”: as
precise as written, ○ the value", "‡ a copy: …") in three columns ran past the card's right edge
and was cut on the example's figures page. Drawn from the example briefing."""

from __future__ import annotations

from pathlib import Path

import matplotlib
import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg

from generator.render.charts.drawing import _DRAW, RC, _register_fonts
from generator.render.charts.specs import chart_specs
from generator.site.pipeline import generate

CONTENT = Path(__file__).resolve().parents[2] / "content"


@pytest.fixture(scope="module")
def specs():
    return chart_specs(generate(CONTENT).analysis)


@pytest.mark.slow
def test_every_legend_stands_inside_its_card(specs):
    _register_fonts()
    drawn = 0
    for spec in specs:
        inputs = spec.inputs()
        with matplotlib.rc_context(RC):
            fig = _DRAW[inputs["kind"]](inputs)
            renderer = FigureCanvasAgg(fig).get_renderer()
            for legend in fig.legends:
                box = legend.get_window_extent(renderer)
                assert box.x1 <= fig.bbox.x1 and box.y0 >= fig.bbox.y0, (spec.path, box, fig.bbox)
                drawn += 1
    assert drawn >= 4  # the example's figures, timeline and coverage charts have legends
