"""A YAML document read again unchanged is not parsed again (``yamlsource._PARSED``): one
process re-reads the same fact sheets at every rebuild of ``mkdocs serve`` and at every page a
test drafts beside the example, and parsing was most of loading them. Invented fact sheets."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.content import yamlsource
from generator.content.problems import Problems
from generator.content.yamlsource import parse_yaml

SHEET = ("figures:\n  - id: deaths-tarnvik\n    label: Deaths in Tarnvik\n    unit: people\n"
         "    reports:\n      - article: wire-tarnvik\n        value: 12\n")
VALUE = ("figures", 0, "reports", 0, "value")


@pytest.fixture
def composed(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The texts the YAML composer is given, with an empty memo before and after."""
    texts: list[str] = []
    real = yamlsource._yaml()

    class Counting:
        def compose(self, text: str):
            texts.append(text)
            return real.compose(text)

    monkeypatch.setattr(yamlsource, "_yaml", Counting)
    yamlsource._PARSED.clear()
    yield texts
    yamlsource._PARSED.clear()


def test_the_same_text_at_the_same_path_is_composed_once(composed):
    """Fails without the memo: the second read composes the text again."""
    path = Path("content/facts/tarnvik.yaml")
    first = parse_yaml(SHEET, path, Problems())
    second = parse_yaml(SHEET, path, Problems())
    assert composed == [SHEET]
    assert first is not None and second is not None
    assert second.data == first.data and second.path == path
    assert second.pos(VALUE) == first.pos(VALUE) == (7, 16)
    # a copy: what one reader changes, the next does not see
    first.data["figures"][0]["reports"][0]["value"] = 99
    first.values.clear()
    third = parse_yaml(SHEET, path, Problems())
    assert third is not None and third.data["figures"][0]["reports"][0]["value"] == 12
    assert third.pos(VALUE) == (7, 16)


def test_another_text_path_or_offset_is_parsed_again(composed):
    path = Path("content/facts/tarnvik.yaml")
    parse_yaml(SHEET, path, Problems())
    parse_yaml(SHEET.replace("12", "13"), path, Problems())
    parse_yaml(SHEET, Path("content/facts/other.yaml"), Problems())
    shifted = parse_yaml(SHEET, path, Problems(), line_offset=1)
    assert len(composed) == 4
    assert shifted is not None and shifted.pos(VALUE) == (8, 16)


def test_a_document_with_a_problem_reports_it_at_every_read(composed):
    """Nothing read with a problem is kept: its problems are reported again, every time."""
    path = Path("content/facts/tarnvik.yaml")
    duplicated = "figures: []\nfigures: []\n"
    for _ in range(2):
        problems = Problems()
        assert parse_yaml(duplicated, path, problems) is not None
        assert [p.message for p in problems.items] == [
            "duplicate key 'figures' (first on line 1)"]
    assert len(composed) == 2
