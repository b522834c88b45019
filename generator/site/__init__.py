"""Site: the pages and navigation as data, and everything that turns them into a website.

The pipeline (load -> check -> analyse -> pages), the docs tree and the site engine run, the
publishing checks, the MkDocs plugin (the only module that imports MkDocs), ``briefing new`` and
where a project keeps its parts.
"""
