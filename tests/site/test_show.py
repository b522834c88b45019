"""``briefing show ARTICLE``: what the cleaner made of one article, on .txt, .md and .html."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from generator.cli import run_show
from tests.conftest import run_briefing

TXT = """\
 date 2023-11-04 The death toll from the floods in the valley rose to 40 on Saturday, the \
regional health office said.

Photo: Valley Rescue Service

Rescue teams reached the last cut-off village by boat on Sunday morning.

Share this:
"""
MD = """\
---
outlet: levant-wire
published: 2017-08-30T21:10:00+03:00
---
# Floods kill 40 in the valley

By Jane Roe

The death toll from the floods in the valley rose to 40 on Saturday, the regional health \
office said.
"""
HTML = """\
<html><head><title>Floods kill 40 in the valley</title></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Floods kill 40 in the valley</h1>
<p>The death toll from the floods in the valley rose to 40 on Saturday, the regional health
office said, as rescuers searched the river banks for the missing.</p>
<p>Rescue teams reached the last cut-off village by boat on Sunday morning, and the army
opened two shelters in the district school.</p></article>
<footer>Subscribe to our newsletter</footer></body></html>
"""


def show(target: Path | str, content: Path, *, as_json: bool = False) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run_show(str(target), content, as_json=as_json, stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def test_show_a_txt_file_with_its_sidecar(tmp_path: Path) -> None:
    path = tmp_path / "valley-floods.txt"
    path.write_text(TXT, encoding="utf-8")
    (tmp_path / "valley-floods.yaml").write_text(
        "url: https://valleynews.example/2023/11/04/death-toll-from-valley-floods-rises-to-40/\n",
        encoding="utf-8")
    code, out, err = show(path, tmp_path / "nowhere", as_json=True)
    assert code == 0 and err == ""
    data = json.loads(out)
    assert data["headline"] == {
        "text": "Death toll from valley floods rises to 40", "origin": "url", "line": None,
        "origin_says": "words of the article's address (the page had no headline line)"}
    assert [p["line"] for p in data["paragraphs"]] == [1, 5]
    assert data["paragraphs"][0]["text"].startswith("The death toll")
    removed = {r["text"]: (r["kind"], r["rule"]) for r in data["removed"]}
    assert removed == {"date 2023-11-04": ("date-stamp", "crawl-date"),
                       "Photo: Valley Rescue Service": ("caption", "picture-label"),
                       "Share this:": ("share-links", "share-buttons")}
    assert data["language"] == "en" and data["language_origin"] == "detected"
    assert data["date_on_page"] == ""  # a crawl date is never the publication date


def test_show_a_markdown_article_by_id_as_text(example: Path) -> None:
    (example / "content/articles/valley-md.md").write_text(MD, encoding="utf-8")
    code, out, _err = show("valley-md", example / "content")
    assert code == 0
    lines = out.splitlines()
    assert "articles/valley-md.md  [md, language en: detected in the text]" in lines[0]
    assert "headline: Floods kill 40 in the valley" in lines
    assert "  from the article's Markdown heading (line 5)" in lines
    assert "author: Jane Roe" in lines
    assert any("byline [byline] byline -> author: Jane Roe" in line for line in lines)


def test_show_an_html_page(tmp_path: Path) -> None:
    path = tmp_path / "valley.html"
    path.write_text(HTML, encoding="utf-8")
    code, out, _err = show(path, tmp_path, as_json=True)
    data = json.loads(out)
    assert code == 0 and data["format"] == "html"
    assert data["headline"]["text"] == "Floods kill 40 in the valley"
    assert len(data["paragraphs"]) == 2
    chrome = {r["text"] for r in data["removed"] if r["kind"] == "page-chrome"}
    assert {"Home World", "Subscribe to our newsletter"} <= chrome


def test_control_characters_of_a_page_never_reach_the_terminal(tmp_path: Path) -> None:
    path = tmp_path / "hostile.txt"
    path.write_text("Floods \x1b[31mkill\x1b[0m 40 \u202ein the valley\n\nThe death toll rose "
                    "to 40 on Saturday, the regional health office said.\n", encoding="utf-8")
    code, out, _err = show(path, tmp_path)
    assert code == 0 and "\x1b" not in out and "\u202e" not in out
    # loading made the story carriable: each control stands as U+FFFD, as on the pages
    assert "Floods \ufffd[31mkill\ufffd[0m 40 " in out


def test_unknown_articles_and_unreadable_files_are_errors(tmp_path: Path, example: Path) -> None:
    code, out, err = show("no-such-article", example / "content")
    assert code == 2 and out == "" and "no article 'no-such-article'" in err
    code, _out, err = show(tmp_path / "missing.txt", example / "content")
    assert code == 2 and "no such file" in err
    binary = tmp_path / "binary.txt"
    binary.write_bytes(b"\x00\x01")
    code, _out, err = show(binary, tmp_path)
    assert code == 1 and "binary.txt: error: cannot read article: contains NUL bytes" in err


@pytest.mark.slow  # measured over two seconds: a whole briefing or another process
def test_the_command_line(example: Path) -> None:
    done = run_briefing(example, "show", "levant-wire-convoy", "--json")
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert data["id"] == "levant-wire-convoy" and data["excerpt"] is True
    assert {r["rule"] for r in data["removed"]} == {
        "read-full-article", "leave-a-reply", "comment-form-notice"}
