"""The briefing as one printable PDF: cover, contents, the site's sections, notes, appendix.

Rendered from the same analysis as the site, through a print template (``templates/print/``:
Jinja2 HTML plus CSS paged media) and WeasyPrint; never by scraping the built site.

* **Untrusted text** reaches the HTML as text (:mod:`.document`). WeasyPrint may only read
  ``data:`` URIs and the files of :data:`FONTS_DIR`; nothing is fetched from the network.
* **Fonts.** :data:`FONTS_DIR` ships Noto Serif (Latin with diacritics, Greek, Cyrillic), Noto
  Naskh Arabic, Noto Serif Devanagari (Nepali, Hindi, Marathi) and a small symbol font, so
  names such as "Ḥumayma", "حميمة" and "काठमाडौं" render, and the PDF is the same on every
  machine. Chinese, Japanese and Korean need fonts too large to ship (Noto CJK, 20 MB and more
  a weight): ``scripts/setup`` installs Debian's ``fonts-noto-cjk``, which the stylesheet names
  after the shipped fonts.
* **Reproducible.** With ``SOURCE_DATE_EPOCH`` set, the "generated" date comes from it and the
  file identifier from a hash of the document, so two builds give the same bytes.
"""

from __future__ import annotations

import hashlib
import urllib.parse
import urllib.request
from pathlib import Path
from typing import Any

from generator.analyse.model import Analysis
from generator.content.files import write_atomic
from generator.render.print.document import (
    STYLESHEET,
    generated_at,
    make_environment,
    render_pdf_html,
    template_dirs_or_default,
)

FONTS_DIR = Path(__file__).resolve().parents[2] / "fonts"  # generator/fonts

#: (file, family, weight, style) of the fonts in :data:`FONTS_DIR`.
FONTS = [
    ("NotoSerif-Regular.ttf", "Briefing Serif", 400, "normal"),
    ("NotoSerif-Italic.ttf", "Briefing Serif", 400, "italic"),
    ("NotoSerif-Bold.ttf", "Briefing Serif", 700, "normal"),
    ("NotoNaskhArabic-Regular.ttf", "Briefing Arabic", 400, "normal"),
    ("NotoNaskhArabic-Bold.ttf", "Briefing Arabic", 700, "normal"),
    ("NotoSerifDevanagari-Regular.ttf", "Briefing Devanagari", 400, "normal"),
    ("NotoSerifDevanagari-Bold.ttf", "Briefing Devanagari", 700, "normal"),
    ("BriefingSymbols.ttf", "Briefing Symbols", 400, "normal"),
]


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

    env = make_environment(template_dirs_or_default(template_dirs))
    source = env.loader.get_source(env, STYLESHEET)[0]  # type: ignore[union-attr]
    fonts = FontConfiguration()
    fetcher = _fetcher()
    css = CSS(string=_font_faces() + "\n" + source, font_config=fonts, url_fetcher=fetcher)
    # The file identifier is a hash of the document, so the same input gives the same bytes.
    identifier = hashlib.sha256(html.encode("utf-8")).hexdigest()[:32].encode("ascii")
    document = HTML(string=html, url_fetcher=fetcher, base_url=FONTS_DIR.as_uri() + "/")
    # Tagged (structure tree, reading order, alt text for the charts) so that screen readers
    # and reflow work; pdf/ua-1 also writes the document title and language, which is as far
    # towards PDF/UA as WeasyPrint goes (it does not claim every PDF/UA check).
    return document.write_pdf(stylesheets=[css], font_config=fonts, pdf_identifier=identifier,
                              pdf_tags=True, pdf_variant="pdf/ua-1")


def briefing_pdf(analysis: Analysis, *, appendix: bool = True,
                 charts: dict[str, bytes] | None = None,
                 template_dirs: list[Path] | None = None) -> bytes:
    """The briefing as PDF bytes: the one way the PDF is made, for the site (``briefing.pdf``
    beside the pages) and for ``briefing pdf``."""
    html = render_pdf_html(analysis, appendix=appendix, charts=charts, generated=generated_at(),
                           template_dirs=template_dirs)
    return pdf_bytes(html, template_dirs)


def build_pdf(analysis: Analysis, out: Path, *, appendix: bool = True,
              charts: dict[str, bytes] | None = None,
              template_dirs: list[Path] | None = None) -> Path:
    """Write the briefing PDF to ``out`` atomically (a failed run leaves ``out`` as it was)."""
    return write_atomic(Path(out), briefing_pdf(analysis, appendix=appendix, charts=charts,
                                                template_dirs=template_dirs))
