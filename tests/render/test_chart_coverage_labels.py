"""The coverage chart's slanted outlet names fit in the picture: a trial briefing of twelve
outlets cut the last one's name ("…telegraph.cn") at the chart's right edge."""

from __future__ import annotations

import matplotlib
import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg

from generator.render.charts import drawing
from generator.render.charts.style import RC


@pytest.mark.parametrize("count", [8, 12, 20])
def test_every_outlet_name_fits_in_the_chart(count: int) -> None:
    outlets = [f"outlet-number-{i}.example" for i in range(count - 1)] + [
        "a-rather-long-outlet-name.example.org"]
    inputs = {"kind": "coverage", "title": "Who reports what", "data": {
        "subtitle": "", "outlets": outlets,
        "claims": [{"label": "Figure: Dead", "states": ["reports"] * count},
                   {"label": "Figure: Injured", "states": ["silent"] * count}]}}
    with matplotlib.rc_context(RC):
        fig = drawing._DRAW["coverage"](inputs)
        FigureCanvasAgg(fig)
        fig.canvas.draw()
        renderer = fig.canvas.get_renderer()
        right = fig.bbox.x1
        ax = fig.axes[0]
        for label in ax.get_xticklabels():
            assert label.get_window_extent(renderer).x1 <= right + 1, label.get_text()
