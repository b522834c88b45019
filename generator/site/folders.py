"""The folders ``briefing build`` replaces, and how it replaces them without ever losing one.

Three promises, each once a bug:

* **Only what is ours is deleted.** ``briefing build -d .`` once swapped the project folder away
  and deleted it, and the clean-up of leftovers deleted anything named like ``.site.*``. Now a
  destination that is, or holds, the project, its configuration or its input folders is refused
  before anything is written (:func:`check_destination`); an existing destination must carry the
  mark of a complete build (``.briefing-complete``) or be empty; and a leftover is removed only if
  it carries a mark this module wrote into it (:data:`STAGING_MARK` in a staging folder, the
  completion mark in a swapped-out site), never because of its name.
* **The site is never absent.** The new folder is exchanged with the old one in one system call
  (``renameat2(RENAME_EXCHANGE)`` on Linux, ``renamex_np(RENAME_SWAP)`` on macOS), so a reader
  or a kill sees the old site or the new one. Where the system has no exchange, two renames are
  used and a kill between them is repaired by the next build, which puts the last good copy back
  instead of deleting it (:func:`remove_leftovers`).
* **One build at a time.** A lock file in the build folder (:func:`build_lock`) makes a second
  build of the same project wait, with a message, instead of racing the first one.

Folders are created with the permissions the umask allows (``mkdtemp`` makes them 0700, which
left ``site/`` unreadable by the web server), and copies never carry a read-only mode along.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import errno
import json
import os
import shutil
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

from generator.content.files import umask

COMPLETE_MARK = ".briefing-complete"
STAGING_MARK = ".briefing-staging"
LOCK_NAME = ".briefing-build.lock"


class FolderError(Exception):
    """A destination Briefing must not write to, or an OS error, as one line for the user."""


def os_error(exc: OSError, doing: str = "") -> str:
    """One line for an OS error: what failed, on which path, and why."""
    paths = " → ".join(_short(os.fsdecode(p)) for p in (exc.filename, exc.filename2)
                       if p is not None)
    reason = exc.strerror or str(exc)
    if exc.errno == errno.ENAMETOOLONG:
        reason = "the path is too long for the file system"
    head = f"{doing}: " if doing else ""
    return f"{head}{paths + ': ' if paths else ''}{reason}"


def _short(path: str, keep: int = 120) -> str:
    """A path for a message: a 5,000-character one is cut in the middle."""
    return path if len(path) <= 2 * keep else f"{path[:keep]}…{path[-keep:]}"


# --- permissions -------------------------------------------------------------------------------


def make_folder(path: Path) -> Path:
    """``path`` created (with parents) as ``mkdir`` would, honouring the umask."""
    path.mkdir(parents=True, exist_ok=True)
    return path


def copy_tree(source: Path, dest: Path) -> None:
    """Copy ``source`` into ``dest``: contents only, no permission bits (a read-only
    ``docs/assets`` made the staged copy unwritable, then undeletable)."""
    shutil.copytree(source, dest, copy_function=shutil.copyfile, dirs_exist_ok=True)
    mode = 0o777 & ~umask()
    for folder, _dirs, _files in os.walk(dest):
        os.chmod(folder, mode)


def remove_tree(path: Path) -> None:
    """Delete a folder of ours, also when a copy made it read-only (older versions did)."""

    def writable_and_retry(func: Callable[..., object], target: str, _exc: object) -> None:
        with contextlib.suppress(OSError):
            os.chmod(os.path.dirname(target), 0o700)
            if os.path.isdir(target) and not os.path.islink(target):
                os.chmod(target, 0o700)
            func(target)

    if path.is_symlink() or not path.is_dir():
        path.unlink(missing_ok=True)
        return
    if sys.version_info >= (3, 12):
        shutil.rmtree(path, onexc=writable_and_retry)
    else:  # pragma: no cover - Python 3.11
        shutil.rmtree(path, onerror=writable_and_retry)


# --- what may be replaced ----------------------------------------------------------------------


def _within(path: Path, folder: Path) -> bool:
    return path == folder or folder in path.parents


def check_destination(dest: Path, *, protected: dict[str, Path], inputs: dict[str, Path],
                      what: str) -> None:
    """Refuse ``dest`` (a folder the build replaces as a whole) if it is, or holds, one of the
    ``protected`` paths (the project, its configuration, its content), or lies inside one of
    the ``inputs`` (folders the build reads). An existing ``dest`` must be a complete build of
    ours (it has :data:`COMPLETE_MARK`) or empty."""
    dest = dest.resolve()
    for name, path in protected.items():
        path = path.resolve()
        if _within(path, dest):
            where = "is" if path == dest else "holds"
            raise FolderError(f"{what} {dest} {where} the {name} ({path}); refusing to replace it "
                              f"(choose a folder of its own, e.g. {_example(protected)})")
    for name, path in inputs.items():
        if _within(dest, path.resolve()):
            raise FolderError(f"{what} {dest} is inside the {name} ({path.resolve()}), which "
                              "the build reads; choose a folder outside it")
    if dest.is_dir() and not (dest / COMPLETE_MARK).is_file():
        try:
            empty = next(dest.iterdir(), None) is None
        except OSError as exc:
            raise FolderError(os_error(exc, f"cannot read {what}")) from None
        if not empty:
            raise FolderError(f"{what} {dest} exists and is not a site Briefing built (it has no "
                              f"{COMPLETE_MARK}); refusing to replace it (choose a new or empty "
                              "folder, or delete this one yourself)")
    elif dest.exists() and not dest.is_dir():
        raise FolderError(f"{what} {dest} exists and is not a folder; refusing to replace it")


def _example(protected: dict[str, Path]) -> str:
    root = protected.get("project")
    return str((root / "site") if root is not None else "site/")


# --- staging and leftovers ---------------------------------------------------------------------


def staging(dest: Path) -> Path:
    """A new empty folder beside ``dest``, named ``.<name>.<pid>.<random>`` and marked as ours
    with :data:`STAGING_MARK` (which records the process id: a later build removes it only when
    that process is gone). Made with the umask's permissions, not mkdtemp's 0700."""
    make_folder(dest.parent)
    tmp = Path(tempfile.mkdtemp(prefix=f".{dest.name}.{os.getpid()}.", dir=dest.parent))
    os.chmod(tmp, 0o777 & ~umask())
    (tmp / STAGING_MARK).write_text(json.dumps({"pid": os.getpid(), "for": dest.name}) + "\n",
                                    encoding="utf-8")
    return tmp


def finish_staging(path: Path) -> Path:
    """Take the staging mark out of a complete folder about to be swapped in (it holds the
    completion mark instead, and a process id would make two builds differ)."""
    (path / STAGING_MARK).unlink(missing_ok=True)
    return path


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # it exists but belongs to someone else
        return True
    return True


def _staging_owner(path: Path) -> int | None:
    """The process id in a staging folder's mark, or None if it is not one of ours."""
    try:
        mark = json.loads((path / STAGING_MARK).read_text(encoding="utf-8"))
        return int(mark["pid"])
    except (OSError, ValueError, KeyError, TypeError):
        return None


