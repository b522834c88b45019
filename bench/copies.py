"""Copy detection measured: an exact shingle index against MinHash, and its cost at scale.

    .venv/bin/python bench/copies.py compare          # dev pages: pairs found by each method
    .venv/bin/python bench/copies.py scale 2000       # time at 2,000 synthetic articles

``compare`` scores, on the corpus's development pages (one briefing per event folder), the
exact index Briefing uses (:mod:`generator.text.shingles`) and MinHash with LSH from
``datasketch`` (``pip install datasketch``; not a dependency of Briefing) on the same six-word
shingles, with the same rule (at least 6 shared shingles covering 8 % of the shorter text),
the shared count estimated from the Jaccard estimate. ``scale`` writes the synthetic corpus of
``bench/corpus.py``, then times, in one process, loading and checking it, the copy families
(:func:`find_copies`), the off-event test and the duplicate test, and, in a fresh process,
the whole ``briefing build --no-pdf`` with a warm chart cache. The synthetic corpus is in one
language, where translations are not looked for at all; the translation step is timed apart on
the same articles tagged with four languages in turn (:func:`translations`: every article's
marks read, the pairs sharing enough of them aligned). The three steps run in one fresh
build cache per run, in a build's order (off-event test, copy families, duplicates), so the copy
families find each article's shingles made by the off-event test, as in a build. Times are CPU
seconds (the least of several runs), which a shared machine disturbs far less than wall time;
the overhead of independent sources is their time over the whole build's.
"""

from __future__ import annotations

import argparse
import dataclasses
import itertools
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.corpus import generate
from generator.analyse.copies import MIN_CONTAINMENT, MIN_SHARED, find_copies
from generator.analyse.translations import translations
from generator.check.duplicates import report_duplicates
from generator.check.off_event import off_event_pages
from generator.content.cache import BuildCache
from generator.content.problems import Problems
from generator.content.shingled import compared
from generator.site.pipeline import run_check
from generator.text.countries import country_code
from generator.text.shingles import shingle
from tests import fidelity
from tests.realpages import corpus_dir, load_all


def _pairs_score(found: dict[str, set[frozenset]], labelled: dict[str, set[frozenset]]):
    right = sum(len(found[e] & labelled[e]) for e in labelled)
    n_found = sum(len(v) for v in found.values())
    n_labelled = sum(len(v) for v in labelled.values())
    return right, n_found, n_labelled


def _minhash_families(content, num_perm: int = 128):
    from datasketch import MinHash, MinHashLSH

    articles = list(content.articles.values())
    texts = [shingle(compared(a)) for a in articles]
    sets = [set(t.hashes[~t.quoted].tolist()) for t in texts]
    hashes = []
    lsh = MinHashLSH(threshold=0.03, num_perm=num_perm)
    for i, s in enumerate(sets):
        m = MinHash(num_perm=num_perm)
        m.update_batch([h.to_bytes(8, "little") for h in s])
        hashes.append(m)
        lsh.insert(str(i), m)
    parent = list(range(len(articles)))

    def root(i: int) -> int:
        while parent[i] != i:
            i = parent[i]
        return i

    for i, m in enumerate(hashes):
        for key in lsh.query(m):
            j = int(key)
            if j <= i:
                continue
            jac = m.jaccard(hashes[j])
            union = (len(sets[i]) + len(sets[j])) / (1 + jac)  # |A ∪ B| from J
            shared = jac * union
            small = min(len(sets[i]), len(sets[j])) or 1
            if shared >= MIN_SHARED and shared / small >= MIN_CONTAINMENT:
                parent[root(i)] = root(j)
    return {a.id: root(i) for i, a in enumerate(articles)}


