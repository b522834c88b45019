"""Turn untrusted text (article text, YAML fields) into Markdown that renders as plain text.

Article text comes from the web and may carry ``<script>``, Markdown links, ``{{ }}``, admonition
markers (``!!! note``), snippet includes (``--8<-- "/etc/passwd"``) or attribute lists
(``{: onclick=…}``). Every ASCII punctuation character that Markdown, HTML, pymdownx or attr_list
give a meaning to is written as a numeric character reference: Markdown passes references through
as literal characters, so no syntax can form, and browsers and the search index show the original
text. Newlines become spaces so no line of untrusted text can start a block construct.

The render stage makes this the *default*: its Jinja environment escapes every ``{{ value }}``
unless the value is :class:`Markup` that the generator built itself.
"""

from __future__ import annotations

from markupsafe import Markup

# Characters with a meaning somewhere in Markdown + HTML + pymdownx + attr_list + Jinja.
_SPECIAL = "\\`*_{}[]()<>#+-.!|~=^:&\"'$%@/?;,"
_TABLE = {ord(c): f"&#{ord(c)};" for c in _SPECIAL}
# Common prose punctuation is safe *inside* a line; keep it readable in the generated Markdown.
for _c in ",;?'\"%/.":
    del _TABLE[ord(_c)]
_TABLE[ord("&")] = "&amp;"
_TABLE[ord("<")] = "&lt;"
_TABLE[ord(">")] = "&gt;"


def md_text(value: object) -> Markup:
    """Escape ``value`` as one line of inert inline Markdown text."""
    if isinstance(value, Markup):
        return value
    text = " ".join(str(value).split())
    out = text.translate(_TABLE)
    # "1. " at the start would be an ordered list, "." after digits is otherwise harmless.
    if out[:1].isdigit():
        out = out.replace(".", "&#46;", 1) if out.split(" ", 1)[0].rstrip(".").isdigit() else out
    return Markup(out)


def md_attr(value: object) -> Markup:
    """Escape for an HTML attribute value inside double quotes (titles, alt text)."""
    return md_text(value).replace('"', "&quot;")


def slug(value: str) -> str:
    """A safe anchor/file id from an id that the schema already restricted to [a-z0-9_-]."""
    return "".join(c if c.isalnum() or c in "-_" else "-" for c in value.lower())
