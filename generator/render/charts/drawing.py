"""Charts drawn with matplotlib from a spec's payload: byte-identical SVG across runs.

Output is the same bytes in every run and process: fixed SVG hash salt, no date metadata, DejaVu
Sans (shipped with matplotlib) for the text metrics of Latin, Greek and Cyrillic, and the fonts
Briefing ships (Noto Serif Devanagari, Noto Naskh Arabic) for those scripts. Text is written as
SVG text (``svg.fonttype: none``): small, searchable, and shaped by the browser (Arabic and
Devanagari included), which is told the fonts to use for each script (``style.SCRIPT_FONTS``).
matplotlib is imported inside the functions: only a build that has a chart to draw pays for it.
"""

from __future__ import annotations

import functools
import io
import math
import warnings
from datetime import date
from pathlib import Path
from typing import Any

from generator.render.charts import layout
from generator.render.charts.chart import ChartSpec
from generator.render.charts.drawing_running import draw_progression
from generator.render.charts.drawing_timeline import draw_timeline
from generator.render.charts.style import (
    CARD,
    GRID,
    HATCHES,
    INK,
    LINE,
    OKABE_ITO,
    PALETTE,
    RC,
    STATE_STYLE,
    WIDTH,
)

FONTS_DIR = Path(__file__).resolve().parents[2] / "fonts"  # generator/fonts


@functools.lru_cache(maxsize=1)
def _register_fonts() -> None:
    """The fonts Briefing ships, made known to matplotlib (once per process)."""
    from matplotlib import font_manager

    for path in sorted(FONTS_DIR.glob("Noto*.ttf")):
        font_manager.fontManager.addfont(str(path))


def render_svg(spec: ChartSpec) -> bytes:
    """Draw one chart from its payload only (so the cache key covers everything drawn)."""
    import logging

    import matplotlib

    _register_fonts()
    inputs = spec.inputs()
    # A CJK font this machine lacks is only a fallback the SVG names for the browser.
    logging.getLogger("matplotlib.font_manager").setLevel(logging.ERROR)
    with matplotlib.rc_context(RC), warnings.catch_warnings():
        # a character missing from DejaVu Sans only affects the width estimate; the browser
        # draws the text with its own fonts
        warnings.filterwarnings("ignore", message=r"Glyph \d+ .*missing from")
        warnings.filterwarnings("ignore", message=r".*[Mm]atplotlib currently does not support")
        fig = _DRAW[inputs["kind"]](inputs)
        buf = io.BytesIO()
        fig.savefig(buf, format="svg", metadata={"Date": None}, facecolor="none",
                    edgecolor="none")
    return buf.getvalue()


