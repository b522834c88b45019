"""A briefing made with `briefing new` keeps mkdocs.yml's placeholder site name; its pages are
headed by briefing.yaml's title, the one the analyst writes, not "My briefing". A site name the
analyst chose stays."""

from __future__ import annotations

from pathlib import Path

from generator.site.build import derived_config
from generator.site.pages import PLACEHOLDER_SITE_NAME
from generator.site.scaffold import scaffold


def test_the_placeholder_site_name_gives_way_to_the_briefings_title(tmp_path: Path) -> None:
    project = scaffold(tmp_path / "new")
    config = project / "mkdocs.yml"
    assert f"site_name: {PLACEHOLDER_SITE_NAME}" in config.read_text(encoding="utf-8")
    docs = tmp_path / "build" / "docs"
    assert derived_config(config, docs, [], title="The Lembara crush")["site_name"] == \
        "The Lembara crush"
    config.write_text(config.read_text(encoding="utf-8").replace(
        f"site_name: {PLACEHOLDER_SITE_NAME}", "site_name: Desk notes"), encoding="utf-8")
    assert derived_config(config, docs, [], title="The Lembara crush")["site_name"] == \
        "Desk notes"
