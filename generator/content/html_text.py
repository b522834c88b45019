"""A saved web page: its main text (trafilatura), its metadata, and the rest of its text.

trafilatura is the maintained, benchmarked main-text extractor; it does not say what it left
out, so the page's other text is listed here, block by block, as removed "page chrome": nothing
of the page is lost silently.

Both steps are linear in the size of the page: the page is walked once (an iterative walk, so
that deep nesting cannot exhaust the stack), each block's text is collected through a list, and
whether a block is part of the main text is decided by hashing its word sequences against those
of the main text, never by searching the main text for it (which is quadratic).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from generator.content.cleaner import Removed

#: Elements that start a block of text of their own; inline elements (a, span, b…) belong to
#: the block around them.
BLOCK_TAGS = frozenset({
    "p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "blockquote", "pre",
    "figcaption", "nav", "footer", "header", "aside", "section", "article", "dd", "dt", "form",
    "button", "label", "ul", "ol", "table", "tr", "main", "figure", "title", "body", "html",
    "address", "caption", "summary", "details", "dialog", "option", "select", "textarea",
})
#: Elements whose content is code or markup, never text a reader sees.
CODE_TAGS = ("script", "style", "noscript", "template")
N = 3  # word n-grams compared with the main text


@dataclass
class HtmlPage:
    main: str
    meta: dict[str, str] = field(default_factory=dict)
    removed: tuple[Removed, ...] = ()


def _grams(words: list[str], n: int) -> set[tuple[str, ...]]:
    return {tuple(words[i:i + n]) for i in range(len(words) - n + 1)}


class _MainText:
    """The main text's word n-grams (n = 1..3), so that "is this block part of it?" costs the
    length of the block."""

    def __init__(self, main: str) -> None:
        words = main.split()
        self.grams = [set(), _grams(words, 1), _grams(words, 2), _grams(words, N)]

    def has(self, chunk: str) -> bool:
        words = chunk.split()
        n = min(len(words), N)
        return all(tuple(words[i:i + n]) in self.grams[n] for i in range(len(words) - n + 1))


def _blocks(root) -> list[tuple[str, int]]:
    """The page's text as blocks (text, source line), in document order, in one walk."""
    import lxml.etree

    out: list[tuple[str, int]] = []
    stack: list[tuple[list[str], int]] = [([], 0)]
    for event, el in lxml.etree.iterwalk(root, events=("start", "end")):
        tag = el.tag if isinstance(el.tag, str) else ""
        block = tag.lower() in BLOCK_TAGS
        if event == "start":
            if block:
                stack.append(([], el.sourceline or 0))
            if tag and el.text:
                stack[-1][0].append(el.text)
            continue
        if block and len(stack) > 1:
            parts, line = stack.pop()
            text = " ".join(" ".join(parts).split())
            if text:
                out.append((text, line))
        if el.tail:
            stack[-1][0].append(el.tail)
    parts, line = stack[0]
    text = " ".join(" ".join(parts).split())
    if text:
        out.append((text, line))
    return out


def html_main_text(html: str) -> HtmlPage:
    """The page's main text and metadata (title, author, date, url, site name), and every block
    of the page's text outside the main text as a :class:`Removed` of kind ``page-chrome``."""
    import lxml.html
    import trafilatura

    doc = trafilatura.bare_extraction(
        html, with_metadata=True, favor_recall=True, include_comments=False, include_tables=True
    )
    meta: dict[str, str] = {}
    main = ""
    if doc is not None:
        main = doc.text or ""
        for key in ("title", "author", "date", "url", "sitename"):
            value = getattr(doc, key, None)
            if value:
                meta[key] = str(value)
    removed: list[Removed] = []
    try:
        # bytes with the encoding named: lxml reads undeclared bytes as Latin-1 (mojibake)
        parser = lxml.html.HTMLParser(encoding="utf-8")
        root = lxml.html.fromstring(html.encode("utf-8"), parser=parser)
    except Exception:  # lxml refuses some documents (empty, only a comment…): no chrome to list
        root = None
    if root is not None:
        dropped = 0
        for bad in list(root.iter(*CODE_TAGS)):
            dropped += 1
            bad.drop_tree()
        inside = _MainText(main)
        title = " ".join(meta.get("title", "").split())
        seen: set[str] = set()
        for text, line in _blocks(root):
            if text in seen or text == title or inside.has(text):
                continue
            seen.add(text)
            removed.append(Removed("page-chrome", text, line, "outside-main-text",
                                   "outside the main text found by trafilatura"))
        if dropped:
            removed.append(Removed("markup", f"{dropped} script/style element(s)", 0, "code",
                                   "code is never shown"))
    return HtmlPage(main, meta, tuple(removed))
