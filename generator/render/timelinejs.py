"""Export the timeline as TimelineJS JSON (``timeline.json`` in the site).

TimelineJS (Knight Lab) documents its JSON format at timeline.knightlab.com/docs/json-format.html:
``events`` with ``start_date`` (``year`` required; ``month``/``day`` only as precise as known),
optional ``end_date``, ``display_date``, ``text`` {``headline``, ``text``}, ``group``, ``media``
{``url``, ``caption``, ``credit``}, ``unique_id``; and ``eras`` with start, end and a headline.
TimelineJS renders ``headline`` and ``text`` as HTML, so every value we put there is HTML-escaped:
a loaded timeline can show article text but never run it.
"""

from __future__ import annotations

import html
import json
from typing import Any

from generator.analyse.model import Analysis, TimelineEntry
from generator.render.escaping import web_url
from generator.text.dates import DatePoint, FuzzyDate, Precision


def _date(point: DatePoint, *, end: bool = False) -> dict[str, str]:
    day = point.last if end else point.first
    out = {"year": str(day.year)}
    if point.precision in (Precision.MONTH, Precision.DAY):
        out["month"] = str(day.month)
    if point.precision is Precision.DAY:
        out["day"] = str(day.day)
    if point.time is not None and not end:  # on the event's own clock; display_date says which
        out["hour"] = str(point.time.hour)
        out["minute"] = str(point.time.minute)
    return out


def _span(when: FuzzyDate) -> dict[str, Any]:
    out: dict[str, Any] = {"start_date": _date(when.start)}
    if when.end is not None:
        out["end_date"] = _date(when.end, end=True)
    elif when.precision is not Precision.DAY:
        out["end_date"] = _date(when.start, end=True)
    return out


def _event(entry: TimelineEntry, analysis: Analysis) -> dict[str, Any]:
    e = entry.event
    esc = html.escape
    sources = "".join(
        f"<li>{esc(d.source.outlet_name)}: {esc(d.source.article.headline)}"
        + (f" — “{esc(d.date.wording)}”" if d.date and d.date.wording else "") + "</li>"
        for d in entry.sources
    )
    body = (f"<p>{esc(e.summary)}</p>" if e.summary else "") + (
        f"<p>Date: {esc(entry.date.display())} ({esc(entry.date.precision_label())})</p>")
    if entry.conflict:
        body += f"<p><strong>Sources disagree on the date:</strong> {esc(entry.conflict)}</p>"
    body += f"<ul>{sources}</ul>"
    out: dict[str, Any] = {
        **_span(entry.date),
        "display_date": entry.date.display(),
        "text": {"headline": esc(e.title), "text": body},
        "unique_id": f"event-{e.id}",
    }
    group = e.group or (analysis.content.places[e.place].name
                        if e.place in analysis.content.places else "")
    if group:
        out["group"] = esc(group)
    first = next((d.source for d in entry.sources if web_url(d.source.article.url)), None)
    if first is not None:
        out["media"] = {
            "url": web_url(first.article.url),
            "caption": esc(first.article.headline),
            "credit": esc(first.outlet_name),
        }
    return out


def export(analysis: Analysis) -> str:
    """The timeline as TimelineJS JSON text (stable key order, for reproducible builds)."""
    meta = analysis.content.meta
    data: dict[str, Any] = {
        "title": {"text": {"headline": html.escape(meta.title),
                           "text": html.escape(meta.subtitle or meta.label)}},
        "events": [_event(entry, analysis) for entry in analysis.timeline],
    }
    eras = [{**_span(FuzzyDate(era.start.start, era.end.end or era.end.start)),
             "text": {"headline": html.escape(era.title)}}
            for era in analysis.content.eras.values()]
    if eras:
        data["eras"] = eras
    return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
