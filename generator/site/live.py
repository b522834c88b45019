"""``briefing serve`` for any engine: Briefing keeps the docs tree current, the engine serves it.

The generator runs in this process, watching ``content/``, the templates and the hand-written
``docs/`` (watchdog: inotify, FSEvents or polling, whatever the system has). On every change it
runs the pipeline again through :class:`LivePreview` (warm caches: only the changed articles
and fact sheets are read again, only the changed charts redrawn), and updates ``build/docs`` and
``build/mkdocs.yml`` writing only the files whose bytes changed. The engine's own server runs
beside it on the same tree and rebuilds and reloads the browser by itself: ``zensical serve``
with its cache, or ``mkdocs serve --dirty``, which rebuilds only the pages whose file is newer
than its HTML. When the navigation or the configuration changes every page is touched, so a
dirty MkDocs rebuild redoes them all and no page keeps a stale menu. (A dirty rebuild's search
index holds only the pages it rebuilt; ``briefing serve --full`` rebuilds every page instead.)

While the content has errors the last good pages are served with the errors on each (the
banner is in the Markdown, so both engines show it), and the same lines go to the terminal.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

from watchdog.events import FileSystemEvent, FileSystemEventHandler
from watchdog.observers import Observer

from generator.content.problems import Problem, Severity
from generator.content.schema import SiteEngine
from generator.site import docs_tree
from generator.site.build import CONFIG_KEY, update_docs
from generator.site.engines import EngineError, environment, label, require, serve_command
from generator.site.folders import build_lock, os_error
from generator.site.pipeline import Result, generate
from generator.site.preview import LivePreview
from generator.site.project import Project

#: How long to wait after a change for more (an editor's save is often several events).
SETTLE = 0.05
#: How far ahead of now the pages a refresh writes are dated (:func:`docs_tree.postdate`):
#: longer than a dirty MkDocs rebuild takes, so one under way while they were written cannot
#: leave its older HTML looking current. Each rebuild within it redoes those pages again.
AHEAD = 30.0
#: How often the watched folders are also compared with what the last refresh read: a watcher
#: can miss a save (network and container file systems, a burst of saves while the pages are
#: written), and a missed save would leave the pages stale until the next one.
POLL = 1.0


def _fingerprint(folders: list[Path]) -> frozenset[tuple[str, int, int]]:
    """Every watched file's path, size and modification time."""
    out = set()
    for folder in folders:
        for root, _dirs, files in os.walk(folder):
            for name in files:
                path = os.path.join(root, name)
                try:
                    st = os.stat(path)
                except OSError:  # removed meanwhile: the next look sees it gone
                    continue
                out.add((path, st.st_size, st.st_mtime_ns))
    return frozenset(out)


class _Changed(FileSystemEventHandler):
    def __init__(self, flag: threading.Event) -> None:
        self.flag = flag

    def on_any_event(self, event: FileSystemEvent) -> None:
        if event.event_type in ("opened", "closed_no_write"):
            return
        name = os.path.basename(os.fsdecode(event.src_path))
        if name.startswith(".") and name.endswith(".tmp"):  # an editor's or our temporary file
            return
        self.flag.set()


