"""JSON Schema for every file an analyst writes, from the pydantic models of :mod:`.schema`.

Editors that speak JSON Schema (VS Code with the YAML extension, any yaml-language-server client,
JetBrains IDEs) then complete keys, show what each key takes and underline a misspelt key or a
bad date as it is typed, before ``briefing check`` runs. ``briefing schema`` writes the files;
``briefing new`` writes them too, with a ``# yaml-language-server: $schema=…`` line at the top of
each YAML file and ``.vscode/settings.json`` mapping the content folders to them.

The schemas describe what the YAML may hold (an unquoted ``2017`` is a number there, and is
accepted as text), so a file the editor accepts is one ``briefing check`` reads; the references
between files (article and outlet ids, quotes found in the article) are ``check``'s job.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from generator.content.files import write_atomic
from generator.content.schema import ArticleMeta, Briefing, FactSheet, OutletsFile

JSON_SCHEMA_DRAFT = "https://json-schema.org/draft/2020-12/schema"
#: Where ``briefing new`` and ``briefing schema`` put the schemas, beside mkdocs.yml.
SCHEMA_DIR = "schemas"
#: The modeline yaml-language-server reads on a YAML file's first line.
MODELINE = "# yaml-language-server: $schema={}"


@dataclass(frozen=True)
class ContentSchema:
    name: str  # file name in SCHEMA_DIR
    model: type[BaseModel]
    title: str
    files: tuple[str, ...]  # globs relative to the project root


SCHEMAS = (
    ContentSchema("briefing.schema.json", Briefing, "Briefing: briefing.yaml",
                  ("content/briefing.yaml",)),
    ContentSchema("outlets.schema.json", OutletsFile, "Briefing: outlets.yaml",
                  ("content/outlets.yaml",)),
    ContentSchema("article.schema.json", ArticleMeta,
                  "Briefing: an article's metadata (content/articles/<id>.yaml)",
                  ("content/articles/*.yaml", "content/articles/*.yml")),
    ContentSchema("fact-sheet.schema.json", FactSheet, "Briefing: a fact sheet",
                  ("content/facts/*.yaml", "content/facts/*.yml")),
)


def json_schema(entry: ContentSchema) -> dict[str, Any]:
    schema = entry.model.model_json_schema()
    return {"$schema": JSON_SCHEMA_DRAFT, **schema, "title": entry.title}


def schema_texts() -> dict[str, str]:
    """File name -> JSON text of every schema (stable: keys in the models' order)."""
    return {e.name: json.dumps(json_schema(e), indent=2, ensure_ascii=False) + "\n"
            for e in SCHEMAS}


def write_schemas(folder: Path) -> list[Path]:
    """Write every schema into ``folder``; return the paths written."""
    return [write_atomic(folder / name, text) for name, text in schema_texts().items()]


def schema_for(rel_path: str) -> ContentSchema | None:
    """The schema of a content file given its path relative to the project root."""
    for entry in SCHEMAS:
        if any(Path(rel_path).match(glob) for glob in entry.files):
            return entry
    return None


def modeline(rel_path: str, schema_dir: str = SCHEMA_DIR) -> str:
    """The ``# yaml-language-server: $schema=…`` line for a content file (a relative path, so
    the folder can move), or "" when it is not a content YAML file."""
    entry = schema_for(rel_path)
    if entry is None:
        return ""
    up = "../" * (len(Path(rel_path).parts) - 1)
    return MODELINE.format(f"{up}{schema_dir}/{entry.name}")


def vscode_settings(schema_dir: str = SCHEMA_DIR) -> dict[str, Any]:
    """``.vscode/settings.json``: the schemas for every content file, new ones included."""
    return {
        "yaml.schemas": {f"./{schema_dir}/{e.name}": list(e.files) for e in SCHEMAS},
        "files.associations": {"content/**/*.yaml": "yaml"},
    }
