"""HTML articles through trafilatura, and live reload under `mkdocs serve`."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from tests.conftest import run_briefing

pytestmark = [pytest.mark.slow]

PAGE = """<!doctype html>
<html><head><title>Harbour crane collapses | Quay Gazette</title>
<meta name="author" content="Ola Nordmann">
<meta property="article:published_time" content="2017-08-31T08:00:00+03:00">
<link rel="canonical" href="https://quay-gazette.example.net/crane">
<script>window.hostile = true;</script></head>
<body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<div class="consent">We use cookies to improve your experience. Accept all</div>
<article>
<h1>Harbour crane collapses</h1>
<p>A dockside crane folded onto an empty quay at dawn on Thursday, the port authority said,
and nobody was hurt when its boom came down across two berths.</p>
<p>Engineers counted 14 snapped bolts at the base of the tower and said they would inspect
the three sister cranes along the same quay before work resumes.</p>
</article>
<footer>Copyright 2017 Quay Gazette. All rights reserved.</footer>
</body></html>
"""


def add_html_article(project: Path) -> None:
    articles = project / "content/articles"
    (articles / "quay-gazette-crane.html").write_text(PAGE, encoding="utf-8")
    (articles / "quay-gazette-crane.yaml").write_text("outlet: levant-wire\n", encoding="utf-8")
    figures = project / "content/facts/figures.yaml"
    figures.write_text(figures.read_text(encoding="utf-8") + """
  - id: snapped-bolts
    label: Snapped bolts at the crane's base
    reports:
      - article: quay-gazette-crane
        value: 14
        quote: "Engineers counted 14 snapped bolts at the base of the tower"
""", encoding="utf-8")


def test_html_article_main_text_metadata_and_removed_chrome(example: Path) -> None:
    add_html_article(example)
    proc = run_briefing(example, "build")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    page = BeautifulSoup(
        (example / "site/articles/quay-gazette-crane/index.html").read_text(), "html.parser")
    assert page.find("h1").get_text(strip=True).startswith("Harbour crane collapses")
    story = page.select_one("div.bf-article").get_text(" ", strip=True)
    assert "14 snapped bolts" in story and "sister cranes" in story
    for chrome in ("Home", "cookies", "Copyright"):
        assert chrome not in story
    meta = page.select_one("article table").get_text(" ", strip=True)
    assert "Ola Nordmann" in meta  # author from the page's metadata
    assert "31 Aug 2017" in meta  # date from the page (no `published` in the sidecar)
    removed = page.select_one("details.quote").get_text(" ", strip=True)
    assert "We use cookies" in removed and "Copyright 2017" in removed
    assert "window.hostile" not in page.get_text()
    assert page.select("mark.bf-cite")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(url: str) -> str:
    with urllib.request.urlopen(url, timeout=5) as response:
        return response.read().decode("utf-8")


def _wait_for(url: str, needle: str, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            if needle in _get(url):
                return True
        except OSError:
            pass
        time.sleep(0.5)
    return False


def test_mkdocs_serve_reloads_when_content_changes(example: Path) -> None:
    port = _free_port()
    log = example / "serve.log"
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    with log.open("w") as out:
        server = subprocess.Popen(
            [sys.executable, "-m", "mkdocs", "serve", "-a", f"127.0.0.1:{port}"],
            cwd=example, stdout=out, stderr=subprocess.STDOUT, env=env)
    url = f"http://127.0.0.1:{port}/"
    try:
        assert _wait_for(url, "The stranded convoy", 60), log.read_text()
        briefing = example / "content/briefing.yaml"
        briefing.write_text(briefing.read_text().replace(
            "title: The stranded convoy", "title: The convoy that stopped"))
        assert _wait_for(url, "The convoy that stopped", 60), log.read_text()
        # no rebuild loop: with nothing changing, no further build starts
        builds = log.read_text().count("Building documentation")
        time.sleep(4)
        assert log.read_text().count("Building documentation") == builds
    finally:
        server.terminate()
        server.wait(timeout=20)
