"""Thin MkDocs glue: run the Briefing pipeline inside ``mkdocs build`` / ``mkdocs serve``.

The only module that imports MkDocs. Generated pages are handed to MkDocs in memory with
``File.generated`` (nothing is written into watched folders, so ``mkdocs serve`` cannot loop),
and ``content/`` and ``templates/`` are watched for live reload. Everything else lives in the
library, so the same briefing builds without this plugin (``briefing build``, Zensical).

Under ``mkdocs serve`` content errors never stop the server: :class:`LivePreview` serves the last
good pages with the errors on each of them (and prints them in the terminal), so no request waits
for a build that cannot come; ``mkdocs build`` still fails on them.
"""

from __future__ import annotations

import sys
from pathlib import Path

from mkdocs.config import config_options as opt
from mkdocs.config.base import Config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, get_plugin_logger
from mkdocs.structure.files import File, Files

from generator.content.cache import BuildCache
from generator.content.problems import ContentError
from generator.site.folders import COMPLETE_MARK
from generator.site.pages import PLACEHOLDER_SITE_NAME, Rendered
from generator.site.pipeline import Result, generate
from generator.site.preview import LivePreview
from generator.site.project import Project
from generator.site.publish import PublishError, publish_warnings, site_extra_files

log = get_plugin_logger(__name__)


class BriefingPluginConfig(Config):
    content_dir = opt.Type(str, default="content")
    #: Write and link the briefing PDF; not under `mkdocs serve`, where it would slow every
    #: rebuild by seconds (run `briefing pdf` or `mkdocs build` for it).
    pdf = opt.Type(bool, default=True)


class BriefingPlugin(BasePlugin[BriefingPluginConfig]):
    def __init__(self) -> None:
        self.result: Result | None = None
        self.rendered: Rendered | None = None
        self.project: Project | None = None
        self.cache = BuildCache()  # lives as long as the plugin: across serve rebuilds
        self.preview = LivePreview()
        self.problems_shown: list[str] = []

    command = "build"

    def on_startup(self, *, command: str, dirty: bool) -> None:
        # Defining on_startup keeps one plugin instance across `mkdocs serve` rebuilds.
        self.command = command

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        root = Path(config.config_file_path).parent
        self.project = Project.at(Path(config.config_file_path), root / self.config.content_dir)
        project = self.project
        if self.cache.store is None:  # per-article work kept on disk between builds too
            self.cache = project.build_cache(serving=self.command == "serve")

        def run() -> Result:
            return generate(project.content, project.template_dirs(), project.chart_cache,
                            self.cache, pdf=self.config.pdf and self.command != "serve")

        if self.command == "serve":
            state = self.preview.update(run)
            self.rendered = state.rendered
            self._report_preview(state.problems, state.crash)
            warnings = state.warnings
        else:
            try:
                self.result = run()
            except ContentError as exc:
                raise PluginError("Briefing content has errors:\n" + exc.report()) from None
            self.rendered = self.result.rendered
            warnings = self.result.warnings
        for warning in warnings:
            log.info(warning.format())
        # Publishing checks (site_url, CNAME): a real warning where it matters, under gh-deploy.
        report = log.warning if self.command == "gh-deploy" else log.info
        for warning in publish_warnings(config, root, Path(config.docs_dir)):
            report(warning)
        if not config.nav:
            config.nav = self.rendered.nav
        if self.rendered.title and config.site_name == PLACEHOLDER_SITE_NAME:
            config.site_name = self.rendered.title
        return config

    def _report_preview(self, problems: list, crash: str) -> None:
        """The content's errors in the terminal, on stderr like `briefing check`'s; once per
        change, not again on every rebuild that finds the same ones."""
        lines = [p.format() for p in sorted(problems)]
        if lines == self.problems_shown and not crash:
            return
        self.problems_shown = lines
        if crash:
            print(crash, file=sys.stderr)
        if lines:
            print("\n".join(lines), file=sys.stderr)
            print(f"{sum(1 for p in problems if p.severity.value == 'error')} error(s): serving "
                  "the last good pages with the errors shown on each; fix and save.",
                  file=sys.stderr)
        else:
            log.info("Briefing content is clean again.")

    def on_files(self, files: Files, config: MkDocsConfig) -> Files:
        assert self.rendered is not None and self.project is not None
        try:
            extra = site_extra_files(self.project.root, Path(config.docs_dir))
        except PublishError as exc:
            raise PluginError(str(exc)) from None
        for path, text in {**extra, **self.rendered.all_files()}.items():
            existing = files.get_file_from_path(path)
            if existing is not None:
                files.remove(existing)
            files.append(File.generated(config, path, content=text))
        return files

    def on_post_build(self, *, config: MkDocsConfig) -> None:
        # The mark of a complete site: `briefing build` replaces only folders that carry it.
        (Path(config.site_dir) / COMPLETE_MARK).write_text("complete\n", encoding="utf-8")

    def on_shutdown(self) -> None:
        self.cache.close()  # under serve, the store is written once, when the server stops

    def on_serve(self, server, config: MkDocsConfig, builder):
        assert self.project is not None
        server.watch(str(self.project.content))
        for folder in self.project.template_dirs():
            server.watch(str(folder))
        return server
