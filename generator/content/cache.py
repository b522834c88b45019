"""Work kept between rebuilds of one process, so ``mkdocs serve`` redoes only what changed.

An article whose file and sidecar are unchanged (same size and modification time) keeps the very
same :class:`Article` object, and every per-article result (its searchable text,
the names in it, its variant counts, its rendered page) is memoised *on that object* together
with whatever else the result depends on. Editing one fact sheet therefore re-reads YAML and
re-runs the cheap corpus-wide steps, but no article is re-read, re-cleaned or re-rendered unless
its citations changed.

With a :class:`~generator.content.store.ArticleStore` (``BuildCache(store=…)``, what
``briefing build`` and the MkDocs plugin use) the same per-article results also outlive the
process: an article's reading is found by the digest of its bytes, and every memo on an article
that carries a ``digest`` is kept in that article's file, so the next build's process starts
where this one ended.

``NO_CACHE`` computes everything: one-off builds pay nothing for the bookkeeping.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Hashable
from pathlib import Path
from typing import Any, TypeVar

from generator.content.store import ArticleStore, durable_key

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
    def __init__(self, store: ArticleStore | None = None, *, parallel: bool = False) -> None:
        self._files: dict[str, tuple[tuple, Any]] = {}
        self._memo: dict[tuple[str, int], tuple[Any, Hashable, Any]] = {}
        self.store = store
        #: Whether many articles may be read in worker processes
        #: (:mod:`generator.content.workers`). Off for library calls: a spawned worker
        #: re-imports the caller's main script, which must then guard its own code with
        #: ``if __name__ == "__main__"``; the CLI and the MkDocs plugin turn it on.
        self.parallel = parallel
        self._last_key: tuple[Any, str, tuple | None] | None = None

    def stored(self, name: str, digest: Callable[[], str], compute: Callable[[], T],
               keep: Callable[[T], bool] = lambda _value: True) -> T:
        """``compute()`` once per ``digest()`` of what it reads, across processes when there is
        a store (``digest`` is only called then); ``keep`` says whether a value may be stored
        (not a reading cut short by the watchdog, which a quieter machine would finish)."""
        if self.store is None:
            return compute()
        where = digest()
        hit, value = self.store.get(where, (name, ""))
        if hit:
            return value
        value = compute()
        if keep(value):
            self.store.put(where, (name, ""), value)
        return value

    def flush(self) -> None:
        """Write this build's new per-article work to the store and drop what it no longer
        needs (called once a build has read, checked and rendered everything). A store that
        cannot be written (a read-only checkout) is left as it is: it only saves time."""
        if self.store is not None:
            with contextlib.suppress(OSError):
                self.store.flush()

    def close(self) -> None:
        """Write what a deferred store holds (``serve`` stops)."""
        if self.store is not None:
            self.store.close()

    def has_file(self, name: str, key: tuple) -> bool:
        """Whether :meth:`by_files` holds ``name`` for ``key`` (nothing is computed)."""
        hit = self._files.get(name)
        return hit is not None and hit[0] == key

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
        stored, value = self._from_store(obj, what, extra)
        if not stored:
            value = compute()
            self._to_store(obj, what, extra, value)
        self._memo[slot] = (obj, extra, value)
        return value

    def _durable(self, obj: Any, what: str, extra: Hashable) -> tuple[str, tuple] | None:
        name = getattr(obj, "digest", "") if self.store is not None else ""
        if not name:
            return None
        # one corpus-wide ``extra`` (the names a variant search looks for) is asked for with
        # every article: written out once
        last = self._last_key
        if last is not None and last[0] is extra and last[1] == what:
            key = last[2]
        else:
            key = durable_key(what, extra)
            self._last_key = (extra, what, key)
        return (name, key) if key else None

    def _from_store(self, obj: Any, what: str, extra: Hashable) -> tuple[bool, Any]:
        where = self._durable(obj, what, extra)
        if where is None:
            return False, None
        return self.store.get(*where)  # type: ignore[union-attr]

    def _to_store(self, obj: Any, what: str, extra: Hashable, value: Any) -> None:
        where = self._durable(obj, what, extra)
        if where is not None:
            self.store.put(*where, value)  # type: ignore[union-attr]

    def peek(self, obj: Any, what: str, extra: Hashable) -> tuple[bool, Any]:
        """(True, value) when ``what`` is memoised on ``obj`` for ``extra``, else (False, None):
        for callers that compute several entries in one pass (:meth:`put` each). In memory
        only: such fine-grained entries are kept on disk by the :meth:`on` call around them."""
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
    def stored(self, name: str, digest: Callable[[], str], compute: Callable[[], T],
               keep: Callable[[T], bool] = lambda _value: True) -> T:
        return compute()

    def flush(self) -> None:
        return None

    def close(self) -> None:
        return None

    def by_files(self, name: str, key: tuple, compute: Callable[[], T]) -> T:
        return compute()

    def on(self, obj: Any, what: str, extra: Hashable, compute: Callable[[], T]) -> T:
        return compute()

    def peek(self, obj: Any, what: str, extra: Hashable) -> tuple[bool, Any]:
        return False, None

    def put(self, obj: Any, what: str, extra: Hashable, value: Any) -> None:
        return None


NO_CACHE: BuildCache = _NoCache()
