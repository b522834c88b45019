"""Text written right to left is laid out from the right on the site and in the print version:
without it, a paragraph in Arabic script ends with its full stop on the wrong side (invented
pages)."""

from __future__ import annotations

from pathlib import Path

from generator.analyse.analysis import analyse
from generator.render.print.document import render_pdf_html
from generator.site.pipeline import generate, run_check
from generator.text.languages import direction
from tests.conftest import small_briefing

PAGES = {
    "wire-en": ("Crush at Lembara stadium\n\nThe crush at the Lembara stadium killed 30 people, "
                "officials said on Sunday.\n", "outlet: wire-en\npublished: 2031-03-02\n"),
    "sahifa-ar": ("تدافع في ملعب ليمبارا\n\nقتل ثلاثون شخصا في تدافع بملعب ليمبارا يوم الأحد، "
                  "وفق ما قال مسؤولون.\n", "outlet: sahifa-ar\npublished: 2031-03-02\n"
                  "language: ar\n"),
}
FACTS = "figures: []\n"


def test_direction_of_a_language() -> None:
    assert [direction(c) for c in ("ar", "he-IL", "fa", "en", "ko", None)] == \
        ["rtl", "rtl", "rtl", "ltr", "ltr", "ltr"]


def test_an_arabic_article_is_laid_out_right_to_left(tmp_path: Path) -> None:
    content = small_briefing(tmp_path, {"wire-en": "Wire", "sahifa-ar": "Sahifa"}, FACTS, PAGES)
    pages = generate(content).rendered.pages
    arabic = next(p for path, p in pages.items() if "sahifa-ar" in path and "bf-article" in p)
    english = next(p for path, p in pages.items() if "wire-en" in path and "bf-article" in p)
    assert 'lang="ar" dir="rtl"' in arabic and 'lang="en" dir="ltr"' in english
    checked, _problems = run_check(content)
    html = render_pdf_html(analyse(checked))
    assert html.count('<div class="story" dir="rtl">') == 1
    assert html.count('<div class="story" dir="ltr">') == 1
