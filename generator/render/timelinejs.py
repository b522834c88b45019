"""Export the timeline as TimelineJS JSON (``timeline.json`` in the site).

TimelineJS (Knight Lab) documents its JSON format at timeline.knightlab.com/docs/json-format.html:
``events`` with ``start_date`` (``year`` required; ``month``/``day`` only as precise as known),
optional ``end_date``, ``display_date``, ``text`` {``headline``, ``text``}, ``group``, ``media``
{``url``, ``caption``, ``credit``}, ``unique_id``; and ``eras`` with start, end and a headline.
TimelineJS renders ``headline`` and ``text`` as HTML, so every value we put there is HTML-escaped:
a loaded timeline can show article text but never run it.
"""

from __future__ import annotations

import functools
import html
import json
from pathlib import Path
from typing import Any

from generator.analyse.model import Analysis, TimelineEntry
from generator.render.escaping import web_url
from generator.text.characters import isolate_bidi
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


#: Characters that could form markup if a reader decodes entities more than once (TimelineJS
#: does, in places): the widget's copy shows look-alikes instead, so no number of decodings
#: can turn article text into a tag.
_INERT = str.maketrans({"<": "‹", ">": "›", "&": "＆"})


def _escape(text: str) -> str:
    """Text for TimelineJS, which renders it as HTML: escaped, bidi controls isolated."""
    return html.escape(isolate_bidi(str(text)))


def _inert_escape(text: str) -> str:
    return _escape(str(text).translate(_INERT))


def _event(entry: TimelineEntry, analysis: Analysis, widget: bool = False) -> dict[str, Any]:
    e = entry.event
    esc = _inert_escape if widget else _escape
    sources = "".join(
        f"<li>{esc(d.source.outlet_name)}: {esc(d.source.article.headline)}"
        + (f" — “{esc(d.date.wording)}”" if d.date and d.date.wording else "")
        + (" (the analyst’s reading)" if d.date and d.date.wording
           and analysis.analysts_reading(d.report, "date_text") else "") + "</li>"
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
    if first is not None and not widget:  # the widget would load the page: no request out
        out["media"] = {
            "url": web_url(first.article.url),
            "caption": esc(first.article.headline),
            "credit": esc(first.outlet_name),
        }
    return out


def export(analysis: Analysis, widget: bool = False) -> str:
    """The timeline as TimelineJS JSON text (stable key order, for reproducible builds).
    ``widget``: the copy the timeline page's own TimelineJS reads, without media and with
    markup characters of the content replaced by look-alikes (see :data:`_INERT`)."""
    meta = analysis.content.meta
    esc = _inert_escape if widget else _escape
    data: dict[str, Any] = {
        "title": {"text": {"headline": esc(meta.title),
                           "text": esc(meta.subtitle or meta.label)}},
        "events": [_event(entry, analysis, widget) for entry in analysis.timeline],
    }
    eras = [{**_span(FuzzyDate(era.start.start, era.end.end or era.end.start)),
             "text": {"headline": esc(era.title)}}
            for era in analysis.content.eras.values()]
    if eras:
        data["eras"] = eras
    text = json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
    if json.loads(text) != data:  # generated JSON reads back as written, or is not written
        raise ValueError("timeline.json does not read back as written")
    return text


#: TimelineJS itself (npm ``@knight-lab/timelinejs``, MPL-2.0), vendored in ``vendor/timelinejs``
#: and served from the site, so the interactive timeline loads nothing from a CDN.
TIMELINEJS_VERSION = "3.9.11"
VENDOR = Path(__file__).resolve().parent / "vendor" / "timelinejs"
ASSETS_DIR = "assets/timelinejs"
SCRIPT = f"{ASSETS_DIR}/js/timeline.js"
STYLESHEET = f"{ASSETS_DIR}/css/timeline.css"
WIDGET_JSON = f"{ASSETS_DIR}/timeline-widget.json"


@functools.cache
def assets() -> dict[str, bytes]:
    """TimelineJS's script, stylesheet, icon fonts and licence, by their path in the site."""
    out = {}
    for path in sorted(VENDOR.rglob("*")):
        if path.is_file() and path.name != "README.md":
            out[f"{ASSETS_DIR}/{path.relative_to(VENDOR).as_posix()}"] = path.read_bytes()
    return out
