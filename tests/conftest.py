"""Shared fixtures: copies of the example briefing, built for real with MkDocs."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")


def copy_example(dest: Path) -> Path:
    """A private copy of the example project (content, docs, mkdocs.yml) to break or build."""
    dest.mkdir(parents=True, exist_ok=True)
    for name in ("content", "docs"):
        shutil.copytree(REPO / name, dest / name)
    shutil.copy(REPO / "mkdocs.yml", dest / "mkdocs.yml")
    return dest


def run_briefing(cwd: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "generator", *args], cwd=cwd,
                          capture_output=True, text=True, check=False)


def run_mkdocs(cwd: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "mkdocs", *args], cwd=cwd,
                          capture_output=True, text=True, check=False)


@pytest.fixture
def example(tmp_path: Path) -> Path:
    return copy_example(tmp_path / "briefing")


@pytest.fixture(scope="session")
def plugin_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The example built by `mkdocs build --strict` with the Briefing plugin."""
    project = copy_example(tmp_path_factory.mktemp("plugin") / "briefing")
    proc = run_mkdocs(project, "build", "--strict", "-d", "site")
    assert proc.returncode == 0, proc.stderr
    return project / "site"


@pytest.fixture(scope="session")
def cli_project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The example built by `briefing build` (no plugin involved)."""
    project = copy_example(tmp_path_factory.mktemp("cli") / "briefing")
    proc = run_briefing(project, "build")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    return project
