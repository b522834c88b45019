"""Worker processes for the per-article stages, when there are many articles to read.

Cleaning an article is a pure function of its file, its metadata and the lines its outlet
repeats: at a thousand fresh articles it is seconds of one core, so they are spread over a
process pool (threads would share one interpreter lock). Workers are *spawned*, not forked: the
caller may be ``mkdocs serve`` with its server threads, and a forked copy of a threaded process
can deadlock. A spawned worker imports Briefing first (about a second here), so the pool is used
only from :data:`POOL_FROM` articles, with :data:`MIN_WORKERS` idle cores.

Results come back in order and are identical to a serial run (``tests/site/test_store.py``).
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")

#: Fewer articles than this are read in the calling process: starting the workers would cost
#: more than they save (measured in BENCHMARKS.md).
POOL_FROM = 200
#: Idle cores needed before workers are started. On the two-core machine this project is
#: developed on, two workers read a thousand fresh articles in 12.7 s against 11.6 s in one
#: process, on a quiet machine (bench/run.py, BENCHMARKS.md): starting them (each imports
#: Briefing) and sending each article there and back cost more than a second core saves.
#: From three they can only gain; that is not measured here.
MIN_WORKERS = 3
#: Articles per task: large enough that pickling a task costs little beside cleaning it.
CHUNK = 16


def workers() -> int:
    """The cores this process may use (its CPU affinity where the system says) that are idle:
    minus the load of the last minute, in which this process counts for one, rounded. Workers
    on busy cores only add their start-up (measured on a two-core machine running other work:
    17.2 s with workers, 13.8 s without, for a thousand articles)."""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cores = os.cpu_count() or 1
    try:
        load = os.getloadavg()[0]
    except (AttributeError, OSError):  # not on Unix
        load = 0.0
    return max(1, min(cores, round(cores - load + 1)))


def in_workers(func: Callable[[T], R], items: list[T], pool_from: int = POOL_FROM) -> list[R]:
    """``[func(item) for item in items]``, in worker processes when there are at least
    ``pool_from`` items and more than one core; ``func`` must be a module-level function."""
    cores = workers()
    if len(items) < pool_from or cores < MIN_WORKERS:
        return [func(item) for item in items]
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=min(cores, 8), mp_context=context) as pool:
        return list(pool.map(func, items, chunksize=CHUNK))
