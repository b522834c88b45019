"""Turn untrusted text (article text, YAML fields) into Markdown that renders as plain text.

Article text comes from the web and may carry ``<script>``, Markdown links, ``{{ }}``, admonition
markers (``!!! note``), snippet includes (``--8<-- "/etc/passwd"``) or attribute lists
(``{: onclick=…}``). Every ASCII punctuation character that Markdown, HTML, pymdownx or attr_list
give a meaning to is written as a numeric character reference: Markdown passes references through
as literal characters, so no syntax can form, and browsers and the search index show the original
text. Newlines become spaces so no line of untrusted text can start a block construct. Text that
holds bidi controls (a right-to-left override, U+202E) is isolated (U+2068 … U+2069), so that it
cannot reorder the link text, names and words around it.

The render stage makes this the *default*: its Jinja environment escapes every ``{{ value }}``
unless the value is :class:`Markup` that the generator built itself.
"""

from __future__ import annotations

import functools
import re

from markupsafe import Markup

from generator.text.characters import isolate_bidi

# Characters with a meaning somewhere in Markdown + HTML + pymdownx + attr_list + Jinja.
_SPECIAL = "\\`*_{}[]()<>#+-.!|~=^:&\"'$%@/?;,"
_TABLE = {ord(c): f"&#{ord(c)};" for c in _SPECIAL}
# Common prose punctuation is safe *inside* a line; keep it readable in the generated Markdown.
_KEPT = ",;?'\"%/."
for _c in _KEPT:
    del _TABLE[ord(_c)]
_TABLE[ord("&")] = "&amp;"
_TABLE[ord("<")] = "&lt;"
_TABLE[ord(">")] = "&gt;"
# Control characters: invisible in text, not allowed in HTML, and Python-Markdown and its
# extensions use some of them as internal markers (\x02…\x03 placeholders, \x04 in critic).
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f]")
# pymdownx.magiclink turns bare "www.example.org" (and "ftp.") into links, without a scheme.
_BARE_HOST = re.compile(r"(?i)\b(www|ftp)\.")


_WEB_URL = re.compile(r"^https?://[^\s<>\"'()\[\]{}|\\^`]+$")


def web_url(value: object) -> str:
    """``value`` if it is a plain http(s) URL, else "": the only URLs the briefing links to.

    Article URLs come from scraped pages and hand-written YAML; ``javascript:`` or ``data:``
    URLs must never become a link (site, PDF) or a TimelineJS media source."""
    text = str(value or "").strip()
    return text if _WEB_URL.match(text) else ""


def md_text(value: object) -> Markup:
    """Escape ``value`` as one line of inert inline Markdown text."""
    if isinstance(value, Markup):
        return value
    return _md_text(str(value))


@functools.lru_cache(maxsize=1 << 16)
def _md_text(value: str) -> Markup:
    """Cached: the same names, headlines and labels are escaped thousands of times per build
    (0.14 s of a 1,000-article rebuild before)."""
    text = isolate_bidi(" ".join(_CONTROL.sub("", value).split()))
    out = text.translate(_TABLE)
    # The punctuation kept readable above is harmless inside a line but not at its start:
    # "??? note" opens a pymdownx.details block, "/// note" a pymdownx.blocks one.
    if out and out[0] in _KEPT:
        out = f"&#{ord(out[0])};{out[1:]}"
    out = _BARE_HOST.sub(r"\1&#46;", out)
    # "1. " at the start would be an ordered list, "." after digits is otherwise harmless.
    if out[:1].isdigit():
        out = out.replace(".", "&#46;", 1) if out.split(" ", 1)[0].rstrip(".").isdigit() else out
    return Markup(out)


def md_attr(value: object) -> Markup:
    """Escape for an HTML attribute value inside double quotes (titles, alt text)."""
    return md_text(value).replace('"', "&quot;")