def remove_leftovers(dest: Path) -> list[Path]:
    """Clean up what killed builds left beside ``dest`` and return what was removed.

    Removed: staging folders carrying our mark whose process is gone, complete copies carrying
    the completion mark (swapped out, or about to be swapped in, by a killed build), and staged
    configuration files whose first line says they are ours. When ``dest`` itself is missing
    and a complete ``.<name>.old`` is there (a kill between the two renames of the fallback
    swap), it is put back, not deleted. Anything else, whatever its name, is left alone."""
    removed: list[Path] = []
    if not dest.parent.is_dir():
        return removed
    old = dest.with_name(f".{dest.name}.old")
    if not dest.exists() and (old / COMPLETE_MARK).is_file() and not old.is_symlink():
        old.rename(dest)
    for path in dest.parent.glob(f".{dest.name}.*"):
        if path.is_symlink():
            continue
        if path.is_dir():
            # A complete copy beside dest is one a killed build swapped out or was about to
            # swap in (builds hold the lock, so no running one owns it); a staging folder is
            # left to a process that still runs.
            pid = _staging_owner(path)
            if pid is not None:
                ours = pid == os.getpid() or not _alive(pid)
            else:
                ours = (path / COMPLETE_MARK).is_file()
            if ours:
                remove_tree(path)
                removed.append(path)
        elif path.suffix == ".yml" and _staged_config_owner(path) is not None:
            pid = _staged_config_owner(path)
            if pid == os.getpid() or (pid is not None and not _alive(pid)):
                path.unlink(missing_ok=True)
                removed.append(path)
    return removed


