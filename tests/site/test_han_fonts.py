"""Han characters in the print version are drawn in the form of the text's language: an
article or a quoted passage in Japanese or Chinese carries its language, and the style sheet
puts that language's CJK font first (invented pages)."""

from __future__ import annotations

import re
from pathlib import Path

from generator.analyse.analysis import analyse
from generator.render.print.document import render_pdf_html
from generator.site.pipeline import run_check
from tests.conftest import small_briefing

CSS = Path(__file__).resolve().parents[2] / "templates" / "print" / "print.css"
PAGES = {
    "wire-en": ("Warehouse fire\n\nA fire at a riverside warehouse killed 7 people, officials "
                "said.\n", "outlet: wire-en\npublished: 2031-03-02\n"),
    "shimbun-ja": ("倉庫火災\n\n川沿いの倉庫で火災があり、7人が死亡したと当局が発表した。\n",
                   "outlet: shimbun-ja\npublished: 2031-03-02\nlanguage: ja\n"),
}
FACTS = """figures:
  - id: deaths
    label: Deaths
    unit: dead
    reports:
      - article: shimbun-ja
        value: 7
        quote: "川沿いの倉庫で火災があり、7人が死亡したと当局が発表した。"
"""


def _first_cjk(selector: str) -> str:
    rule = re.search(re.escape(selector) + r"\s*\{\s*font-family:([^;]*);", CSS.read_text())
    assert rule, selector
    return next(f.strip(' "\n') for f in rule.group(1).split(",") if "CJK" in f)


def test_each_language_draws_han_with_its_own_font_first() -> None:
    assert _first_cjk(":lang(ja)") == "Noto Serif CJK JP"
    assert _first_cjk(":lang(zh)") == "Noto Serif CJK SC"


def test_a_quoted_passage_carries_its_language(tmp_path: Path) -> None:
    content = small_briefing(tmp_path, {"wire-en": "Wire", "shimbun-ja": "Shimbun"}, FACTS, PAGES)
    checked, problems = run_check(content)
    assert checked is not None and not problems.errors, [p.format() for p in problems.errors]
    html = render_pdf_html(analyse(checked))
    assert '<td class="evidence" lang="ja">' in html
