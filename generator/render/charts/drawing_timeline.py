"""The timeline chart drawn from its spec's payload: events on a date axis, phases as bands.

The axis spans the events known to the day (and the phases); an event known only to the month or
year is cut at the axis with an arrow instead of squeezing the rest.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from generator.render.charts import layout
from generator.render.charts.style import CARD, GRID, INK, LEFT, MUTED, OKABE_ITO, WIDTH


def _axis_span(events: list[dict[str, Any]], starts: list[float], ends: list[float],
               eras: list[tuple[float, float]]) -> tuple[float, float]:
    """The dates the axis spans: those of the events known to the day (and the phases), so
    that one event known only to the month or year does not squeeze the others into a sliver;
    a coarse event is drawn cut at the axis with an arrow, and widens the axis only as far as
    needed to reach it when it lies wholly outside."""
    precise = [(a, b) for e, a, b in zip(events, starts, ends, strict=True)
               if e["precision"] == "day"] + eras
    if not precise:
        return min(starts), max(ends)
    lo, hi = min(a for a, _ in precise), max(b for _, b in precise)
    for e, a, b in zip(events, starts, ends, strict=True):
        if e["precision"] != "day":
            if b <= lo:
                lo = b - 1
            elif a >= hi:
                hi = a + 1
    return lo, hi


def draw_timeline(inputs: dict[str, Any]):
    import matplotlib.dates as mdates

    data = inputs["data"]
    events, eras = data["events"], data["eras"]
    centres, total, labels = layout.rows([e["label"] for e in events], width=30, min_height=0.4)
    era_row = (0.62 if len(eras) > 1 else 0.34) if eras else 0.0
    centres = [c + era_row for c in centres]
    total += era_row
    handles = _legend(events, blue=OKABE_ITO["blue"])
    columns = layout.legend_columns([h.get_label() for h in handles], 4)
    rows = -(-len(handles) // columns)
    fig, ax, _ = layout.card(inputs["title"], data["subtitle"], total,
                             bottom=0.75 + 0.2 * max(rows, 1), right=1.7)
    layout.row_axis(ax, centres, total, labels)

    def day(iso: str) -> float:
        return float(mdates.date2num(date.fromisoformat(iso)))

    starts = [day(e["first"]) for e in events]
    ends = [day(e["last"]) + 1 for e in events]
    lo, hi = _axis_span(events, starts, ends, [(day(e["first"]), day(e["last"]) + 1)
                                               for e in eras])
    pad = max((hi - lo) * 0.04, 0.5)
    ax.set_xlim(lo - pad, hi + pad)
    per_inch = (hi - lo + 2 * pad) / (WIDTH - LEFT - 1.7)  # days per inch of axes
    ax.grid(axis="x", color=GRID, linewidth=0.6)
    ax.set_axisbelow(True)

    for i, era in enumerate(eras):
        a, b = day(era["first"]), day(era["last"]) + 1
        ax.axvspan(a, b, facecolor="#F2F2F2" if i % 2 == 0 else "#E8E8E8", edgecolor="none",
                   zorder=0)
        # staggered on two lines, each above a bracket spanning its phase
        y = (0.26 if i % 2 == 0 else 0.54) if len(eras) > 1 else 0.26
        text = layout.wrap(era["label"], 56, 1)[0]
        width = len(text) * 9.5 * 0.56 / 72 * per_inch
        x0, x1 = ax.get_xlim()
        if a + width <= x1:
            x, ha = a, "left"
        elif b - width >= x0:
            x, ha = b, "right"
        else:
            x, ha = x0, "left"
        ax.text(x, y - 0.03, text, va="bottom", ha=ha, fontsize=9.5, color=MUTED)
        ax.plot([a, a, b, b], [y + 0.06, y, y, y + 0.06], color="#8C8C8C", linewidth=0.9)

    blue = OKABE_ITO["blue"]
    for y, e, a, b in zip(centres, events, starts, ends, strict=True):
        approx = e["approximate"]
        if e["precision"] != "day":  # month or year: a wide, light bar, cut at the axis
            x0, x1 = max(a, lo - pad), min(b, hi + pad)
            ax.barh(y, x1 - x0, left=x0, height=0.26, color=OKABE_ITO["sky"], alpha=0.3,
                    edgecolor=blue, linewidth=1.0, linestyle="--" if approx else "-",
                    hatch="///" if approx else None, zorder=2)
            for cut, edge, mark in ((x0 > a, x0, "<"), (x1 < b, x1, ">")):
                if cut:  # the period goes on beyond the axis
                    ax.plot([edge], [y], marker=mark, markersize=7, color=blue,
                            linestyle="none", zorder=3, clip_on=False)
        elif e["range"] or approx:
            ax.barh(y, b - a, left=a, height=0.22, color=blue, alpha=0.35 if approx else 0.8,
                    hatch="///" if approx else None, linewidth=0, zorder=2)
            ax.barh(y, b - a, left=a, height=0.22, fill=False, edgecolor=blue, linewidth=1.2,
                    linestyle="--" if approx else "-", zorder=2)
        if e["precision"] == "day" and not e["range"]:
            at = e.get("hour")
            ax.plot([a + (0.5 if at is None else at)], [y], marker="D", markersize=8,
                    color=CARD if approx else blue, markeredgecolor=blue, markeredgewidth=1.4,
                    linestyle="none", zorder=3)
        lines = [p for part in e["text"].replace(" – ", " –\n").split("\n")
                 for p in layout.wrap(part, 18, 2)]
        text = "\n".join(lines + (["sources conflict"] if e["conflict"] else []))
        ax.text(1.02, y, text, transform=ax.get_yaxis_transform(), va="center", ha="left",
                fontsize=10, color=OKABE_ITO["vermillion"] if e["conflict"] else INK,
                weight="bold" if e["conflict"] else "normal")

    locator = mdates.AutoDateLocator(minticks=3, maxticks=8)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(
        locator, offset_formats=["", "%Y", "%Y", "%b %Y", "%b %Y", "%d %b %Y"]))

    layout.legend(fig, handles, columns)
    return fig


def _legend(events: list[dict], blue: str) -> list:
    """The legend's entries: the kinds of dates the timeline draws."""
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    kinds = [("coarse" if e["precision"] != "day" else "range" if e["range"] else "day")
             for e in events]
    handles = [h for k, h in (
        ("day", Line2D([], [], marker="D", color=blue, linestyle="none", markersize=7,
                       label="a day (at its time of day, when known)")),
        ("range", Patch(facecolor=blue, alpha=0.8, label="a range of days")),
        ("coarse", Patch(facecolor=OKABE_ITO["sky"], alpha=0.35, edgecolor=blue,
                         label="known to the month or year")),
    ) if k in kinds]
    if any(e["approximate"] for e in events):
        handles.append(Patch(facecolor="#FFFFFF", edgecolor=blue, hatch="///", linestyle="--",
                             label="approximate"))
    return handles
