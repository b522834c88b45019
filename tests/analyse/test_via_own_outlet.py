"""A credit that names the article's own outlet ("LEMBARADAILY.COM -" before its own lede) makes
it no copy of another source: not "(copy, via …)" in the figures' tables, not left out of the
rule that two reports of about the same time cannot both hold. Invented pages."""

from __future__ import annotations

from pathlib import Path

from generator.analyse.analysis import analyse
from generator.site.pipeline import run_check
from tests.conftest import small_briefing

ARTICLES = {
    "own-credit": ("lembara-daily", "LEMBARADAILY.COM", "https://news.lembaradaily.com/a/1",
                   "The toll from the crush in Lembara rose to 41 on Sunday, the hospital said."),
    "wire-copy": ("valley-post", "Veloria Press Service", "https://valleypost.example/b/2",
                  "The toll from the crush in Lembara rose to 44 on Monday, officials said."),
}
FACTS = """figures:
  - id: deaths
    label: Deaths
    unit: people
    kind: running
    reports:
      - article: own-credit
        value: 41
        quote: "rose to 41"
      - article: wire-copy
        value: 44
        quote: "rose to 44"
"""


def test_a_credit_naming_the_outlet_itself_is_no_copy(tmp_path: Path) -> None:
    content = small_briefing(
        tmp_path, {"lembara-daily": "Lembara Daily", "valley-post": "Valley Post"}, FACTS,
        {stem: (f"Crush toll rises\n\n{text}\n",
                f"outlet: {outlet}\npublished: 2031-03-0{i + 2}\nvia: {via}\nurl: {url}\n")
         for i, (stem, (outlet, via, url, text)) in enumerate(ARTICLES.items())})
    checked, problems = run_check(content)
    assert checked is not None and not problems.errors, [p.format() for p in problems.errors]
    rows = {row.source.article.id: row for row in analyse(checked).figures[0].rows}
    assert rows["own-credit"].copy_of == ""
    assert rows["wire-copy"].copy_of == "Veloria Press Service"
