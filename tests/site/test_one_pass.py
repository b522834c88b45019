"""One run of `briefing check` reports every problem: a record that fails validation does not
hide the problems of its references, nor turn into "unknown" errors wherever it is named; and
each hint names the real place to fix."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import run_briefing


def _replace(path: Path, old: str, new: str, count: int = 1) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, (old, path)
    path.write_text(text.replace(old, new, count), encoding="utf-8")


@pytest.mark.slow  # measured over two seconds: a whole briefing or another process
def test_bad_date_does_not_hide_the_unknown_article_in_its_record(example: Path) -> None:
    events = example / "content/facts/events.yaml"
    text = events.read_text(encoding="utf-8")
    start = text.index("date: 2017-08-30")
    cut = text.index("article: ", start)
    end = text.index("\n", cut)
    events.write_text(text[:start] + "date: 2017-13-30" + text[start + 16:cut]
                      + "article: no-such-article" + text[end:], encoding="utf-8")
    proc = run_briefing(example, "check")
    assert proc.returncode == 1
    errors = [line for line in proc.stderr.splitlines() if ": error: " in line]
    assert any("month 13 does not exist" in line for line in errors), proc.stderr
    [unknown] = [line for line in errors if "unknown article 'no-such-article'" in line]
    assert unknown.startswith("content/facts/events.yaml:")
    assert "content/articles/" in unknown  # the hint names where articles are


@pytest.mark.slow  # measured over two seconds: a whole briefing or another process
def test_invalid_records_are_not_reported_again_where_they_are_named(example: Path) -> None:
    # An outlet with a kind that does not exist, an actor without a name: each is one error,
    # not one more per article of the outlet or per event naming the actor.
    _replace(example / "content/outlets.yaml", "kind: wire", "kind: newswire")
    _replace(example / "content/facts/entities.yaml", "    name: Hezbollah\n", "")
    proc = run_briefing(example, "check")
    assert proc.returncode == 1
    errors = [line for line in proc.stderr.splitlines() if ": error: " in line]
    assert len(errors) == 2, "\n".join(errors)
    assert not [line for line in errors if "unknown outlet" in line or "unknown actor" in line]


@pytest.mark.slow  # measured over two seconds: a whole briefing or another process
def test_check_passes_with_results_on_stdout_and_only_hints_on_stderr(example: Path) -> None:
    ok = run_briefing(example, "check")
    assert ok.returncode == 0 and ok.stdout.startswith("ok: ")
    # the example's one hint: Desert Digest states the fighters, not cited (tests/site/test_cli.py)
    assert [line for line in ok.stderr.splitlines() if ": hint: " not in line] == []


@pytest.mark.slow
@pytest.mark.parametrize("command", [
    ("check",),
    # the commands that would build stop at the same problems (slow: the build commands)
    pytest.param(("build", "--no-pdf"), marks=pytest.mark.slow),
    pytest.param(("pdf",), marks=pytest.mark.slow),
])
def test_problems_go_to_stderr_and_quiet_keeps_errors(example: Path, command) -> None:
    _replace(example / "content/facts/events.yaml", "date: 2017-08-30", "date: 2017-13-30")
    article = example / "content/articles/gulf-daily-relocation.txt"
    blocks = article.read_text(encoding="utf-8").split("\n\n")
    blocks.insert(4, "Residents of Humaimah said the buses had been parked there since dawn.")
    article.write_text("\n\n".join(blocks), encoding="utf-8")
    proc = run_briefing(example, *command)
    assert proc.returncode == 1, command
    assert proc.stdout == "", (command, proc.stdout)
    assert "events.yaml" in proc.stderr and "month 13" in proc.stderr, command
    assert ": hint: " in proc.stderr, command  # the spelling hint, by default
    quiet = run_briefing(example, *command[:1], "-q", *command[1:])
    assert quiet.returncode == 1 and "month 13" in quiet.stderr
    assert ": hint: " not in quiet.stderr and quiet.stdout == "", command
