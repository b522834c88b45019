"""What the cleaner made of one article, for ``briefing show``: as data, then as text.

An analyst who doubts a reading ("why is this outlet silent?", "where did that headline come
from?") needs to see the article as Briefing read it: the headline and where it came from, the
story paragraphs, and every removed block with the rule that removed it, its kind and what it
said about the article (author, via, date). :func:`describe` gives that as plain data
(``briefing show --json``), :func:`as_text` as lines for a terminal.

The article's text is untrusted: control characters and bidirectional overrides are shown
escaped (``\\x1b``, ``\\u202e``), so that a page cannot drive the terminal it is shown in.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path
from typing import Any

from generator.content.articles import load_articles
from generator.content.cache import NO_CACHE
from generator.content.cleaning.headline import ORIGINS
from generator.content.model import Article
from generator.content.problems import Problems
from generator.content.readers import ARTICLE_SUFFIXES

LANGUAGE_ORIGINS = {"metadata": "from the metadata (language:)",
                    "detected": "detected in the text", "default": "not detected; the default"}


def read_one(path: Path, problems: Problems) -> Article | None:
    """One article file read on its own, with the ``.yaml`` beside it if there is one."""
    if path.suffix.lower() not in ARTICLE_SUFFIXES:
        problems.add(path, 0, 0, f"not an article file ({path.suffix or 'no extension'})",
                     "articles are .txt, .md, .html or .htm")
        return None
    sidecar = next((p for p in (path.with_suffix(".yaml"), path.with_suffix(".yml"))
                    if p.is_file()), None)
    found = load_articles([(path.stem, path, sidecar)], problems, NO_CACHE)
    return found.get(path.stem)


def describe(article: Article) -> dict[str, Any]:
    """The article as the cleaner read it, as JSON-ready data."""
    head = article.headline_block
    return {
        "id": article.id,
        "file": article.rel_path,
        "format": article.format,
        "language": article.language,
        "language_origin": article.language_origin,
        "encoding_note": article.encoding_note,
        "headline": {
            "text": article.headline,
            "origin": article.headline_origin,
            "origin_says": ORIGINS.get(article.headline_origin, article.headline_origin),
            "line": head.line if head is not None else None,
        },
        "author": article.author, "via": article.via, "dateline": article.dateline,
        "date_on_page": article.page_date, "updated_on_page": article.page_updated,
        "url": article.url,
        "excerpt": article.excerpt, "excerpt_reason": article.excerpt_reason,
        "paragraphs": [{"line": b.line, "start": b.start, "end": b.end, "text": b.text,
                        "kept": b.line in article.kept} for b in article.paragraphs],
        "removed": [{"line": r.line, "start": r.start, "end": r.end, "kind": r.kind,
                     "rule": r.rule, "why": r.why, "yields": dict(r.yields), "text": r.text}
                    for r in article.removed],
    }


def safe(text: str) -> str:
    """Text for a terminal: control characters and bidirectional controls escaped."""
    out = []
    for c in text:
        if c == "\t" or (unicodedata.category(c) not in ("Cc", "Cf", "Zl", "Zp")):
            out.append(c)
        else:
            out.append(c.encode("unicode_escape").decode("ascii"))
    return "".join(out)


def as_text(data: dict[str, Any]) -> list[str]:
    """The description as lines for a terminal."""
    head = data["headline"]
    where = f" (line {head['line']})" if head["line"] else ""
    lines = [f"{data['file']}  [{data['format']}, language {data['language']}: "
             f"{LANGUAGE_ORIGINS.get(data['language_origin'], data['language_origin'])}]"]
    if data["encoding_note"]:
        lines.append(f"encoding: {data['encoding_note']}")
    lines += [f"headline: {safe(head['text'])}", f"  from {head['origin_says']}{where}"]
    for key, label in (("author", "author"), ("via", "via"), ("dateline", "dateline"),
                       ("date_on_page", "date on the page"),
                       ("updated_on_page", "updated on the page"), ("url", "address")):
        if data[key]:
            lines.append(f"{label}: {safe(data[key])}")
    if data["excerpt"]:
        lines.append(f"EXCERPT: {safe(data['excerpt_reason'])}")
    lines += ["", f"story ({len(data['paragraphs'])} paragraphs):"]
    lines += [f"  {p['line']:>4}  {safe(p['text'])}" + ("  (story by keep:)" if p["kept"] else "")
              for p in data["paragraphs"]]
    lines += ["", f"removed ({len(data['removed'])} blocks):"]
    for r in data["removed"]:
        gives = "; ".join(f"{k}: {v}" for k, v in r["yields"].items())
        lines.append(f"  {r['line']:>4}  {r['kind']} [{r['rule']}] {r['why']}"
                     + (f" -> {safe(gives)}" if gives else ""))
        lines.append(f"        {safe(r['text'])}")
    return lines
