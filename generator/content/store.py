"""Per-article work kept on disk between builds (``build/article-cache``).

Reading an article (decoding, cleaning, language detection) and the per-article steps after it
(its mentions of each figure and event, its names, its shingles, its rendered page) are pure
functions of the article's bytes, its sidecar, a few corpus-wide inputs and the code. At 1,000
real-sized articles they are most of the generator's time, and :mod:`generator.content.cache`
keeps them only for the life of one process (``mkdocs serve``). This store keeps them across
processes, so ``briefing build`` or ``mkdocs build`` after an edit re-reads only what changed.

One file per article, named by a digest of everything its reading depends on: the generator's
own code and the versions of the libraries it reads with (:func:`code_version`), the file's
path, its bytes and its sidecar's bytes, and the lines its outlet repeats on other articles.
Inside it, each later step is kept under its name and a *stable* rendering of what else it
depended on (:func:`stable_key`): a value whose rendering could differ between two processes
(an object without a field-wise form) is simply not kept on disk. A changed input therefore
gives another digest or another key; nothing is ever invalidated by hand, and a build removes
the files of articles that are no longer there.

Pickle, because the values are the project's own dataclasses and pickle keeps them whole; the
files are written by this code into the project's own (git-ignored) build folder, the same trust
as the chart cache next to it, and a file that does not load is read as a miss and rewritten.
"""

from __future__ import annotations

import dataclasses
import enum
import gc
import hashlib
import importlib.metadata
import os
import pickle
import re
import sys
import tempfile
from collections.abc import Hashable, Iterator
from contextlib import contextmanager
from datetime import date, datetime
from functools import cache
from pathlib import Path
from typing import Any

from pydantic import BaseModel

#: The store's own format: bump when what a file holds changes shape.
FORMAT = 1
_SUFFIX = ".pickle"
_REQUIREMENT_NAME = re.compile(r"[A-Za-z0-9_.\-]+")


class Unstable(Exception):
    """A key part whose rendering may differ between processes: keep it in memory only."""


@cache
def code_version() -> str:
    """A digest of the generator's source and templates, the Python version and the installed
    versions of the libraries Briefing requires: any change to how an article is read gives
    other digests, so a store never serves work done by other code."""
    h = hashlib.sha256(f"briefing-store {FORMAT} {sys.version}".encode())
    package = Path(__file__).resolve().parent.parent
    for path in sorted(package.rglob("*")):
        if path.suffix in (".py", ".j2", ".json", ".txt") and "__pycache__" not in path.parts:
            h.update(str(path.relative_to(package)).encode())
            h.update(path.read_bytes())
    for requirement in _requirements():
        try:
            h.update(f"{requirement}={importlib.metadata.version(requirement)}".encode())
        except importlib.metadata.PackageNotFoundError:
            h.update(f"{requirement}=absent".encode())
    return h.hexdigest()


def _requirements() -> list[str]:
    try:
        listed = importlib.metadata.requires("briefing") or []
    except importlib.metadata.PackageNotFoundError:  # run from a source tree, not installed
        listed = []
    names = {m.group(0).lower() for r in listed if "extra ==" not in r
             if (m := _REQUIREMENT_NAME.match(r))}
    return sorted(names)


def stable_key(value: Any) -> str:
    """``value`` written out the same way in every process (sets sorted, dataclasses and
    models field by field); raises :class:`Unstable` for anything else."""
    return "".join(_stable(value))


def _stable(value: Any) -> list[str]:
    if value is None or isinstance(value, (bool, int, float, str, bytes, enum.Enum)):
        return [repr(value)]
    if isinstance(value, (datetime, date, Path)):
        return [repr(value)]
    if isinstance(value, (tuple, list)):
        return ["(", *[p for v in value for p in (*_stable(v), ",")], ")"]
    if isinstance(value, (set, frozenset)):
        return ["{", *sorted(stable_key(v) + "," for v in value), "}"]
    if isinstance(value, dict):
        items = sorted((stable_key(k), stable_key(v)) for k, v in value.items())
        return ["{", *[f"{k}:{v}," for k, v in items], "}"]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        parts = [type(value).__qualname__, "("]
        for f in dataclasses.fields(value):
            parts += [f.name, "=", *_stable(getattr(value, f.name)), ","]
        return [*parts, ")"]
    if isinstance(value, BaseModel):
        return [type(value).__qualname__, *_stable(dict(value))]
    raise Unstable(type(value).__qualname__)