def _draw_figure(inputs: dict[str, Any]):
    from matplotlib.ticker import MaxNLocator

    data = inputs["data"]
    series = data["series"]
    centres, total, labels = layout.rows([s["label"] for s in series], width=30, min_height=0.42)
    band = data["band"]
    shapes = {"about" if s["approx"] in ("about", "nearly") else s["shape"] for s in series}
    shapes |= {"nearly" for s in series if s["approx"] == "nearly"}
    handles = _figure_legend(band, shapes, any(s.get("copy") for s in series))
    # as many columns as the longest entry lets fit, and room under the axes for their rows
    columns = layout.legend_columns([h.get_label() for h in handles], 3, 1.8)
    rows = -(-len(handles) // columns)
    fig, ax, _ = layout.card(inputs["title"], data["subtitle"], total,
                             bottom=0.65 + 0.2 * max(rows, 2), right=1.7)
    layout.row_axis(ax, centres, total, labels)

    finite = [v for s in series for v in (s["start"], s["end"], *s["nominal"]) if v is not None]
    lo, hi = min(finite), max(finite)
    if lo == hi:  # one value: show it against zero rather than zoomed into nothing
        lo = min(lo, 0.0)
        hi = max(hi, 1.0) if lo < hi else lo + 1.0
    span = hi - lo
    left = max(lo - 0.12 * span, 0.0) if lo >= 0 else lo - 0.12 * span
    right = hi + (0.35 if any(s["end"] is None for s in series) else 0.12) * span
    ax.set_xlim(left, right)

    if band and band["kind"] == "gap":
        ax.axvspan(band["from"], band["to"], facecolor="#FBE3D4", edgecolor=OKABE_ITO["vermillion"],
                   hatch="////", linewidth=0.8, zorder=0)
    elif band:
        end = right if band["to"] is None else band["to"]
        if end - band["from"] < span * 0.004:
            ax.axvline(band["from"], color="#7F7F7F", linewidth=6, alpha=0.25, zorder=0)
        else:
            ax.axvspan(band["from"], end, facecolor="#E6E6E6", edgecolor="none", zorder=0)
    ax.grid(axis="x", color=GRID, linewidth=0.6, zorder=-1)
    ax.set_axisbelow(True)

    for y, s in zip(centres, series, strict=True):
        colour, hatch = s["colour"]
        dashed = s["approx"] in ("about", "nearly")  # an interval round the value
        if s["shape"] == "point":
            ax.plot([s["start"]], [y], marker="o", markersize=9, color=colour,
                    markeredgecolor=INK, markeredgewidth=0.8, linestyle="none", zorder=3)
        else:
            start = left if s["shape"] == "open-down" else s["start"]
            end = right if s["shape"] == "open-up" else s["end"]
            ax.barh(y, end - start, left=start, height=0.2, color=colour, alpha=0.45,
                    hatch=hatch or None, zorder=2, linewidth=0)
            ax.barh(y, end - start, left=start, height=0.2, fill=False, edgecolor=colour,
                    linewidth=1.2, linestyle="--" if dashed else "-", zorder=2)
            if s["shape"] in ("open-up", "open-down"):
                tip, tail = (right, start) if s["shape"] == "open-up" else (left, end)
                ax.annotate("", xy=(tip, y), xytext=(tail, y), zorder=3,
                            arrowprops={"arrowstyle": "-|>", "color": colour, "lw": 1.6,
                                        "shrinkA": 0, "shrinkB": 0})
            # the value written: the middle of "about"'s interval, the top of "nearly"'s
            if s["nominal"][0] == s["nominal"][1] and s["approx"] in ("about", "nearly", ""):
                ax.plot([s["nominal"][0]], [y], marker="o", markersize=7, color=CARD,
                        markeredgecolor=colour, markeredgewidth=1.6, linestyle="none",
                        zorder=3)
        ax.text(1.02, y, "\n".join(layout.wrap(s["text"], 20, 2)),
                transform=ax.get_yaxis_transform(), va="center", ha="left", fontsize=10,
                weight="bold")
    ax.xaxis.set_major_locator(MaxNLocator(
        nbins=6, steps=[1, 2, 2.5, 5, 10],
        integer=all(float(v).is_integer() for s in series for v in s["nominal"])))
    ax.set_xlabel(data["unit"] or "value")

    if handles:
        layout.legend(fig, handles, columns, handlelength=1.8)
    return fig


def _figure_legend(band: dict | None, shapes: set[str], copies: bool) -> list:
    """The legend's entries of a fixed figure's chart, for the band and the shapes it draws."""
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    handles = []
    if band and band["kind"] == "gap":
        handles.append(Patch(facecolor="#FBE3D4", edgecolor=OKABE_ITO["vermillion"],
                             hatch="////", label="gap: no value fits every report"))
    elif band:
        handles.append(Patch(facecolor="#E6E6E6", edgecolor="#BDBDBD",
                             label="values that fit every report"))
    if "point" in shapes:
        handles.append(Line2D([], [], marker="o", color="#7F7F7F", markeredgecolor=INK,
                              linestyle="none", markersize=8, label="exact value"))
    if "bar" in shapes:
        handles.append(Patch(facecolor="#BFBFBF", edgecolor="#7F7F7F", label="range"))
    if "about" in shapes:
        words = "“about”, “nearly”" if "nearly" in shapes else "“about”"
        handles.append(Patch(facecolor="#BFBFBF", edgecolor="#7F7F7F", linestyle="--",
                             label=f"{words}: as precise as written, ○ the value"))
    if shapes & {"open-up", "open-down"}:
        handles.append(Line2D([], [], color="#7F7F7F", marker=">", markersize=6, linewidth=1.6,
                              label="open-ended (“more than”, “up to”)"))
    if copies:
        handles.append(Line2D([], [], linestyle="none",
                              label="‡ a copy: one text in several outlets, counted once"))
    return handles


def _draw_coverage(inputs: dict[str, Any]):
    from matplotlib.collections import PatchCollection
    from matplotlib.patches import Patch, Rectangle

    data = inputs["data"]
    outlets, claims = data["outlets"], data["claims"]
    centres, total, labels = layout.rows([c["label"] for c in claims], width=38, min_height=0.34)
    left, right = 3.2, 0.3
    col_w = (WIDTH - left - right) / len(outlets)
    chars = max(int(col_w * 72 / 6.0), 6)
    rotate = col_w < 0.75
    if rotate:
        # a label slanted up to the right reaches past its column by half its length: the
        # last columns' labels need room beyond the grid, or the longest is cut at the edge
        reach = max(min(len(o), 28) * 0.043 - (k + 0.5) * col_w
                    for k, o in enumerate(reversed(outlets)))
        right = max(right, min(reach + 0.1, 1.6))
        col_w = (WIDTH - left - right) / len(outlets)
    col_labels = ["\n".join(layout.wrap(o, 28 if rotate else chars, 1 if rotate else 3))
                  for o in outlets]
    head = (max(len(o) for o in outlets) * 0.075 + 0.1 if rotate
            else LINE * max(c.count("\n") + 1 for c in col_labels) + 0.15)
    head = min(head, 2.2)
    present = [st for st in STATE_STYLE if any(st in c["states"] for c in claims)]
    legend_rows = math.ceil(len(present) / 3)
    fig, ax, _ = layout.card(inputs["title"], data["subtitle"], total,
                             bottom=0.3 + 0.25 * legend_rows, left=left, right=right, above=head)
    layout.row_axis(ax, centres, total, labels)
    ax.set_xlim(0, len(outlets))
    ax.xaxis.tick_top()
    ax.set_xticks([i + 0.5 for i in range(len(outlets))], col_labels,
                  rotation=60 if rotate else 0, ha="left" if rotate else "center",
                  rotation_mode="anchor")
    ax.tick_params(axis="x", length=0, pad=4)
    for side in ("left", "bottom", "top", "right"):
        ax.spines[side].set_visible(False)

    tops = [0.0]
    for c in centres[:-1]:
        tops.append(2 * c - tops[-1])
    heights = [2 * (c - t) for c, t in zip(centres, tops, strict=True)]
    # one collection, not a patch per cell: adding patches one by one re-computes the axes'
    # limits each time, seconds for a claim-by-outlet grid of a thousand-article briefing
    cells, fills = [], []
    marks: dict[str, tuple[list[float], list[float]]] = {}
    for claim, top, h, y in zip(claims, tops, heights, centres, strict=True):
        for i, state in enumerate(claim["states"]):
            state = state if state in STATE_STYLE else "silent"
            cells.append(Rectangle((i + 0.04, top + 0.03), 0.92, h - 0.06))
            fills.append(STATE_STYLE[state][0])
            xs, ys = marks.setdefault(state, ([], []))
            xs.append(i + 0.5)
            ys.append(y)
    ax.add_collection(PatchCollection(cells, facecolors=fills, edgecolors="none", zorder=1),
                      autolim=False)
    # each state's symbol as one set of markers drawn from the glyph (a text per cell is laid
    # out one by one: seconds at a thousand articles); the SVG keeps each symbol's glyph once
    for state, (xs, ys) in marks.items():
        quiet = state in ("silent", "excerpt", "unchecked")
        ax.scatter(xs, ys, s=SYMBOL_EM_POINTS ** 2 * (2 * _EM_BOX) ** 2,
                   marker=_glyph(STATE_STYLE[state][1], bold=not quiet),
                   color="#6E6E6E" if quiet else INK, linewidths=0, zorder=3)
    handles = [Patch(facecolor=STATE_STYLE[st][0], edgecolor="#C8C8C8", linewidth=0.5,
                     label=f"{STATE_STYLE[st][1]}  {STATE_STYLE[st][2]}") for st in present]
    layout.legend(fig, handles, 3, handlelength=1.4)
    return fig


#: The coverage symbols' size, as a font size in points.
SYMBOL_EM_POINTS = 12
#: Half the box every symbol is scaled in, in ems: the same for all of them, so each keeps its
#: size in the font (matplotlib scales a marker to its largest extent: a dash would grow).
_EM_BOX = 0.7


def _glyph(symbol: str, *, bold: bool):
    """A marker of the symbol's outline in the chart font, centred on the point."""
    import numpy as np
    from matplotlib.font_manager import FontProperties
    from matplotlib.path import Path
    from matplotlib.textpath import TextPath

    outline = TextPath((0, 0), symbol, size=1,
                       prop=FontProperties(weight="bold" if bold else "normal"))
    (x0, y0), (x1, y1) = outline.get_extents().get_points()
    vertices = outline.vertices - ((x0 + x1) / 2, (y0 + y1) / 2)
    corners = [(-_EM_BOX, -_EM_BOX), (_EM_BOX, _EM_BOX)]  # moved to, never drawn
    return Path(np.vstack([vertices, corners]),
                np.concatenate([outline.codes, [Path.MOVETO, Path.MOVETO]]))


def _draw_terms(inputs: dict[str, Any]):
    from matplotlib.patches import Patch
    from matplotlib.ticker import PercentFormatter

    data = inputs["data"]
    names, rows = data["names"], data["rows"]
    centres, total, labels = layout.rows([r["label"] for r in rows], width=30, min_height=0.42)
    legend_rows = math.ceil(len(names) / 4)
    fig, ax, _ = layout.card(inputs["title"], data["subtitle"], total,
                       bottom=0.7 + 0.25 * legend_rows, right=0.4)
    layout.row_axis(ax, centres, total, labels)
    ax.set_xlim(0, 100)
    ax.xaxis.set_major_formatter(PercentFormatter(decimals=0))
    ax.set_xlabel("share of mentions (number of mentions in the bars)")
    colours = [PALETTE[i % len(PALETTE)] for i in range(len(names))]
    hatches = [HATCHES[(i // len(PALETTE)) % len(HATCHES)] for i in range(len(names))]
    for y, row in zip(centres, rows, strict=True):
        total_n = sum(row["counts"])
        x = 0.0
        for i, count in enumerate(row["counts"]):
            if not count:
                continue
            w = 100 * count / total_n
            ax.barh(y, w, left=x, height=0.26, color=colours[i], hatch=hatches[i] or None,
                    edgecolor=CARD, linewidth=1.0)
            if w >= 5:
                dark = colours[i] in ("#0072B2", "#000000", "#D55E00", "#009E73")
                ax.text(x + w / 2, y, str(count), ha="center", va="center", fontsize=9.5,
                        color=CARD if dark else INK, weight="bold")
            x += w
    handles = [Patch(facecolor=c, hatch=h or None, edgecolor=CARD, label=layout.wrap(n, 24, 1)[0])
               for c, h, n in zip(colours, hatches, names, strict=True)]
    layout.legend(fig, handles, 4, handlelength=1.4)
    return fig


def _draw_articles(inputs: dict[str, Any]):
    from matplotlib.patches import Patch
    from matplotlib.ticker import MaxNLocator

    data = inputs["data"]
    bins = [date.fromisoformat(b) for b in data["bins"]]
    series = data["series"]
    legend_rows = math.ceil(len(series) / 4)
    fig, ax, _ = layout.card(inputs["title"], data["subtitle"], 2.6,
                       bottom=0.75 + 0.25 * legend_rows, left=0.8, right=0.3)
    xs = list(range(len(bins)))
    base = [0] * len(bins)
    for s in series:
        colour, hatch = s["colour"]
        ax.bar(xs, s["counts"], bottom=base, width=0.7, color=colour, hatch=hatch or None,
               edgecolor=CARD, linewidth=1.0, label=s["label"])
        base = [b + c for b, c in zip(base, s["counts"], strict=True)]
    ax.set_xlim(-0.6, len(bins) - 0.4)
    ax.set_ylim(0, max(base) * 1.12 + 0.2)
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_ylabel("articles")
    ax.grid(axis="y", color=GRID, linewidth=0.6)
    ax.set_axisbelow(True)
    fmt = {"day": "%d %b", "week": "%d %b", "month": "%b %Y"}[data["unit"]]
    step = max(1, math.ceil(len(bins) / 14))
    ax.set_xticks(xs[::step], [f"{b:{fmt}}" for b in bins[::step]])
    ax.tick_params(axis="x", length=0)
    for x, n in zip(xs, base, strict=True):
        if n:
            ax.text(x, n, str(n), ha="center", va="bottom", fontsize=9.5)
    years = sorted({b.year for b in bins})
    ax.set_xlabel(f"{data['unit']} of publication (UTC), "
                  + (str(years[0]) if len(years) == 1 else f"{years[0]}–{years[-1]}"))
    handles = [Patch(facecolor=s["colour"][0], hatch=s["colour"][1] or None, edgecolor=CARD,
                     label=layout.wrap(s["label"], 24, 1)[0]) for s in series]
    layout.legend(fig, handles, 4, handlelength=1.4)
    return fig


_DRAW = {
    "figure": _draw_figure,
    "timeline": draw_timeline,
    "coverage": _draw_coverage,
    "progression": draw_progression,
    "terms": _draw_terms,
    "articles": _draw_articles,
}
