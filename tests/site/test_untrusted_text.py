"""Article text and YAML fields are untrusted: they must reach the page as inert text."""

from __future__ import annotations

from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from tests.conftest import run_briefing

pytestmark = [pytest.mark.slow]

HOSTILE = [
    "<script>alert('x')</script>",
    "<img src=x onerror=alert(1)>",
    "[click](javascript:alert(1))",
    "![pic](http://example.invalid/p.png)",
    "{{ config }} and {% if true %}T{% endif %}",
    '--8<-- "/etc/passwd"',
    "{: onclick=\"alert(1)\" }",
    "<div markdown>**bold**</div>",
]


def test_hostile_text_is_shown_as_text(example: Path) -> None:
    article = example / "content/articles/levant-wire-convoy.txt"
    lines = article.read_text(encoding="utf-8").split("\n\n")
    hostile_paras = [f"Paragraph with {h} inside, written to test the page." for h in HOSTILE]
    # a paragraph that *starts* with block syntax, too
    hostile_paras.append('!!! note "Injected"')
    hostile_paras.append('--8<-- "/etc/passwd"')
    article.write_text("\n\n".join(lines[:3] + hostile_paras + lines[3:]), encoding="utf-8")
    (example / "content/briefing.yaml").write_text(
        (example / "content/briefing.yaml").read_text(encoding="utf-8").replace(
            "title: ", "title: <script>alert(2)</script> ", 1), encoding="utf-8")
    proc = run_briefing(example, "build")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    page = BeautifulSoup((example / "site/articles/levant-wire-convoy/index.html").read_text(),
                         "html.parser")
    story = page.select_one("div.bf-article")
    text = story.get_text(" ", strip=True)
    for h in HOSTILE:
        assert h.replace("\n", " ") in text, h
    assert '!!! note "Injected"' in text
    assert not story.find_all(["script", "img", "strong"])
    assert not [a for a in story.find_all("a") if a.get("href", "").startswith("javascript")]
    assert not story.select("[onclick], [onerror]")
    assert "root:" not in text  # no snippet was included
    overview = BeautifulSoup((example / "site/index.html").read_text(), "html.parser")
    assert "<script>alert(2)</script>" in overview.find("h1").get_text()
    assert not overview.select("article script")
