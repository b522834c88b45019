"""The one flow: load -> check -> analyse -> render. Both the CLI and the plugin call this."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from generator.analyse.analysis import analyse
from generator.analyse.model import Analysis
from generator.check.checked import Checked
from generator.check.checks import check
from generator.content.cache import NO_CACHE, BuildCache
from generator.content.load import Progress, load
from generator.content.problems import ContentError, Problem, Problems
from generator.extract.draft import candidates_by_article, extract
from generator.site.pages import Rendered, render

#: The stages of a whole build in order, as a progress display names them: ``progress(stage,
#: index, len(STAGES))`` announces each (the CLI runs the last two).
STAGES = ("load", "check", "analyse", "pages", "charts", "PDF", "site engine")


def announce(progress: Progress | None, stage: str) -> None:
    if progress is not None:
        progress(stage, STAGES.index(stage), len(STAGES))


@dataclass
class Result:
    analysis: Analysis
    rendered: Rendered
    warnings: list[Problem]


def run_check(
    content_dir: Path, cache: BuildCache = NO_CACHE, progress: Progress | None = None
) -> tuple[Checked | None, Problems]:
    """Load and check; returns the checked model (None if the folder is missing) and problems."""
    problems = Problems(content_dir)
    if not content_dir.is_dir():
        problems.add(content_dir, 0, 0, "content folder not found",
                     "run briefing in your briefing's folder, pass --content, "
                     "or `briefing new DIR`")
        return None, problems
    announce(progress, "load")
    content = load(content_dir, problems, cache, progress)
    announce(progress, "check")
    return check(content, problems), problems


def generate(
    content_dir: Path,
    template_dirs: list[Path] | None = None,
    chart_cache: Path | None = None,
    cache: BuildCache = NO_CACHE,
    progress: Progress | None = None,
    pdf: bool = False,
    candidates: bool | None = None,
) -> Result:
    """Run the whole flow; raise :class:`ContentError` if the content has errors.

    ``chart_cache`` is where drawn charts are kept by input hash (``build/chart-cache``); without
    it no chart is drawn, which keeps library use and quick checks free of matplotlib.
    ``candidates`` adds the page of candidate facts not yet in the fact sheets (None: as
    ``candidates_page`` in briefing.yaml says)."""
    checked, problems = run_check(content_dir, cache, progress)
    if checked is None or problems:
        raise ContentError(problems.sorted())
    announce(progress, "analyse")
    analysis = analyse(checked)
    if candidates is None:
        candidates = checked.content.meta.candidates_page
    proposed = None
    if candidates:
        proposed = candidates_by_article(extract(checked.content))
    rendered = render(analysis, template_dirs, chart_cache, pdf, candidates=proposed,
                      stage=lambda name: announce(progress, name))
    cache.flush()
    return Result(analysis, rendered, [p for p in problems.sorted() if p not in problems.errors])
