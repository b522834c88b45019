"""Charts: the analysis drawn as SVG, each with alt text and its data as a table.

Two steps, so that a build where nothing changed never pays for matplotlib:

* :func:`chart_specs` is cheap and imports no plotting library. For each chart it gives the
  docs-relative path, title, alt text, the table of the plotted data and a canonical JSON
  *payload*: everything the drawing depends on (the data, the style version, the matplotlib
  version). ``spec.digest`` is the SHA-256 of that payload.
* :func:`draw_charts` reuses ``<cache_dir>/<digest>.svg`` when it exists and draws (importing
  matplotlib lazily) only the charts that are missing. The drawing code reads *only* the
  decoded payload, so a cached file can never be stale for its key.

Output is byte-identical across runs and processes: fixed SVG hash salt, no date metadata,
DejaVu Sans (shipped with matplotlib) for every text metric. Text is written as SVG text
(``svg.fonttype: none``): small, searchable, and shaped by the browser (Arabic names included);
the viewer's sans-serif font is used where DejaVu Sans is not installed.

Every chart is drawn on its own opaque, rounded white card with dark text, so it reads the same
in Material's light and dark themes (an ``<img>`` cannot inherit the page's colours). Colours
come from the Okabe–Ito palette, which stays distinguishable with colour-blindness, and no state
is shown by colour alone (symbols in the coverage cells, text beside every mark).

Labels come from YAML and articles and are untrusted: they are cleaned of control characters,
drawn with mathtext off (a "$" is a dollar sign) and escaped by matplotlib's SVG writer.
"""

from __future__ import annotations

import functools
import hashlib
import json
import math
import re
import textwrap
import unicodedata
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from importlib import metadata
from pathlib import Path
from typing import Any

from generator.analyse.model import KIND_LABEL, Analysis, FigureAnalysis, VariantUse
from generator.content.files import write_atomic
from generator.text.numbers import number as num

#: Bump when the drawing code changes in a way that changes the output (invalidates caches).
STYLE_VERSION = 1
CHARTS_DIR = "charts"

# Okabe & Ito (2008), "Color Universal Design": safe for the common colour-vision deficiencies.
OKABE_ITO = {
    "orange": "#E69F00", "sky": "#56B4E9", "green": "#009E73", "yellow": "#F0E442",
    "blue": "#0072B2", "vermillion": "#D55E00", "purple": "#CC79A7", "black": "#000000",
}
#: Series colours in order of use (yellow late: weakest contrast on white).
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#D55E00", "#56B4E9", "#F0E442",
           "#000000")
#: Series beyond the palette repeat its colours with these hatches.
HATCHES = ("", "//", "..", "xx", "\\\\")
UNKNOWN = "#999999"
INK = "#1A1A1A"
MUTED = "#4D4D4D"
GRID = "#D9D9D9"
CARD = "#FFFFFF"
CARD_EDGE = "#C8C8C8"

STATE_STYLE = {  # coverage: fill, symbol, legend text
    "reports": ("#56B4E9", "✓", "reports it"),
    "disagrees": ("#E69F00", "≠", "reports a value others contradict"),
    "silent": ("#F0F0F0", "–", "silent"),
}

WIDTH = 8.0  # inches


@dataclass(frozen=True)
class Chart:
    path: str  # docs-relative, e.g. "charts/figure-convoy-fighters.svg"
    svg: bytes
    alt: str  # one sentence: what the chart shows and its main finding
    title: str
    headers: tuple[str, ...]  # the chart's data as a table
    rows: tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class ChartSpec:
    """A chart before drawing: everything but the SVG, plus what the SVG depends on."""

    path: str
    title: str
    alt: str
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    kind: str  # "figure", "timeline", "coverage", "terms", "articles"
    payload: str  # canonical JSON of the drawing's inputs (data + style and library versions)

    @property
    def digest(self) -> str:
        return hashlib.sha256(self.payload.encode("utf-8")).hexdigest()

    def inputs(self) -> dict[str, Any]:
        return json.loads(self.payload)

    def chart(self, svg: bytes) -> Chart:
        return Chart(self.path, svg, self.alt, self.title, self.headers, self.rows)


