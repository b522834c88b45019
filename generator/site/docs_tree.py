"""The docs tree updated in place, file by file, as one transaction a kill cannot leave half-done.

Why in place: an engine with incremental builds (Zensical's cache, ``mkdocs serve --dirty``)
does the least work when only the pages whose bytes changed are touched, and Zensical's cache is
keyed by the configuration and the docs folder's path, so a docs tree staged elsewhere and
exchanged in (what ``briefing build`` did before) made every Zensical build a cold one. A file
whose bytes are unchanged keeps its inode and modification time.

Why a transaction: a failed or killed build must leave the last good docs. So:

1. every new or changed file is first written complete into a transaction folder beside the
   tree (``.docs.txn``, marked with the process id), with a journal of what will change;
2. each changed file's old version is hard-linked into the transaction folder (kept, not copied)
   and the new one renamed over it (readers see the old file or the new, never half of one);
   removed files are moved into the transaction folder;
3. the caller builds the site from the updated tree, then :meth:`Transaction.commit` marks the
   journal committed and deletes the folder, or :meth:`Transaction.rollback` puts every old file
   back and deletes the added ones.

A build killed between 1 and 3 leaves the transaction folder; the next build (or preview) of the
project rolls it back before anything else (:func:`recover`), under the build lock, so the tree
is again the last good one. One committed but not yet deleted is only deleted.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import os
import shutil
import stat
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from generator.site.folders import make_folder, remove_tree

TXN_SUFFIX = ".txn"
JOURNAL = "journal.json"


@dataclass
class Changes:
    """What an update did to the tree (paths relative to it, sorted)."""

    written: list[str] = field(default_factory=list)
    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    unchanged: int = 0

    def __bool__(self) -> bool:
        return bool(self.written or self.added or self.removed)


def txn_folder(tree: Path) -> Path:
    return tree.with_name(f".{tree.name}{TXN_SUFFIX}")


def _as_bytes(data: str | bytes) -> bytes:
    return data if isinstance(data, bytes) else data.encode("utf-8")


#: What this process last wrote or read at each path: (size, mtime_ns, inode) → content digest.
#: Under `briefing serve` a file whose stat is unchanged is compared by digest, not read again
#: (as git compares its index); anything else touched it, and it is read.
_KNOWN: dict[str, tuple[tuple[int, int, int], bytes]] = {}


def _digest(data: bytes) -> bytes:
    return hashlib.blake2b(data, digest_size=20).digest()


def _remember(path: Path, digest: bytes) -> None:
    with contextlib.suppress(OSError):
        st = path.lstat()
        _KNOWN[str(path)] = ((st.st_size, st.st_mtime_ns, st.st_ino), digest)


def _same(path: Path, data: bytes) -> bool:
    try:
        st = path.lstat()
    except OSError:
        return False
    if not stat.S_ISREG(st.st_mode) or st.st_size != len(data):
        return False
    digest = _digest(data)
    known = _KNOWN.get(str(path))
    if known is not None and known[0] == (st.st_size, st.st_mtime_ns, st.st_ino):
        return known[1] == digest
    try:
        same = path.read_bytes() == data
    except OSError:
        return False
    if same:
        _remember(path, digest)
    return same


def postdate(tree: Path, paths: Iterable[str], seconds: float) -> None:
    """Date files of the tree ``seconds`` ahead of now. A dirty MkDocs rebuild redoes a page
    only when its file is newer than its HTML; a rebuild already under way when the file was
    written may have read the older text and write its HTML after the file, and the page would
    then stay stale until its next change. Dated ahead, the file is still newer than that HTML,
    so the rebuild MkDocs runs for the write redoes the page with the new text."""
    later = time.time() + seconds
    for rel in paths:
        path = tree / rel
        known = _KNOWN.get(str(path))
        try:
            os.utime(path, (later, later), follow_symlinks=False)
        except OSError:  # removed meanwhile: nothing to redo
            continue
        if known is not None:
            _remember(path, known[1])


def existing_files(tree: Path) -> set[str]:
    """Every file below ``tree`` as a POSIX path relative to it (symbolic links included)."""
    if not tree.is_dir():
        return set()
    out = set()
    for folder, _dirs, names in os.walk(tree):
        base = Path(folder).relative_to(tree)
        for name in names:
            out.add((base / name).as_posix())
    return out


def diff(tree: Path, files: dict[str, bytes], extra: dict[str, Path] | None = None) -> Changes:
    """Compare ``files`` with what ``tree`` holds, byte for byte. Keys of ``extra`` name files
    outside the tree (the derived configuration) that are updated with it, never removed."""
    extra = extra or {}
    have = existing_files(tree) | {key for key, path in extra.items() if path.exists()}
    changes = Changes()
    for rel in sorted(files):
        if rel not in have:
            changes.added.append(rel)
        elif _same(extra.get(rel, tree / rel), files[rel]):
            changes.unchanged += 1
        else:
            changes.written.append(rel)
    changes.removed = sorted(have - files.keys() - extra.keys())
    return changes


class Transaction:
    """An applied update of ``tree`` that is either committed or rolled back."""

    def __init__(self, tree: Path, changes: Changes, extra: dict[str, Path]) -> None:
        self.tree = tree
        self.changes = changes
        self.extra = extra
        self.folder = txn_folder(tree)
        self.done = False

    def commit(self) -> None:
        if self.done:
            return
        _write_journal(self.folder, self.changes, self.extra, committed=True)
        remove_tree(self.folder)
        self.done = True

    def rollback(self) -> None:
        if self.done:
            return
        _roll_back(self.tree, self.folder, self.changes, self.extra)
        self.done = True

    def __enter__(self) -> Transaction:
        return self

    def __exit__(self, kind: object, _exc: object, _tb: object) -> None:
        if kind is None:
            self.commit()
        else:
            self.rollback()


def _write_journal(folder: Path, changes: Changes, extra: dict[str, Path], *,
                   committed: bool) -> None:
    data = {"pid": os.getpid(), "committed": committed, "written": changes.written,
            "added": changes.added, "removed": changes.removed,
            "extra": {key: str(path) for key, path in extra.items()}}
    tmp = folder / f"{JOURNAL}.tmp"
    tmp.write_text(json.dumps(data) + "\n", encoding="utf-8")
    os.replace(tmp, folder / JOURNAL)


def _keep_old(source: Path, dest: Path) -> None:
    """Keep the old version of a file: a hard link (no copy, same inode), else a copy."""
    make_folder(dest.parent)
    try:
        os.link(source, dest, follow_symlinks=False)
    except OSError as exc:
        if exc.errno not in (errno.EPERM, errno.EXDEV, errno.EMLINK, errno.ENOTSUP,
                             errno.EOPNOTSUPP):
            raise
        shutil.copy2(source, dest, follow_symlinks=False)


def begin(tree: Path, files: dict[str, str | bytes],
          extra: dict[str, Path] | None = None) -> Transaction:
    """Make ``tree`` hold exactly ``files``, writing only what differs; return the open
    transaction (commit it once the site built from the tree is complete). ``extra`` maps keys
    of ``files`` to paths outside the tree updated in the same transaction. The caller holds
    the build lock."""
    recover(tree)
    extra = dict(extra or {})
    data = {rel: _as_bytes(content) for rel, content in files.items()}
    changes = diff(tree, data, extra)
    txn = Transaction(tree, changes, extra)

    def at(rel: str) -> Path:
        return extra.get(rel, tree / rel)

    folder = txn.folder
    make_folder(tree)
    if not changes:
        txn.done = True
        return txn
    make_folder(folder)
    try:
        for rel in changes.written + changes.added:
            target = folder / "new" / rel
            make_folder(target.parent)
            target.write_bytes(data[rel])
        _write_journal(folder, changes, extra, committed=False)
    except BaseException:
        remove_tree(folder)
        raise
    try:
        for rel in changes.written:
            _keep_old(at(rel), folder / "old" / rel)
            os.replace(folder / "new" / rel, at(rel))
            _remember(at(rel), _digest(data[rel]))
        for rel in changes.added:
            make_folder(at(rel).parent)
            os.replace(folder / "new" / rel, at(rel))
            _remember(at(rel), _digest(data[rel]))
        for rel in changes.removed:
            make_folder((folder / "old" / rel).parent)
            os.replace(tree / rel, folder / "old" / rel)
        _prune_empty(tree, changes.removed)
    except BaseException:
        txn.rollback()
        raise
    return txn


def _prune_empty(tree: Path, removed: list[str]) -> None:
    for rel in removed:
        parent = (tree / rel).parent
        while parent != tree and parent.is_dir():
            try:
                parent.rmdir()
            except OSError:
                break
            parent = parent.parent


def _roll_back(tree: Path, folder: Path, changes: Changes, extra: dict[str, Path]) -> None:
    """Put every old file back and delete the added ones; tolerant of a half-applied update."""
    for rel in changes.added:
        new = folder / "new" / rel
        if not new.exists():  # it was moved in: take it out again
            with contextlib.suppress(FileNotFoundError):
                extra.get(rel, tree / rel).unlink()
    _prune_empty(tree, [rel for rel in changes.added if rel not in extra])
    for rel in changes.written + changes.removed:
        old = folder / "old" / rel
        if old.exists() or old.is_symlink():
            target = extra.get(rel, tree / rel)
            make_folder(target.parent)
            os.replace(old, target)
    remove_tree(folder)


def recover(tree: Path) -> bool:
    """Finish what a killed update left: roll back an uncommitted one, delete a committed one.
    True when there was one. The caller holds the build lock, so no running process owns it."""
    folder = txn_folder(tree)
    if not folder.is_dir() or folder.is_symlink():
        return False
    try:
        journal = json.loads((folder / JOURNAL).read_text(encoding="utf-8"))
        int(journal["pid"])
        changes = Changes(list(journal["written"]), list(journal["added"]),
                          list(journal["removed"]))
        extra = {str(key): Path(path) for key, path in journal.get("extra", {}).items()}
    except (OSError, ValueError, KeyError, TypeError):
        # Killed while writing the new files: nothing in the tree was touched yet.
        remove_tree(folder)
        return True
    if journal.get("committed"):
        remove_tree(folder)
    else:
        _roll_back(tree, folder, changes, extra)
    return True
