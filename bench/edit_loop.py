"""Benchmark: the edit loop, end to end, with each site engine.

What an analyst waits for under ``briefing serve``: from saving a fact sheet to the served page
showing the change. For each size a synthetic corpus is written (bench/corpus.py, fixed seed),
``briefing serve --engine ENGINE`` is started on it, and once it serves, the unit of a figure in
``content/facts/facts.yaml`` is corrected several times (the analyst edits one figure: its chart
is redrawn, the comparison page and the overview change; a correction of a value would have to
change the article's words too, or ``check`` refuses it). After each save the comparison page is
fetched every 20 ms until it shows the new unit; the time from the write to that response is
the edit loop. The browser's own reload (a websocket message and one page load) is not
included; it is tens of milliseconds on localhost.

    .venv/bin/python bench/edit_loop.py [--sizes 250 1000 2000] [--engines mkdocs zensical]
                                        [--edits 5] [--out bench/edit_loop.json]

Prints a Markdown table (for BENCHMARKS.md) and writes the figures as JSON.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from corpus import generate as make_corpus  # noqa: E402

PY = sys.executable
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "CI": "true"}
POLL = 0.02
REFRESH = re.compile(r"briefing: \d+ file\(s\) written, .* in ([\d.]+) s")
STARTUP_LIMIT = 900.0  # seconds: a cold start at 2,000 articles on a busy machine
EDIT_LIMIT = 120.0
# The comparison page shows figure-0's reports as "VALUE UNIT" in its table.
FIGURE = re.compile(r"(?m)^(  - id: figure-0\n    label: .*\n)(    unit: .*\n)?")
VALUE = re.compile(r"(?m)^  - id: figure-0\n(?:    .*\n)*?        value: (\d+)$")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def fetch(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8", "replace")
    except (urllib.error.URLError, OSError):
        return None


def wait_for(url: str, text: str, limit: float, server: subprocess.Popen) -> float:
    """Seconds until ``url`` answers with ``text`` in it (polled every 20 ms)."""
    start = time.perf_counter()
    while True:
        body = fetch(url)
        if body is not None and text in body:
            return time.perf_counter() - start
        if server.poll() is not None:
            raise SystemExit(f"the server stopped (status {server.returncode})")
        if time.perf_counter() - start > limit:
            raise SystemExit(f"{url} did not show {text!r} within {limit:.0f} s")
        time.sleep(POLL)


def set_unit(facts: Path, unit: str) -> int:
    """Set figure-0's unit (as an editor saves: one write of the whole file); return its value."""
    text = facts.read_text(encoding="utf-8")
    found = FIGURE.search(text)
    value = VALUE.search(text)
    assert found and value, "figure-0 not found in the synthetic fact sheet"
    line = f"    unit: {unit}\n" if unit else ""
    facts.write_text(text[:found.end(1)] + line + text[found.end():], encoding="utf-8")
    return int(value.group(1))


def measure(project: Path, engine: str, edits: int) -> dict:
    port = free_port()
    base = f"http://127.0.0.1:{port}/"
    page = base + "comparison/"
    log = project / f"serve-{engine}.log"
    facts = project / "content" / "facts" / "facts.yaml"
    value = set_unit(facts, "fighters")
    with log.open("w") as out:
        # "plugin": the MkDocs plugin under `mkdocs serve`, what `briefing serve` ran before
        # (every change rebuilds the whole site), as the baseline.
        cmd = ([PY, "-m", "mkdocs", "serve", "-a", f"127.0.0.1:{port}"] if engine == "plugin"
               else [PY, "-m", "generator", "serve", "-v", "--engine", engine,
                     "-a", f"127.0.0.1:{port}"])
        server = subprocess.Popen(cmd, cwd=project, stdout=out,
                                  stderr=subprocess.STDOUT, env=ENV, start_new_session=True)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))  # stop the server when stopped
    try:
        startup = wait_for(page, f"{value} fighters", STARTUP_LIMIT, server)
        time.sleep(2.0)  # let the engine's watcher settle after its first build
        loops = []
        for i in range(1, edits + 1):
            unit = f"fighters, revision {i}"
            t0 = time.perf_counter()
            set_unit(facts, unit)
            wait_for(page, f"{value} {unit}", EDIT_LIMIT, server)
            loops.append(time.perf_counter() - t0)
            time.sleep(1.0)  # an analyst reads before the next save
        # Briefing's own part of each loop (pipeline and docs tree), from `serve -v`'s lines;
        # the rest is the engine noticing, rebuilding and serving.
        ours = [float(x) for x in REFRESH.findall(log.read_text(encoding="utf-8"))][-edits:]
        return {"articles": None, "engine": engine, "startup": startup,
                "edits": loops, "median": statistics.median(loops), "min": min(loops),
                "max": max(loops), "briefing": ours,
                "briefing_median": statistics.median(ours) if ours else float("nan")}
    finally:
        set_unit(facts, "")
        os.killpg(server.pid, signal.SIGTERM)
        try:
            server.wait(30)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
            server.wait()


def table(rows: list[dict]) -> str:
    out = ["| articles | engine | edit → page, median s | min s | max s | of which Briefing s "
           "| start-up s |", "|---:|---|---:|---:|---:|---:|---:|"]
    for r in rows:
        out.append(f"| {r['articles']} | {r['engine']} | {r['median']:.2f} | {r['min']:.2f} "
                   f"| {r['max']:.2f} | {r['briefing_median']:.2f} | {r['startup']:.1f} |")
    return "\n".join(out)


def main() -> None:
    p = argparse.ArgumentParser(description="Briefing edit-loop benchmark")
    p.add_argument("--sizes", type=int, nargs="+", default=[250, 1000, 2000])
    p.add_argument("--engines", nargs="+", default=["zensical", "mkdocs"],
                   choices=["zensical", "mkdocs", "plugin"])
    p.add_argument("--edits", type=int, default=5)
    p.add_argument("--work", type=Path, help="keep the corpora here (default: a temp folder)")
    p.add_argument("--out", type=Path)
    args = p.parse_args()
    rows = []
    with tempfile.TemporaryDirectory(prefix="briefing-edit-loop-") as tmp:
        work = args.work or Path(tmp)
        for size in args.sizes:
            project = work / f"e{size}"
            make_corpus(project, size)
            for engine in args.engines:
                row = measure(project, engine, args.edits)
                row["articles"] = size
                rows.append(row)
                print(f"{size} articles, {engine}: median {row['median']:.2f} s "
                      f"({', '.join(f'{x:.2f}' for x in row['edits'])}); start-up "
                      f"{row['startup']:.1f} s", file=sys.stderr, flush=True)
    print(table(rows))
    if args.out:
        meta = {"machine": platform.machine(), "python": platform.python_version(),
                "cpus": os.cpu_count(), "date": time.strftime("%Y-%m-%d")}
        args.out.write_text(json.dumps({"meta": meta, "rows": rows}, indent=1) + "\n",
                            encoding="utf-8")


if __name__ == "__main__":
    main()
