"""`keep:` in an article's metadata: the analyst's correction of the cleaner.

The cleaner is measured, not perfect: when it removes a story line (or takes the lede for the
headline), the analyst names the line and it is story again, citable, in its place; nothing is
edited and every character stays in one place. A quote found only in a removed block says how to
do that. Built on the cyclone fixture (fictional, written by the project).
"""

from __future__ import annotations

import html
import shutil
from pathlib import Path

import pytest

from generator.site.pipeline import generate, run_check
from tests.conftest import run_briefing

FIXTURE = Path(__file__).parents[1] / "fixtures" / "cyclone"
ARTICLE = "content/articles/shipping-weekly-port"
TEXT = """Port Sarel to reopen on Monday after Hessa

Port Sarel will reopen to shipping on Monday once its channels have been surveyed, the port
authority said on Sunday.

Related coverage

Hessa death toll climbs to 90 in the delta

Kelby shelters run out of drinking water
"""
#: the line of "Hessa death toll climbs to 90 in the delta" in TEXT
TOLL_LINE = 8
REPORT = """      - article: shipping-weekly-port
        value: 90
        quote: "Hessa death toll climbs to 90 in the delta"
"""


def project(tmp_path: Path, keep: str = "", report: bool = False) -> Path:
    root = tmp_path / "cyclone"
    shutil.copytree(FIXTURE, root)
    (root / f"{ARTICLE}.txt").write_text(TEXT, encoding="utf-8")
    if keep:
        sidecar = root / f"{ARTICLE}.yaml"
        sidecar.write_text(sidecar.read_text(encoding="utf-8") + keep, encoding="utf-8")
    if report:
        figures = root / "content/facts/figures.yaml"
        text = figures.read_text(encoding="utf-8")
        figures.write_text(text.replace("\n  - id: max-wind", REPORT + "\n  - id: max-wind", 1),
                           encoding="utf-8")
    return root


def messages(root: Path) -> list[str]:
    _checked, problems = run_check(root / "content")
    return [p.format() for p in problems.items]


def test_a_quote_in_a_removed_block_says_how_to_keep_it(tmp_path):
    root = project(tmp_path, report=True)
    (error,) = [m for m in messages(root) if "not found in article" in m]
    assert f"line {TOLL_LINE}, rule " in error
    assert f"add `keep: [{TOLL_LINE}]` to content/articles/shipping-weekly-port.yaml" in error


def test_a_kept_line_is_story_in_its_place_and_can_be_cited(tmp_path):
    root = project(tmp_path, keep=f"keep: [{TOLL_LINE}]\n", report=True)
    assert not [m for m in messages(root) if "error" in m.lower()]
    result = generate(root / "content")
    article = result.analysis.content.articles["shipping-weekly-port"]
    assert [b.line for b in article.paragraphs] == [3, TOLL_LINE]
    assert TOLL_LINE not in [r.line for r in article.removed]
    deaths = next(f for f in result.analysis.figures if f.figure.id == "deaths")
    assert deaths.stances["shipping-weekly"].state == "reports"
    # every character still in one place: headline, story, removed blocks
    pieces = [article.headline, *(b.text for b in article.paragraphs),
              *(r.text for r in article.removed)]
    assert sorted(" ".join(pieces).split()) == sorted(TEXT.split())


def test_keeping_the_headline_line_makes_it_the_lede(tmp_path):
    root = project(tmp_path, keep="keep: [1]\n")
    article = generate(root / "content").analysis.content.articles["shipping-weekly-port"]
    assert article.paragraphs[0].line == 1
    assert article.paragraphs[0].text == "Port Sarel to reopen on Monday after Hessa"
    # the address has lost case: the story gives the name back ("sarel" -> "Sarel")
    assert (article.headline_origin, article.headline) == ("url", "Port Sarel reopen")


def test_a_line_that_is_no_removed_block_is_a_warning(tmp_path):
    root = project(tmp_path, keep="keep: [3, 40]\n")
    (warning,) = [m for m in messages(root) if "not a removed block" in m]
    assert warning.startswith("content/articles/shipping-weekly-port.yaml:4:")
    assert "lines 3, 40 of content/articles/shipping-weekly-port.txt are not a removed block" \
        in warning
    assert "briefing show content/articles/shipping-weekly-port.txt" in warning


@pytest.mark.slow  # measured over two seconds: a whole briefing or another process
def test_keep_must_be_line_numbers(tmp_path):
    root = project(tmp_path, keep="keep: [the lede]\n")
    proc = run_briefing(root, "check")
    assert proc.returncode == 1
    assert "content/articles/shipping-weekly-port.yaml:4:" in proc.stdout + proc.stderr
    assert "Traceback" not in proc.stdout + proc.stderr


@pytest.mark.slow  # measured over two seconds: a whole briefing or another process
def test_the_correction_is_on_record(tmp_path):
    root = project(tmp_path, keep=f"keep: [{TOLL_LINE}]\n")
    result = generate(root / "content")
    assert result.analysis.content.articles["shipping-weekly-port"].kept == (TOLL_LINE,)
    page = html.unescape(result.rendered.pages["articles/shipping-weekly-port.md"])
    assert f"Line {TOLL_LINE} of the file is story by `keep:` in " \
        "content/articles/shipping-weekly-port.yaml" in page
    proc = run_briefing(root, "show", "content/articles/shipping-weekly-port.txt")
    assert f"{TOLL_LINE:>6}  Hessa death toll climbs to 90 in the delta  (story by keep:)" \
        in proc.stdout
