"""Stage 5, build: write the docs tree and run the site engine, never leaving a half-written site.

The generated Markdown goes to ``build/docs`` (git-ignored) together with the hand-written
``docs/`` folder, and ``build/mkdocs.yml`` is derived from the project's ``mkdocs.yml`` with that
docs folder, the generated navigation and *without* the Briefing plugin. Any engine that reads
``mkdocs.yml`` (MkDocs, Zensical) can build it; nothing here imports MkDocs.

Both the docs tree and the site are built next to their destination and swapped in with renames
only once complete, so a failed or killed build leaves the last good output as it was.
"""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML

from generator.content.files import write_atomic
from generator.site.pages import Rendered
from generator.site.publish import site_extra_files, with_site_url

PLUGIN_NAME = "briefing"
COMPLETE_MARK = ".briefing-complete"


class BuildError(Exception):
    """The site engine failed; the message is for the user, the old site is untouched."""


def _staging(dest: Path) -> Path:
    """A new empty folder beside ``dest`` named ``.<name>.<pid>.<random>``.

    The process id in the name lets a later build tell the leftovers of a killed build (whose
    process is gone) from the folder of a build still running beside it (``mkdocs serve``
    and ``briefing build`` at once)."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    return Path(tempfile.mkdtemp(prefix=f".{dest.name}.{os.getpid()}.", dir=dest.parent))


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # it exists but belongs to someone else
        return True
    return True


def remove_leftovers(dest: Path) -> list[Path]:
    """Remove what killed builds left beside ``dest``: ``.<name>.old`` and staging folders of
    processes that no longer run (or with no process id in their name). Returns them."""
    removed: list[Path] = []
    if not dest.parent.is_dir():
        return removed
    for path in dest.parent.glob(f".{dest.name}.*"):
        parts = path.name.split(".")  # "", name, pid, random
        pid = parts[2] if len(parts) > 3 else ""
        if pid.isdigit() and int(pid) != os.getpid() and _alive(int(pid)):
            continue
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path, ignore_errors=True)
        else:
            path.unlink(missing_ok=True)
        removed.append(path)
    return removed


def _swap_in(new: Path, dest: Path) -> None:
    """Replace ``dest`` by ``new`` (a sibling folder) with renames, so readers never see a mix."""
    old = dest.with_name(f".{dest.name}.old")
    if old.exists():
        shutil.rmtree(old)
    if dest.exists():
        dest.rename(old)
    new.rename(dest)
    if old.exists():
        shutil.rmtree(old, ignore_errors=True)


def _fill(tmp: Path, files: dict[str, str | bytes], copy_from: Path | None) -> None:
    if copy_from is not None and copy_from.is_dir():
        shutil.copytree(copy_from, tmp, dirs_exist_ok=True)
    for rel, data in sorted(files.items()):
        target = tmp / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(data, bytes):
            target.write_bytes(data)
        else:
            target.write_text(data, encoding="utf-8")
    (tmp / COMPLETE_MARK).write_text("complete\n", encoding="utf-8")


def read_mkdocs_config(path: Path) -> dict[str, Any]:
    """The project's mkdocs.yml as plain data. It must not use Python tags (``!!python/name``),
    which both keeps it loadable safely here and keeps it readable by Zensical."""
    yaml = YAML(typ="safe", pure=True)
    try:
        data = yaml.load(path.read_text(encoding="utf-8"))
    except Exception as exc:
        raise BuildError(f"{path}: cannot read the MkDocs configuration: {exc}") from None
    if not isinstance(data, dict):
        raise BuildError(f"{path}: the MkDocs configuration must be a mapping")
    return data


def _without_plugin(plugins: Any) -> list[Any]:
    out = []
    for item in plugins or ["search"]:
        name = item if isinstance(item, str) else next(iter(item), "")
        if name != PLUGIN_NAME:
            out.append(item)
    return out


def derived_config(config_path: Path, docs_dir: Path, nav: list[Any],
                   site_url: str | None = None) -> dict[str, Any]:
    config = with_site_url(read_mkdocs_config(config_path), site_url)
    # Relative to build/mkdocs.yml, which sits beside it: Zensical panics on an absolute docs_dir.
    config["docs_dir"] = docs_dir.name
    config["plugins"] = _without_plugin(config.get("plugins"))
    config.setdefault("nav", nav)
    if "site_dir" in config:
        config["site_dir"] = str((config_path.parent / config["site_dir"]).resolve())
    return config


def _write_config(config: dict[str, Any], path: Path) -> None:
    yaml = YAML(typ="safe", pure=True)
    yaml.default_flow_style = False
    text = io.StringIO()
    text.write("# Generated by `briefing build` from the project's mkdocs.yml: do not edit.\n")
    yaml.dump(config, text)
    write_atomic(path, text.getvalue())


def build(rendered: Rendered, config_path: Path, build_dir: Path, static_docs: Path,
          site_dir: Path | None, *, site_url: str | None = None, strict: bool = True) -> Path:
    """Write ``build/docs`` and ``build/mkdocs.yml`` and, unless ``site_dir`` is None, build the
    site with MkDocs; return the path of the derived config.

    The docs tree is staged beside ``build/docs`` and MkDocs builds from the staged copy, so
    when MkDocs fails neither the docs nor the site change: both are swapped in (renames only)
    once the site is complete. Leftovers of killed builds are removed first."""
    docs = build_dir / "docs"
    remove_leftovers(docs)
    if site_dir is not None:
        remove_leftovers(site_dir)
    files = {**site_extra_files(config_path.parent, static_docs), **rendered.all_files()}
    staged = _staging(docs)
    staged_config = build_dir / f"{staged.name}.yml"  # .docs.<pid>.<random>.yml
    site_tmp: Path | None = None
    try:
        _fill(staged, files, static_docs)
        config = derived_config(config_path, staged, rendered.nav, site_url)
        if site_dir is not None:
            _write_config(config, staged_config)
            site_tmp = _run_mkdocs(staged_config, site_dir, strict)
        _swap_in(staged, docs)
        derived = build_dir / "mkdocs.yml"
        _write_config({**config, "docs_dir": docs.name}, derived)
        if site_tmp is not None and site_dir is not None:
            _swap_in(site_tmp, site_dir)
        return derived
    except BaseException:
        for folder in (staged, site_tmp):
            if folder is not None:
                shutil.rmtree(folder, ignore_errors=True)
        raise
    finally:
        staged_config.unlink(missing_ok=True)


def _run_mkdocs(config: Path, site_dir: Path, strict: bool = True) -> Path:
    """Build the site with MkDocs into a staging folder beside ``site_dir``; return it."""
    tmp = _staging(site_dir)
    cmd = [sys.executable, "-m", "mkdocs", "build", "--quiet", "-f", str(config), "-d", str(tmp)]
    if strict:
        cmd.append("--strict")
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, env=env, check=False)
        if proc.returncode != 0:
            raise BuildError("MkDocs failed; the previous site and docs are unchanged.\n"
                             + (proc.stderr or proc.stdout).strip())
        (tmp / COMPLETE_MARK).write_text("complete\n", encoding="utf-8")
        return tmp
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
