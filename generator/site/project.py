"""Where a briefing project keeps its parts, relative to its ``mkdocs.yml``.

One place for these conventions so the CLI, the plugin and ``briefing new`` agree.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

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

    @property
    def chart_cache(self) -> Path:
        return self.build / "chart-cache"

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
