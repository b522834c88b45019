"""The printed briefing as HTML: cover, contents, the site's sections, notes, appendix.

Rendered from the same analysis as the site, through a print template (``templates/print/``:
Jinja2 HTML plus CSS paged media); :mod:`.pdf` turns it into the PDF. Never made by scraping the
built site.

Untrusted text: the print templates have their own Jinja environment with HTML autoescaping, so
every value from the articles or the YAML reaches the page as text. The only :class:`Markup` is
what this module builds itself (note calls, chart images, marked article paragraphs, all from
escaped pieces). With ``SOURCE_DATE_EPOCH`` set, the "generated" date comes from it.
"""

from __future__ import annotations

import math
from base64 import b64encode
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import jinja2
from markupsafe import Markup, escape

from generator import __version__
from generator.analyse.model import KIND_LABEL, Analysis, Source
from generator.check.checked import Citation
from generator.content.model import Article
from generator.render.citations import cited_paragraphs
from generator.render.escaping import web_url
from generator.render.reproducible import source_date_epoch
from generator.render.templating import default_templates, environment
from generator.text.characters import isolate_bidi
from generator.text.dates import FuzzyDate

TEMPLATE = "print/briefing.html.j2"
STYLESHEET = "print/print.css"
#: Outlets' columns one coverage table holds on an A4 page beside the claim, its kind and its
#: count of sources (six long addresses fit; a seventh and more ran past the edge, cut off).
MATRIX_OUTLETS = 6



# --- what the template gets -------------------------------------------------------------------


@dataclass
class Note:
    """One numbered note: the source of one report (a figure value, a rendering, an event)."""

    number: int
    source: Source
    kind: str  # "event", "figure", "quote"
    label: str  # the record it supports


class Notes:
    """Numbers notes in the order the template cites them, which is the order of the pages."""

    def __init__(self) -> None:
        self.items: list[Note] = []
        self.by_anchor: dict[str, list[int]] = {}

    def cite(self, source: Source, kind: str, label: str) -> Markup:
        number = len(self.items) + 1
        self.items.append(Note(number, source, kind, label))
        self.by_anchor.setdefault(source.anchor, []).append(number)
        return Markup(f'<a class="note-call" id="call-{number}" href="#note-{number}">'
                      f"{number}</a>")


class Charts:
    """SVG charts by path ("charts/timeline.svg"), embedded as vector images."""

    def __init__(self, charts: dict[str, bytes] | None) -> None:
        self.charts = dict(charts or {})

    def paths(self, prefix: str, order: list[str] | None = None) -> list[str]:
        """The charts whose path starts with ``prefix``: those in ``order`` first, in that
        order, then the others by name."""
        found = sorted(p for p in self.charts if p.startswith(prefix) and p.endswith(".svg"))
        first = [p for p in order or [] if p in found]
        return first + [p for p in found if p not in first]

    def image(self, path: str, alt: str = "") -> Markup:
        data = self.charts.get(path)
        if not data:
            return Markup("")
        if isinstance(data, str):
            data = data.encode("utf-8")
        uri = "data:image/svg+xml;base64," + b64encode(data).decode("ascii")
        return Markup('<figure class="chart"><img src="{}" alt="{}"></figure>').format(uri, alt)


def date_range(analysis: Analysis) -> str:
    """The span of the events: "Aug 2017", "26 Aug 2017 – 31 Aug 2017", or "" without events."""
    dates: list[FuzzyDate] = [e.date for e in analysis.timeline]
    if not dates:
        return ""
    first = min(dates, key=lambda d: (d.first, d.last))
    last = max(dates, key=lambda d: (d.last, d.first))
    if first == last or (first.first, first.last) == (last.first, last.last):
        return first.display()
    start = first.start.display()
    end = (last.end or last.start).display()
    start = f"c. {start}" if first.approximate else start
    end = f"c. {end}" if last.approximate else end
    return start if start == end else f"{start} – {end}"


def marked_paragraphs(article: Article, citations: list[Citation], notes: Notes) -> list[Markup]:
    """The article's paragraphs as escaped HTML; cited passages marked, with their note numbers
    after them and an anchor (``cite-…``, as on the site) where they start."""
    out: list[Markup] = []
    for paragraph in cited_paragraphs(article, citations):
        pieces: list[Markup] = []
        for piece in paragraph:
            pieces += [Markup('<span class="anchor" id="{}"></span>').format(c.anchor)
                       for c in piece.starts]
            text = escape(piece.text)
            pieces.append(Markup("<mark>{}</mark>").format(text) if piece.marked else text)
            calls = [Markup('<a href="#note-{0}">{0}</a>').format(n)
                     for c in piece.ends for n in notes.by_anchor.get(c.anchor, [])]
            if calls:
                pieces.append(Markup('<sup class="cited">{}</sup>').format(
                    Markup(",").join(calls)))
        out.append(Markup("").join(pieces))
    return out


def matrix_columns(outlets: int) -> int:
    """How many outlets each coverage table takes: at most :data:`MATRIX_OUTLETS`, the groups as
    even as they can be (13 outlets are 5, 5 and 3, not 6, 6 and one alone)."""
    tables = max(1, math.ceil(outlets / MATRIX_OUTLETS))
    return max(1, math.ceil(outlets / tables))


# --- rendering ----------------------------------------------------------------------------------


def generated_at() -> datetime:
    """``SOURCE_DATE_EPOCH`` when set (reproducible builds), else now; in UTC."""
    epoch = source_date_epoch()
    if epoch is not None:
        return datetime.fromtimestamp(epoch, UTC)
    return datetime.now(UTC).replace(microsecond=0)


def _finalize(value: object) -> object:
    """None prints as nothing; text with bidi controls is isolated (U+2068 … U+2069) so that it
    cannot reorder what stands around it; autoescaping then makes it HTML text."""
    if value is None:
        return ""
    if isinstance(value, str) and not isinstance(value, Markup):
        return isolate_bidi(value)
    return value


def make_environment(template_dirs: list[Path]) -> jinja2.Environment:
    """HTML autoescaping on; no template may mark content safe (there is no ``safe`` need)."""
    env = environment(template_dirs, finalize=_finalize)
    env.filters["url"] = web_url
    return env


def template_dirs_or_default(template_dirs: list[Path] | None) -> list[Path]:
    return template_dirs or [default_templates()]


def render_pdf_html(analysis: Analysis, *, appendix: bool = True,
                    charts: dict[str, bytes] | None = None, generated: datetime | None = None,
                    template_dirs: list[Path] | None = None) -> str:
    """The print document as HTML (the input to WeasyPrint)."""
    env = make_environment(template_dirs_or_default(template_dirs))
    generated = generated or generated_at()
    notes = Notes()
    content = analysis.content
    charts_ = Charts(charts)
    values = dict(
        a=analysis, c=content, meta=content.meta, notes=notes, charts=charts_,
        appendix=appendix, generated=generated.astimezone(UTC),
        generated_text=f"{generated.astimezone(UTC):%d %b %Y, %H:%M} UTC",
        date_range=date_range(analysis), version=__version__, kind_label=KIND_LABEL,
        matrix_outlets=matrix_columns(len(analysis.covered_outlets)),
        term_charts=charts_.paths("charts/terms", [
            f"charts/terms-{v.kind}-{v.entity.id}.svg" for v in analysis.variants]),
        marked=lambda article: marked_paragraphs(
            article, analysis.citations.get(article.id, []), notes),
    )
    return env.get_template(TEMPLATE).render(values)
