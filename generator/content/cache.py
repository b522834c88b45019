"""Work kept between rebuilds of one process, so ``mkdocs serve`` redoes only what changed.

An article whose file and sidecar are unchanged (same size and modification time) keeps the very
same :class:`Article` object, and every per-article result (its searchable text,
the names in it, its variant counts, its rendered page) is memoised *on that object* together
with whatever else the result depends on. Editing one fact sheet therefore re-reads YAML and
re-runs the cheap corpus-wide steps, but no article is re-read, re-cleaned or re-rendered unless
its citations changed.

``NO_CACHE`` computes everything: one-off builds pay nothing for the bookkeeping.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Hashable
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")


def file_key(*paths: Path | None) -> tuple:
    """Identity of files' contents, cheaply: size and modification time of each."""
    key: list[Hashable] = []
    for path in paths:
        if path is None:
            key.append(None)
            continue
        st = os.stat(path)
        key.append((str(path), st.st_size, st.st_mtime_ns))
    return tuple(key)


class BuildCache:
    def __init__(self) -> None:
        self._files: dict[str, tuple[tuple, Any]] = {}
        self._memo: dict[tuple[str, int], tuple[Any, Hashable, Any]] = {}

    def by_files(self, name: str, key: tuple, compute: Callable[[], T]) -> T:
        hit = self._files.get(name)
        if hit is not None and hit[0] == key:
            return hit[1]
        value = compute()
        self._files[name] = (key, value)
        return value

    def on(self, obj: Any, what: str, extra: Hashable, compute: Callable[[], T]) -> T:
        """``compute()`` once per (object, ``what``, ``extra``); the object is held so its id
        cannot be reused by another object while the entry lives."""
        slot = (what, id(obj))
        hit = self._memo.get(slot)
        if hit is not None and hit[0] is obj and hit[1] == extra:
            return hit[2]
        value = compute()
        self._memo[slot] = (obj, extra, value)
        return value

    def peek(self, obj: Any, what: str, extra: Hashable) -> tuple[bool, Any]:
        """(True, value) when ``what`` is memoised on ``obj`` for ``extra``, else (False, None):
        for callers that compute several entries in one pass (:meth:`put` each)."""
        hit = self._memo.get((what, id(obj)))
        if hit is not None and hit[0] is obj and hit[1] == extra:
            return True, hit[2]
        return False, None

    def put(self, obj: Any, what: str, extra: Hashable, value: Any) -> None:
        self._memo[(what, id(obj))] = (obj, extra, value)

    def forget_unused(self, alive: list[Any]) -> None:
        """Drop entries of objects no longer in the content (deleted or changed articles)."""
        ids = {id(o) for o in alive}
        self._memo = {k: v for k, v in self._memo.items() if k[1] in ids}


class _NoCache(BuildCache):
    def by_files(self, name: str, key: tuple, compute: Callable[[], T]) -> T:
        return compute()

    def on(self, obj: Any, what: str, extra: Hashable, compute: Callable[[], T]) -> T:
        return compute()

    def peek(self, obj: Any, what: str, extra: Hashable) -> tuple[bool, Any]:
        return False, None

    def put(self, obj: Any, what: str, extra: Hashable, value: Any) -> None:
        return None


NO_CACHE: BuildCache = _NoCache()
