"""What a chart is: its spec (everything but the SVG, plus what the SVG depends on) and, drawn,
the chart with its SVG.

A spec's *payload* is canonical JSON of everything the drawing reads (the data, the style version,
the matplotlib version); its digest keys the chart cache, so a cached SVG is never stale.
"""

from __future__ import annotations

import functools
import hashlib
import json
import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime
from importlib import metadata
from typing import Any

from generator.render.charts.style import STYLE_VERSION


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


def short_time(moment: datetime | date) -> str:
    """A report's time in a label: "30 Aug 21:10" (on its own clock), or the date alone when
    that is all that is known: never an invented 00:00."""
    if isinstance(moment, datetime):
        return f"{moment.day} {moment:%b %H:%M}"
    return f"{moment.day} {moment:%b %Y}"


@functools.lru_cache(maxsize=1)
def _matplotlib_version() -> str:
    """The installed matplotlib's version, without importing it (part of every cache key)."""
    try:
        return metadata.version("matplotlib")
    except metadata.PackageNotFoundError:
        return "missing"


def make_spec(path: str, kind: str, title: str, alt: str, headers: tuple[str, ...],
          rows: list[tuple[str, ...]], data: dict[str, Any]) -> ChartSpec:
    payload = json.dumps(
        {"kind": kind, "style": STYLE_VERSION, "matplotlib": _matplotlib_version(),
         "title": title, "data": data},
        sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False)
    return ChartSpec(path, title, clean(alt), headers, tuple(rows), kind, payload)
