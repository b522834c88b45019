"""The folders a build replaces (issue 19, points 3, 6 and 10): only what is ours is deleted,
the site is never absent, one build at a time, permissions from the umask, one-line OS errors.
"""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from generator.site import folders
from generator.site.folders import (
    COMPLETE_MARK,
    STAGING_MARK,
    build_lock,
    copy_tree,
    exchange,
    remove_leftovers,
    staging,
    swap_in,
)
from tests.conftest import briefing_here, run_briefing


def snapshot(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*"))
            if p.is_file() and "site" not in p.relative_to(root).parts[:1]}


# --- 3. only what is ours ----------------------------------------------------------------------

@pytest.mark.parametrize("site, why", [
    (".", "is the project"),
    ("content", "is the content folder"),
    ("content/articles", "is inside the content folder"),
    ("..", "holds the project"),
    ("docs/site", "is inside the hand-written docs folder"),
    ("build", "is the build folder"),
    ("templates/x", "is inside the templates folder"),
])
def test_a_site_folder_that_is_or_holds_the_project_is_refused(example: Path, site: str,
                                                               why: str) -> None:
    """Regression: `briefing build -d .` deleted the project (content/, mkdocs.yml, the analyst's
    own files) and exited 0."""
    (example / "notes.md").write_text("the analyst's own notes\n", encoding="utf-8")
    before = snapshot(example)
    proc = briefing_here(example, "build", "--no-pdf", "-d", site)
    assert proc.returncode == 2, proc.stdout + proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: the site folder "), proc.stderr
    assert why in lines[0] or why.replace("is inside", "is") in lines[0], lines[0]
    assert "refusing" in lines[0] or "choose a folder outside it" in lines[0]
    assert snapshot(example) == before
    assert not (example / "site").exists() and not (example / "build").exists()


def test_an_existing_folder_briefing_did_not_build_is_refused(example: Path,
                                                              tmp_path: Path) -> None:
    mine = tmp_path / "my-documents"
    mine.mkdir()
    (mine / "letter.txt").write_text("dear …\n", encoding="utf-8")
    proc = briefing_here(example, "build", "--no-pdf", "-d", str(mine))
    assert proc.returncode == 2
    assert "exists and is not a site Briefing built (it has no .briefing-complete)" in proc.stderr
    assert (mine / "letter.txt").read_text(encoding="utf-8") == "dear …\n"


def test_leftovers_are_recognised_by_their_mark_never_by_name(tmp_path: Path) -> None:
    dest = tmp_path / "site"
    dest.mkdir()
    (dest / COMPLETE_MARK).write_text("complete\n")
    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True).stdout.strip()
    staged = tmp_path / f".site.{gone}.abc"
    staged.mkdir()
    (staged / STAGING_MARK).write_text(f'{{"pid": {gone}}}')
    running = tmp_path / f".site.{os.getppid()}.def"  # a process that is alive
    running.mkdir()
    (running / STAGING_MARK).write_text(f'{{"pid": {os.getppid()}}}')
    named_alike = [tmp_path / ".site.old", tmp_path / ".site.backup", tmp_path / ".site.1.2"]
    for folder in named_alike:
        folder.mkdir()
        (folder / "mine.txt").write_text("mine")
    removed = remove_leftovers(dest)
    assert removed == [staged]
    assert running.is_dir() and all((f / "mine.txt").is_file() for f in named_alike)


# --- 6. the site is never absent ---------------------------------------------------------------

def test_the_exchange_is_one_system_call_here(tmp_path: Path) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir()
    b.mkdir()
    (a / "x").write_text("a")
    (b / "x").write_text("b")
    if not exchange(a, b):
        pytest.skip("this system or file system has no atomic exchange (renameat2)")
    assert (a / "x").read_text() == "b" and (b / "x").read_text() == "a"


@pytest.mark.parametrize("atomic", [True, False])
def test_a_reader_never_sees_the_site_missing(tmp_path: Path, monkeypatch, atomic: bool) -> None:
    """Regression: a kill between the two renames, or a reader at that moment, found no site."""
    if not atomic:
        monkeypatch.setattr(folders, "exchange", lambda a, b: False)
    dest = tmp_path / "site"
    dest.mkdir()
    (dest / "index.html").write_text("0")
    missing: list[int] = []
    stop = threading.Event()

    def watch() -> None:
        while not stop.is_set():
            if not (dest / "index.html").exists():
                missing.append(1)

    reader = threading.Thread(target=watch)
    reader.start()
    try:
        for i in range(1, 150):
            new = staging(dest)
            (new / "index.html").write_text(str(i))
            swap_in(new, dest)
    finally:
        stop.set()
        reader.join()
    assert (dest / "index.html").read_text() == "149"
    if atomic and exchange.__module__ == folders.__name__ and folders._LIBC is not None \
            and hasattr(folders._LIBC, "renameat2"):
        assert not missing, f"the site was absent {len(missing)} time(s)"
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".site.")]


def test_a_kill_between_the_two_renames_is_repaired_not_deleted(tmp_path: Path) -> None:
    """Regression: the next build deleted the last good copy (`.site.old`) when killed there."""
    dest = tmp_path / "site"
    old = tmp_path / ".site.old"
    old.mkdir()
    (old / COMPLETE_MARK).write_text("complete\n")
    (old / "index.html").write_text("the last good site")
    remove_leftovers(dest)
    assert (dest / "index.html").read_text() == "the last good site"
    assert not old.exists()


