"""The briefing as one printable PDF: cover, contents, the site's sections, notes, appendix.

Rendered from the same analysis as the site, through a print template (``templates/print/``:
Jinja2 HTML plus CSS paged media) and WeasyPrint; never by scraping the built site.

* **Untrusted text.** The print templates have their own Jinja environment with HTML
  autoescaping: every value from the articles or the YAML reaches the page as text. The only
  :class:`Markup` is what this module builds itself (note calls, chart images, marked article
  paragraphs, all from escaped pieces). WeasyPrint may only read ``data:`` URIs and the files of
  :data:`FONTS_DIR`; nothing is fetched from the network.
* **Fonts.** :data:`FONTS_DIR` ships Noto Serif (Latin with diacritics, Greek, Cyrillic), Noto
  Naskh Arabic and a small symbol font, so names such as "Ḥumayma" and "حميمة" render, and the PDF
  is the same on every machine.
* **Reproducible.** With ``SOURCE_DATE_EPOCH`` set, the "generated" date comes from it and the
  file identifier from a hash of the document, so two builds give the same bytes.
"""

from __future__ import annotations

import hashlib
import itertools
import os
import re
import urllib.parse
import urllib.request
from base64 import b64encode
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import jinja2
from markupsafe import Markup, escape

from generator import __version__
from generator.analyse.analysis import Analysis, Source
from generator.check.checks import Citation
from generator.content.files import write_atomic
from generator.content.model import Article
from generator.render.escaping import web_url
from generator.site.pages import default_templates
from generator.text.dates import FuzzyDate, display_published

TEMPLATE = "print/briefing.html.j2"
STYLESHEET = "print/print.css"
FONTS_DIR = Path(__file__).resolve().parents[2] / "fonts"

#: (file, family, weight, style) of the fonts in :data:`FONTS_DIR`.
FONTS = [
    ("NotoSerif-Regular.ttf", "Briefing Serif", 400, "normal"),
    ("NotoSerif-Italic.ttf", "Briefing Serif", 400, "italic"),
    ("NotoSerif-Bold.ttf", "Briefing Serif", 700, "normal"),
    ("NotoNaskhArabic-Regular.ttf", "Briefing Arabic", 400, "normal"),
    ("NotoNaskhArabic-Bold.ttf", "Briefing Arabic", 700, "normal"),
    ("BriefingSymbols.ttf", "Briefing Symbols", 400, "normal"),
]

_ID = re.compile(r"^[a-z0-9][a-z0-9_-]*$")
KIND_LABEL = {"event": "Event", "figure": "Figure", "quote": "Statement"}


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


def _id(value: Any) -> Markup:
    text = str(value)
    if not _ID.match(text):
        raise ValueError(f"not a safe id: {text!r}")
    return Markup(text)


def marked_paragraphs(article: Article, citations: list[Citation], notes: Notes) -> list[Markup]:
    """The article's paragraphs as escaped HTML; cited passages marked, with their note numbers
    after them and an anchor (``cite-…``, as on the site) where they start."""
    out: list[Markup] = []
    offset = 0
    for para in article.paragraphs:
        start, end = offset, offset + len(para.text)
        offset = end + 2  # paragraphs are joined with a blank line in Article.text
        inside = [c for c in citations if c.span.start < end and c.span.end > start]
        cuts = {0, len(para.text)}
        for c in inside:
            cuts.add(max(c.span.start - start, 0))
            cuts.add(min(c.span.end - start, len(para.text)))
        pieces: list[Markup] = []
        for a, b in itertools.pairwise(sorted(cuts)):
            for c in inside:
                if c.span.start - start == a or (a == 0 and c.span.start < start):
                    pieces.append(Markup('<span class="anchor" id="{}"></span>').format(c.anchor))
            covering = any(c.span.start - start <= a and c.span.end - start >= b for c in inside)
            text = escape(para.text[a:b])
            pieces.append(Markup("<mark>{}</mark>").format(text) if covering else text)
            calls = []
            for c in inside:
                if c.span.end - start == b or (b == len(para.text) and c.span.end > end):
                    calls += [Markup('<a href="#note-{0}">{0}</a>').format(n)
                              for n in notes.by_anchor.get(c.anchor, [])]
            if calls:
                pieces.append(Markup('<sup class="cited">{}</sup>').format(
                    Markup(",").join(calls)))
        out.append(Markup("").join(pieces))
    return out


# --- rendering ----------------------------------------------------------------------------------


