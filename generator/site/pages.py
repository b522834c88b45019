"""Stage 4, the site's pages: the analysis -> Markdown pages, charts, timeline.json and the PDF.

Templates live in ``templates/`` (Jinja2). The environment escapes *every* ``{{ value }}`` as
inert Markdown text (:mod:`generator.render.escaping`); only values the generator builds as
:class:`Markup` (links, marks) pass through. Output is a plain mapping of docs-relative paths to
text plus a navigation tree, so the CLI can write it to disk and the MkDocs plugin can hand it to
MkDocs in memory, from the same code.
"""

from __future__ import annotations

import functools
import posixpath
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jinja2
from markupsafe import Markup

from generator.analyse.model import KIND_LABEL, Analysis
from generator.check.checked import Citation
from generator.content.model import Article
from generator.content.problems import ContentError, Problem
from generator.render import timelinejs
from generator.render.charts.cache import draw_charts
from generator.render.charts.chart import ChartSpec
from generator.render.charts.specs import chart_specs
from generator.render.citations import cited_paragraphs
from generator.render.escaping import md_attr, md_text, web_url
from generator.render.print.pdf import briefing_pdf
from generator.render.templating import default_templates, environment
from generator.site.frontmatter import FrontMatterError
from generator.site.navigation import NavItem, navigation, with_title
from generator.site.paths import (
    ARTICLES,
    CANDIDATES,
    COVERAGE,
    ENTITIES,
    FIGURES,
    NAMES,
    OUTLETS,
    OVERVIEW,
    PDF,
    PDF_LINK,
    QUOTES,
    RECORD_PAGE,
    TIMELINE,
    TIMELINE_JSON,
    article_page,
    outlet_page,
)

#: The site name `briefing new` writes into mkdocs.yml: a build names the site after
#: briefing.yaml's title while it stays.
PLACEHOLDER_SITE_NAME = "My briefing"


@dataclass
class Rendered:
    """The docs tree as data: relative path -> Markdown, plus the navigation."""

    pages: dict[str, str] = field(default_factory=dict)
    nav: list[NavItem] = field(default_factory=list)
    #: other files of the site (timeline.json, charts): path -> text or bytes
    files: dict[str, str | bytes] = field(default_factory=dict)
    #: the briefing's title, the site's name when mkdocs.yml keeps `briefing new`'s placeholder
    title: str = ""

    def all_files(self) -> dict[str, str | bytes]:
        return {**self.pages, **self.files}


def _finalize(value: Any) -> Any:
    if value is None:
        return ""
    return md_text(value)


def _join(items: Any, sep: str = ", ") -> Markup:
    """``join`` that escapes each untrusted item (Jinja's would only HTML-escape them); the
    separator keeps its spaces ("ISIS, IS, Daesh", not "ISIS,IS,Daesh")."""
    core = sep.strip()
    lead, trail = sep[:len(sep) - len(sep.lstrip())], sep[len(sep.rstrip()):]
    joint = Markup(lead) + (md_text(core) if core else Markup("")) + Markup(trail)
    return joint.join(md_text(i) for i in items)


def external_link(url: Any) -> Markup:
    """A clickable link only for plain http(s) URLs; anything else (javascript:, data:) is text."""
    text = web_url(url)
    if text:
        return Markup(f"[{md_text(text)}]({text})")
    return md_text(str(url or "").strip())


def make_environment(template_dirs: list[Path]) -> jinja2.Environment:
    """One environment per set of template folders for the life of the process: compiled
    templates are kept, and Jinja's auto-reload still picks up an edited template."""
    return _environment(tuple(str(d) for d in template_dirs))


@functools.cache
def _environment(template_dirs: tuple[str, ...]) -> jinja2.Environment:
    env = environment(
        template_dirs,
        auto_reload=True,
        # The escaping is ours: finalize turns every value into inert Markdown text before
        # Jinja's HTML escaping would see it (autoescape stays on so that macros return Markup).
        finalize=_finalize,
        keep_trailing_newline=True,
        # "{#id}" is Markdown's attribute-list anchor syntax, so Jinja comments are "{## ##}".
        comment_start_string="{##",
        comment_end_string="##}",
    )
    env.filters["attr"] = md_attr
    env.filters["join"] = _join
    env.filters["external"] = external_link
    # a spelling some outlet uses (the names page leaves out rows of zeros)
    env.tests["used_in"] = lambda name, use: use.total(name) > 0
    return env