class LiveServer:
    """The generator side of ``briefing serve``: one instance per run."""

    def __init__(self, project: Project, engine: SiteEngine, dev_addr: str, *,
                 quiet: bool = False, verbose: bool = False, dirty: bool = True) -> None:
        self.project = project
        self.engine = engine
        self.dev_addr = dev_addr
        self.quiet, self.verbose, self.dirty = quiet, verbose, dirty
        self.cache = project.build_cache(serving=True)
        self.preview = LivePreview()
        self.shown: list[str] = []
        self.errors = 0

    def _run(self) -> Result:
        p = self.project
        return generate(p.content, p.template_dirs(), p.chart_cache, self.cache, pdf=False)

    def refresh(self) -> docs_tree.Changes:
        """Run the pipeline and bring the docs tree up to date; return what changed."""
        started = time.perf_counter()
        state = self.preview.update(self._run)
        self._report(state.problems if not state.ok else state.warnings, state.crash)
        p = self.project
        generated = time.perf_counter()
        with build_lock(p.build):
            txn = update_docs(state.rendered, p.config, p.build, p.docs)
            txn.commit()
            if self.engine is SiteEngine.MKDOCS:
                docs = p.build / "docs"
                touched = (_pages(docs) if CONFIG_KEY in txn.changes.written else
                           [f for f in (*txn.changes.written, *txn.changes.added)
                            if f != CONFIG_KEY])
                docs_tree.postdate(docs, touched, AHEAD)
        if self.verbose:
            changes = txn.changes
            print(f"briefing: {len(changes.written) + len(changes.added)} file(s) written, "
                  f"{len(changes.removed)} removed, {changes.unchanged} unchanged in "
                  f"{time.perf_counter() - started:.2f} s (pipeline "
                  f"{generated - started:.2f} s)", file=sys.stderr)
        return txn.changes

    def _report(self, problems: list[Problem], crash: str) -> None:
        """The content's problems on stderr, once per change (not again on every rebuild):
        the warnings of a clean build too, as `briefing build` prints them, since a page decoded
        from the wrong encoding or about another event builds without an error, and the
        terminal is where the analyst looks after each save."""
        lines = [p.format() for p in sorted(problems)
                 if not self.quiet or p.severity is Severity.ERROR]
        errors = sum(1 for p in problems if p.severity is Severity.ERROR)
        if lines == self.shown and not crash:
            return
        had = self.errors
        # with errors every line again, the state to fix; a clean build's warnings only when
        # new, or each save that moves one hint would repeat them all
        fresh = lines if errors else [line for line in lines if line not in self.shown]
        self.shown, self.errors = lines, errors
        if crash:
            print(crash, file=sys.stderr)
        if fresh:
            print("\n".join(fresh), file=sys.stderr)
        if errors:
            print(f"{errors} error(s): serving the last good pages with the errors shown on "
                  "each; fix and save.", file=sys.stderr)
        elif had and not self.quiet:
            print("briefing: the content is clean again.", file=sys.stderr)

    def watched(self) -> list[Path]:
        p = self.project
        folders = [p.content, p.docs, *p.template_dirs()]
        return [f for f in dict.fromkeys(folders) if f.is_dir()]

    def serve(self) -> int:
        """Build once, start the engine's server, and refresh on every change until the
        server stops or Ctrl-C; return the server's exit status."""
        require(self.engine)
        if _taken(self.dev_addr):
            # the engine would fail only after the first build, with a traceback of its own
            raise EngineError(f"{self.dev_addr} is in use (another `briefing serve` still "
                              "running?): stop it, or serve on another port with -a")
        self.refresh()
        flag = threading.Event()
        observer = Observer()
        handler = _Changed(flag)
        for folder in self.watched():
            observer.schedule(handler, str(folder), recursive=True)
        observer.start()
        cmd = serve_command(self.engine, self.project.build / "mkdocs.yml", self.dev_addr,
                            quiet=self.quiet, verbose=self.verbose, dirty=self.dirty)
        if not self.quiet:
            print(f"briefing: {label(self.engine)} serves http://{self.dev_addr}/ ; watching "
                  + ", ".join(str(f) for f in self.watched()), file=sys.stderr)
        server = subprocess.Popen(cmd, env=environment(), cwd=self.project.build)
        seen, looked = _fingerprint(self.watched()), time.monotonic()
        try:
            while server.poll() is None:
                if not flag.wait(0.2):
                    if time.monotonic() - looked < POLL:
                        continue
                    now, looked = _fingerprint(self.watched()), time.monotonic()
                    if now == seen:
                        continue
                time.sleep(SETTLE)
                flag.clear()
                seen = _fingerprint(self.watched())  # what this refresh reads, or newer
                try:
                    self.refresh()
                except OSError as exc:  # the tree could not be written: say so, keep serving
                    print(f"error: {os_error(exc, 'the pages were not updated')}",
                          file=sys.stderr)
            return server.returncode or 0
        finally:
            observer.stop()
            self.cache.close()
            if server.poll() is None:
                server.terminate()
                try:
                    server.wait(10)
                except subprocess.TimeoutExpired:
                    server.kill()
            observer.join(5)


def _taken(dev_addr: str) -> bool:
    """Whether something already listens on ``host:port``."""
    host, _, port = dev_addr.rpartition(":")
    try:
        number = int(port)
    except ValueError:  # the engine says what is wrong with it
        return False
    with socket.socket(socket.AF_INET6 if ":" in host.strip("[]") else socket.AF_INET) as probe:
        # On POSIX, SO_REUSEADDR lets the probe bind past a closed server's TIME_WAIT but not
        # past a listener; on Windows it would bind past a listener too, so there the probe asks
        # for the port alone instead (SO_EXCLUSIVEADDRUSE), which fails while anyone holds it.
        exclusive = getattr(socket, "SO_EXCLUSIVEADDRUSE", None)
        if exclusive is not None:
            probe.setsockopt(socket.SOL_SOCKET, exclusive, 1)
        else:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host.strip("[]") or "127.0.0.1", number))
        except OSError:
            return True
    return False


def _pages(tree: Path) -> list[str]:
    """Every page of the tree: when the navigation or the configuration changes, all of them
    are marked changed, so a dirty MkDocs rebuild redoes them all and none keeps a stale menu."""
    return [str(path.relative_to(tree)) for path in tree.rglob("*.md")]
