"""`briefing serve` refreshes on a save its file watcher never reported.

Watchers miss saves (network and container file systems, a burst of saves while the pages are
written); the live loop also compares the watched files with what its last refresh read, so a
missed save is picked up within a second or so instead of leaving the pages stale. Here the
watcher is replaced by one that reports nothing, and the engine's server by a process that just
waits: only the comparison can see the save.
"""

from __future__ import annotations

import sys
import threading
import time

import pytest

from generator.content.schema import SiteEngine
from generator.site import live
from generator.site.project import Project
from tests.conftest import copy_example


class _DeafObserver:
    """A watcher that never reports anything."""

    def schedule(self, *args, **kwargs) -> None: ...
    def start(self) -> None: ...
    def stop(self) -> None: ...
    def join(self, timeout: float | None = None) -> None: ...


@pytest.mark.slow  # measured over two seconds: a whole briefing or another process
def test_a_save_the_watcher_missed_is_refreshed(tmp_path, monkeypatch):
    project_dir = copy_example(tmp_path / "briefing")
    project = Project.at(project_dir / "mkdocs.yml")
    monkeypatch.setattr(live, "Observer", _DeafObserver)
    monkeypatch.setattr(live, "require", lambda engine: None)
    monkeypatch.setattr(live, "serve_command", lambda *a, **k: [
        sys.executable, "-c", "import time; time.sleep(6)"])
    refreshed: list[float] = []
    monkeypatch.setattr(live.LiveServer, "refresh", lambda self: refreshed.append(time.time()))
    project.build.mkdir(parents=True, exist_ok=True)  # the first refresh, stubbed, makes it
    server = live.LiveServer(project, SiteEngine.MKDOCS, "127.0.0.1:0", quiet=True)
    thread = threading.Thread(target=server.serve)
    thread.start()
    time.sleep(1.5)
    assert len(refreshed) == 1  # the first build; nothing changed since
    events = project_dir / "content/facts/events.yaml"
    saved = time.time()
    events.write_text(events.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    thread.join(15)
    assert not thread.is_alive()
    later = [t for t in refreshed if t > saved]
    assert len(later) == 1 and later[0] - saved < 3, refreshed
