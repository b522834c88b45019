"""Briefing: news articles plus curated fact sheets in, a checked briefing site out.

The package is a one-way pipeline, one module per stage::

    load  (files -> typed model)      generator.load
    check (evidence, consistency)     generator.check
    analyse (comparisons, timeline)   generator.analyse
    render (templates -> Markdown)    generator.render
    build (docs tree, site)           generator.build

``generator.pipeline`` strings the stages together; ``generator.cli`` and the thin MkDocs glue in
``generator.mkdocs_plugin`` are the two ways in.
"""

__version__ = "0.1.0"
