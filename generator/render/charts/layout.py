"""The layout every chart shares: a titled card, rows of wrapped labels, a legend under it.

Sizes are in inches on a figure :data:`~.style.WIDTH` wide; row heights follow the number of
lines a label wraps to, so long outlet names or event titles never overlap.
"""

from __future__ import annotations

import textwrap

from generator.render.charts.style import CARD, CARD_EDGE, LEFT, LINE, MUTED, WIDTH


def wrap(text: str, width: int, max_lines: int = 3) -> list[str]:
    lines = textwrap.wrap(text, width, break_long_words=True, break_on_hyphens=False) or [""]
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        lines[-1] = lines[-1][: width - 1].rstrip() + "…"
    return lines


def rows(labels: list[str], width: int = 30, min_height: float = 0.36):
    """Row centres (inches from the top), total height and wrapped labels."""
    centres, wrapped, y = [], [], 0.0
    for label in labels:
        lines = wrap(label, width)
        h = max(min_height, LINE * len(lines) + 0.14)
        centres.append(y + h / 2)
        wrapped.append("\n".join(lines))
        y += h
    return centres, y, wrapped


def card(title: str, subtitle: str, body: float, *, bottom: float, left: float = LEFT,
          right: float = 0.3, above: float = 0.0):
    """A figure on an opaque rounded white card: title, subtitle, then one axes of height
    ``body`` inches with ``above`` inches reserved over it (column labels, legend)."""
    from matplotlib.figure import Figure
    from matplotlib.patches import FancyBboxPatch

    title_lines = wrap(title, 64, 2)
    sub_lines = wrap(subtitle, 92, 4) if subtitle else []
    header = 0.22 + 0.24 * len(title_lines) + 0.19 * len(sub_lines) + 0.15
    height = round(header + above + body + bottom, 2)
    fig = Figure(figsize=(WIDTH, height))
    fig.patch.set_visible(False)
    fig.add_artist(FancyBboxPatch(
        (0.02, 0.02), WIDTH - 0.04, height - 0.04, boxstyle="round,pad=0,rounding_size=0.12",
        transform=fig.dpi_scale_trans, facecolor=CARD, edgecolor=CARD_EDGE, linewidth=0.8,
        zorder=-10))
    y = height - 0.22
    fig.text(0.25 / WIDTH, y / height, "\n".join(title_lines), fontsize=12.5, weight="bold",
             va="top", ha="left", linespacing=1.25)
    y -= 0.24 * len(title_lines)
    if sub_lines:
        fig.text(0.25 / WIDTH, (y - 0.02) / height, "\n".join(sub_lines), fontsize=10,
                 color=MUTED, va="top", ha="left", linespacing=1.3)
    ax = fig.add_axes((left / WIDTH, bottom / height, (WIDTH - left - right) / WIDTH,
                       body / height))
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    return fig, ax, height


def legend_columns(labels: list[str], columns: int = 4, handlelength: float = 1.6) -> int:
    """As many legend columns, up to ``columns``, as the longest label lets fit across the card
    (an outlet's long address in the last of four columns ran past the card's edge, cut)."""
    widest = max((len(s) for s in labels), default=0)
    column = (handlelength + 0.8 + 1.4 + 0.55 * widest) * 9.5 / 72  # inches at the legend's size
    return max(1, min(columns, int((WIDTH - 0.5) / column)))


def legend(fig, handles: list, columns: int = 4, **kw) -> None:
    """A legend under the chart, filled row by row (matplotlib fills column by column)."""
    n = len(handles)
    cols = max(1, min(columns, n))
    rows, large = divmod(n, cols)
    order = []
    for col in range(cols):
        height = rows + 1 if col < large else rows
        order.extend(handles[row * cols + col] for row in range(height))
    fig.legend(handles=order, loc="lower left", bbox_to_anchor=(0.25 / WIDTH, 0.02), ncol=cols,
               handlelength=kw.pop("handlelength", 1.6), columnspacing=1.4, borderaxespad=0.3,
               **kw)


def row_axis(ax, centres: list[float], total: float, labels: list[str]) -> None:
    ax.set_ylim(total, 0)
    ax.set_yticks(centres, labels)
    ax.tick_params(axis="y", length=0, pad=6)
    ax.spines["left"].set_visible(False)


#: Where a value's label may stand around its marker, in order of preference: (x, y) of the
#: label's lower-left corner in points, as functions of its width and height.
_SPOTS = (
    lambda w, h: (5, 6), lambda w, h: (5, -6 - h), lambda w, h: (-5 - w, 6),
    lambda w, h: (-5 - w, -6 - h), lambda w, h: (8, -h / 2), lambda w, h: (-8 - w, -h / 2),
    lambda w, h: (5, 8 + h), lambda w, h: (5, -8 - 2 * h), lambda w, h: (-5 - w, 8 + h),
    lambda w, h: (-5 - w, -8 - 2 * h),
)


def _overlap(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> float:
    return (max(0.0, min(a[2], b[2]) - max(a[0], b[0]))
            * max(0.0, min(a[3], b[3]) - max(a[1], b[1])))


def place_labels(ax, items: list[tuple[float, float, str]], fontsize: float = 9,
                 marker: float = 5.0) -> list[tuple[float, float] | None]:
    """An offset in points for each value label, or None where the same text already stands at
    the same marker (two outlets reporting one value at one time).

    Reports of one day often sit a few points apart, and a fixed offset wrote their values over
    each other and over the neighbouring markers. Each label takes the first spot around its
    marker that covers no label placed before it, no marker and nothing outside the axes, or
    else the spot that covers least. Greedy and deterministic, so the SVG stays byte-identical;
    adjustText does this by iteration but needs SciPy, a large dependency for a few labels.
    Widths come from the glyph outlines (TextPath), so no renderer is needed.
    """
    from matplotlib.textpath import TextPath

    scale = 72 / ax.figure.dpi
    x0, y0, x1, y1 = (v * scale for v in ax.bbox.extents)
    at = [tuple(v * scale for v in ax.transData.transform((x, y))) for x, y, _ in items]
    markers = [(px - marker, py - marker, px + marker, py + marker) for px, py in at]
    placed: list[tuple[float, float, float, float]] = []
    shown: list[tuple[float, float, str]] = []
    offsets: list[tuple[float, float] | None] = []
    for (px, py), (_x, _y, text) in zip(at, items, strict=True):
        if any(abs(px - sx) < 2 and abs(py - sy) < 2 and text == st for sx, sy, st in shown):
            offsets.append(None)
            continue
        extents = TextPath((0, 0), text, size=fontsize).get_extents()
        w, h = extents.width, fontsize
        best, best_cost = None, None
        for spot in _SPOTS:
            dx, dy = spot(w, h)
            box = (px + dx, py + dy, px + dx + w, py + dy + h)
            outside = w * h - _overlap(box, (x0, y0, x1, y1))
            cost = (sum(_overlap(box, other) for other in placed)
                    + 0.5 * sum(_overlap(box, m) for m in markers) + 2 * outside)
            if best_cost is None or cost < best_cost - 1e-9:
                best, best_cost = (dx, dy, box), cost
            if cost == 0:
                break
        assert best is not None
        dx, dy, box = best
        placed.append(box)
        shown.append((px, py, text))
        offsets.append((dx, dy))
    return offsets
