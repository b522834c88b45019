"""Thin MkDocs glue: run the Briefing pipeline inside ``mkdocs build`` / ``mkdocs serve``.

The only module that imports MkDocs. Generated pages are handed to MkDocs in memory with
``File.generated`` (nothing is written into watched folders, so ``mkdocs serve`` cannot loop),
and ``content/`` and ``templates/`` are watched for live reload. Everything else lives in the
library, so the same briefing builds without this plugin (``briefing build``, Zensical).
"""

from __future__ import annotations

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
from generator.site.pipeline import Result, generate
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
        self.project: Project | None = None
        self.cache = BuildCache()  # lives as long as the plugin: across serve rebuilds

    command = "build"

    def on_startup(self, *, command: str, dirty: bool) -> None:
        # Defining on_startup keeps one plugin instance across `mkdocs serve` rebuilds.
        self.command = command

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        root = Path(config.config_file_path).parent
        self.project = Project.at(Path(config.config_file_path), root / self.config.content_dir)
        try:
            self.result = generate(self.project.content, self.project.template_dirs(),
                                   self.project.chart_cache, self.cache,
                                   pdf=self.config.pdf and self.command != "serve")
        except ContentError as exc:
            raise PluginError("Briefing content has errors:\n" + exc.report()) from None
        for warning in self.result.warnings:
            log.info(warning.format())
        # Publishing checks (site_url, CNAME): a real warning where it matters, under gh-deploy.
        report = log.warning if self.command == "gh-deploy" else log.info
        for warning in publish_warnings(config, root, Path(config.docs_dir)):
            report(warning)
        if not config.nav:
            config.nav = self.result.rendered.nav
        return config

    def on_files(self, files: Files, config: MkDocsConfig) -> Files:
        assert self.result is not None and self.project is not None
        try:
            extra = site_extra_files(self.project.root, Path(config.docs_dir))
        except PublishError as exc:
            raise PluginError(str(exc)) from None
        for path, text in {**extra, **self.result.rendered.all_files()}.items():
            existing = files.get_file_from_path(path)
            if existing is not None:
                files.remove(existing)
            files.append(File.generated(config, path, content=text))
        return files

    def on_post_build(self, *, config: MkDocsConfig) -> None:
        # The mark of a complete site: `briefing build` replaces only folders that carry it.
        (Path(config.site_dir) / COMPLETE_MARK).write_text("complete\n", encoding="utf-8")

    def on_serve(self, server, config: MkDocsConfig, builder):
        assert self.project is not None
        server.watch(str(self.project.content))
        for folder in self.project.template_dirs():
            server.watch(str(folder))
        return server
