"""Stage 5, build: write the docs tree and run the site engine, never leaving a half-written site.

The generated Markdown goes to ``build/docs`` (git-ignored) together with the hand-written
``docs/`` folder, and ``build/mkdocs.yml`` is derived from the project's ``mkdocs.yml`` with that
docs folder, the generated navigation and *without* the Briefing plugin. Any engine that reads
``mkdocs.yml`` (MkDocs, Zensical) can build it; nothing here imports MkDocs.

Both the docs tree and the site are built next to their destination and exchanged in only once
complete, so a failed or killed build leaves the last good output as it was; what may be replaced
and how is :mod:`generator.site.folders`.
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML

from generator.content.files import write_atomic
from generator.site.folders import (
    COMPLETE_MARK,
    CONFIG_MARK,
    FolderError,
    build_lock,
    check_destination,
    copy_tree,
    finish_staging,
    make_folder,
    os_error,
    remove_leftovers,
    remove_tree,
    staging,
    swap_in,
)
from generator.site.pages import Rendered
from generator.site.publish import site_extra_files, with_site_url

PLUGIN_NAME = "briefing"


class BuildError(Exception):
    """The build cannot go on; the message (one line, or MkDocs' own report) is for the user,
    and the old site and docs are untouched."""


def _fill(tmp: Path, files: dict[str, str | bytes], copy_from: Path | None) -> None:
    if copy_from is not None and copy_from.is_dir():
        copy_tree(copy_from, tmp)
    for rel, data in sorted(files.items()):
        target = tmp / rel
        make_folder(target.parent)
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


def _write_config(config: dict[str, Any], path: Path, head: str) -> None:
    """Write the derived configuration with a YAML serializer and read it back: an engine must
    see exactly the configuration we meant."""
    yaml = YAML(typ="safe", pure=True)
    yaml.default_flow_style = False
    text = io.StringIO()
    text.write(head + "\n")
    yaml.dump(config, text)
    if YAML(typ="safe", pure=True).load(text.getvalue()) != config:
        raise BuildError(f"{path}: the generated configuration does not read back as written")
    write_atomic(path, text.getvalue())


def check_destinations(protected: dict[str, Path], inputs: dict[str, Path], build_dir: Path,
                       site_dir: Path | None) -> None:
    """Refuse, before anything is written, a site or docs folder that is or holds the project,
    its configuration or content, lies inside a folder the build reads, or is not ours."""
    try:
        check_destination(build_dir / "docs", protected=protected, inputs=inputs,
                          what="the docs folder")
        if site_dir is not None:
            check_destination(site_dir, protected=protected, inputs=inputs,
                              what="the site folder")
    except FolderError as exc:
        raise BuildError(str(exc)) from None


def build(rendered: Rendered, config_path: Path, build_dir: Path, static_docs: Path,
          site_dir: Path | None, *, site_url: str | None = None, strict: bool = True,
          protected: dict[str, Path] | None = None, inputs: dict[str, Path] | None = None,
          waiting: Callable[[str], None] | None = None) -> Path:
    """Write ``build/docs`` and ``build/mkdocs.yml`` and, unless ``site_dir`` is None, build the
    site with MkDocs; return the path of the derived config.

    The destinations are checked first (:func:`check_destinations`, with ``protected`` and
    ``inputs`` as well as the configuration and the hand-written docs). One build of a project
    runs at a time (``waiting`` hears when another holds the lock). The docs tree is staged
    beside ``build/docs`` and MkDocs builds from the staged copy, so when MkDocs fails neither
    the docs nor the site change: both are exchanged in once the site is complete. Leftovers of
    killed builds are removed first. OS errors become one-line :class:`BuildError` messages."""
    protected = {"configuration": config_path, **(protected or {})}
    inputs = {"hand-written docs folder": static_docs, **(inputs or {})}
    check_destinations(protected, inputs, build_dir, site_dir)
    try:
        with build_lock(build_dir, waiting):
            return _build(rendered, config_path, build_dir, static_docs, site_dir,
                          site_url=site_url, strict=strict)
    except OSError as exc:
        raise BuildError(os_error(exc, "the build stopped; the previous site and docs are "
                                       "unchanged")) from None


def _build(rendered: Rendered, config_path: Path, build_dir: Path, static_docs: Path,
           site_dir: Path | None, *, site_url: str | None, strict: bool) -> Path:
    docs = build_dir / "docs"
    remove_leftovers(docs)
    if site_dir is not None:
        remove_leftovers(site_dir)
    files = {**site_extra_files(config_path.parent, static_docs), **rendered.all_files()}
    staged = staging(docs)
    staged_config = build_dir / f"{staged.name}.yml"  # .docs.<pid>.<random>.yml
    site_tmp: Path | None = None
    try:
        _fill(staged, files, static_docs)
        config = derived_config(config_path, staged, rendered.nav, site_url)
        if site_dir is not None:
            _write_config(config, staged_config, CONFIG_MARK.format(pid=os.getpid()))
            site_tmp = _run_mkdocs(staged_config, site_dir, strict)
        swap_in(finish_staging(staged), docs)
        derived = build_dir / "mkdocs.yml"
        _write_config({**config, "docs_dir": docs.name}, derived,
                      "# Generated by `briefing build` from the project's mkdocs.yml: do not edit.")
        if site_tmp is not None and site_dir is not None:
            swap_in(finish_staging(site_tmp), site_dir)
        return derived
    except BaseException:
        for folder in (staged, site_tmp):
            if folder is not None and folder.exists():
                remove_tree(folder)
        raise
    finally:
        staged_config.unlink(missing_ok=True)


def _run_mkdocs(config: Path, site_dir: Path, strict: bool = True) -> Path:
    """Build the site with MkDocs into a staging folder beside ``site_dir``; return it."""
    tmp = staging(site_dir)
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
        remove_tree(tmp)
        raise
