"""Benchmark: how Briefing's cost grows with the number of articles, against the site engine.

For each size it generates a synthetic corpus (bench/corpus.py, fixed seed) and measures, each
in a fresh process so memory and imports count fully:

- generator: load + check + analyse + render + charts, cold (empty chart cache and article
  store, ``build/article-cache``) and warm; with the store emptied and the charts kept, once in
  one process and once with worker processes reading the articles (their speed-up);
- plugin: the whole ``mkdocs build`` with the Briefing plugin (warm chart cache and store), and
  the time the plugin's generator call takes inside it ("generator in build": the generator's
  share); then the same with an empty article store (a fresh clone, a new Briefing version);
- bare: ``mkdocs build`` of the same generated Markdown with the plugin off (build/mkdocs.yml);
- rebuild: what ``mkdocs serve`` does after one fact sheet changes: the generator part in a
  process that already built once (caches warm), and the whole rebuild;
- site size per article page and peak memory (max RSS) of each process.

    .venv/bin/python bench/run.py [--sizes 250 500 1000 2000] [--out BENCHMARKS.json]

The figures go to stdout as a Markdown table (paste into BENCHMARKS.md) and as JSON.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from corpus import generate as make_corpus  # noqa: E402

PY = sys.executable
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "CI": "true"}

_RUSAGE = ("import resource, sys, json, time, runpy\n"
           "t = time.perf_counter()\n"
           "try:\n    {body}\n"
           "finally:\n"
           "    print('BENCH ' + json.dumps({{'seconds': time.perf_counter() - t, "
           "'maxrss_mb': resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}}), "
           "file=sys.stderr)\n")


def timed(body: str, cwd: Path) -> dict:
    """Run ``body`` in a fresh interpreter; return its wall time (incl. imports) and max RSS."""
    start = time.perf_counter()
    proc = subprocess.run([PY, "-c", _RUSAGE.format(body=body)], cwd=cwd, env=ENV,
                          capture_output=True, text=True, check=False)
    wall = time.perf_counter() - start
    line = next((x for x in proc.stderr.splitlines() if x.startswith("BENCH ")), None)
    if proc.returncode not in (0, None) and line is None:
        raise SystemExit(f"failed in {cwd}:\n{proc.stderr[-3000:]}")
    data = json.loads(line[6:]) if line else {}
    data["wall"] = wall
    spent = next((x for x in proc.stderr.splitlines() if x.startswith("GENERATE ")), None)
    if spent:
        data["generate"] = float(spent.split()[1])
    return data


# As `briefing build` runs it: with the build folder's chart cache and article store.
GENERATOR = ("from pathlib import Path\n"
             "    from generator.site.pipeline import generate\n"
             "    from generator.site.project import Project\n"
             "    p = Project.at(Path('mkdocs.yml'))\n"
             "    r = generate(p.content, None, p.chart_cache, p.build_cache())\n"
             "    print(len(r.rendered.pages), file=sys.stderr)")
# The same in one process: no worker processes for the articles (their speed-up, measured).
GENERATOR_SERIAL = GENERATOR.replace(
    "    p = Project.at", "    from generator.content import workers\n"
    "    workers.POOL_FROM = 10 ** 9\n    p = Project.at")
# The plugin's call of the generator, timed inside the MkDocs build it is part of (imports that
# MkDocs and the generator share are paid once, as in real use).
MKDOCS = ("import generator.site.pipeline as gp\n"
          "    _orig, _spent = gp.generate, [0.0]\n"
          "    def _timed(*a, **k):\n"
          "        t0 = time.perf_counter()\n"
          "        try:\n            return _orig(*a, **k)\n"
          "        finally:\n            _spent[0] += time.perf_counter() - t0\n"
          "    gp.generate = _timed\n"
          "    import atexit\n"
          "    atexit.register(lambda: print('GENERATE', _spent[0], file=sys.stderr))\n"
          "    sys.argv = ['mkdocs', 'build', '-q', {args}]\n"
          "    try:\n        runpy.run_module('mkdocs', run_name='__main__')\n"
          "    except SystemExit as e:\n        assert not e.code, e.code")
# What `mkdocs serve` does after the analyst edits one fact sheet: the plugin's generator call
# again in a process that has built once (caches warm, matplotlib imported). The edit retitles
# one figure, so that figure's chart must be redrawn and its pages re-rendered. (It corrected a
# report's value until `briefing check` compared values with their quotes: a value its quote
# does not give is now an error, and the rebuild stopped there.)
REBUILD = """from pathlib import Path
    from generator.site.pipeline import generate
    from generator.site.project import Project
    p = Project.at(Path('mkdocs.yml'))
    cache = p.build_cache(serving=True)  # as the plugin under `mkdocs serve`
    generate(p.content, None, p.chart_cache, cache=cache)
    facts = Path('content/facts/facts.yaml')
    text = facts.read_text()
    assert '  - id: figure-0\\n    label: Measure 0\\n' in text
    facts.write_text(text.replace('label: Measure 0\\n', 'label: Measure 0, revised\\n', 1))
    t0 = time.perf_counter()
    generate(p.content, None, p.chart_cache, cache=cache)
    print('REBUILD', time.perf_counter() - t0, file=sys.stderr)"""
PDF = """from pathlib import Path
    from generator.site.pipeline import generate
    r = generate(Path('content'), None, Path('build/chart-cache'), pdf=True)
    print(len(r.rendered.files['briefing.pdf']), file=sys.stderr)"""


def du(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def measure_pdf(size: int, work: Path) -> dict:
    """The whole generator run with the PDF (charts warm), minus the same run without it."""
    project = work / f"pdf{size}"
    make_corpus(project, size)
    timed(GENERATOR, project)  # draw the charts once
    with_pdf, without = timed(PDF, project), timed(GENERATOR, project)
    return {"articles": size, "pdf_seconds": with_pdf["wall"] - without["wall"],
            "generator_with_pdf": with_pdf["wall"], "maxrss_mb": with_pdf["maxrss_mb"]}


def measure(size: int, work: Path) -> dict:
    project = work / f"b{size}"
    make_corpus(project, size)
    row: dict = {"articles": size}
    row["generator_cold"] = timed(GENERATOR, project)
    # the article store emptied, the charts kept: reading every article, with and without the
    # worker processes
    for key, body in (("read_all_one_process", GENERATOR_SERIAL), ("read_all_pool", GENERATOR)):
        shutil.rmtree(project / "build" / "article-cache")
        row[key] = timed(body, project)
    row["generator_warm"] = timed(GENERATOR, project)
    row["plugin"] = timed(MKDOCS.format(args="'-d', 'site-plugin'"), project)
    # the same build with an empty article store (a new clone, a new version of Briefing)
    shutil.rmtree(project / "build" / "article-cache")
    row["plugin_new_store"] = timed(MKDOCS.format(args="'-d', 'site-plugin'"), project)
    subprocess.run([PY, "-m", "generator", "build", "--docs-only"], cwd=project, env=ENV,
                   check=True, capture_output=True)
    row["bare"] = timed(MKDOCS.format(args="'-f', 'build/mkdocs.yml', '-d', '../site-bare'"),
                        project)
    proc = subprocess.run([PY, "-c", _RUSAGE.format(body=REBUILD)], cwd=project, env=ENV,
                          capture_output=True, text=True, check=True)
    row["rebuild_generator"] = float(next(x for x in proc.stderr.splitlines()
                                          if x.startswith("REBUILD")).split()[1])
    # whole serve-style rebuild: the plugin build again after the fact-sheet edit
    row["rebuild_whole"] = timed(MKDOCS.format(args="'-d', 'site-plugin'"), project)
    site = project / "site-plugin"
    pages = list((site / "articles").glob("a*/index.html"))
    row["site_mb"] = du(site) / 1e6
    row["kb_per_article_page"] = sum(p.stat().st_size for p in pages) / len(pages) / 1e3
    row["site_kb_per_article"] = du(site) / size / 1e3
    return row


def table(rows: list[dict]) -> str:
    head = ("| articles | generator cold s | generator warm s | plugin build s | bare build s "
            "| plugin/bare | generator in build s | generator share "
            "| generator in build, empty store s | its share "
            "| all articles read, one process s | with workers s | serve: generator s "
            "| serve: whole s "
            "| site MB | site KB/article | KB/article page | peak MB (plugin) |")
    out = [head, "|" + "|".join(["---:"] * (head.count("|") - 1)) + "|"]
    for r in rows:
        plugin, bare = r["plugin"]["wall"], r["bare"]["wall"]
        gen = r["generator_warm"]["wall"]
        inside = r["plugin"].get("generate", float("nan"))
        new = r["plugin_new_store"]
        first = new.get("generate", float("nan"))
        out.append(
            f"| {r['articles']} | {r['generator_cold']['wall']:.2f} | {gen:.2f} | {plugin:.2f} "
            f"| {bare:.2f} | {plugin / bare:.2f} | {inside:.2f} | {inside / plugin:.0%} "
            f"| {first:.2f} | {first / new['wall']:.0%} "
            f"| {r['read_all_one_process']['wall']:.2f} | {r['read_all_pool']['wall']:.2f} "
            f"| {r['rebuild_generator']:.2f} | {r['rebuild_whole']['wall']:.2f} "
            f"| {r['site_mb']:.1f} | {r['site_kb_per_article']:.0f} "
            f"| {r['kb_per_article_page']:.0f} | {r['plugin']['maxrss_mb']:.0f} |")
    return "\n".join(out)


def main() -> None:
    p = argparse.ArgumentParser(description="Briefing benchmark")
    p.add_argument("--sizes", type=int, nargs="+", default=[250, 500, 1000, 2000])
    p.add_argument("--pdf-sizes", type=int, nargs="*", default=[100])
    p.add_argument("--out", type=Path)
    args = p.parse_args()
    rows, pdfs = [], []
    with tempfile.TemporaryDirectory(prefix="briefing-bench-") as tmp:
        for size in args.sizes:
            rows.append(measure(size, Path(tmp)))
            print(f"measured {size}", file=sys.stderr)
        for size in args.pdf_sizes:
            pdfs.append(measure_pdf(size, Path(tmp)))
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python "
          f"{platform.python_version()}\n")
    print(table(rows))
    for r in pdfs:
        print(f"\nPDF of {r['articles']} articles: {r['pdf_seconds']:.1f} s on top of the "
              f"generator ({r['generator_with_pdf']:.1f} s in all, peak {r['maxrss_mb']:.0f} MB)")
    if args.out:
        args.out.write_text(json.dumps({"site": rows, "pdf": pdfs}, indent=1) + "\n")


if __name__ == "__main__":
    main()
