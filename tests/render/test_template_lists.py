"""Markdown lists and tables in the page templates keep one item a line.

The templating environment trims the newline after a block tag (``trim_blocks``), so an item
line that ends in ``{% endif %}`` or ``{% endfor %}`` runs into the next item unless a blank line
follows it: a trial briefing showed the overview's "stated but not yet cited" list, the coverage
page's single-source list and an outlet's mentions as one glued paragraph."""

from pathlib import Path

import pytest

TEMPLATES = sorted((Path(__file__).parents[2] / "templates").glob("*.md.j2"))


def _glued(path: Path) -> list[int]:
    lines = path.read_text(encoding="utf-8").split("\n")
    return [n + 1 for n, line in enumerate(lines[:-1])
            if line.startswith(("- ", "* ", "| ")) and line.rstrip().endswith("%}")
            and lines[n + 1].strip()]


@pytest.mark.parametrize("path", TEMPLATES, ids=lambda p: p.name)
def test_an_item_ending_in_a_block_tag_is_followed_by_a_blank_line(path):
    assert _glued(path) == []


def test_two_items_render_on_two_lines(tmp_path):
    from jinja2 import Environment

    env = Environment(trim_blocks=True, lstrip_blocks=True)
    good = "{% for x in xs %}\n- {{ x }}{% if x %} kept{% endif %}\n\n{% endfor %}"
    bad = "{% for x in xs %}\n- {{ x }}{% if x %} kept{% endif %}\n{% endfor %}"
    assert "- a kept\n- b kept" in env.from_string(good).render(xs=["a", "b"])
    assert "kept- b" in env.from_string(bad).render(xs=["a", "b"])
    # the shape the first test looks for is the one that glues
    probe = tmp_path / "probe.md.j2"
    probe.write_text(bad, encoding="utf-8")
    assert _glued(probe) == [2]