class PageContext:
    """Link helpers that know which page is being written (links are relative .md paths,
    which MkDocs validates and rewrites for ``use_directory_urls``)."""

    def __init__(self, path: str, charts: dict[str, ChartSpec] | None = None) -> None:
        self.path = path
        self.charts = charts or {}

    def has_chart(self, name: str) -> bool:
        return f"charts/{name}.svg" in self.charts

    def chart(self, name: str, data: bool = True) -> Markup:
        """A chart as an image with its alt text, and its data as a collapsed table beside it
        (accessible and printable; ``data=False`` when the page shows that table already).
        Empty when there is no such chart (nothing to draw). The image sits in a frame that
        scrolls sideways on a narrow screen rather than shrinking its text below legibility."""
        spec = self.charts.get(f"charts/{name}.svg")
        if spec is None:
            return Markup("")
        image = (f'<div class="bf-chart-frame" markdown>\n\n![{md_text(spec.alt)}]'
                 f'({self.url(spec.path)}){{ .bf-chart loading=lazy }}\n\n</div>\n\n')
        if not data:
            return Markup(image)
        head = "| " + " | ".join(md_text(h) for h in spec.headers) + " |"
        rule = "|" + "---|" * len(spec.headers)
        rows = ["| " + " | ".join(md_text(c) or " " for c in row) + " |" for row in spec.rows]
        table = "\n".join(f"    {line}" for line in (head, rule, *rows))
        return Markup(f'{image}??? abstract "Chart data"\n{table}\n')

    def url(self, target: str, anchor: str = "") -> str:
        rel = _relative(target, posixpath.dirname(self.path) or ".")
        return rel + (f"#{anchor}" if anchor else "")

    def link(self, text: Any, target: str, anchor: str = "", title: str = "") -> Markup:
        t = f' "{md_attr(title)}"' if title else ""
        return Markup(f"[{md_text(text)}]({self.url(target, anchor)}{t})")

    def record(self, kind: str, record_id: str, text: Any) -> Markup:
        return self.link(text, RECORD_PAGE[kind], f"{kind}-{record_id}")

    def article(self, article: Article, text: Any = None) -> Markup:
        return self.link(text if text is not None else article.headline, article_page(article.id))

    def cite(self, article: Article, anchor: str, text: Any) -> Markup:
        return self.link(text, article_page(article.id), anchor)

    def outlet(self, outlet_id: str, name: Any) -> Markup:
        return self.link(name, outlet_page(outlet_id))


@functools.lru_cache(maxsize=1 << 16)
def _relative(target: str, start: str) -> str:
    """``posixpath.relpath``, cached: pages link to the same few thousand targets from a few
    folders, and relpath (two abspath calls each) cost 0.13 s of a 1,000-article rebuild."""
    return posixpath.relpath(target, start)


def _segment(text: str) -> str:
    """Escape a piece of a paragraph, keeping one space at either edge where there was one."""
    if not text.strip():
        return " " if text else ""
    lead = " " if text[0].isspace() else ""
    trail = " " if text[-1].isspace() else ""
    return f"{lead}{md_text(text)}{trail}"


def marked_paragraphs(
    article: Article, citations: list[Citation], ctx: PageContext,
    shared: tuple[tuple[int, int], ...] = (),
) -> list[Markup]:
    """The article's paragraphs as escaped Markdown, cited passages marked and linked back,
    passages shared with its copy family underlined (``shared``: spans of Article.text)."""
    out: list[Markup] = []
    for paragraph in cited_paragraphs(article, citations, shared):
        pieces: list[str] = []
        for piece in paragraph:
            pieces += [f'<span id="{c.anchor}"></span>' for c in piece.starts]
            text = _segment(piece.text)
            if piece.shared and text.strip():
                text = Markup(f'<span class="bf-shared">{text}</span>')
            pieces.append(f'<mark class="bf-cite">{text}</mark>' if piece.marked else str(text))
            for c in piece.ends:
                link = ctx.link(KIND_LABEL[c.kind], RECORD_PAGE[c.kind], f"{c.kind}-{c.record}",
                                title=f"{KIND_LABEL[c.kind]}: {c.label}")
                pieces.append(f"<sup>{link}</sup>")
        out.append(Markup("".join(pieces)))
    return out