def test_a_second_build_waits_for_the_first(tmp_path: Path) -> None:
    messages: list[str] = []
    order: list[str] = []
    held = threading.Event()

    def first() -> None:
        with build_lock(tmp_path):
            held.set()
            time.sleep(0.5)
            order.append("first done")

    thread = threading.Thread(target=first)
    thread.start()
    held.wait(5)
    with build_lock(tmp_path, messages.append):
        order.append("second")
    thread.join()
    assert order == ["first done", "second"]
    assert len(messages) == 1 and messages[0].startswith("another build of this project is "
                                                          "running (process ")


@pytest.mark.slow
def test_two_builds_at_once_both_succeed_one_after_the_other(example: Path) -> None:
    """Regression: the losing concurrent build died with a raw traceback."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    cmd = [sys.executable, "-m", "generator", "build", "--no-pdf"]
    procs = [subprocess.Popen(cmd, cwd=example, env=env, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True) for _ in range(2)]
    outs = [p.communicate(timeout=600) for p in procs]
    for proc, (out, err) in zip(procs, outs, strict=True):
        assert proc.returncode == 0, out + err
        assert "Traceback" not in err
    assert (example / "site" / COMPLETE_MARK).is_file()
    assert not [p for p in example.iterdir() if p.name.startswith(".site.")]


# --- 10. permissions and OS errors --------------------------------------------------------------

@pytest.mark.parametrize("mask", [0o022, 0o027, 0o002])
def test_staged_folders_honour_the_umask(tmp_path: Path, mask: int) -> None:
    """Regression: `site/` was created 0700 (mkdtemp), unreadable by the web server."""
    old = os.umask(mask)
    try:
        folder = staging(tmp_path / "site")
    finally:
        os.umask(old)
    assert stat.S_IMODE(folder.stat().st_mode) == 0o777 & ~mask


def test_a_read_only_docs_folder_is_copied_writable(tmp_path: Path) -> None:
    """Regression: a read-only docs/assets made the staged copy unwritable, and every later
    build failed until it was cleaned by hand."""
    docs = tmp_path / "docs"
    (docs / "assets").mkdir(parents=True)
    (docs / "assets/style.css").write_text("body{}")
    os.chmod(docs / "assets/style.css", 0o444)
    os.chmod(docs / "assets", 0o555)
    try:
        dest = tmp_path / "out"
        dest.mkdir()
        copy_tree(docs, dest)
        assert stat.S_IMODE((dest / "assets").stat().st_mode) & 0o200
        (dest / "assets/generated.css").write_text("ok")  # the build writes beside them
        folders.remove_tree(dest)
        assert not dest.exists()
    finally:
        os.chmod(docs / "assets", 0o755)


@pytest.mark.slow
def test_a_build_gives_a_readable_site_and_survives_a_read_only_assets_folder(
        example: Path) -> None:
    assets = example / "docs/assets"
    assets.mkdir(exist_ok=True)
    (assets / "extra.css").write_text("p{}")
    os.chmod(assets, 0o555)
    try:
        for _ in range(2):
            proc = run_briefing(example, "build", "--no-pdf")
            assert proc.returncode == 0, proc.stdout + proc.stderr
    finally:
        os.chmod(assets, 0o755)
    mode = stat.S_IMODE((example / "site").stat().st_mode)
    assert mode == 0o777 & ~folders.umask(), oct(mode)
    assert (example / "site/assets/extra.css").is_file()


@pytest.mark.parametrize("command", [["build", "--no-pdf"], ["check"], ["pdf"]])
@pytest.mark.slow  # measured over two seconds: a whole briefing or another process
def test_an_invalid_source_date_epoch_is_one_line(example: Path, command: list[str]) -> None:
    env = {**os.environ, "SOURCE_DATE_EPOCH": "abc", "NO_MKDOCS_2_WARNING": "1"}
    proc = subprocess.run([sys.executable, "-m", "generator", *command], cwd=example, env=env,
                          capture_output=True, text=True, check=False)
    assert proc.returncode == 2
    assert proc.stderr == ("error: SOURCE_DATE_EPOCH='abc' is not a time: it must be a whole "
                           "number of seconds since 1970-01-01 UTC (e.g. $(git log -1 "
                           "--format=%ct))\n")


@pytest.mark.slow  # measured over two seconds: a whole briefing or another process
def test_a_path_over_4_kb_is_one_line(example: Path, tmp_path: Path) -> None:
    site = tmp_path / ("a" * 250) / ("b" * 250)
    site = Path(str(site) + "/" + "/".join(["c" * 250] * 18))
    proc = run_briefing(example, "build", "--no-pdf", "-d", str(site))
    assert proc.returncode != 0
    lines = proc.stderr.strip().splitlines()
    assert "Traceback" not in proc.stderr and len(lines[-1]) < 400, proc.stderr
    assert lines[-1].startswith("error: ") and ("too long" in lines[-1]), lines[-1]


@pytest.mark.slow
def test_an_unwritable_parent_is_one_line(example: Path) -> None:
    proc = run_briefing(example, "build", "--no-pdf", "-d", "/proc/briefing-site")
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr
    last = proc.stderr.strip().splitlines()[-1]
    assert last.startswith("error: the build stopped; the previous site and docs are unchanged:"
                           " /proc/"), last
