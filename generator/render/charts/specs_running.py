"""The spec of a running count's chart: its progression over time, before any drawing.

A step chart: time across (UTC, so that outlets on different clocks line up), the value up, one
step line per outlet through its reports, each report a marker with its value; copies of another
source's report (``via``) hollow; a value known only to the day drawn at noon UTC with a square
marker; a report that cannot be an update (:mod:`generator.analyse.figures`) ringed.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import UTC, date, datetime, time

from generator.analyse.model import FigureAnalysis
from generator.render.charts.chart import ChartSpec, clean, make_spec
from generator.render.charts.style import CHARTS_DIR


def _utc(moment: datetime | date) -> tuple[str, bool]:
    """(ISO UTC moment, whether a time of day is known)."""
    if isinstance(moment, datetime):
        return moment.astimezone(UTC).replace(tzinfo=None).isoformat(timespec="minutes"), True
    return datetime.combine(moment, time(12)).isoformat(timespec="minutes"), False


def _when(moment: datetime | date) -> str:
    if isinstance(moment, datetime):
        t = moment.astimezone(UTC)
        return f"{t.day} {t:%b %Y}, {t:%H:%M} UTC"
    return f"{moment.day} {moment:%b %Y} (date only)"


def progression_spec(fa: FigureAnalysis, colours: Callable[[str], list[str]]) -> ChartSpec:
    figure = fa.figure
    title = clean(figure.label)
    flagged = {id(f.later) for f in fa.flags}
    points, table = [], []
    for row in fa.rows:
        if row.as_of is None:
            continue
        if row.recalled:  # its day is not known: listed, never drawn as a fall
            table.append((f"{_when(row.as_of)} or before", clean(row.source.outlet_name),
                          clean(row.shown), row.value.read_as(),
                          "an earlier count its article recalls (not drawn)"))
            continue
        at, timed = _utc(row.as_of)
        lo, hi = row.value.interval()
        name = clean(row.source.outlet_name)
        points.append({
            "t": at, "timed": timed, "value": row.value.high if row.value.approx in (
                "more-than", "at-least") else row.value.low,
            "high": row.value.high, "lo": lo, "hi": None if hi == math.inf else hi,
            "approx": row.value.approx or "", "outlet": row.source.outlet_id, "label": name,
            "colour": colours(row.source.outlet_id), "copy": bool(row.copy_of),
            "flagged": id(row) in flagged, "text": clean(row.value.converted_text()),
        })
        note = []
        if row.copy_of:
            note.append(f"copy, via {clean(row.copy_of)}")
        if row.as_of_given:
            note.append("time as the text gives it")
        if id(row) in flagged:
            note.append("cannot be an update")
        table.append((_when(row.as_of), name, clean(row.shown), row.value.read_as(),
                      "; ".join(note)))
    latest = fa.latest
    unit = clean(fa.unit)
    trend = ("" if latest is None else f"steady at {fa.latest_text}" if fa.steady
             else f"from {fa.opening_text} to {fa.latest_text}")
    if fa.flags:
        finding = (f"{len(fa.flags)} report{'s' if len(fa.flags) > 1 else ''} cannot be an "
                   f"update of {'the others' if len(fa.flags) > 1 else 'another'}")
    else:
        finding = "every report can be an update of the ones before it"
    shown = fa.latest_shown if fa.counts else fa.latest_text  # each counter's, when named
    latest_text = (f"latest {shown} ({clean(fa.latest_outlets)}, "
                   f"{_when(latest.as_of) if latest.as_of else 'time unknown'})"
                   if latest is not None else "")
    listed = "; ".join(f"{r[1]} {r[2]} at {r[0]}" for r in table) if len(table) <= 16 else (
        "the table lists them all")
    alt = (f"{title}{f' ({unit})' if unit else ''}, a running count by the time of each report "
           f"(UTC): {listed}; {trend}, {latest_text}; {finding}.")
    subtitle = f"Running count {trend}, {latest_text}; {finding}."
    data = {"points": points, "unit": unit, "subtitle": subtitle,
            "outlets": list(dict.fromkeys(p["label"] for p in points))}
    return make_spec(f"{CHARTS_DIR}/figure-{figure.id}.svg", "progression", title, alt,
                     ("As of (UTC)", "Outlet", "Value", "Read as", "Note"), table, data)

