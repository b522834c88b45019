"""Read article files as they were saved: scraped text, Markdown with front matter, or HTML.

Each reader returns raw story text plus whatever metadata the file itself carries; the cleaner
(:mod:`.cleaning`) then separates story from page furniture, and curated metadata from a
sidecar ``<id>.yaml`` fills or overrides the rest. Article files are never edited by hand.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from generator.content.cleaning import Block, CleanedText, Removed, clean_blocks, split_blocks
from generator.content.files import UnreadableFile, read_text
from generator.content.problems import Problems
from generator.content.yamlsource import YamlDoc, parse_yaml

ARTICLE_SUFFIXES = (".txt", ".md", ".html", ".htm")

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)?(?:---|\.\.\.)[ \t]*\n", re.S)
_MD_HEADING = re.compile(r"^#{1,6}\s+(.*?)\s*#*\s*$")


@dataclass
class RawArticle:
    """An article file as read, before curated metadata is merged in."""

    cleaned: CleanedText
    front_matter: YamlDoc | None = None
    html_meta: dict[str, str] = field(default_factory=dict)
    encoding_note: str = ""


def _read_txt(text: str) -> CleanedText:
    return clean_blocks(split_blocks(text), find_headline=True)


def _read_md(text: str, path: Path, problems: Problems) -> tuple[CleanedText, YamlDoc | None]:
    front: YamlDoc | None = None
    body_offset = 0
    m = _FRONT_MATTER.match(text)
    if m:
        front = parse_yaml(m.group(1) or "", path, problems, line_offset=1)
        body_offset = text[: m.end()].count("\n")
        text = text[m.end():]
    blocks = [Block(b.text, b.line + body_offset) for b in split_blocks(text)]
    headline_block = None
    if blocks:
        hm = _MD_HEADING.match(blocks[0].text)
        if hm:
            headline_block = Block(hm.group(1), blocks[0].line)
            blocks = blocks[1:]
    cleaned = clean_blocks(blocks, find_headline=headline_block is None)
    if headline_block is not None:
        cleaned = CleanedText(
            headline=headline_block.text, headline_line=headline_block.line,
            paragraphs=cleaned.paragraphs, removed=cleaned.removed, author=cleaned.author,
            author_bio=cleaned.author_bio, via=cleaned.via, dateline=cleaned.dateline,
            excerpt=cleaned.excerpt, excerpt_reason=cleaned.excerpt_reason,
        )
    return cleaned, front


_BLOCK_TAGS = {
    "p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "blockquote", "pre",
    "figcaption", "nav", "footer", "header", "aside", "section", "article", "dd", "dt", "form",
    "button", "label", "span", "a",
}


def _read_html(text: str, path: Path) -> tuple[CleanedText, dict[str, str]]:
    """Main text through trafilatura; everything else on the page is kept as removed text.

    trafilatura is the maintained, benchmarked main-text extractor; it does not say what it left
    out, so we list the page's leaf text blocks that are absent from its result ourselves.
    """
    import lxml.html
    import trafilatura

    doc = trafilatura.bare_extraction(
        text, with_metadata=True, favor_recall=True, include_comments=False, include_tables=True
    )
    meta: dict[str, str] = {}
    main = ""
    if doc is not None:
        main = doc.text or ""
        for key in ("title", "author", "date", "url", "sitename"):
            value = getattr(doc, key, None)
            if value:
                meta[key] = str(value)
    lines = [line.strip() for line in main.split("\n")]
    blocks = [Block(line, i + 1) for i, line in enumerate(lines) if line]
    title = meta.get("title", "")
    if blocks and title and blocks[0].text == title:
        blocks = blocks[1:]
    cleaned = clean_blocks(blocks, find_headline=not title)
    main_norm = " ".join(main.split())
    extra: list[Removed] = []
    try:
        root = lxml.html.fromstring(text.encode("utf-8"))
    except Exception:
        root = None
    if root is not None:
        dropped = 0
        for bad in root.iter("script", "style", "noscript", "template"):
            dropped += 1
            bad.drop_tree()
        seen: set[str] = set()
        for el in root.iter():
            if not isinstance(el.tag, str) or el.tag not in _BLOCK_TAGS:
                continue
            if any(isinstance(c.tag, str) and c.tag in _BLOCK_TAGS for c in el.iterdescendants()):
                continue
            chunk = " ".join(el.text_content().split())
            if chunk and chunk not in main_norm and chunk not in seen and chunk != title:
                seen.add(chunk)
                extra.append(Removed("page-chrome", chunk, el.sourceline or 0,
                                     "outside the main text found by trafilatura"))
        if dropped:
            extra.append(Removed("markup", f"{dropped} script/style element(s)", 0,
                                 "code is never shown"))
    cleaned = CleanedText(
        headline=title or cleaned.headline, headline_line=cleaned.headline_line,
        paragraphs=cleaned.paragraphs, removed=tuple(extra) + cleaned.removed,
        author=cleaned.author or meta.get("author"), author_bio=cleaned.author_bio,
        via=cleaned.via, dateline=cleaned.dateline, excerpt=cleaned.excerpt,
        excerpt_reason=cleaned.excerpt_reason,
    )
    return cleaned, meta


def read_article_file(path: Path, problems: Problems) -> RawArticle | None:
    """Read one article file; problems (unreadable, bad front matter) go to ``problems``."""
    try:
        text, note = read_text(path)
    except UnreadableFile as exc:
        problems.add(path, 0, 0, f"cannot read article: {exc}",
                     "save it as UTF-8 text, or remove it from content/articles/")
        return None
    except OSError as exc:
        problems.add(path, 0, 0, f"cannot read article: {exc.strerror}")
        return None
    if not text.strip():
        problems.add(path, 0, 0, "article file is empty", "remove it or save the article text")
        return None
    suffix = path.suffix.lower()
    if suffix == ".md":
        cleaned, front = _read_md(text, path, problems)
        return RawArticle(cleaned, front_matter=front, encoding_note=note)
    if suffix in (".html", ".htm"):
        cleaned, meta = _read_html(text, path)
        return RawArticle(cleaned, html_meta=meta, encoding_note=note)
    return RawArticle(_read_txt(text), encoding_note=note)
