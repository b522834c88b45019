"""The layout's own rules, which import-linter cannot see (its contracts are in pyproject.toml
and run by `bash scripts/test`): module sizes, imports inside functions, private names."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from tests.conftest import REPO

PACKAGE = REPO / "generator"
#: Tables of rules and the lexicons of words, long because the table is long; everything
#: else stays under MAX_LINES.
RULE_TABLES = {"text/relative_dates.py", "text/furniture_words.py",
               "text/number_words.py", "text/counted_words.py", "text/speech_verbs.py",
               # the English lexicon: word lists only (forty-second stop: 415 lines with the
               # short titles and the papers' words)
               "text/lexicon.py"}
MAX_LINES = 400


def sources() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def modules() -> list[tuple[str, ast.Module]]:
    return [(str(path.relative_to(PACKAGE)), ast.parse(path.read_text(encoding="utf-8")))
            for path in sources()]


def test_no_module_over_400_lines_but_the_rule_tables() -> None:
    """Counted without parsing (parsing every module takes seconds): in the quick tier."""
    long = {str(path.relative_to(PACKAGE)): len(path.read_text(encoding="utf-8").splitlines())
            for path in sources()}
    assert {rel for rel, n in long.items() if n > MAX_LINES} <= RULE_TABLES, long


@pytest.mark.slow
def test_project_modules_are_imported_at_the_top() -> None:
    """Stage order shows in the imports at the top of each module; only third-party libraries
    that are slow to load (matplotlib, WeasyPrint, dateparser…) are imported inside functions."""
    inside = []
    for rel, tree in modules():
        for node in ast.walk(tree):
            if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                continue
            for inner in ast.walk(node):
                names = ([a.name for a in inner.names] if isinstance(inner, ast.Import)
                         else [inner.module or ""] if isinstance(inner, ast.ImportFrom) else [])
                inside += [f"{rel}:{inner.lineno}: {n}" for n in names
                           if n == "generator" or n.startswith("generator.")]
    assert inside == []


@pytest.mark.slow
def test_no_module_imports_another_modules_private_names() -> None:
    private = [f"{rel}:{node.lineno}: {node.module}.{alias.name}"
               for rel, tree in modules() for node in ast.walk(tree)
               if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("generator")
               for alias in node.names if alias.name.startswith("_")
               and alias.name != "__version__"]
    assert private == []


def test_templates_and_fonts_are_where_the_code_looks() -> None:
    from generator.render.print.pdf import FONTS, FONTS_DIR
    from generator.render.templating import default_templates

    assert (default_templates() / "overview.md.j2").is_file()
    assert all((FONTS_DIR / file).is_file() for file, *_rest in FONTS)
    assert Path(FONTS_DIR) == PACKAGE / "fonts"
