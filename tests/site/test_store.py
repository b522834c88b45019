"""The on-disk store of per-article work (``build/article-cache``): a build in a new process
reuses what the last one read, finds every change by the bytes, and never changes a page."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from generator.content import workers
from generator.content.cache import BuildCache
from generator.content.load import load
from generator.content.problems import Problems
from generator.content.store import ArticleStore, Unstable, stable_key
from generator.site.pipeline import generate
from tests.conftest import briefing_here

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")

_RUN = """
import json, sys
from pathlib import Path
from generator.content import workers
from generator.content.cache import BuildCache
from generator.content.load import load
from generator.content.problems import Problems
from generator.content.store import ArticleStore
from generator.site.pipeline import generate
cache = BuildCache(ArticleStore(Path(sys.argv[1]) / "build" / "article-cache"))
result = generate(Path(sys.argv[1]) / "content", cache=cache)
print(json.dumps({"hits": cache.store.hits, "misses": cache.store.misses,
                  "pages": result.rendered.pages}))
"""


def _generate_elsewhere(project: Path, seed: str) -> dict:
    """generate() with the build folder's store in a new Python, under a given hash seed (sets
    iterate in another order in each process: the store's keys must not)."""
    proc = subprocess.run([sys.executable, "-c", _RUN, str(project)], capture_output=True,
                          text=True, check=True, env={**os.environ, "PYTHONHASHSEED": seed})
    return json.loads(proc.stdout)


def _store_files(project: Path) -> set[str]:
    return {p.name for p in (project / "build" / "article-cache").glob("*.pickle")}


@pytest.mark.slow  # measured over two seconds: the real pages, a 10 MB page or a process
def test_a_new_process_reuses_every_article_and_renders_the_same_pages(example: Path) -> None:
    first = _generate_elsewhere(example, "1")
    assert first["hits"] == 0 and first["misses"] > 0
    articles = len(list((example / "content" / "articles").glob("*.txt")))
    assert len(_store_files(example)) >= articles
    second = _generate_elsewhere(example, "2")
    assert second["misses"] == 0, "a step missed the store in a second process"
    assert second["hits"] >= first["misses"]
    assert second["pages"] == first["pages"]
    without = generate(example / "content").rendered.pages  # no store at all
    assert without == second["pages"]


@pytest.mark.slow  # measured over two seconds: a whole briefing or another process
def test_an_edit_that_keeps_size_and_time_is_read(example: Path) -> None:
    """The store is keyed by the bytes, not by size and modification time (a checkout or a
    copy can keep both)."""
    assert briefing_here(example, "build", "--docs-only", "--no-pdf").returncode == 0
    before = _store_files(example)
    article = example / "content" / "articles" / "cedar-post-convoy.txt"
    text = article.read_text(encoding="utf-8")
    stat = article.stat()
    cited = " ".join(p.read_text("utf-8") for p in (example / "content").rglob("*.y*ml"))
    word = next(w for w in text.split()
                if w.isalpha() and len(w) >= 7 and w.islower() and w not in cited)
    fresh = "zqxjkvw"[: len(word)].ljust(len(word), "q")
    article.write_text(text.replace(word, fresh, 1), encoding="utf-8")
    os.utime(article, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert article.stat().st_size == stat.st_size
    assert briefing_here(example, "build", "--docs-only", "--no-pdf").returncode == 0
    page = (example / "build" / "docs" / "articles" / "cedar-post-convoy.md").read_text("utf-8")
    assert fresh in page and word not in page.split()
    after = _store_files(example)
    # the edited article's two readings were replaced; nothing else changed, nothing piled up
    assert len(after) == len(before)
    assert len(after - before) == 2


@pytest.mark.slow  # measured over two seconds: a whole briefing or another process
def test_a_damaged_store_is_read_as_empty_and_rewritten(example: Path) -> None:
    assert briefing_here(example, "build", "--docs-only", "--no-pdf").returncode == 0
    docs = example / "build" / "docs"
    pages = {p: p.read_bytes() for p in docs.rglob("*.md")}
    for path in (example / "build" / "article-cache").glob("*.pickle"):
        path.write_bytes(b"not a pickle")
    assert briefing_here(example, "build", "--docs-only", "--no-pdf").returncode == 0
    assert {p: p.read_bytes() for p in docs.rglob("*.md")} == pages
    cache = BuildCache(ArticleStore(example / "build" / "article-cache"))
    generate(example / "content", cache=cache)
    assert cache.store is not None and cache.store.misses == 0


@dataclass(frozen=True)
class _Record:
    words: frozenset[str]
    name: str


def test_stable_keys_sort_sets_and_refuse_what_they_cannot_write() -> None:
    one = _Record(frozenset({"b", "a", "c"}), "x")
    assert stable_key((one, {"z": {2, 1}})) == stable_key((one, {"z": {1, 2}}))
    assert stable_key(one) != stable_key(_Record(frozenset({"a", "b"}), "x"))
    with pytest.raises(Unstable):
        stable_key((1, object()))


def test_stable_keys_are_the_same_in_every_process() -> None:
    code = ("from generator.content.store import stable_key; "
            "print(stable_key(frozenset(f'w{i}' for i in range(50))))")
    keys = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                           check=True, env={**os.environ, "PYTHONHASHSEED": seed}).stdout
            for seed in ("1", "2", "3")}
    assert len(keys) == 1


@pytest.mark.slow  # measured over two seconds: a whole briefing or another process
def test_articles_read_in_worker_processes_are_the_ones_read_here(
        example: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(workers, "POOL_FROM", 2)
    monkeypatch.setattr(workers, "workers", lambda: 3)  # a pool even on a small runner
    spawned = []
    real = workers.ProcessPoolExecutor
    monkeypatch.setattr(workers, "ProcessPoolExecutor",
                        lambda **kw: spawned.append(kw) or real(**kw))
    pooled = load(example / "content", Problems(example / "content"),
                  BuildCache(parallel=True))
    assert spawned, "no worker process was started"
    here = load(example / "content", Problems(example / "content"))
    assert len(pooled.articles) == 5
    assert list(pooled.articles) == list(here.articles)
    for aid, article in here.articles.items():
        assert pooled.articles[aid] == article
        assert pooled.articles[aid].removed == article.removed


def test_check_keeps_its_readings_for_the_next_check_and_build(example: Path) -> None:
    first = briefing_here(example, "check")
    assert first.returncode == 0, first.stderr
    assert _store_files(example), "check kept nothing"
    cache = BuildCache(ArticleStore(example / "build" / "article-cache"))
    load(example / "content", Problems(example / "content"), cache)
    assert cache.store is not None and cache.store.misses == 0 and cache.store.hits > 0
    again = briefing_here(example, "check")
    assert (again.returncode, again.stdout, again.stderr) == \
        (first.returncode, first.stdout, first.stderr)


def test_a_store_that_cannot_be_written_costs_only_time(example: Path) -> None:
    (example / "build").write_text("not a folder", encoding="utf-8")  # the store's parent
    proc = briefing_here(example, "check")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("ok: 5 articles")
