"""Drawn charts kept by the hash of what they show, so a build where nothing changed never
imports matplotlib.

``<cache_dir>/<digest>.svg`` is reused when it exists; only missing charts are drawn. The drawing
reads only the spec's payload, so a cached file can never be stale for its key.
"""

from __future__ import annotations

from pathlib import Path

from generator.analyse.model import Analysis
from generator.content.files import write_atomic
from generator.render.charts.chart import Chart, ChartSpec
from generator.render.charts.drawing import render_svg
from generator.render.charts.specs import chart_specs


def _cached(path: Path) -> bytes | None:
    try:
        data = path.read_bytes()
    except OSError:
        return None
    # a torn or foreign file is redrawn, not served
    return data if data.startswith(b"<?xml") and data.rstrip().endswith(b"</svg>") else None


def draw_charts(analysis: Analysis, cache_dir: Path,
                specs: list[ChartSpec] | None = None) -> list[Chart]:
    """Every chart with its SVG: from ``cache_dir`` when drawn before, else drawn and stored.

    matplotlib is imported only if at least one chart has to be drawn.
    """
    out = []
    for spec in chart_specs(analysis) if specs is None else specs:
        target = Path(cache_dir) / f"{spec.digest}.svg"
        svg = _cached(target)
        if svg is None:
            svg = render_svg(spec)
            write_atomic(target, svg)  # a parallel build never reads half a file
        out.append(spec.chart(svg))
    return out
