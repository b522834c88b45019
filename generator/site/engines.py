"""The site engines: how each one is run on the generated tree, and nothing else about them.

Both read the same ``build/mkdocs.yml`` and ``build/docs`` (engine-neutral, no plugin), so the
choice is only which program runs:

* **MkDocs** (with Material): ``mkdocs build -f build/mkdocs.yml -d <staging>``, and for the live
  preview ``mkdocs serve --dirty`` on the same tree (only pages whose file changed are rebuilt;
  :mod:`generator.site.live` touches every page when the navigation changes, so that stays
  correct).
* **Zensical**: ``zensical build -f build/mkdocs.yml``. Zensical keeps its site inside the folder
  of its configuration (``build/site``) and its cache (``build/.cache``) is keyed by the
  configuration and the docs folder's path, which is why the tree is updated in place
  (:mod:`generator.site.docs_tree`) and the configuration rewritten only when it changes; the
  finished ``build/site`` is then copied to a staging folder beside the project's site and
  exchanged in. ``zensical serve`` is its live preview.

Nothing here imports either engine: they run as ``python -m`` subprocesses of this interpreter.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

from generator.content.schema import SiteEngine
from generator.site.folders import COMPLETE_MARK, copy_tree, remove_tree, staging

#: Where Zensical writes the site, relative to the derived configuration (it must be inside
#: the configuration's folder). MkDocs is always given ``-d``.
ENGINE_SITE = "site"

ENGINES = tuple(engine.value for engine in SiteEngine)
_MODULE = {SiteEngine.MKDOCS: "mkdocs", SiteEngine.ZENSICAL: "zensical"}
_INSTALL = {SiteEngine.MKDOCS: "pip install 'mkdocs>=1.6,<2' mkdocs-material",
            SiteEngine.ZENSICAL: "pip install zensical"}
#: MkDocs 1.6.1 prints a banner about MkDocs 2 on every run unless told not to.
ENV = {"NO_MKDOCS_2_WARNING": "1"}


class EngineError(Exception):
    """The engine is missing or failed; the message is for the user."""


def label(engine: SiteEngine) -> str:
    return "MkDocs" if engine is SiteEngine.MKDOCS else "Zensical"


def require(engine: SiteEngine) -> None:
    """Fail with a one-line hint when the engine is not installed in this interpreter."""
    if importlib.util.find_spec(_MODULE[engine]) is None:
        raise EngineError(f"{label(engine)} is not installed here ({_INSTALL[engine]}); or "
                          f"choose the other engine with --engine or `engine:` in briefing.yaml")


def command(engine: SiteEngine, *args: str) -> list[str]:
    return [sys.executable, "-m", _MODULE[engine], *args]


def environment() -> dict[str, str]:
    return {**os.environ, **ENV}


def _cwd(engine: SiteEngine, config: Path) -> Path | None:
    """Where the engine runs. MkDocs runs where Briefing was started, as it always did: paths in
    mkdocs.yml that its extensions read relative to the working folder (pymdownx.snippets'
    ``base_path``) keep their meaning. Zensical writes its site beside the config it reads."""
    return config.parent if engine is SiteEngine.ZENSICAL else None


def build_site(engine: SiteEngine, config: Path, site_dir: Path, *, strict: bool) -> Path:
    """Build the site from ``config`` into a complete staging folder beside ``site_dir``, to be
    exchanged in by the caller; return it. Raise :class:`EngineError` with the engine's report."""
    require(engine)
    tmp = staging(site_dir)
    try:
        if engine is SiteEngine.MKDOCS:
            args = ["build", "--quiet", "-f", str(config), "-d", str(tmp)]
            args += ["--strict"] if strict else []
        else:
            args = ["build", "-f", str(config)] + (["--strict"] if strict else [])
        proc = subprocess.run(command(engine, *args), capture_output=True, text=True,
                              env=environment(), cwd=_cwd(engine, config), check=False)
        if proc.returncode != 0:
            raise EngineError(f"{label(engine)} failed; the previous site and docs are "
                              "unchanged.\n" + (proc.stderr or proc.stdout).strip())
        if engine is SiteEngine.ZENSICAL:
            built = config.parent / ENGINE_SITE
            if not (built / "index.html").is_file():
                raise EngineError(f"Zensical wrote no site into {built}; the previous site and "
                                  "docs are unchanged.\n" + (proc.stderr or proc.stdout).strip())
            copy_tree(built, tmp)
        (tmp / COMPLETE_MARK).write_text("complete\n", encoding="utf-8")
        return tmp
    except BaseException:
        remove_tree(tmp)
        raise


def serve_command(engine: SiteEngine, config: Path, dev_addr: str, *, quiet: bool = False,
                  verbose: bool = False, dirty: bool = True) -> list[str]:
    """The engine's own live-reloading server on the generated tree (``dirty``: MkDocs
    rebuilds only the pages whose file changed)."""
    if engine is SiteEngine.MKDOCS:
        args = ["serve", *(["--dirty"] if dirty else []), "-f", str(config), "-a", dev_addr]
        args += ["-q"] if quiet else ["-v"] if verbose else []
    else:
        args = ["serve", "-f", str(config), "-a", dev_addr]
    return command(engine, *args)
