"""Trial 8: an analyst keeps one briefing current over several days under `briefing serve`.

Each test is invented text of the shape met on the trial's pages; none quotes a page."""

from __future__ import annotations

import os
import time

from conftest import copy_example

from generator.content.schema import SiteEngine
from generator.site import live
from generator.site.project import Project


def _server(tmp_path) -> tuple[live.LiveServer, Project]:
    project = Project.at(copy_example(tmp_path / "briefing") / "mkdocs.yml")
    return live.LiveServer(project, SiteEngine.MKDOCS, "127.0.0.1:0", quiet=True), project


def test_a_page_written_while_mkdocs_rebuilds_is_newer_than_that_rebuilds_html(tmp_path):
    # A dirty MkDocs rebuild started by an earlier save reads the overview, the analyst's next
    # save rewrites it, and the rebuild writes its HTML a second later: MkDocs redoes a page only
    # when its file is newer than its HTML, so the overview kept the older counts for good.
    server, project = _server(tmp_path)
    server.refresh()
    figures = project.content / "facts" / "figures.yaml"
    figures.write_text(figures.read_text(encoding="utf-8").replace(
        "label:", "label: Revised", 1), encoding="utf-8")
    changes = server.refresh()
    assert changes.written
    html_written = time.time() + 2  # the rebuild under way finishes after the write
    docs = project.build / "docs"
    for rel in changes.written:
        if rel.endswith(".md"):
            assert os.path.getmtime(docs / rel) > html_written, rel
