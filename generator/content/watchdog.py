"""A watchdog for the work done on one article: past its time limit, the work is stopped.

Every reader and rule is meant to run in time linear in its input (``bench/adversarial.py``
measures it), but a rule that backtracks or loops on some input nobody has found yet must not
hang ``briefing check``, ``build`` or ``serve``: the work on that article is stopped with
:class:`TookTooLong`, which the caller reports as an error naming the article, and the rest of
the briefing goes on.

How the work is stopped depends on the thread:

* in the main thread (``briefing check`` and ``build``, ``mkdocs build``, the first build of
  ``mkdocs serve``), a ``SIGALRM`` timer: its handler raises in the running code, and Python's
  regular-expression engine checks for signals as it backtracks, so even a catastrophic pattern
  is interrupted;
* in other threads (the rebuilds of ``mkdocs serve``), a watcher thread raises the exception in
  the worker thread (``PyThreadState_SetAsyncExc``). That interrupts loops written in Python; a
  single call into C (one regular-expression match) finishes first. This is the one limit, and
  why every pattern applied to article text is also measured for linear time.

The limit is :func:`limit_for` a size: ``BRIEFING_ARTICLE_SECONDS`` (default 30) plus as many
again per megabyte, so a legitimate 10 MB article is not stopped.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import signal
import threading
import time
from collections.abc import Iterator
from pathlib import Path

#: Seconds allowed per article (and per megabyte of it); ``BRIEFING_ARTICLE_SECONDS`` overrides.
DEFAULT_SECONDS = 30.0


class TookTooLong(Exception):
    """The watched work ran past its limit and was stopped."""

    what = "the work"
    seconds = 0.0

    def __str__(self) -> str:
        return f"{self.what} took more than {self.seconds:.3g} s and was stopped"


def limit_for(size_bytes: int = 0) -> float:
    """The time allowed for work on an article of ``size_bytes`` (0 or less: no limit)."""
    try:
        base = float(os.environ.get("BRIEFING_ARTICLE_SECONDS", DEFAULT_SECONDS))
    except ValueError:
        base = DEFAULT_SECONDS
    if base <= 0:
        return 0.0
    return base * (1 + size_bytes / 1_000_000)


def limit_for_file(path: Path) -> float:
    """:func:`limit_for` the size of the file at ``path`` (0 bytes when it cannot be read)."""
    try:
        return limit_for(path.stat().st_size)
    except OSError:
        return limit_for(0)


def _exception(what: str, seconds: float) -> type[TookTooLong]:
    # An asynchronous exception is raised from its class: the message travels in the class.
    return type("TookTooLong", (TookTooLong,), {"what": what, "seconds": seconds})


@contextlib.contextmanager
def watchdog(seconds: float, what: str) -> Iterator[None]:
    """Stop the code inside with :class:`TookTooLong` if it runs longer than ``seconds`` (no
    limit when ``seconds`` <= 0). ``what`` names the work in the message."""
    if seconds <= 0:
        yield
        return
    exc = _exception(what, seconds)
    if threading.current_thread() is threading.main_thread() and hasattr(signal, "setitimer"):
        with _alarm(seconds, exc):
            yield
    else:
        with _WATCHER.watching(seconds, exc):
            yield


@contextlib.contextmanager
def _alarm(seconds: float, exc: type[TookTooLong]) -> Iterator[None]:
    def ring(_signum: int, _frame: object) -> None:
        raise exc()

    outer_delay, _interval = signal.getitimer(signal.ITIMER_REAL)
    started = time.monotonic()
    previous = signal.signal(signal.SIGALRM, ring)
    signal.setitimer(signal.ITIMER_REAL, seconds if not outer_delay else min(seconds,
                                                                             outer_delay))
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
        if outer_delay:  # an enclosing timer (a caller's own) keeps what remained of it
            left = outer_delay - (time.monotonic() - started)
            signal.setitimer(signal.ITIMER_REAL, max(left, 0.001))


class _Watcher:
    """One daemon thread that raises :class:`TookTooLong` in threads past their deadline."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.deadlines: dict[int, tuple[float, type[TookTooLong]]] = {}
        self.thread: threading.Thread | None = None

    @contextlib.contextmanager
    def watching(self, seconds: float, exc: type[TookTooLong]) -> Iterator[None]:
        ident = threading.get_ident()
        with self.lock:
            outer = self.deadlines.get(ident)
            self.deadlines[ident] = (time.monotonic() + seconds, exc)
            if self.thread is None or not self.thread.is_alive():
                self.thread = threading.Thread(target=self._run, name="briefing-watchdog",
                                               daemon=True)
                self.thread.start()
        try:
            yield
        finally:
            with self.lock:
                if outer is None:
                    self.deadlines.pop(ident, None)
                else:
                    self.deadlines[ident] = outer
                # an exception raised just as the work ended must not surface later
                ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(ident), None)

    def _run(self) -> None:  # pragma: no cover - timing-dependent; tested through watchdog()
        while True:
            time.sleep(0.05)
            now = time.monotonic()
            with self.lock:
                for ident, (deadline, exc) in list(self.deadlines.items()):
                    if now >= deadline:
                        del self.deadlines[ident]
                        ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(ident),
                                                                   ctypes.py_object(exc))


_WATCHER = _Watcher()
