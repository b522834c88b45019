"""A running count drawn as a step chart from its spec's payload (see :mod:`.specs_running`).

Each outlet's reports are one step line in its colour (a count holds until the next report), each
report a marker with its value beside it (placed so that no two values overlap); a copy of
another source's report is hollow, a value known only to the day a square at noon, a report that
cannot be an update ringed in vermillion.
"about" values carry a bar over the values they allow, "more than" an arrow upwards.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from generator.render.charts import layout
from generator.render.charts.style import CARD, GRID, INK, MUTED, OKABE_ITO


def draw_progression(inputs: dict[str, Any]):
    import matplotlib.dates as mdates
    from matplotlib.lines import Line2D
    from matplotlib.ticker import MaxNLocator

    data = inputs["data"]
    points = data["points"]
    body = 3.2
    columns = layout.legend_columns([*data["outlets"], "date only (drawn at noon)"])
    legend_rows = (len(data["outlets"]) + columns - 1) // columns + 1
    fig, ax, _ = layout.card(inputs["title"], data["subtitle"], body,
                             bottom=0.75 + 0.25 * legend_rows, left=0.9, right=0.5)
    xs = [float(mdates.date2num(datetime.fromisoformat(p["t"]))) for p in points]
    lo = min(xs)
    hi = max(xs)
    span = max(hi - lo, 1 / 24)
    right_edge = hi + 0.12 * span
    ax.set_xlim(lo - 0.06 * span, right_edge)
    values = [v for p in points for v in (p["value"], p["lo"], p["hi"]) if v is not None]
    top = max(values)
    ax.set_ylim(0, top * 1.15 if top > 0 else 1)
    ax.grid(axis="both", color=GRID, linewidth=0.6)
    ax.set_axisbelow(True)

    by_outlet: dict[str, list[tuple[float, dict]]] = {}
    for x, p in zip(xs, points, strict=True):
        by_outlet.setdefault(p["outlet"], []).append((x, p))
    handles = []
    labels: list[tuple[float, float, str]] = []
    for track in by_outlet.values():
        track.sort(key=lambda item: item[0])
        colour = track[0][1]["colour"][0]
        steps_x = [x for x, _p in track] + [right_edge]
        steps_y = [p["value"] for _x, p in track] + [track[-1][1]["value"]]
        ax.step(steps_x, steps_y, where="post", color=colour, linewidth=1.6, alpha=0.85,
                zorder=2)
        for x, p in track:
            if p["approx"] in ("about", "nearly") and p["hi"] is not None:
                ax.plot([x, x], [p["lo"], p["hi"]], color=colour, linewidth=3, alpha=0.45,
                        solid_capstyle="butt", zorder=2)
            if p["approx"] in ("more-than", "at-least"):
                ax.annotate("", xy=(x, p["value"] + 0.08 * top), xytext=(x, p["value"]),
                            arrowprops={"arrowstyle": "-|>", "color": colour, "lw": 1.4},
                            zorder=3)
            ax.plot([x], [p["value"]], marker="o" if p["timed"] else "s", markersize=8,
                    color=CARD if p["copy"] else colour, markeredgecolor=colour if p["copy"]
                    else INK, markeredgewidth=1.6 if p["copy"] else 0.8, linestyle="none",
                    zorder=4)
            if p["flagged"]:
                ax.plot([x], [p["value"]], marker="o", markersize=15, fillstyle="none",
                        markeredgecolor=OKABE_ITO["vermillion"], markeredgewidth=1.8,
                        linestyle="none", zorder=5)
            labels.append((x, p["value"], p["text"]))
        handles.append(Line2D([], [], color=colour, marker="o", markeredgecolor=INK,
                              linewidth=1.6, markersize=7, label=track[0][1]["label"]))
    for (x, y, text), offset in zip(labels, layout.place_labels(ax, labels), strict=True):
        if offset is not None:
            ax.annotate(text, (x, y), xytext=offset, textcoords="offset points", fontsize=9,
                        color=INK, va="bottom", zorder=6)
    if any(p["copy"] for p in points):
        handles.append(Line2D([], [], marker="o", color=MUTED, markerfacecolor=CARD,
                              linestyle="none", markersize=7, label="copy of another source"))
    if not all(p["timed"] for p in points):
        handles.append(Line2D([], [], marker="s", color=MUTED, linestyle="none", markersize=7,
                              label="date only (drawn at noon)"))
    if any(p["flagged"] for p in points):
        handles.append(Line2D([], [], marker="o", color=OKABE_ITO["vermillion"],
                              fillstyle="none", linestyle="none", markersize=11,
                              label="cannot be an update"))
    locator = mdates.AutoDateLocator(minticks=3, maxticks=7)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(
        locator, formats=["%Y", "%b", "%d %b", "%H:%M", "%H:%M", "%S"],
        zero_formats=["", "%Y", "%b", "%d %b", "%d %b", "%H:%M"],
        offset_formats=["", "%Y", "%b %Y", "%d %b %Y", "%d %b %Y", "%d %b %Y"]))
    ax.yaxis.set_major_locator(MaxNLocator(nbins=6, integer=True))
    ax.set_xlabel("time of the report (UTC)")
    ax.set_ylabel(data["unit"] or "value")
    layout.legend(fig, handles, columns, handlelength=1.6)
    return fig
