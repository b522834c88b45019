"""Front matter written by a YAML serializer and read back the way MkDocs reads it.

A page's front matter was once ``title: {json.dumps(title)}``. JSON is nearly YAML, but not for
U+FFFE or U+FFFF, which JSON writes raw and YAML refuses: MkDocs then silently kept the front
matter as Markdown, and a headline's ``![p](x){: onerror=… }`` on that line became a live image
with an event handler. The class of bug is "generated YAML that does not mean what we wrote",
so this module (1) writes front matter with a YAML serializer (PyYAML, the library MkDocs itself
reads it with), every string double-quoted with escapes for anything a YAML reader may not
accept raw, and (2) reads the page back exactly as ``mkdocs.utils.meta.get_data`` does (the same
delimiter pattern and ``SafeLoader``) and refuses the page unless it gets back the data and the
body it wrote. The model already holds no character YAML cannot carry
(:mod:`generator.text.characters`); this is the guarantee at the other end.
"""

from __future__ import annotations

import re
from typing import Any

import yaml

try:  # the loader MkDocs uses: the C one when libyaml is there
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - PyYAML without libyaml
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

#: The pure-Python dumper writes the same bytes with or without libyaml (reproducible builds).
_Dumper = yaml.SafeDumper

#: mkdocs.utils.meta.YAML_RE (MkDocs 1.6), copied so that nothing here imports MkDocs.
_MKDOCS_YAML = re.compile(r"^-{3}[ \t]*\n(.*?\n)(?:\.{3}|-{3})[ \t]*\n", re.UNICODE | re.DOTALL)
#: mkdocs.utils.meta.META_RE: without YAML delimiters MkDocs reads "key: value" lines as
#: MultiMarkdown metadata, so a page without front matter must not start with one.
_MKDOCS_META = re.compile(r"^[ ]{0,3}(?P<key>[A-Za-z0-9_-]+):\s*(?P<value>.*)")


class FrontMatterError(ValueError):
    """A generated page would not read back as written; the page must not be published."""


def dump(data: dict[str, Any]) -> str:
    """``data`` as a YAML mapping: double-quoted strings, one line each, escapes for every
    character outside YAML's printable set."""
    return yaml.dump(data, Dumper=_Dumper, allow_unicode=True, default_style='"',
                     width=float("inf"), sort_keys=False, explicit_start=False)


def read(page: str) -> tuple[str, dict[str, Any]]:
    """(body, metadata) of a page as MkDocs 1.6 reads them (``get_data``): YAML between ``---``
    lines, or else leading ``key: value`` lines (MultiMarkdown)."""
    m = _MKDOCS_YAML.match(page)
    if m:
        try:
            data = yaml.load(m.group(1), Loader=_Loader)
        except yaml.YAMLError:
            return page, {}
        if isinstance(data, dict):
            return page[m.end():].lstrip("\n"), data
        return page, {}
    first = page.replace("\r\n", "\n").replace("\r", "\n").split("\n", 1)[0]
    if first.strip() and _MKDOCS_META.match(first):
        return "", {"": "MultiMarkdown metadata"}  # MkDocs would eat lines: never ours to write
    return page, {}


def with_front_matter(data: dict[str, Any], body: str) -> str:
    """``body`` under front matter holding ``data``, checked to read back as exactly that."""
    page = f"---\n{dump(data)}---\n\n{body}"
    verify(page, data, body)
    return page


def verify(page: str, data: dict[str, Any], body: str) -> None:
    """Raise :class:`FrontMatterError` unless MkDocs would read ``page`` as ``data`` + ``body``."""
    got_body, got_data = read(page)
    if got_data != data or got_body != body.lstrip("\n"):
        wrong = "metadata" if got_data != data else "text"
        raise FrontMatterError(f"the page's front matter does not read back as written (its "
                               f"{wrong} would differ): a character YAML cannot carry?")
