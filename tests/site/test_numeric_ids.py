"""An outlet whose id is all digits, written without quotes, is read by YAML as a number: the
analyst is told once, where it is written, how to write it (not also that the article has no
outlet and no publication date, which it has). Invented pages."""

from __future__ import annotations

from pathlib import Path

from generator.site.pipeline import run_check
from tests.conftest import small_briefing

PAGES = {
    "wire-en": ("Crush at Lembara stadium\n\nThe crush at the Lembara stadium killed 30 people, "
                "officials said on Sunday.\n", "outlet: wire-en\npublished: 2031-03-02\n"),
    "portal-zh": ("体育场踩踏\n\n体育场发生踩踏事故，造成30人死亡。\n",
                  "outlet: 365\npublished: 2031-03-02\nlanguage: zh\n"),
}


def test_an_id_of_digits_without_quotes_is_one_error_with_the_way_to_write_it(
        tmp_path: Path) -> None:
    content = small_briefing(tmp_path, {"wire-en": "Wire", '"365"': "Portal"}, "figures: []\n",
                             PAGES)
    _checked, problems = run_check(content)
    errors = [p.format() for p in problems.errors]
    assert len(errors) == 1, errors
    assert "portal-zh.yaml:1:9" in errors[0] and 'write it in quotes: outlet: "365"' in errors[0]
