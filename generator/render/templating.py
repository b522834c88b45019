"""The templating core shared by the site's Markdown pages and the printed briefing.

Both render the same analysis through Jinja2 templates from ``templates/`` (a project's own
``templates/`` folder overrides any of them). Both environments escape every value by default
and fail on a misspelt variable; they differ only in what escaping means: inert Markdown text for
the site (:mod:`generator.site.pages`), HTML for print (:mod:`generator.render.print.document`).
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import jinja2
from markupsafe import Markup

from generator.content.store import code_version
from generator.text.dates import display_published
from generator.text.languages import direction

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


def counted(n: int, noun: str, plural: str = "") -> str:
    """"1 event", "2 events", "1 copy family" / "3 copy families" (``plural`` when not ``-s``)."""
    return f"{n} {noun if n == 1 else plural or noun + 's'}"


def environment(template_dirs: Iterable[Path | str], **options: Any) -> jinja2.Environment:
    """A Jinja environment over ``template_dirs`` with what site and print share: autoescaping
    (so macros return Markup), StrictUndefined, trimmed blocks, the ``published`` and ``id``
    filters, ``count`` ("1 event", "2 events") and the ``contains`` test. ``options`` are the
    medium's own settings."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader([str(d) for d in template_dirs]),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        bytecode_cache=_compiled_templates(options),
        **options,
    )
    env.filters["published"] = display_published
    env.filters["id"] = safe_id
    env.filters["count"] = counted
    env.filters["dir"] = direction
    env.tests["contains"] = lambda seq, item: item in seq
    return env


class _CompiledTemplates(jinja2.FileSystemBytecodeCache):
    """Jinja's compiled templates kept between processes: compiling the site's templates is a
    second of every build otherwise. Jinja checks each template's source checksum but not the
    environment's options (comment markers, whitespace control change what a source compiles
    to), so each set of options and each version of this code gets its own folder, inside
    Jinja's own per-user cache folder (created private to the user, checked on every use)."""

    def __init__(self, options: dict[str, Any]) -> None:
        super().__init__()
        said = repr(sorted((k, getattr(v, "__qualname__", v)) for k, v in options.items()))
        key = hashlib.sha256(f"{jinja2.__version__} {code_version()} {said}".encode())
        self.directory = os.path.join(self.directory, "briefing-" + key.hexdigest()[:24])
        os.makedirs(self.directory, mode=0o700, exist_ok=True)


def _compiled_templates(options: dict[str, Any]) -> jinja2.BytecodeCache | None:
    try:
        return _CompiledTemplates(options)
    except (OSError, RuntimeError):  # no writable private folder: compile every time
        return None