def digest(*parts: str | bytes | None) -> str:
    """A store name for these parts under the current code (:func:`code_version`)."""
    h = hashlib.sha256(code_version().encode())
    for part in parts:
        data = b"\0none" if part is None else part if isinstance(part, bytes) else part.encode()
        h.update(len(data).to_bytes(8, "little"))
        h.update(data)
    return h.hexdigest()


class ArticleStore:
    """The files of one build folder's store: one per digest, loaded when first asked for and
    written back by :meth:`flush` when something was added."""

    def __init__(self, folder: Path, *, deferred: bool = False) -> None:
        self.folder = folder
        #: Under ``serve``: write only on :meth:`close`. One fact-sheet edit changes a step of
        #: every article (its mentions), and rewriting every file would slow each reload.
        self.deferred = deferred
        self._entries: dict[str, dict[tuple[str, str], Any]] = {}
        self._dirty: set[str] = set()
        self._used: set[str] = set()
        self._asked: dict[str, set[tuple[str, str]]] = {}
        self.hits = 0
        self.misses = 0

    def get(self, name: str, key: tuple[str, str]) -> tuple[bool, Any]:
        entries = self._load(name)
        self._asked.setdefault(name, set()).add(key)
        if key in entries:
            self.hits += 1
            return True, entries[key]
        self.misses += 1
        return False, None

    def has(self, name: str, key: tuple[str, str]) -> bool:
        """Whether the store holds ``key`` for ``name`` (not counted as a hit or a miss)."""
        return key in self._load(name)

    def put(self, name: str, key: tuple[str, str], value: Any) -> None:
        self._load(name)[key] = value
        self._asked.setdefault(name, set()).add(key)
        self._dirty.add(name)

    def _load(self, name: str) -> dict[tuple[str, str], Any]:
        self._used.add(name)
        entries = self._entries.get(name)
        if entries is None:
            entries = {}
            try:
                with open(self.folder / (name + _SUFFIX), "rb") as f:
                    loaded = pickle.load(f)
                if isinstance(loaded, dict):
                    entries = loaded
            except FileNotFoundError:
                pass
            except Exception:  # a damaged or foreign file is a miss, rewritten on flush
                self._dirty.add(name)
            self._entries[name] = entries
        return entries

    def close(self) -> None:
        """Write what a deferred store holds (at the end of ``serve``)."""
        self.deferred = False
        self.flush()

    def flush(self) -> None:
        """Write what was added, and remove the files no article of this build used (deleted
        or changed articles, older code): the store holds one build's worth of work. In a file
        that is rewritten, a step asked for under other inputs this time (a figure's mentions
        before the figure was edited) is dropped; steps this build did not run (the pages,
        after ``briefing check``) are kept."""
        if self.deferred or (not self._dirty and not self._used):
            return
        self.folder.mkdir(parents=True, exist_ok=True)
        steps = {key[0] for asked in self._asked.values() for key in asked}
        for name in sorted(self._dirty):
            asked = self._asked.get(name, set())
            entries = {k: v for k, v in self._entries.get(name, {}).items()
                       if k in asked or k[0] not in steps}
            self._entries[name] = entries
            fd, tmp = tempfile.mkstemp(dir=self.folder, suffix=".tmp")
            try:
                with os.fdopen(fd, "wb") as f:
                    pickle.dump(entries, f, protocol=pickle.HIGHEST_PROTOCOL)
                os.replace(tmp, self.folder / (name + _SUFFIX))
            except BaseException:
                Path(tmp).unlink(missing_ok=True)
                raise
        for path in self.folder.iterdir():
            if path.suffix in (_SUFFIX, ".tmp") and path.stem not in self._used:
                path.unlink(missing_ok=True)
        self._entries = {k: v for k, v in self._entries.items() if k in self._used}
        self._dirty.clear()
        self._used.clear()
        self._asked.clear()


@contextmanager
def paused_collection() -> Iterator[None]:
    """The cyclic garbage collector paused while articles are read: reading (or unpickling) a
    thousand articles creates millions of objects, none of them garbage, and in a process
    that already holds many (MkDocs with its pages) each collection they trigger walks them
    all: it doubled the cost of reading the store."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def durable_key(what: str, extra: Hashable) -> tuple[str, str] | None:
    """The key of a step in an article's file, or None when ``extra`` has no stable form."""
    try:
        return what, stable_key(extra)
    except Unstable:
        return None
