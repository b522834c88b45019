"""The docs tree updated in place (issue 18): only the files whose bytes changed are written, as
one transaction that is committed, rolled back on failure, and repaired after a kill."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from generator.site import docs_tree
from generator.site.docs_tree import begin, recover, txn_folder
from tests.conftest import REPO


def digest(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


OLD = {"index.md": "# Old\n", "articles/a.md": "a\n", "articles/b.md": "b\n",
       "gone/only.md": "removed later\n", "charts/c.svg": b"<svg/>"}
NEW = {"index.md": "# New\n", "articles/a.md": "a\n", "articles/b.md": "b changed\n",
       "articles/c.md": "added\n", "charts/c.svg": b"<svg/>"}


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    docs = tmp_path / "build" / "docs"
    begin(docs, OLD).commit()
    return docs


def test_only_changed_files_are_written_and_the_rest_keep_their_inode(tree: Path) -> None:
    before = {rel: (tree / rel).stat() for rel in ("articles/a.md", "charts/c.svg")}
    with begin(tree, NEW) as txn:
        changes = txn.changes
    assert changes.written == ["articles/b.md", "index.md"]
    assert changes.added == ["articles/c.md"]
    assert changes.removed == ["gone/only.md"]
    assert changes.unchanged == 2
    for rel, st in before.items():
        now = (tree / rel).stat()
        assert (now.st_ino, now.st_mtime_ns) == (st.st_ino, st.st_mtime_ns), rel
    assert {rel: (tree / rel).read_bytes() for rel in NEW} == {
        rel: v if isinstance(v, bytes) else v.encode() for rel, v in NEW.items()}
    assert not (tree / "gone").exists(), "an emptied folder stays behind"
    assert not txn_folder(tree).exists()


def test_nothing_changed_writes_nothing(tree: Path) -> None:
    txn = begin(tree, OLD)
    assert not txn.changes and txn.done and not txn_folder(tree).exists()


def test_a_rollback_restores_the_last_good_tree(tree: Path) -> None:
    good = digest(tree)
    txn = begin(tree, NEW)
    assert digest(tree) != good
    txn.rollback()
    assert digest(tree) == good
    assert not txn_folder(tree).exists()


def test_a_failure_inside_the_transaction_rolls_it_back(tree: Path) -> None:
    good = digest(tree)
    with pytest.raises(RuntimeError), begin(tree, NEW):
        raise RuntimeError("the engine failed")
    assert digest(tree) == good


def test_a_file_outside_the_tree_is_part_of_the_transaction(tree: Path) -> None:
    config = tree.parent / "mkdocs.yml"
    config.write_text("old: 1\n")
    txn = begin(tree, {**NEW, "@config": "new: 2\n"}, {"@config": config})
    assert config.read_text() == "new: 2\n" and not (tree / "@config").exists()
    txn.rollback()
    assert config.read_text() == "old: 1\n"


KILL = textwrap.dedent("""
    import os, sys
    from pathlib import Path
    sys.path.insert(0, {repo!r})
    from generator.site import docs_tree
    calls = [0]
    real = os.replace
    def replace(a, b):
        calls[0] += 1
        if calls[0] == {at}:
            os._exit(9)  # SIGKILL-like: no finally, no rollback
        return real(a, b)
    docs_tree.os.replace = replace
    docs_tree.begin(Path({tree!r}), {new!r})
    if {after_commit!r}:
        docs_tree._write_journal(docs_tree.txn_folder(Path({tree!r})),
                                 docs_tree.diff(Path({tree!r}), {{}}), {{}}, committed=True)
    os._exit(9)
""")


@pytest.mark.parametrize("at", [1, 2, 3, 4, 5, 99])
def test_a_kill_anywhere_in_the_update_is_rolled_back_by_the_next_run(tree: Path,
                                                                       at: int) -> None:
    """Killed while writing the new files, half-way through moving them in, or after all of
    them moved in but before the commit (the engine was running): the next run puts the last
    good tree back before doing anything else."""
    good = digest(tree)
    code = KILL.format(repo=str(REPO), at=at, tree=str(tree), new=NEW, after_commit=False)
    proc = subprocess.run([sys.executable, "-c", code], check=False)
    assert proc.returncode == 9
    assert txn_folder(tree).exists(), "the kill left no journal to repair from"
    assert recover(tree)
    assert digest(tree) == good
    assert not txn_folder(tree).exists()


def test_a_kill_after_the_commit_keeps_the_new_tree(tree: Path) -> None:
    code = KILL.format(repo=str(REPO), at=10_000, tree=str(tree), new=NEW, after_commit=True)
    subprocess.run([sys.executable, "-c", code], check=False)
    new = digest(tree)
    assert recover(tree)
    assert digest(tree) == new and not txn_folder(tree).exists()


def test_the_next_update_repairs_first(tree: Path) -> None:
    good = digest(tree)
    code = KILL.format(repo=str(REPO), at=3, tree=str(tree), new=NEW, after_commit=False)
    subprocess.run([sys.executable, "-c", code], check=False)
    with begin(tree, OLD) as txn:
        assert not txn.changes, "the half-applied update was not rolled back first"
    assert digest(tree) == good


def test_a_symbolic_link_in_the_tree_is_replaced_not_followed(tree: Path,
                                                             tmp_path: Path) -> None:
    outside = tmp_path / "outside.md"
    outside.write_text("the analyst's file\n")
    os.symlink(outside, tree / "articles" / "b.md.tmp")
    (tree / "articles" / "b.md").unlink()
    os.symlink(outside, tree / "articles" / "b.md")
    begin(tree, NEW).commit()
    assert outside.read_text() == "the analyst's file\n"
    assert not (tree / "articles" / "b.md").is_symlink()
    assert (tree / "articles" / "b.md").read_text() == "b changed\n"
    assert docs_tree.existing_files(tree) == set(NEW)
