"""Briefing: news articles plus curated fact sheets in, a checked briefing site out.

The package is a one-way pipeline; each stage is a subpackage and only imports the ones below it
(the contracts are in ``pyproject.toml``, checked by ``lint-imports``; ARCHITECTURE.md has the
map)::

    site      docs tree, site engine run, publishing checks, MkDocs plugin, scaffold
    render    templating core, citations, charts, TimelineJS, the printed briefing (PDF)
    extract   candidate facts from the articles (`briefing extract`)
    analyse   comparisons, coverage, timeline
    check     references and evidence
    content   files -> typed model (YAML with positions, schema, readers, cleaning)
    text      language: lexicon, dates, numbers, names, sentences, quote matching

``generator.cli`` is the command; ``generator.site.mkdocs_plugin`` the MkDocs plugin.
"""

__version__ = "0.1.0"
