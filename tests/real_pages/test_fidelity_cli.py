"""bench/fidelity.py scores a round's own labelled pages (``--labels``/``--corpus``) the way it
scores the corpus, and keeps the sealed part's failures hidden there too."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]

# Invented page: a headline, two story sentences on one line, a share row.
PAGE = ("https://news.example.org/2026/11/ferry-fire\n"
        "Fire on a ferry in the harbour\n"
        "A fire broke out on a ferry in the harbour on Monday night, the port authority said. "
        "Twelve passengers were taken off by boat before the flames reached the upper deck.\n"
        "Share on Facebook Share on X Email\n")

LABEL = """split: {split}
language: en
event: ferry-fire
cut: false
segments:
  2: headline
  3: story
  4: furniture/share-links
"""


def _run(tmp_path: Path, split: str, *args: str, sections: tuple[str, ...] = ("cleaning",)
         ) -> subprocess.CompletedProcess:
    (tmp_path / "corpus" / "ferry").mkdir(parents=True)
    (tmp_path / "labels" / "ferry").mkdir(parents=True)
    (tmp_path / "corpus" / "ferry" / "en-example-1.txt").write_text(PAGE, encoding="utf-8")
    (tmp_path / "labels" / "ferry" / "en-example-1.yaml").write_text(
        LABEL.format(split=split), encoding="utf-8")
    return subprocess.run(
        [sys.executable, str(REPO / "bench" / "fidelity.py"), *sections, "--split", split,
         "--labels", str(tmp_path / "labels"), "--corpus", str(tmp_path / "corpus"), *args],
        capture_output=True, text=True, timeout=300)


@pytest.mark.slow  # measured over two seconds: a whole briefing or another process
def test_scores_a_labelled_set_outside_the_corpus(tmp_path):
    run = _run(tmp_path, "dev")
    assert run.returncode == 0, run.stderr
    assert "cleaning: dev (1 pages)" in run.stdout
    row = next(line for line in run.stdout.splitlines() if line.startswith("| all "))
    # two story sentences kept, the share row removed, the headline right
    assert row.split(" | ")[1:4] == ["100.0 % (2/2)", "100.0 % (1/1)", "100.0 % (1/1)"]


@pytest.mark.slow  # measured over two seconds: a whole briefing or another process
def test_no_section_named_scores_every_section(tmp_path):
    """The docstring's own call, ``fidelity.py --split dev``, names no section: all are scored
    (argparse had refused it, checking the default list against the choices)."""
    run = _run(tmp_path, "dev", "--totals", sections=())
    assert run.returncode == 0, run.stderr
    for section in ("numbers", "cleaning", "copies", "off-event", "extract", "extract-dated"):
        assert f"### {section}: dev (1 pages)" in run.stdout, run.stdout


@pytest.mark.slow  # measured over two seconds: a whole briefing or another process
def test_sealed_pages_give_no_notes(tmp_path):
    run = _run(tmp_path, "holdout", "--notes")
    assert run.returncode == 1
    assert "only for dev pages" in run.stderr


@pytest.mark.slow  # measured over two seconds: a whole briefing or another process
def test_a_missing_labels_folder_is_named(tmp_path):
    run = subprocess.run(
        [sys.executable, str(REPO / "bench" / "fidelity.py"), "cleaning",
         "--labels", str(tmp_path / "nowhere")], capture_output=True, text=True, timeout=60)
    assert run.returncode == 1
    assert "nowhere: no such folder" in run.stderr


@pytest.mark.slow  # measured over two seconds: a whole briefing or another process
def test_totals_print_no_language_row(tmp_path):
    run = _run(tmp_path, "holdout", "--totals")
    assert run.returncode == 0, run.stderr
    rows = [line for line in run.stdout.splitlines() if line.startswith("| ")]
    assert [row.split(" | ")[0] for row in rows[1:]] == ["| all"]


def test_a_set_gives_its_events_date_and_place(tmp_path, monkeypatch):
    from tests import fidelity_off_event as off
    monkeypatch.setattr(off, "EVENT_META", dict(off.EVENT_META))
    monkeypatch.setattr(off, "NEAR_MISS_META", dict(off.NEAR_MISS_META))
    (tmp_path / "events.yaml").write_text(
        "ferry-fire: {date: 2026-11-02, place: Harbourtown}\n", encoding="utf-8")
    off.read_event_meta(tmp_path / "events.yaml")
    assert off.meta_text("ferry-fire") == 'date: 2026-11-02\nplace: ["Harbourtown"]\n'
    assert off.meta_text("derna-libya-floods-2023") == ""  # the corpus's events are not mixed in


def test_the_dated_extract_gives_each_briefing_its_event(tmp_path, monkeypatch):
    """``extract-dated`` writes the event's date and place into the briefing.yaml it scores
    (what an analyst who knows the event gives); ``extract`` writes nothing."""
    from types import SimpleNamespace

    from tests import fidelity_extract as fx
    from tests import fidelity_off_event as off
    monkeypatch.setattr(off, "EVENT_META", {"ferry-fire": ("2026-11-02", ["Harbourtown"])})
    given: list[str] = []

    class Seen(Exception):
        pass

    def briefing(_pages, _root, extra_meta=""):
        given.append(extra_meta)
        raise Seen

    monkeypatch.setattr(fx, "corpus_briefing", briefing)
    page = SimpleNamespace(event="ferry-fire")
    for scorer in (fx.score_extract_dated, fx.score_extract):
        with pytest.raises(Seen):
            scorer([page])
    assert given == ['date: 2026-11-02\nplace: ["Harbourtown"]\n', ""]


def _page(tmp_path: Path):
    from tests.realpages import load_page
    (tmp_path / "corpus" / "ferry").mkdir(parents=True)
    (tmp_path / "labels" / "ferry").mkdir(parents=True)
    (tmp_path / "corpus" / "ferry" / "en-example-1.txt").write_text(PAGE, encoding="utf-8")
    label = tmp_path / "labels" / "ferry" / "en-example-1.yaml"
    label.write_text(LABEL.format(split="dev")
                     + "numbers:\n  - {at: [3, 85, 91], value: 12, kind: quantity, unit: people,"
                     " figure: true, measure: evacuated}\nquotes: []\n", encoding="utf-8")
    return load_page(label, tmp_path / "corpus")


def test_an_article_stopped_by_the_time_limit_is_counted_and_named(tmp_path, monkeypatch):
    """Scored under load, extract's per-article limit stopped pages and their figures counted
    as missed with no word of it (recall 78, 65 and 26 % on one pool in three runs). A stopped
    article is counted (``stopped``) and named in the notes. Fails without the counting."""
    from generator.extract import draft
    from tests import fidelity_extract as fx
    page = _page(tmp_path)
    monkeypatch.setattr(draft, "limit_for", lambda _size=0: 1e-9)
    score = fx.score_extract([page])
    assert score.total("stopped") == 1
    assert score.total("fig-found") == 0 and score.total("figures") == 1
    assert any("took more than" in note and "count as missed" in note for note in score.notes)


@pytest.mark.slow  # another process
def test_the_bench_scores_reading_without_the_time_limit(tmp_path):
    """bench/fidelity.py turns the per-article limit off (the scores measure reading, not the
    machine's load) unless the caller sets one."""
    bench = str(REPO / "bench" / "fidelity.py")
    code = ("import os, runpy, sys\n"
            "os.environ.pop('BRIEFING_ARTICLE_SECONDS', None)\n"
            f"sys.argv = [{bench!r}, '--help']\n"
            "try:\n    runpy.run_path(sys.argv[0], run_name='__main__')\n"
            "except SystemExit:\n    pass\n"
            "print('LIMIT=' + os.environ['BRIEFING_ARTICLE_SECONDS'])\n")
    run = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True, text=True, timeout=120, cwd=REPO)
    assert "LIMIT=0" in run.stdout, run.stdout + run.stderr