CONFIG_MARK = "# Staged by `briefing build` (process {pid}): removed when the build ends."


def _staged_config_owner(path: Path) -> int | None:
    try:
        with path.open(encoding="utf-8") as fh:
            first = fh.readline()
    except (OSError, UnicodeDecodeError):
        return None
    head, _, rest = first.partition("(process ")
    if not head.startswith("# Staged by `briefing build`"):
        return None
    digits = rest.split(")", 1)[0]
    return int(digits) if digits.isdigit() else None


# --- exchange ----------------------------------------------------------------------------------

_AT_FDCWD = -100
_RENAME_EXCHANGE = 2  # Linux <linux/fs.h>
_RENAME_SWAP = 2  # macOS <stdio.h>


def _libc() -> ctypes.CDLL | None:
    try:
        return ctypes.CDLL(ctypes.util.find_library("c") or None, use_errno=True)
    except OSError:  # pragma: no cover - no C library to load
        return None


_LIBC = _libc()


def exchange(a: Path, b: Path) -> bool:
    """Swap two existing paths in one system call; False where the system or the file system
    cannot (then the caller falls back to two renames)."""
    a_bytes, b_bytes = os.fsencode(a), os.fsencode(b)
    if _LIBC is not None and hasattr(_LIBC, "renameat2"):
        result = _LIBC.renameat2(_AT_FDCWD, a_bytes, _AT_FDCWD, b_bytes, _RENAME_EXCHANGE)
    elif _LIBC is not None and hasattr(_LIBC, "renamex_np"):  # pragma: no cover - macOS
        result = _LIBC.renamex_np(a_bytes, b_bytes, _RENAME_SWAP)
    else:  # pragma: no cover - neither call
        return False
    if result == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.ENOSYS, errno.EINVAL, errno.ENOTSUP, errno.EOPNOTSUPP):
        return False
    raise OSError(code, os.strerror(code), str(a), None, str(b))


def swap_in(new: Path, dest: Path) -> None:
    """Replace ``dest`` by ``new`` (a sibling folder) so that ``dest`` is never absent: one
    exchange where the system has it, else two renames (repaired by the next build if killed
    between them). The old copy is then deleted."""
    if not dest.exists() and not dest.is_symlink():
        new.rename(dest)
        return
    if exchange(new, dest):
        remove_tree(new)  # it now holds the old copy
        return
    old = dest.with_name(f".{dest.name}.old")
    if old.exists():
        remove_tree(old)
    dest.rename(old)
    new.rename(dest)
    remove_tree(old)


# --- one build at a time -----------------------------------------------------------------------


@contextlib.contextmanager
def build_lock(build_dir: Path, waiting: Callable[[str], None] | None = None) -> Iterator[None]:
    """Hold the project's build lock; if another build holds it, call ``waiting`` with a
    message once and wait for it to finish. The lock is released when its process ends, even
    by a kill, so it never needs cleaning up."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - not a POSIX system: no locking
        yield
        return
    make_folder(build_dir)
    path = build_dir / LOCK_NAME
    with open(path, "a+", encoding="utf-8") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.seek(0)
            holder = handle.read().strip() or "another process"
            if waiting is not None:
                waiting(f"another build of this project is running ({holder}); waiting for it "
                        "to finish …")
            fcntl.flock(handle, fcntl.LOCK_EX)
        handle.seek(0)
        handle.truncate()
        handle.write(f"process {os.getpid()}\n")
        handle.flush()
        try:
            yield
        finally:
            handle.seek(0)
            handle.truncate()
            fcntl.flock(handle, fcntl.LOCK_UN)