# --------------------------------------------------------------------------- text helpers

_SPACE = re.compile(r"\s+")


def clean(text: object) -> str:
    """Untrusted text made safe to draw: one line, no control characters or lone surrogates
    (which XML cannot carry)."""
    chars = (c for c in str(text) if unicodedata.category(c) not in ("Cc", "Cs", "Co")
             or c in "\t\n\r")
    return _SPACE.sub(" ", "".join(chars)).strip()


def _list(items: list[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def _plural(n: int, word: str, plural: str = "") -> str:
    return f"{n} {word if n == 1 else (plural or word + 's')}"


def _day(d: date) -> str:
    return f"{d.day} {d:%b %Y}"


@functools.lru_cache(maxsize=1)
def _matplotlib_version() -> str:
    """The installed matplotlib's version, without importing it (part of every cache key)."""
    try:
        return metadata.version("matplotlib")
    except metadata.PackageNotFoundError:
        return "missing"


def _spec(path: str, kind: str, title: str, alt: str, headers: tuple[str, ...],
          rows: list[tuple[str, ...]], data: dict[str, Any]) -> ChartSpec:
    payload = json.dumps(
        {"kind": kind, "style": STYLE_VERSION, "matplotlib": _matplotlib_version(),
         "title": title, "data": data},
        sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False)
    return ChartSpec(path, title, clean(alt), headers, tuple(rows), kind, payload)


class _Colours:
    """One colour (and hatch) per outlet, the same in every chart."""

    def __init__(self, analysis: Analysis) -> None:
        self.order = list(analysis.content.outlets)

    def __call__(self, outlet_id: str) -> list[str]:
        if outlet_id not in self.order:
            return [UNKNOWN, ""]
        i = self.order.index(outlet_id)
        return [PALETTE[i % len(PALETTE)], HATCHES[(i // len(PALETTE)) % len(HATCHES)]]


def _outlet_name(analysis: Analysis, outlet_id: str) -> str:
    outlet = analysis.content.outlets.get(outlet_id)
    return clean(outlet.name if outlet else (outlet_id or "unknown outlet"))


# --------------------------------------------------------------------------- specs

def _figure_spec(fa: FigureAnalysis, analysis: Analysis, colours: _Colours) -> ChartSpec:
    figure = fa.figure
    title = clean(figure.label)
    names = [clean(r.source.outlet_name) for r in fa.rows]
    counts = Counter(names)
    series, table = [], []
    los, his = [], []
    for row, name in zip(fa.rows, names, strict=True):
        report = row.report
        lo, hi = report.figure_value.interval()
        los.append(lo)
        his.append(hi)
        label = name
        if counts[name] > 1:  # the same outlet twice: tell the articles apart
            published = row.source.article.published
            label += f" ({published:%d %b %H:%M})" if published else f" ({row.source.article.id})"
        approx = report.approx or ""
        shape = ("point" if lo == hi else "open-up" if hi == math.inf
                 else "open-down" if approx in ("fewer-than", "up-to") else "bar")
        start = report.high if approx == "more-than" else lo
        end = report.low if approx == "fewer-than" else hi
        series.append({
            "label": label, "text": clean(row.text), "shape": shape, "approx": approx,
            "nominal": [report.low, report.high],
            "start": start, "end": None if end == math.inf else end,
            "colour": colours(row.source.outlet_id),
        })
        table.append((label, clean(row.text), report.figure_value.read_as(),
                      clean(row.attribution)))
    low, high = max(los), min(his)
    if len(fa.rows) == 1:
        band = None
        finding = f"only {names[0]} reports it"
    elif fa.status == "disagree":
        band = {"kind": "gap", "from": high, "to": low}
        finding = (f"the sources disagree: no single value fits every report "
                   f"(nothing fits between {num(high)} and {num(low)})")
    else:
        band = {"kind": "overlap", "from": low, "to": None if high == math.inf else high}
        if fa.status == "agree":
            every = "both" if len(fa.rows) == 2 else f"all {len(fa.rows)}"
            finding = f"{every} sources give the same value, {series[0]['text']}"
        else:
            fits = f"above {num(low)}" if high == math.inf else (
                num(low) if low == high else f"{num(low)} to {num(high)}")
            finding = f"the reports are consistent: {fits} fits every report"
    unit = clean(figure.unit)
    values = "; ".join(
        f"{label} {text}" + (f" (read as {read})" if read != text else "")
        for label, text, read, _ in table)
    alt = f"{title}{f' ({unit})' if unit else ''}, as each source reports it: {values}; {finding}."
    data = {"series": series, "band": band, "unit": unit, "subtitle": finding[:1].upper()
            + finding[1:] + "."}
    return _spec(f"{CHARTS_DIR}/figure-{figure.id}.svg", "figure", title, alt,
                 ("Outlet", "Value", "Read as", "Attributed to"), table, data)


def _timeline_spec(analysis: Analysis) -> ChartSpec | None:
    if not analysis.timeline:
        return None
    events, table = [], []
    for entry in analysis.timeline:
        when = entry.date
        label = clean(entry.event.title)
        display = clean(when.display())
        events.append({
            "label": label, "text": display, "first": when.first.isoformat(),
            "last": when.last.isoformat(), "precision": when.precision.value,
            "range": when.is_range, "approximate": when.approximate,
            "conflict": bool(entry.conflict),
        })
        note = f"sources' dates conflict: {clean(entry.conflict)}" if entry.conflict else ""
        table.append((label, display, when.precision_label(), note))
    eras = []
    for era in sorted(analysis.content.eras.values(), key=lambda e: (e.start.first, e.id)):
        label, when = clean(era.title), f"{_day(era.start.first)} – {_day(era.end.last)}"
        eras.append({"label": label, "first": era.start.first.isoformat(),
                     "last": era.end.last.isoformat()})
        table.append((f"Phase: {label}", when, "shaded band", ""))
    first = min(e.date.first for e in analysis.timeline)
    last = max(e.date.last for e in analysis.timeline)
    notes = []
    fuzzy = sum(1 for e in analysis.timeline if e.date.approximate)
    coarse = sum(1 for e in analysis.timeline if e.date.precision.value != "day")
    conflicts = sum(1 for e in analysis.timeline if e.conflict)
    if fuzzy:
        notes.append(f"{_plural(fuzzy, 'date')} approximate")
    if coarse:
        notes.append(f"{_plural(coarse, 'date')} known only to the month or year")
    if conflicts:
        notes.append(f"{_plural(conflicts, 'event')} with conflicting dates in the sources")
    span = _day(first) if first == last else f"{_day(first)} to {_day(last)}"
    n = len(events)
    listed = "; ".join(f"{e['label']} ({e['text']})" for e in events) if n <= 12 else (
        "the table lists them all")
    phases = ("; shaded phases: " + "; ".join(f"{row[0][7:]} ({row[1]})" for row in table[n:])
              if eras else "")
    alt = (f"Timeline of {_plural(n, 'event')} from {span}: {listed}{phases}"
           + (f"; {_list(notes)}" if notes else "") + ".")
    subtitle = f"{_plural(n, 'event')}, {span}" + (f"; {_list(notes)}" if notes else "")
    data = {"events": events, "eras": eras, "subtitle": subtitle + "."}
    return _spec(f"{CHARTS_DIR}/timeline.svg", "timeline", "Timeline of events", alt,
                 ("Event", "Date", "Precision", "Note"), table, data)


def _coverage_spec(analysis: Analysis) -> ChartSpec | None:
    outlets = analysis.covered_outlets
    if not analysis.claims or not outlets:
        return None
    names = [clean(o.name) for o in outlets]
    claims, table = [], []
    for claim in analysis.claims:
        label = f"{KIND_LABEL.get(claim.kind, claim.kind.title())}: {clean(claim.label)}"
        states = [claim.outlets.get(o.id, "silent") for o in outlets]
        claims.append({"label": label, "states": states})
        table.append((label, *states))
    per_outlet = []
    for i, name in enumerate(names):
        n = sum(1 for c in claims if c["states"][i] != "silent")
        per_outlet.append(f"{name} {n}")
    everyone = sum(1 for c in claims if "silent" not in c["states"])
    disputed = sum(1 for c in claims if "disagrees" in c["states"])
    silences = {name: sum(1 for c in claims if c["states"][i] == "silent")
                for i, name in enumerate(names)}
    most = max(silences.values())
    finding = [f"{_plural(everyone, 'claim')} {'is' if everyone == 1 else 'are'} reported by "
               f"every outlet"]
    if disputed:
        finding.append(f"{_plural(disputed, 'figure')} in dispute")
    if most:
        quiet = [n for n, k in silences.items() if k == most]
        finding.append(f"{_list(quiet)} {'is' if len(quiet) == 1 else 'are'} silent on the most "
                       f"({most} of {len(claims)})")
    alt = (f"Coverage matrix of {_plural(len(claims), 'claim')} across "
           f"{_plural(len(names), 'outlet')}, claims reported per outlet: "
           f"{'; '.join(per_outlet)}; {_list(finding)}.")
    subtitle = _list(finding)
    data = {"outlets": names, "claims": claims,
            "subtitle": subtitle[:1].upper() + subtitle[1:] + "."}
    return _spec(f"{CHARTS_DIR}/coverage.svg", "coverage", "Who reports what", alt,
                 ("Claim", *names), table, data)


def _terms_spec(use: VariantUse, analysis: Analysis) -> ChartSpec | None:
    names = [n for n in use.names() if use.total(n) > 0]
    if len(names) < 2:
        return None
    order = [o.id for o in analysis.content.outlets.values()]
    outlet_ids = sorted(use.counts, key=lambda o: (o not in order, order.index(o)
                                                   if o in order else 0, o))
    rows, table, prefers = [], [], {}
    for oid in outlet_ids:
        counter = use.counts[oid]
        counts = [counter[n] for n in names]
        total = sum(counts)
        if not total:
            continue
        label = _outlet_name(analysis, oid)
        rows.append({"label": label, "counts": counts})
        table.append((label, *(f"{c} ({round(100 * c / total)} %)" if c else "0"
                               for c in counts), str(total)))
        top = max(counts)
        prefers[label] = [clean(n) for n, c in zip(names, counts, strict=True) if c == top]
    entity = clean(use.entity.name)
    shown = [clean(n) for n in names]
    described = "; ".join(
        f"{row['label']}: " + ", ".join(f"“{n}” {c}" for n, c in zip(shown, row["counts"],
                                                                      strict=True) if c)
        for row in rows)
    groups: dict[str, list[str]] = {}
    for label, top_names in prefers.items():
        groups.setdefault(" / ".join(f"“{n}”" for n in top_names), []).append(label)
    if len(rows) == 1:
        finding = f"{rows[0]['label']} mostly writes {next(iter(groups))}"
    elif len(groups) == 1:
        finding = f"every outlet mostly writes {next(iter(groups))}"
    else:
        finding = "outlets prefer different names: " + "; ".join(
            f"{name} ({', '.join(labels)})" for name, labels in groups.items())
    alt = (f"Stacked bars of how often each outlet uses each name for {entity} "
           f"(mentions): {described}; {finding}.")
    data = {"names": shown, "rows": rows, "subtitle": finding[:1].upper() + finding[1:] + "."}
    return _spec(f"{CHARTS_DIR}/terms-{use.kind}-{use.entity.id}.svg", "terms",
                 f"Names used for {entity}", alt, ("Outlet", *shown, "Total"), table, data)


def _published_day(value: datetime | date) -> date:
    if isinstance(value, datetime):
        return value.astimezone(UTC).date()
    return value


def _articles_spec(analysis: Analysis, colours: _Colours) -> ChartSpec | None:
    dated: dict[str, Counter] = {}
    undated: Counter = Counter()
    names: dict[str, str] = {}
    for summary in analysis.outlets:
        for article in summary.articles:
            oid = summary.outlet.id
            names[oid] = clean(summary.outlet.name)
            if article.published is None:
                undated[oid] += 1
            else:
                dated.setdefault(oid, Counter())[_published_day(article.published)] += 1
    if not dated:
        return None
    days = sorted({d for c in dated.values() for d in c})
    first, last = days[0], days[-1]
    span = (last - first).days + 1
    if span <= 62:
        unit, key = "day", lambda d: d
        bins = [first + timedelta(days=i) for i in range(span)]
    elif span <= 62 * 7:
        unit, key = "week", lambda d: d - timedelta(days=d.weekday())
        bins = [key(first) + timedelta(weeks=i)
                for i in range((key(last) - key(first)).days // 7 + 1)]
    else:
        unit, key = "month", lambda d: d.replace(day=1)
        bins = []
        b = key(first)
        while b <= last:
            bins.append(b)
            b = (b + timedelta(days=32)).replace(day=1)

    def bin_label(b: date) -> str:
        return {"day": f"{b.day} {b:%b %Y}", "week": f"week of {b.day} {b:%b %Y}",
                "month": f"{b:%b %Y}"}[unit]

    series = []
    for summary in analysis.outlets:
        oid = summary.outlet.id
        if oid not in dated:
            continue
        per_bin = Counter(key(d) for d in dated[oid].elements())
        series.append({"label": names[oid], "colour": colours(oid),
                       "counts": [per_bin[b] for b in bins]})
    table = []
    for i, b in enumerate(bins):
        counts = [s["counts"][i] for s in series]
        if sum(counts):
            table.append((bin_label(b), *map(str, counts), str(sum(counts))))
    total = sum(sum(s["counts"]) for s in series)
    busiest = max(table, key=lambda r: int(r[-1]))
    by_outlet = "; ".join(
        f"{bin_label(b)}: " + ", ".join(f"{s['label']} {s['counts'][i]}" for s in series
                                        if s["counts"][i])
        for i, b in enumerate(bins) if any(s["counts"][i] for s in series))
    no_date = sum(undated.values())
    if no_date:
        table.append(("no date", *(str(undated.get(oid, 0)) for oid in dated), str(no_date)))
    when = bin_label(first) if first == last else f"{_day(first)} to {_day(last)}"
    extra = f"; {_plural(no_date, 'article')} without a date not shown" if no_date else ""
    alt = (f"Stacked bars of articles per outlet and {unit} (UTC), {_plural(total, 'article')} "
           f"from {when}: {by_outlet}; the busiest {unit} is {busiest[0]} with "
           f"{busiest[-1]}{extra}.")
    data = {"unit": unit, "bins": [b.isoformat() for b in bins], "series": series,
            "subtitle": f"{_plural(total, 'article')} from {_plural(len(series), 'outlet')}, "
                        f"by {unit} of publication (UTC){extra}."}
    return _spec(f"{CHARTS_DIR}/articles.svg", "articles", f"Articles per {unit} and outlet",
                 alt, ("Day" if unit == "day" else unit.title(), *(names[o] for o in dated),
                       "Total"), table, data)


def chart_specs(analysis: Analysis) -> list[ChartSpec]:
    """Every chart of the briefing, undrawn (cheap; imports no plotting library)."""
    colours = _Colours(analysis)
    specs: list[ChartSpec | None] = [_figure_spec(fa, analysis, colours)
                                     for fa in analysis.figures]
    specs.append(_timeline_spec(analysis))
    specs.append(_coverage_spec(analysis))
    specs.extend(_terms_spec(use, analysis) for use in analysis.variants)
    specs.append(_articles_spec(analysis, colours))
    return [s for s in specs if s is not None]


# --------------------------------------------------------------------------- cache

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


# --------------------------------------------------------------------------- drawing
# Everything below runs only when a chart is drawn; matplotlib is imported here, lazily.

RC = {
    "svg.fonttype": "none",
    "svg.hashsalt": "briefing-charts",
    "font.family": ["DejaVu Sans", "sans-serif"],
    "font.sans-serif": ["DejaVu Sans"],
    "font.size": 10,
    "text.parse_math": False,
    "text.usetex": False,
    "text.color": INK,
    "axes.labelcolor": INK,
    "axes.edgecolor": "#8C8C8C",
    "axes.linewidth": 0.8,
    "axes.facecolor": CARD,
    "axes.labelsize": 10,
    "xtick.color": INK,
    "ytick.color": INK,
    "xtick.labelsize": 9.5,
    "ytick.labelsize": 10,
    "hatch.linewidth": 0.8,
    "legend.fontsize": 9.5,
    "legend.frameon": False,
    "path.simplify": True,
}

LINE = 0.17  # inches per line of 10 pt text
LEFT = 2.55  # inches for row labels


def render_svg(spec: ChartSpec) -> bytes:
    """Draw one chart from its payload only (so the cache key covers everything drawn)."""
    import io
    import warnings

    import matplotlib

    inputs = spec.inputs()
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


def _wrap(text: str, width: int, max_lines: int = 3) -> list[str]:
    lines = textwrap.wrap(text, width, break_long_words=True, break_on_hyphens=False) or [""]
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        lines[-1] = lines[-1][: width - 1].rstrip() + "…"
    return lines


def _rows(labels: list[str], width: int = 30, min_height: float = 0.36):
    """Row centres (inches from the top), total height and wrapped labels."""
    centres, wrapped, y = [], [], 0.0
    for label in labels:
        lines = _wrap(label, width)
        h = max(min_height, LINE * len(lines) + 0.14)
        centres.append(y + h / 2)
        wrapped.append("\n".join(lines))
        y += h
    return centres, y, wrapped


def _card(title: str, subtitle: str, body: float, *, bottom: float, left: float = LEFT,
          right: float = 0.3, above: float = 0.0):
    """A figure on an opaque rounded white card: title, subtitle, then one axes of height
    ``body`` inches with ``above`` inches reserved over it (column labels, legend)."""
    from matplotlib.figure import Figure
    from matplotlib.patches import FancyBboxPatch

    title_lines = _wrap(title, 64, 2)
    sub_lines = _wrap(subtitle, 92, 4) if subtitle else []
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


def _legend(fig, handles: list, columns: int = 4, **kw) -> None:
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


def _row_axis(ax, centres: list[float], total: float, labels: list[str]) -> None:
    ax.set_ylim(total, 0)
    ax.set_yticks(centres, labels)
    ax.tick_params(axis="y", length=0, pad=6)
    ax.spines["left"].set_visible(False)


def _draw_figure(inputs: dict[str, Any]):
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch
    from matplotlib.ticker import MaxNLocator

    data = inputs["data"]
    series = data["series"]
    centres, total, labels = _rows([s["label"] for s in series], width=30, min_height=0.42)
    fig, ax, _ = _card(inputs["title"], data["subtitle"], total, bottom=1.05, right=1.7)
    _row_axis(ax, centres, total, labels)

    finite = [v for s in series for v in (s["start"], s["end"], *s["nominal"]) if v is not None]
    lo, hi = min(finite), max(finite)
    if lo == hi:  # one value: show it against zero rather than zoomed into nothing
        lo = min(lo, 0.0)
        hi = max(hi, 1.0) if lo < hi else lo + 1.0
    span = hi - lo
    left = max(lo - 0.12 * span, 0.0) if lo >= 0 else lo - 0.12 * span
    right = hi + (0.35 if any(s["end"] is None for s in series) else 0.12) * span
    ax.set_xlim(left, right)

    band = data["band"]
    handles = []
    if band and band["kind"] == "gap":
        ax.axvspan(band["from"], band["to"], facecolor="#FBE3D4", edgecolor=OKABE_ITO["vermillion"],
                   hatch="////", linewidth=0.8, zorder=0)
        handles.append(Patch(facecolor="#FBE3D4", edgecolor=OKABE_ITO["vermillion"],
                             hatch="////", label="gap: no value fits every report"))
    elif band:
        end = right if band["to"] is None else band["to"]
        if end - band["from"] < span * 0.004:
            ax.axvline(band["from"], color="#7F7F7F", linewidth=6, alpha=0.25, zorder=0)
        else:
            ax.axvspan(band["from"], end, facecolor="#E6E6E6", edgecolor="none", zorder=0)
        handles.append(Patch(facecolor="#E6E6E6", edgecolor="#BDBDBD",
                             label="values that fit every report"))
    ax.grid(axis="x", color=GRID, linewidth=0.6, zorder=-1)
    ax.set_axisbelow(True)

    shapes = set()
    for y, s in zip(centres, series, strict=True):
        colour, hatch = s["colour"]
        dashed = s["approx"] == "about"
        shapes.add("about" if dashed else s["shape"])
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
            if s["nominal"][0] == s["nominal"][1] and s["approx"] in ("about", ""):
                ax.plot([s["nominal"][0]], [y], marker="o", markersize=7, color=CARD,
                        markeredgecolor=colour, markeredgewidth=1.6, linestyle="none",
                        zorder=3)
        ax.text(1.02, y, "\n".join(_wrap(s["text"], 20, 2)), transform=ax.get_yaxis_transform(),
                va="center", ha="left", fontsize=10, weight="bold")
    ax.xaxis.set_major_locator(MaxNLocator(
        nbins=6, steps=[1, 2, 2.5, 5, 10],
        integer=all(float(v).is_integer() for s in series for v in s["nominal"])))
    ax.set_xlabel(data["unit"] or "value")

    if "point" in shapes:
        handles.append(Line2D([], [], marker="o", color="#7F7F7F", markeredgecolor=INK,
                              linestyle="none", markersize=8, label="exact value"))
    if "bar" in shapes:
        handles.append(Patch(facecolor="#BFBFBF", edgecolor="#7F7F7F", label="range"))
    if "about" in shapes:
        handles.append(Patch(facecolor="#BFBFBF", edgecolor="#7F7F7F", linestyle="--",
                             label="“about”: ±10 %, ○ the value given"))
    if shapes & {"open-up", "open-down"}:
        handles.append(Line2D([], [], color="#7F7F7F", marker=">", markersize=6, linewidth=1.6,
                              label="open-ended (“more than”, “up to”)"))
    if handles:
        _legend(fig, handles, 3, handlelength=1.8)
    return fig


def _draw_timeline(inputs: dict[str, Any]):
    import matplotlib.dates as mdates

    data = inputs["data"]
    events, eras = data["events"], data["eras"]
    centres, total, labels = _rows([e["label"] for e in events], width=30, min_height=0.4)
    era_row = (0.62 if len(eras) > 1 else 0.34) if eras else 0.0
    centres = [c + era_row for c in centres]
    total += era_row
    fig, ax, _ = _card(inputs["title"], data["subtitle"], total, bottom=0.95, right=1.7)
    _row_axis(ax, centres, total, labels)

    def day(iso: str) -> float:
        return float(mdates.date2num(date.fromisoformat(iso)))

    starts = [day(e["first"]) for e in events]
    ends = [day(e["last"]) + 1 for e in events]
    lo = min(starts + [day(e["first"]) for e in eras])
    hi = max(ends + [day(e["last"]) + 1 for e in eras])
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
        text = _wrap(era["label"], 34, 1)[0]
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
        if e["precision"] != "day":  # month or year: a wide, light bar
            ax.barh(y, b - a, left=a, height=0.26, color=OKABE_ITO["sky"], alpha=0.3,
                    edgecolor=blue, linewidth=1.0, linestyle="--" if approx else "-",
                    hatch="///" if approx else None, zorder=2)
        elif e["range"] or approx:
            ax.barh(y, b - a, left=a, height=0.22, color=blue, alpha=0.35 if approx else 0.8,
                    hatch="///" if approx else None, linewidth=0, zorder=2)
            ax.barh(y, b - a, left=a, height=0.22, fill=False, edgecolor=blue, linewidth=1.2,
                    linestyle="--" if approx else "-", zorder=2)
        if e["precision"] == "day" and not e["range"]:
            ax.plot([a + 0.5], [y], marker="D", markersize=8,
                    color=CARD if approx else blue, markeredgecolor=blue, markeredgewidth=1.4,
                    linestyle="none", zorder=3)
        lines = [p for part in e["text"].replace(" – ", " –\n").split("\n")
                 for p in _wrap(part, 18, 2)]
        text = "\n".join(lines + (["sources conflict"] if e["conflict"] else []))
        ax.text(1.02, y, text, transform=ax.get_yaxis_transform(), va="center", ha="left",
                fontsize=10, color=OKABE_ITO["vermillion"] if e["conflict"] else INK,
                weight="bold" if e["conflict"] else "normal")

    locator = mdates.AutoDateLocator(minticks=3, maxticks=8)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(
        locator, offset_formats=["", "%Y", "%Y", "%b %Y", "%b %Y", "%d %b %Y"]))

    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    kinds = [("coarse" if e["precision"] != "day" else "range" if e["range"] else "day")
             for e in events]
    handles = [h for k, h in (
        ("day", Line2D([], [], marker="D", color=blue, linestyle="none", markersize=7,
                       label="a day")),
        ("range", Patch(facecolor=blue, alpha=0.8, label="a range of days")),
        ("coarse", Patch(facecolor=OKABE_ITO["sky"], alpha=0.35, edgecolor=blue,
                         label="known to the month or year")),
    ) if k in kinds]
    if any(e["approximate"] for e in events):
        handles.append(Patch(facecolor="#FFFFFF", edgecolor=blue, hatch="///", linestyle="--",
                             label="approximate"))
    _legend(fig, handles, 4)
    return fig


def _draw_coverage(inputs: dict[str, Any]):
    from matplotlib.patches import Patch, Rectangle

    data = inputs["data"]
    outlets, claims = data["outlets"], data["claims"]
    centres, total, labels = _rows([c["label"] for c in claims], width=38, min_height=0.34)
    left, right = 3.2, 0.3
    col_w = (WIDTH - left - right) / len(outlets)
    chars = max(int(col_w * 72 / 6.0), 6)
    rotate = col_w < 0.75
    col_labels = ["\n".join(_wrap(o, 28 if rotate else chars, 1 if rotate else 3))
                  for o in outlets]
    head = (max(len(o) for o in outlets) * 0.075 + 0.1 if rotate
            else LINE * max(c.count("\n") + 1 for c in col_labels) + 0.15)
    head = min(head, 2.2)
    fig, ax, _ = _card(inputs["title"], data["subtitle"], total, bottom=0.55, left=left,
                       right=right, above=head)
    _row_axis(ax, centres, total, labels)
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
    for claim, top, h, y in zip(claims, tops, heights, centres, strict=True):
        for i, state in enumerate(claim["states"]):
            fill, symbol, _ = STATE_STYLE.get(state, STATE_STYLE["silent"])
            ax.add_patch(Rectangle((i + 0.04, top + 0.03), 0.92, h - 0.06, facecolor=fill,
                                   edgecolor="none"))
            ax.text(i + 0.5, y, symbol, ha="center", va="center", fontsize=12,
                    color=INK if state != "silent" else "#6E6E6E",
                    weight="bold" if state != "silent" else "normal")
    handles = [Patch(facecolor=fill, label=f"{symbol}  {text}")
               for fill, symbol, text in STATE_STYLE.values()]
    _legend(fig, handles, 3, handlelength=1.4)
    return fig


def _draw_terms(inputs: dict[str, Any]):
    from matplotlib.patches import Patch
    from matplotlib.ticker import PercentFormatter

    data = inputs["data"]
    names, rows = data["names"], data["rows"]
    centres, total, labels = _rows([r["label"] for r in rows], width=30, min_height=0.42)
    legend_rows = math.ceil(len(names) / 4)
    fig, ax, _ = _card(inputs["title"], data["subtitle"], total,
                       bottom=0.7 + 0.25 * legend_rows, right=0.4)
    _row_axis(ax, centres, total, labels)
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
    handles = [Patch(facecolor=c, hatch=h or None, edgecolor=CARD, label=_wrap(n, 24, 1)[0])
               for c, h, n in zip(colours, hatches, names, strict=True)]
    _legend(fig, handles, 4, handlelength=1.4)
    return fig


def _draw_articles(inputs: dict[str, Any]):
    from matplotlib.patches import Patch
    from matplotlib.ticker import MaxNLocator

    data = inputs["data"]
    bins = [date.fromisoformat(b) for b in data["bins"]]
    series = data["series"]
    legend_rows = math.ceil(len(series) / 4)
    fig, ax, _ = _card(inputs["title"], data["subtitle"], 2.6,
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
                     label=_wrap(s["label"], 24, 1)[0]) for s in series]
    _legend(fig, handles, 4, handlelength=1.4)
    return fig


_DRAW = {
    "figure": _draw_figure,
    "timeline": _draw_timeline,
    "coverage": _draw_coverage,
    "terms": _draw_terms,
    "articles": _draw_articles,
}
