"""An outlet whose only article the analyst left out (`exclude:`) says so on its page, with the
reason, rather than "No articles from this outlet yet" (trial 2). Invented fixture."""

from __future__ import annotations

import shutil
from pathlib import Path

from generator.site.pipeline import generate

FIXTURE = Path(__file__).parents[1] / "fixtures" / "cyclone"


def test_an_outlet_whose_only_article_is_left_out_says_why(tmp_path: Path) -> None:
    project = tmp_path / "cyclone"
    shutil.copytree(FIXTURE, project)
    articles = project / "content" / "articles"
    sidecar = articles / "shipping-weekly-port.yaml"
    sidecar.write_text(sidecar.read_text(encoding="utf-8")
                       + "exclude: about the port's dredging, not the storm\n", encoding="utf-8")
    facts = project / "content" / "facts"
    for path in facts.glob("*.yaml"):  # no report may cite the article left out
        assert "shipping-weekly-port" not in path.read_text(encoding="utf-8"), path
    page = generate(project / "content").rendered.pages["outlets/shipping-weekly.md"]
    section = page.split("{#articles}")[1].split("{#")[0]
    assert "No articles from this outlet yet" not in section
    assert "left out" in section and "about the port's dredging, not the storm" in section
    assert "weekly&#45;port.txt" in section  # the file, escaped as every text on a page is
