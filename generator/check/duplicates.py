"""The same article saved twice: two files with one address, or with the same text.

A duplicate counts its outlet twice and its copy family once more than it should; ``check``
names both files so the analyst can delete one (or mark it ``exclude:`` with a reason).
"""

from __future__ import annotations

import hashlib
import re
from urllib.parse import urlsplit

from generator.content.model import Article, Content
from generator.content.problems import Problems, Severity

_TRACKING = re.compile(r"^(?:utm_[a-z]+|fbclid|gclid|ocid|cmpid|ref|src)=", re.I)


def url_key(url: str) -> str:
    """An address as the page it names: no scheme, no ``www.``, no fragment, no tracking
    parameters, no trailing slash, host in lower case."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:  # "http://[::1": not an address we can compare
        return ""
    if not parts.netloc:
        return ""
    host = parts.netloc.lower().removeprefix("www.")
    query = "&".join(q for q in parts.query.split("&") if q and not _TRACKING.match(q))
    return host + parts.path.rstrip("/") + (f"?{query}" if query else "")


def text_key(article: Article) -> str:
    """The story text with case, white space and punctuation set aside."""
    words = re.findall(r"\w+", article.text.casefold())
    return hashlib.sha256(" ".join(words).encode()).hexdigest() if len(words) >= 5 else ""


def report_duplicates(content: Content, problems: Problems) -> list[tuple[str, str, str]]:
    """Warn about every article that repeats an earlier one; returns (first, second, why)."""
    found = []
    seen_url: dict[str, Article] = {}
    seen_text: dict[str, Article] = {}
    for article in sorted(content.articles.values(), key=lambda a: a.rel_path):
        first, why = None, ""
        key = url_key(article.url)
        if key and key in seen_url:
            first, why = seen_url[key], f"the same address ({article.url})"
        text = content.cache.on(article, "text-key", None, lambda a=article: text_key(a))
        if first is None and text and text in seen_text:
            first, why = seen_text[text], "the same text"
        if key:
            seen_url.setdefault(key, article)
        if text:
            seen_text.setdefault(text, article)
        if first is None:
            continue
        found.append((first.id, article.id, why))
        problems.add(article.rel_path, 0, 0,
                     f"{article.rel_path} and {first.rel_path} are the same article: {why}",
                     "delete one, or add `exclude: duplicate of "
                     f"{first.id}` to {article.id}.yaml", Severity.WARNING)
    return found
