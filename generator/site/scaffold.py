"""``briefing new DIR``: an empty briefing that checks and builds as it is."""

from __future__ import annotations

import json
from pathlib import Path

from generator.content.json_schema import SCHEMA_DIR, modeline, schema_texts, vscode_settings
from generator.site.build import read_mkdocs_config
from generator.site.pages import PLACEHOLDER_SITE_NAME
from generator.site.workflow import (
    MATCHER_PATH,
    WORKFLOW_PATH,
    briefing_source,
    briefing_workflow,
    problem_matcher,
)


class ScaffoldError(Exception):
    pass


BRIEFING_YAML = """\
# What this briefing is about (the whole format: FORMAT.md in Briefing's repository).
# `summary` is plain text; blank lines separate paragraphs.
title: My briefing
subtitle: ""
label: Draft — not for distribution
summary: |
  One or two paragraphs on what happened, in your own words.
author: ""
keywords: []
"""

OUTLETS_YAML = """\
# Every outlet your articles come from; an article names its outlet by id in the .yaml beside
# it (content/articles/<article>.yaml). kind: wire, daily, weekly, broadcaster, magazine,
# think-tank, aggregator, blog, government, ngo or other.
outlets:
  - id: example-outlet
    name: Example Outlet
    kind: daily
    country: ""
    url: https://example.org/
"""

ARTICLE_TXT = """\
Example headline as it was scraped

Paste or save each scraped article as a .txt, .md or .html file in this folder. Its first line is \
the headline and blank lines separate paragraphs. Leave page furniture in: Briefing removes it \
and shows what it removed.
"""

ARTICLE_YAML = """\
# What example-article.txt does not say, curated beside it (same name, .yaml). The outlet id
# is one listed in content/outlets.yaml; the time of publication needs its time zone.
outlet: example-outlet
published: 2024-01-31T09:00:00+00:00
url: https://example.org/news/example
"""

FACTS_YAML = """\
# A fact sheet: events, figures, quotes, actors, places and terms. Every report names an
# article by its file name in content/articles/ without the extension (example-article for
# example-article.txt) and quotes its words exactly. Split records across as many .yaml files
# in content/facts/ as you like. The format: FORMAT.md in Briefing's repository.
events:
  - id: example-event
    title: Example event
    date: 2024-01-31
    reports:
      - article: example-article
        quote: "Leave page furniture in"
"""

CSS = "/* Your additions to the theme. */\n"


def scaffold(directory: Path, source: str | None = None) -> Path:
    """Write a new briefing into ``directory`` (which must be new or empty): content that checks
    and builds, the JSON Schemas with an editor's settings, and the Pages workflow installing
    Briefing from ``source`` (default: the Briefing running now, pinned, when it can tell)."""
    directory = directory.resolve()
    if directory.exists() and any(directory.iterdir()):
        raise ScaffoldError(f"{directory} exists and is not empty; choose a new folder")
    # Briefing's own mkdocs.yml and stylesheet (a source checkout) are the best starting point.
    template = Path(__file__).resolve().parents[2] / "mkdocs.yml"
    css = template.parent / "docs/assets/briefing.css"
    files = {
        "content/briefing.yaml": BRIEFING_YAML,
        "content/outlets.yaml": OUTLETS_YAML,
        "content/articles/example-article.txt": ARTICLE_TXT,
        "content/articles/example-article.yaml": ARTICLE_YAML,
        "content/facts/facts.yaml": FACTS_YAML,
        "docs/assets/briefing.css": css.read_text(encoding="utf-8") if css.is_file() else CSS,
        ".gitignore": "/build/\n/site/\n/.venv/\n",
        ".vscode/settings.json": json.dumps(vscode_settings(), indent=2) + "\n",
        WORKFLOW_PATH: briefing_workflow(briefing_source() if source is None else source),
        MATCHER_PATH: problem_matcher(),
        **{f"{SCHEMA_DIR}/{name}": text for name, text in schema_texts().items()},
    }
    for rel, text in list(files.items()):
        line = modeline(rel)
        if line:
            files[rel] = f"{line}\n{text}"
    if template.is_file():
        read_mkdocs_config(template)  # fail early if Briefing's own config is broken
        text = template.read_text(encoding="utf-8")
        text = text.replace('site_name: "Briefing: the stranded convoy (sample)"',
                            f"site_name: {PLACEHOLDER_SITE_NAME}")
        files["mkdocs.yml"] = "\n".join(
            line for line in text.splitlines()
            if not line.startswith(("copyright:", "site_description:"))) + "\n"
    else:
        files["mkdocs.yml"] = MKDOCS_YML
    for rel, text in files.items():
        path = directory / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return directory


MKDOCS_YML = f"""\
site_name: {PLACEHOLDER_SITE_NAME}
docs_dir: docs
theme:
  name: material
  features: [navigation.sections, navigation.indexes, navigation.prune, search.highlight]
extra_css: [assets/briefing.css]
markdown_extensions: [admonition, attr_list, md_in_html, tables, toc, pymdownx.details]
plugins:
  - search
  - briefing
"""
