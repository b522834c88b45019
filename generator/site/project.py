"""Where a briefing project keeps its parts, relative to its ``mkdocs.yml``.

One place for these conventions so the CLI, the plugin and ``briefing new`` agree.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from generator.content.cache import BuildCache
from generator.content.load import load_meta
from generator.content.schema import SiteEngine
from generator.content.store import ArticleStore
from generator.render.templating import default_templates


@dataclass(frozen=True)
class Project:
    root: Path
    config: Path
    content: Path
    docs: Path  # hand-written pages and assets, copied into the docs tree
    build: Path  # generated docs tree and derived config (git-ignored)
    site: Path

    @classmethod
    def at(cls, config: Path, content: Path | None = None, site: Path | None = None) -> Project:
        root = config.resolve().parent
        return cls(
            root=root,
            config=config.resolve(),
            content=(content or root / "content").resolve(),
            docs=root / "docs",
            build=root / "build",
            site=(site or root / "site").resolve(),
        )

    def protected(self) -> dict[str, Path]:
        """What no build may replace or delete: the folders it replaces must not be or hold
        these (``briefing build -d .`` once deleted the project)."""
        return {"project": self.root, "configuration": self.config,
                "content folder": self.content, "build folder": self.build}

    def inputs(self) -> dict[str, Path]:
        """Folders the build reads: a folder it writes may not lie inside them."""
        return {"content folder": self.content, "hand-written docs folder": self.docs,
                "templates folder": self.root / "templates"}

    @property
    def chart_cache(self) -> Path:
        return self.build / "chart-cache"

    @property
    def article_cache(self) -> Path:
        """Each article's reading and per-article work, kept between builds
        (:mod:`generator.content.store`)."""
        return self.build / "article-cache"

    def build_cache(self, *, serving: bool = False) -> BuildCache:
        """A cache whose per-article work outlives the process (the build folder's store) and
        that reads many new articles in worker processes; ``serving``: the store is written
        when the server stops, not after every rebuild."""
        return BuildCache(ArticleStore(self.article_cache, deferred=serving), parallel=True)

    def engine(self, override: str | None = None) -> SiteEngine:
        """``--engine`` (``override``), else ``engine:`` in briefing.yaml, else MkDocs. A
        briefing.yaml with errors is reported by the pipeline; until then the default stands."""
        if override:
            return SiteEngine(override)
        if not self.content.is_dir():
            return SiteEngine.MKDOCS
        meta, _problems = load_meta(self.content)
        return meta.engine

    def template_dirs(self) -> list[Path]:
        """The project's own ``templates/`` first (overrides), then Briefing's defaults."""
        dirs = []
        own = self.root / "templates"
        if own.is_dir():
            dirs.append(own)
        default = default_templates()
        if default.resolve() not in {d.resolve() for d in dirs}:
            dirs.append(default)
        return dirs