def compare() -> None:
    pages = list(load_all(split="dev"))
    by_event = fidelity._events(pages)
    labelled, exact, minhash = {}, {}, {}
    t_exact = t_minhash = 0.0
    for event, group in by_event.items():
        ids = fidelity.page_ids(group)
        with tempfile.TemporaryDirectory() as tmp:
            content = fidelity.corpus_briefing(group, Path(tmp))
        pairs = [(a, b) for a, b in itertools.combinations(sorted(ids), 2)
                 if not (ids[a].translation or ids[b].translation)]
        labelled[event] = {frozenset(p) for p in pairs
                           if ids[p[0]].family and ids[p[0]].family == ids[p[1]].family}
        start = time.perf_counter()
        copies = find_copies(content)
        t_exact += time.perf_counter() - start
        exact[event] = {frozenset(p) for p in pairs if copies.family_of.get(p[0]) is not None
                        and copies.family_of.get(p[0]) is copies.family_of.get(p[1])}
        start = time.perf_counter()
        roots = _minhash_families(content)
        t_minhash += time.perf_counter() - start
        minhash[event] = {frozenset(p) for p in pairs if roots[p[0]] == roots[p[1]]}
    print("| method | pairs right | precision | recall | time (dev, 91 pages) |")
    print("|---|---:|---:|---:|---:|")
    for name, found, spent in (("exact six-word index", exact, t_exact),
                               ("MinHash + LSH (128 permutations)", minhash, t_minhash)):
        right, n_found, n_labelled = _pairs_score(found, labelled)
        print(f"| {name} | {right} | {right / max(n_found, 1):.1%} ({right}/{n_found}) | "
              f"{right / n_labelled:.1%} ({right}/{n_labelled}) | {spent:.2f} s |")


def scale(n: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = generate(Path(tmp) / "corpus", n)
        start = time.perf_counter()
        checked, _problems = run_check(root / "content")
        t_check = time.perf_counter() - start
        content = checked.content
        four = ("en", "fr", "de", "es")
        tagged = [dataclasses.replace(a, language=four[i % 4])
                  for i, a in enumerate(content.articles.values())]
        steps = (("off-event test", lambda: off_event_pages(content)),
                 ("copy families", lambda: find_copies(content)),
                 ("duplicates", lambda: report_duplicates(content, Problems(root))),
                 ("translations, in four languages", lambda: translations(tagged, content.cache)))
        timings = {name: (float("inf"), None) for name, _fn in steps}
        for _ in range(5):  # CPU time, the least of five: the machine may be shared
            # each run cold, as a build's one run is, in one build's cache, in a build's order
            # (the check's off-event test, then the analysis' copy families): the two shingle
            # each article once between them (generator/content/shingled.py)
            country_code.cache_clear()
            content.cache = BuildCache()
            for name, fn in steps:
                start = time.process_time()
                result = fn()
                timings[name] = (min(timings[name][0], time.process_time() - start), result)
        families = timings["copy families"][1].families
        briefing = [sys.executable, "-m", "generator", "build", "--no-pdf"]
        subprocess.run(briefing, cwd=root, capture_output=True, check=True)  # fill chart cache
        whole = float("inf")
        for _ in range(2):
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            subprocess.run(briefing, cwd=root, capture_output=True, check=True)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            whole = min(whole, (after.ru_utime - before.ru_utime)
                        + (after.ru_stime - before.ru_stime))
    spent = sum(t for name, (t, _r) in timings.items() if not name.startswith("translations"))
    print(f"{n} articles: load + check {t_check:.2f} s wall (with the two tests); whole "
          f"`briefing build --no-pdf` {whole:.2f} s CPU (MkDocs included, chart cache warm)")
    for name, (t, _r) in timings.items():
        print(f"  {name}: {t:.3f} s ({t / whole:.1%} of the whole build)")
    print(f"  {len(families)} families, {sum(len(f.members) for f in families)} articles in them")
    print(f"  independent sources in all: {spent:.3f} s = {spent / whole:.1%} of the whole build")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="what", required=True)
    sub.add_parser("compare")
    p = sub.add_parser("scale")
    p.add_argument("articles", type=int, nargs="?", default=2000)
    args = parser.parse_args()
    if args.what == "compare":
        if corpus_dir() is None:
            sys.exit("the corpus is not here (../shared/corpus)")
        compare()
    else:
        scale(args.articles)


if __name__ == "__main__":
    main()
