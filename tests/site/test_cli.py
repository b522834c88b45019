"""`briefing check`, `briefing build` and `briefing new` as a user runs them."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import pytest

from tests.conftest import briefing_here, run_briefing, run_mkdocs


def tree_digest(folder: Path) -> str:
    h = hashlib.sha256()
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            h.update(str(path.relative_to(folder)).encode())
            h.update(path.read_bytes())
    return h.hexdigest()


def line_of(path: Path, needle: str) -> int:
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if needle in line:
            return n
    raise AssertionError(f"{needle!r} not in {path}")


def replace(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.mark.slow  # measured over two seconds: a whole briefing or another process
def test_check_passes_on_the_example(example: Path) -> None:
    proc = run_briefing(example, "check")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert proc.stdout.startswith("ok: 5 articles")
    # the one hint: Desert Digest states the fighters ("hundreds of IS fighters"), not cited
    (hint,) = [line for line in proc.stderr.splitlines() if ": hint: " in line]
    assert hint.startswith("content/facts/figures.yaml:2:5: hint: figure 'convoy-fighters' is "
                           "stated but not cited: article 'desert-aggregator-roundup' states "
                           "'hundreds'"), hint


def break_example(example: Path) -> dict[str, tuple[str, int]]:
    """Five kinds of mistake; returns what each should be reported as (file, line)."""
    facts = example / "content/facts"
    figures, events, quotes = facts / "figures.yaml", facts / "events.yaml", facts / "quotes.yaml"
    # 1. unknown key (a typo)
    replace(figures, "    unit: fighters", "    unit: fighters\n    colour: red")
    # 2. bad date
    replace(events, "date: 2017-08-29", "date: 2017-08-32")
    # 3. misquoted evidence
    replace(figures, "The 310 fighters had been allowed", "The 310 fighters were allowed")
    # 4. duplicate key
    replace(quotes, "    label: ", "    label: Duplicate label\n    label: ")
    # 5. unknown article id
    replace(events, "article: levant-wire-convoy", "article: levant-wire-convoi")
    return {
        "unknown key 'colour'": ("figures.yaml", line_of(figures, "colour: red")),
        "does not exist": ("events.yaml", line_of(events, "2017-08-32")),
        "quote not found in article 'gulf-daily-relocation'":
            ("figures.yaml", line_of(figures, "The 310 fighters were allowed")),
        "duplicate key 'label'": ("quotes.yaml", line_of(quotes, "Duplicate label") + 1),
        "unknown article 'levant-wire-convoi'":
            ("events.yaml", line_of(events, "levant-wire-convoi")),
    }


def test_check_reports_every_problem_with_file_and_line(example: Path) -> None:
    expected = break_example(example)
    proc = briefing_here(example, "check")
    assert proc.returncode == 1
    assert "Traceback" not in proc.stdout + proc.stderr
    lines = proc.stderr.splitlines()
    for message, (name, line) in expected.items():
        hits = [x for x in lines if message in x]
        assert len(hits) == 1, (message, lines)
        m = re.match(r"^(\S+):(\d+):(\d+): error: ", hits[0])
        assert m, hits[0]
        assert m.group(1).endswith(name) and int(m.group(2)) == line, (hits[0], line)
    misquote = next(x for x in lines if "quote not found" in x)
    assert "closest passage" in misquote and "310 fighters had been allowed" in misquote
    assert "did you mean" in next(x for x in lines if "colour" in x) or "allowed keys" in next(
        x for x in lines if "colour" in x)


@pytest.mark.slow
def test_failed_build_leaves_the_last_good_site_untouched(example: Path) -> None:
    assert run_briefing(example, "build").returncode == 0
    site, docs = example / "site", example / "build/docs"
    before = (tree_digest(site), tree_digest(docs))
    break_example(example)
    proc = run_briefing(example, "build")
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr and "unchanged" in proc.stderr
    assert (tree_digest(site), tree_digest(docs)) == before


@pytest.mark.slow
def test_plugin_build_reports_content_errors_without_traceback(example: Path) -> None:
    break_example(example)
    proc = run_mkdocs(example, "build", "--strict", "-d", "site")
    assert proc.returncode != 0
    assert "Traceback" not in proc.stderr
    assert "unknown key 'colour'" in proc.stderr
    assert not (example / "site").exists()


def test_check_names_articles_missing_outlet_or_date(example: Path) -> None:
    sidecar = example / "content/articles/desert-aggregator-roundup.yaml"
    text = "\n".join(line for line in sidecar.read_text().splitlines()
                     if not line.startswith(("outlet:", "published:")))
    sidecar.write_text(text + "\n")
    proc = briefing_here(example, "check")
    assert proc.returncode == 1
    assert "article 'desert-aggregator-roundup' has no outlet" in proc.stderr
    assert "article 'desert-aggregator-roundup' has no publication date" in proc.stderr


@pytest.mark.slow
def test_new_scaffolds_a_briefing_that_checks_and_builds(tmp_path: Path) -> None:
    proc = run_briefing(tmp_path, "new", "mine")
    assert proc.returncode == 0, proc.stderr
    project = tmp_path / "mine"
    assert run_briefing(project, "check").returncode == 0
    proc = run_briefing(project, "build")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert (project / "site/articles/example-article/index.html").is_file()
    again = run_briefing(tmp_path, "new", "mine")
    assert again.returncode == 2 and "not empty" in again.stderr


@pytest.mark.slow
def test_docs_only_writes_a_tree_any_engine_can_build(example: Path) -> None:
    proc = run_briefing(example, "build", "--docs-only")
    assert proc.returncode == 0, proc.stderr
    assert not (example / "site").exists()
    config = (example / "build/mkdocs.yml").read_text()
    assert "briefing" not in [line.strip("- :") for line in config.splitlines()]
    proc = run_mkdocs(example, "build", "--strict", "-f", "build/mkdocs.yml", "-d", "../bare")
    assert proc.returncode == 0, proc.stderr
    assert (example / "bare/timeline/index.html").is_file()


@pytest.mark.slow  # measured over two seconds: a whole briefing or another process
def test_a_figure_value_must_be_what_its_quote_says(example: Path) -> None:
    """The quote is found in the article, but the value typed beside it is not the one it
    states: an error at the value's line, and no site."""
    sheet = example / "content/facts/figures.yaml"
    text = sheet.read_text(encoding="utf-8")
    assert "        value: 308\n" in text
    sheet.write_text(text.replace("        value: 308\n", "        value: 380\n", 1), "utf-8")
    line = text.splitlines().index("        value: 308") + 1
    proc = briefing_here(example, "check")
    assert proc.returncode == 1
    assert (f"content/facts/figures.yaml:{line}:9: error: value 380 is not what the quote says "
            "('308', '331')") in proc.stdout + proc.stderr
    assert run_briefing(example, "build").returncode == 1
    assert not (example / "site").exists()
