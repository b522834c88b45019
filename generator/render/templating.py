"""The templating core shared by the site's Markdown pages and the printed briefing.

Both render the same analysis through Jinja2 templates from ``templates/`` (a project's own
``templates/`` folder overrides any of them). Both environments escape every value by default
and fail on a misspelt variable; they differ only in what escaping means: inert Markdown text for
the site (:mod:`generator.site.pages`), HTML for print (:mod:`generator.render.print.document`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import jinja2
from markupsafe import Markup

from generator.text.dates import display_published

_PACKAGE = Path(__file__).resolve().parents[1]


def default_templates() -> Path:
    """The templates shipped with Briefing (``templates/`` in a source checkout)."""
    for candidate in (_PACKAGE.parent / "templates", _PACKAGE / "_templates"):
        if (candidate / "overview.md.j2").is_file():
            return candidate
    raise FileNotFoundError("Briefing's templates folder is missing from the installation")


_SAFE_ID = re.compile(r"^[a-z0-9][a-z0-9_-]*$")


def safe_id(value: Any) -> Markup:
    """An anchor or id from a schema-validated id; anything else is a bug, not content."""
    text = str(value)
    if not _SAFE_ID.match(text):
        raise ValueError(f"not a safe id: {text!r}")
    return Markup(text)


def environment(template_dirs: Iterable[Path | str], **options: Any) -> jinja2.Environment:
    """A Jinja environment over ``template_dirs`` with what site and print share: autoescaping
    (so macros return Markup), StrictUndefined, trimmed blocks, the ``published`` and ``id``
    filters and the ``contains`` test. ``options`` are the medium's own settings."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader([str(d) for d in template_dirs]),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        **options,
    )
    env.filters["published"] = display_published
    env.filters["id"] = safe_id
    env.tests["contains"] = lambda seq, item: item in seq
    return env