def generated_at() -> datetime:
    """``SOURCE_DATE_EPOCH`` when set (reproducible builds), else now; in UTC."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch:
        return datetime.fromtimestamp(int(epoch), UTC)
    return datetime.now(UTC).replace(microsecond=0)


def make_environment(template_dirs: list[Path]) -> jinja2.Environment:
    """HTML autoescaping on; no template may mark content safe (there is no ``safe`` need)."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader([str(d) for d in template_dirs]),
        autoescape=True,
        finalize=lambda value: "" if value is None else value,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["published"] = display_published
    env.filters["url"] = web_url
    env.filters["id"] = _id
    env.tests["contains"] = lambda seq, item: item in seq
    return env


def _template_dirs(template_dirs: list[Path] | None) -> list[Path]:
    return template_dirs or [default_templates()]


def render_pdf_html(analysis: Analysis, *, appendix: bool = True,
                    charts: dict[str, bytes] | None = None, generated: datetime | None = None,
                    template_dirs: list[Path] | None = None) -> str:
    """The print document as HTML (the input to WeasyPrint)."""
    env = make_environment(_template_dirs(template_dirs))
    generated = generated or generated_at()
    notes = Notes()
    content = analysis.content
    charts_ = Charts(charts)
    values = dict(
        a=analysis, c=content, meta=content.meta, notes=notes, charts=charts_,
        appendix=appendix, generated=generated.astimezone(UTC),
        generated_text=f"{generated.astimezone(UTC):%d %b %Y, %H:%M} UTC",
        date_range=date_range(analysis), version=__version__, kind_label=KIND_LABEL,
        term_charts=charts_.paths("charts/terms", [
            f"charts/terms-{v.kind}-{v.entity.id}.svg" for v in analysis.variants]),
        marked=lambda article: marked_paragraphs(
            article, analysis.citations.get(article.id, []), notes),
    )
    return env.get_template(TEMPLATE).render(values)


def _font_faces() -> str:
    rules = []
    for file, family, weight, style in FONTS:
        url = (FONTS_DIR / file).as_uri()
        rules.append(f'@font-face {{ font-family: "{family}"; src: url("{url}"); '
                     f"font-weight: {weight}; font-style: {style}; }}")
    return "\n".join(rules)


def _fetcher():
    """WeasyPrint may read data: URIs and the shipped fonts, nothing else (no network)."""
    from weasyprint.urls import URLFetcher

    fonts = FONTS_DIR.resolve()

    class LocalOnly(URLFetcher):
        def fetch(self, url: str, headers: Any = None) -> Any:
            if url.startswith("file:"):
                path = Path(urllib.request.url2pathname(urllib.parse.urlsplit(url).path))
                if path.resolve().parent != fonts:
                    raise ValueError(f"refusing to read {url}")
            elif not url.startswith("data:"):
                raise ValueError(f"refusing to fetch {url}")
            return super().fetch(url, headers)

    return LocalOnly(allowed_protocols=("data", "file"))


def pdf_bytes(html: str, template_dirs: list[Path] | None = None) -> bytes:
    """Render the print HTML to PDF bytes with WeasyPrint."""
    from weasyprint import CSS, HTML
    from weasyprint.text.fonts import FontConfiguration

    env = make_environment(_template_dirs(template_dirs))
    source = env.loader.get_source(env, STYLESHEET)[0]  # type: ignore[union-attr]
    fonts = FontConfiguration()
    fetcher = _fetcher()
    css = CSS(string=_font_faces() + "\n" + source, font_config=fonts, url_fetcher=fetcher)
    # The file identifier is a hash of the document, so the same input gives the same bytes.
    identifier = hashlib.sha256(html.encode("utf-8")).hexdigest()[:32].encode("ascii")
    document = HTML(string=html, url_fetcher=fetcher, base_url=FONTS_DIR.as_uri() + "/")
    return document.write_pdf(stylesheets=[css], font_config=fonts, pdf_identifier=identifier)


def build_pdf(analysis: Analysis, out: Path, *, appendix: bool = True,
              charts: dict[str, bytes] | None = None,
              template_dirs: list[Path] | None = None) -> Path:
    """Write the briefing PDF to ``out`` atomically (temporary file, then ``os.replace``)."""
    html = render_pdf_html(analysis, appendix=appendix, charts=charts, generated=generated_at(),
                           template_dirs=template_dirs)
    return write_atomic(Path(out), pdf_bytes(html, template_dirs))
