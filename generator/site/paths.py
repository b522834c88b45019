"""Where each page lives in the docs tree, for the pages that write links and the navigation."""

from __future__ import annotations

#: Where each kind of page lives in the docs tree.
OVERVIEW = "index.md"
TIMELINE = "timeline.md"
FIGURES = "comparison/index.md"
COVERAGE = "comparison/coverage.md"
QUOTES = "comparison/quotes.md"
NAMES = "comparison/names.md"
ENTITIES = "actors-and-places.md"
OUTLETS = "outlets/index.md"
ARTICLES = "articles/index.md"
TIMELINE_JSON = "timeline.json"
CANDIDATES = "candidates.md"
PDF = "briefing.pdf"
PDF_LINK = "Download the briefing (PDF)"

RECORD_PAGE = {"event": TIMELINE, "figure": FIGURES, "quote": QUOTES}


def outlet_page(outlet_id: str) -> str:
    return f"outlets/{outlet_id}.md"


def article_page(article_id: str) -> str:
    return f"articles/{article_id}.md"