def render(
    analysis: Analysis,
    template_dirs: list[Path] | None = None,
    chart_cache: Path | None = None,
    pdf: bool = False,
    candidates: dict[str, list[Any]] | None = None,
    stage: Callable[[str], None] | None = None,
) -> Rendered:
    """Render every page. With ``chart_cache``, charts are drawn (or taken from the cache, keyed
    by a hash of their inputs) and added to ``files``; without it, pages have no charts. With
    ``pdf``, the briefing PDF is rendered from the same model (print templates, WeasyPrint),
    added as ``briefing.pdf`` and linked from every page. With ``candidates`` (article id ->
    what :mod:`generator.extract.draft` proposes from it), the page "Candidates not yet reviewed"
    lists them. ``stage`` is told when the charts and the PDF start (for a progress display)."""
    stage = stage or (lambda _name: None)
    stage("pages")
    env = make_environment(template_dirs or [default_templates()])
    content = analysis.content
    result = Rendered(title=content.meta.title)
    specs = {s.path: s for s in chart_specs(analysis)} if chart_cache is not None else {}

    def page(path: str, template: str, **extra: Any) -> None:
        ctx = PageContext(path, specs)
        values = dict(a=analysis, c=content, meta=content.meta, ctx=ctx, **extra)
        try:
            text = env.get_template(template).render(values)
            if pdf:
                text += f"\n\n---\n\n{ctx.link(PDF_LINK, PDF)}\n{{ .bf-pdf }}\n"
            result.pages[path] = with_title(text)
        except FrontMatterError as exc:
            raise ContentError([Problem(path, 0, 0, f"generated page not written: {exc}",
                                        "report this as a bug in Briefing")]) from None
        except jinja2.TemplateSyntaxError as exc:
            raise ContentError([Problem(exc.filename or template, exc.lineno or 0, 1,
                                        f"template syntax error: {exc.message}")]) from None
        except jinja2.TemplateError as exc:
            raise ContentError([Problem(template, 0, 0, f"template error while writing {path}: "
                                        f"{exc}", "check the template's variable names")]) from None

    page(OVERVIEW, "overview.md.j2")
    page(TIMELINE, "timeline.md.j2")
    page(FIGURES, "figures.md.j2")
    page(COVERAGE, "coverage.md.j2")
    page(QUOTES, "quotes.md.j2")
    page(NAMES, "names.md.j2")
    page(ENTITIES, "entities.md.j2")
    page(OUTLETS, "outlets.md.j2")
    for summary in analysis.outlets:
        page(outlet_page(summary.outlet.id), "outlet.md.j2", s=summary)
    page(ARTICLES, "articles.md.j2")
    if candidates is not None:
        page(CANDIDATES, "candidates.md.j2", candidates=candidates)
    fingerprint = _templates_fingerprint(env)
    for article in content.articles.values():
        cites = analysis.citations.get(article.id, [])
        outlet = content.outlets.get(article.outlet or "")
        # An article page depends on the article, its citations, its outlet's name and the
        # templates: with all unchanged (mkdocs serve after a fact-sheet edit) it is not redone.
        family = analysis.family(article.id)
        member = family.member(article.id) if family else None
        others = [content.articles[m] for m in family.articles if m != article.id] if family else []
        off = analysis.off_event.get(article.id) or analysis.off_event_unsure.get(article.id)
        # the agency whose story the page says it is (its credit, not a citation nor a picture's)
        wire = analysis.copies.agency_of.get(article.id, "")
        key = (tuple(cites), outlet.name if outlet else None, fingerprint, pdf, family, off,
               tuple((o.id, o.headline, o.outlet) for o in others), wire)

        def one(article: Article = article, cites: list[Citation] = cites,
                family=family, member=member, others=others, off=off, wire=wire) -> str:
            ctx = PageContext(article_page(article.id), specs)
            shared = member.shared if member else ()
            page(article_page(article.id), "article.md.j2", article=article, citations=cites,
                 paragraphs=marked_paragraphs(article, cites, ctx, shared), family=family,
                 member=member, others=others, off_event=off, wire=wire)
            return result.pages[article_page(article.id)]

        result.pages[article_page(article.id)] = content.cache.on(article, "page", key, one)
    result.files[TIMELINE_JSON] = timelinejs.export(analysis)
    result.files.update(timelinejs.assets())
    result.files[timelinejs.WIDGET_JSON] = timelinejs.export(analysis, widget=True)
    if chart_cache is not None:
        stage("charts")
        for chart in draw_charts(analysis, chart_cache, list(specs.values())):
            result.files[chart.path] = chart.svg
    if pdf:
        stage("PDF")
        charts = {p: d for p, d in result.files.items() if p.startswith("charts/")}
        result.files[PDF] = briefing_pdf(analysis, charts=charts, template_dirs=template_dirs)
    result.nav = navigation(analysis, candidates=candidates is not None)
    return result


def _templates_fingerprint(env: jinja2.Environment) -> tuple:
    """Names, sizes and times of the template files, so editing a template re-renders."""
    out = []
    for folder in getattr(env.loader, "searchpath", []):
        for path in sorted(Path(folder).glob("*.j2")):
            st = path.stat()
            out.append((str(path), st.st_size, st.st_mtime_ns))
    return tuple(out)
