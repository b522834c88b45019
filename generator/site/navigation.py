"""The site's navigation and page titles, as data for MkDocs (or any engine reading mkdocs.yml).

Navigation is sectioned (articles by outlet, then by month and runs of days) so that, with
Material's ``navigation.prune``, no page carries a list that grows with the corpus. Titles are
given to MkDocs already HTML-escaped: themes print them raw.
"""

from __future__ import annotations

import html
import json
import re
from typing import Any

from generator.analyse.model import Analysis
from generator.content.model import Article
from generator.site import paths

NavItem = Any  # str (path) | {title: path | list[NavItem]}


#: No navigation section lists more articles than this: with ``navigation.prune`` the open
#: section is what every page of it carries, so its size must not grow with the corpus.
NAV_SECTION = 30


def _sections(articles: list[Article]) -> list[NavItem]:
    """An outlet's articles (oldest first), by month and then by runs of days when large."""
    if len(articles) <= NAV_SECTION:
        return [paths.article_page(a.id) for a in articles]
    months: dict[str, list[Article]] = {}
    for a in articles:
        label = f"{a.published:%b %Y}" if a.published is not None else "Undated"
        months.setdefault(label, []).append(a)
    out: list[NavItem] = []
    for label, group in months.items():
        if len(group) <= NAV_SECTION:
            out.append({label: [paths.article_page(a.id) for a in group]})
            continue
        for i in range(0, len(group), NAV_SECTION):
            chunk = group[i:i + NAV_SECTION]
            first, last = chunk[0].published, chunk[-1].published
            name = (f"{first.day}–{last.day} {first:%b %Y}" if first and last
                    else f"{label} ({i // NAV_SECTION + 1})")
            out.append({name: [paths.article_page(a.id) for a in chunk]})
    return out


def page_title(markdown: str) -> str | None:
    """The page's first ``# `` heading as HTML-escaped plain text, or None."""
    for line in markdown.splitlines():
        if line.startswith("# "):
            heading = re.sub(r"\s*\{[^{}]*\}\s*$", "", line[2:])  # an attr_list `{ #id }`
            return html.escape(" ".join(html.unescape(heading).split()))
    return None


def with_title(markdown: str) -> str:
    """Prefix the page with front matter naming its title, HTML-escaped.

    MkDocs takes a page's title from its first heading as HTML with the tags stripped but the
    entities kept, and themes print it raw: in the navigation that is harmless, but Material's
    ``<title>`` passes it through ``striptags``, which turns ``&lt;/title&gt;&lt;script&gt;``
    from a headline back into markup. A ``title`` in the front matter is printed as it is, in
    ``<title>``, the header and the navigation alike, so it is given escaped."""
    title = page_title(markdown)
    if title is None or markdown.startswith("---\n"):
        return markdown
    return f"---\ntitle: {json.dumps(title, ensure_ascii=False)}\n---\n\n{markdown}"


def navigation(analysis: Analysis, candidates: bool = False) -> list[NavItem]:
    """Sectioned navigation: articles grouped by outlet, so no page lists a thousand entries
    at one level (with Material's ``navigation.prune`` only the open section is rendered)."""
    content = analysis.content
    by_outlet = []
    for summary in analysis.outlets:
        if summary.articles:
            # Section titles are printed raw by MkDocs themes: an outlet name is text.
            by_outlet.append({html.escape(summary.outlet.name): _sections(summary.articles)})
    orphans = [paths.article_page(a.id) for a in content.articles.values()
               if a.outlet not in content.outlets]
    if orphans:
        by_outlet.append({"Unknown outlet": orphans})
    return [
        {"Overview": paths.OVERVIEW},
        {"Timeline": paths.TIMELINE},
        # What a reader looks for first gets its own entry, named as they would name it.
        {"Figures": paths.FIGURES},
        {"Quotes": paths.QUOTES},
        {"Names": paths.NAMES},
        {"Coverage": paths.COVERAGE},
        {"Actors and places": paths.ENTITIES},
        {"Outlets": [paths.OUTLETS, *[paths.outlet_page(s.outlet.id) for s in analysis.outlets]]},
        {"Articles": [paths.ARTICLES, *by_outlet]},
        *([{"Candidates not yet reviewed": paths.CANDIDATES}] if candidates else []),
    ]
