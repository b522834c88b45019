"""The ``briefing`` command: check, build, pdf, serve, extract, show, schema, new.

Content problems are printed as ``path:line:col: error: message (hint: …)`` lines and give exit
status 1; they never produce a traceback. Every command writes its results on stdout and its
errors, warnings and progress on stderr (:mod:`generator.terminal`); ``-q`` and ``-v`` say less
or more.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import sys
import threading
from datetime import datetime
from pathlib import Path
from typing import TextIO

from generator import __version__
from generator.content.inspect import as_text, describe, read_one
from generator.content.json_schema import SCHEMA_DIR, write_schemas
from generator.content.load import load
from generator.content.problems import ContentError, Problems, Severity
from generator.extract.draft import DraftLocationError, extract, write_draft
from generator.extract.sheet.yaml_writer import draft_yaml
from generator.render.print.pdf import build_pdf
from generator.render.reproducible import source_date_epoch
from generator.site.build import BuildError, build, check_destinations, read_mkdocs_config
from generator.site.engines import ENGINES, EngineError, label
from generator.site.folders import os_error
from generator.site.live import LiveServer
from generator.site.pipeline import generate, run_check
from generator.site.project import Project
from generator.site.publish import PublishError, normalise_site_url, site_url_warnings
from generator.site.scaffold import ScaffoldError, scaffold
from generator.site.workflow import UNSET, WORKFLOW_PATH
from generator.terminal import NORMAL, QUIET, VERBOSE, Terminal

EXIT_OK, EXIT_CONTENT, EXIT_USAGE = 0, 1, 2


def _project(args: argparse.Namespace) -> Project:
    return Project.at(Path(args.config), Path(args.content) if args.content else None,
                      Path(args.site_dir) if getattr(args, "site_dir", None) else None)


def _terminal(args: argparse.Namespace) -> Terminal:
    return Terminal(QUIET if args.quiet else VERBOSE if args.verbose else NORMAL)


def cmd_check(args: argparse.Namespace) -> int:
    project, term = _project(args), _terminal(args)
    cache = project.build_cache()  # the readings of the last build or check, and this one's
    checked, problems = run_check(project.content, cache, progress=term)
    cache.flush()
    term.done()
    term.problems(problems.items)
    errors = len(problems.errors)
    warnings = sum(1 for p in problems.items if p.severity is Severity.WARNING)
    if errors:
        term.error(f"{errors} error(s), {warnings} warning(s) in {project.content}")
        return EXIT_CONTENT
    assert checked is not None
    c = checked.content
    term.result(f"ok: {len(c.articles)} articles, {len(c.outlets)} outlets, {len(c.events)} "
                f"events, {len(c.figures)} figures, {len(c.quotes)} quotes, "
                f"{len(checked.citations)} citations checked; {warnings} warning(s)")
    return EXIT_OK


def cmd_build(args: argparse.Namespace) -> int:
    project = _project(args)
    term = _terminal(args)
    if not project.config.is_file():
        term.error(f"error: {project.config} not found "
                   "(run in a briefing folder, or `briefing new DIR`)")
        return EXIT_USAGE
    try:
        site_url = normalise_site_url(args.site_url) if args.site_url else None
    except PublishError as exc:
        term.error(f"error: --site-url: {exc}")
        return EXIT_USAGE
    try:
        check_destinations(project.protected(), project.inputs(), project.build,
                           None if args.docs_only else project.site)
    except BuildError as exc:
        term.error(f"error: {exc}")
        return EXIT_USAGE
    try:
        result = generate(project.content, project.template_dirs(), project.chart_cache,
                          project.build_cache(), progress=term, pdf=not args.no_pdf,
                          candidates=True if args.candidates else None)
    except ContentError as exc:
        term.done()
        term.problems(exc.problems)
        errors = sum(1 for p in exc.problems if p.severity is Severity.ERROR)
        term.error(f"{errors} error(s); build stopped: the previous site and docs are "
                   "unchanged.")
        return EXIT_CONTENT
    try:
        config = read_mkdocs_config(project.config)
        if site_url:
            config["site_url"] = site_url
        engine = project.engine(getattr(args, "engine", None))
        if not args.docs_only:
            term.stage("site engine")
            term.detail(f"site engine: {label(engine)}")
        derived = build(result.rendered, project.config, project.build, project.docs,
                        None if args.docs_only else project.site, site_url=site_url,
                        strict=not args.no_strict, protected=project.protected(),
                        inputs=project.inputs(), waiting=term.note, engine=engine)
        term.done()
        term.problems(result.warnings)
        for warning in site_url_warnings(project, config, site_url):
            term.note(f"warning: {warning}")
        term.result(f"docs: {len(result.rendered.pages)} pages in {project.build / 'docs'}")
        if args.docs_only:
            term.result(f"config for other engines: {derived}")
            return EXIT_OK
    except (BuildError, PublishError) as exc:
        term.done()
        term.error(f"error: {exc}")
        return EXIT_CONTENT
    term.result(f"site: {project.site}")
    return EXIT_OK


def cmd_pdf(args: argparse.Namespace) -> int:
    project, term = _project(args), _terminal(args)
    try:
        result = generate(project.content, project.template_dirs(), project.chart_cache,
                          project.build_cache(), progress=term)
    except ContentError as exc:
        term.done()
        term.problems(exc.problems)
        term.error(exc.report().splitlines()[-1])
        return EXIT_CONTENT
    out = Path(args.output) if args.output else project.build / "briefing.pdf"
    charts = {p: d for p, d in result.rendered.files.items() if p.startswith("charts/")}
    term.stage("PDF")
    build_pdf(result.analysis, out, appendix=not args.no_appendix, charts=charts,
              template_dirs=project.template_dirs())
    term.done()
    term.problems(result.warnings)
    term.result(f"pdf: {out}")
    return EXIT_OK


def cmd_serve(args: argparse.Namespace) -> int:
    """Live preview with either engine (:mod:`generator.site.live`); content errors do not
    stop it: the last good pages are served with the errors on each."""
    project = _project(args)
    if not project.config.is_file():
        print(f"error: {project.config} not found "
              "(run in a briefing folder, or `briefing new DIR`)", file=sys.stderr)
        return EXIT_USAGE
    engine = project.engine(getattr(args, "engine", None))
    try:
        check_destinations(project.protected(), project.inputs(), project.build, None)
        return LiveServer(project, engine, args.dev_addr, quiet=args.quiet,
                          verbose=args.verbose, dirty=not args.full).serve()
    except (BuildError, EngineError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE


def run_extract(content_dir: Path, article_ids: list[str] | None = None,
                output: str | None = None, *, include_curated: bool = False,
                stdout: TextIO | None = None, stderr: TextIO | None = None) -> int:
    """``briefing extract [ARTICLE…] [-o FILE] [--all]``: 0 when a draft was written, 2 for a
    usage error (unknown article, missing folder, a path inside content/facts/). Problems in the
    content are listed on stderr and do not stop the extraction."""
    stdout = stdout or sys.stdout
    stderr = stderr or sys.stderr
    if not content_dir.is_dir():
        print(f"error: content folder {content_dir} not found", file=stderr)
        return 2
    problems = Problems(content_dir)
    content = load(content_dir, problems)
    for problem in problems.errors:
        print(problem.format(), file=stderr)
    try:
        draft = extract(content, article_ids or None, skip_curated=not include_curated)
    except KeyError as exc:
        print(f"error: {exc.args[0]}", file=stderr)
        return 2
    for article_id, why in draft.stopped.items():
        print(f"error: {article_id}: {why}; its candidates are left out", file=stderr)
    text = draft_yaml(draft, generated=datetime.now().astimezone())
    where = "standard output"
    if output in (None, "-"):
        stdout.write(text)
    else:
        try:
            where = str(write_draft(text, Path(output), content_dir))
        except DraftLocationError as exc:
            print(f"error: {exc}", file=stderr)
            return 2
    skipped = sum(draft.skipped.values())
    print(f"{len(draft.candidates())} candidate(s) in {len(draft.articles)} article(s) to "
          f"{where}" + (f"; {skipped} already in the fact sheets" if skipped else ""),
          file=stderr)
    return 0


def cmd_extract(args: argparse.Namespace) -> int:
    project = _project(args)
    return run_extract(project.content, args.articles, args.output, include_curated=args.all)


def run_show(article: str, content_dir: Path, *, as_json: bool = False,
             stdout: TextIO | None = None, stderr: TextIO | None = None) -> int:
    """``briefing show ARTICLE [--json]``: what the cleaner made of one article. ARTICLE is a
    file (.txt, .md, .html; its .yaml beside it is read too) or the id of an article of the
    briefing. 0 when shown, 1 when the file cannot be read, 2 when there is no such article."""
    stdout = stdout or sys.stdout
    stderr = stderr or sys.stderr
    path = Path(article)
    if path.is_file():
        problems = Problems(path.parent)
        found = read_one(path, problems)
    elif content_dir.is_dir() and not path.suffix:
        problems = Problems(content_dir)
        found = {**(got := load(content_dir, problems)).excluded, **got.articles}.get(article)
        if found is None and not any(Path(p.path).stem == article for p in problems.errors):
            print(f"error: no article {article!r} in {content_dir}/articles "
                  "(give an article id or a file)", file=stderr)
            return EXIT_USAGE
    else:
        print(f"error: {article}: no such file", file=stderr)
        return EXIT_USAGE
    for problem in problems.errors:
        if found is None or Path(problem.path).stem == found.id:
            print(problem.format(), file=stderr)
    if found is None:
        return EXIT_CONTENT
    data = describe(found)
    if as_json:
        json.dump(data, stdout, ensure_ascii=False, indent=2)
        stdout.write("\n")
    else:
        stdout.write("\n".join(as_text(data)) + "\n")
    return EXIT_OK


def cmd_show(args: argparse.Namespace) -> int:
    project = _project(args)
    return run_show(args.article, project.content, as_json=args.json)


def cmd_schema(args: argparse.Namespace) -> int:
    """``briefing schema [-o DIR]``: JSON Schema of every content file, for editors."""
    folder = Path(args.output) if args.output else _project(args).root / SCHEMA_DIR
    try:
        written = write_schemas(folder)
    except OSError as exc:
        print(f"error: cannot write the schemas to {folder}: {exc.strerror or exc}",
              file=sys.stderr)
        return EXIT_USAGE
    for path in written:
        print(path)
    return EXIT_OK


def cmd_new(args: argparse.Namespace) -> int:
    try:
        created = scaffold(Path(args.directory), args.source)
    except ScaffoldError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    print(f"created a new briefing in {created}")
    print(f"next: cd {args.directory} && briefing check && briefing build")
    workflow = created / WORKFLOW_PATH
    if f"BRIEFING_SOURCE: \"{UNSET}\"" in workflow.read_text(encoding="utf-8") \
            and not args.quiet:
        print(f"note: before publishing on GitHub Pages, set BRIEFING_SOURCE in {workflow} to "
              "the Briefing to install (or run `briefing new --source …`)", file=sys.stderr)
    return EXIT_OK


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="briefing", description=(
        "Turn news articles and curated YAML fact sheets into a checked briefing site."))
    p.add_argument("--version", action="version", version=f"briefing {__version__}")
    sub = p.add_subparsers(dest="command", required=True)

    def loudness(sp: argparse.ArgumentParser) -> None:
        group = sp.add_mutually_exclusive_group()
        group.add_argument("-q", "--quiet", action="store_true",
                           help="errors only (results still go to standard output)")
        group.add_argument("-v", "--verbose", action="store_true",
                           help="also say how long each stage took")

    def common(sp: argparse.ArgumentParser) -> None:
        loudness(sp)
        sp.add_argument("-f", "--config", default="mkdocs.yml",
                        help="the project's MkDocs configuration (default: mkdocs.yml)")
        sp.add_argument("--content", help="content folder (default: content/ beside mkdocs.yml)")

    def engine_option(sp: argparse.ArgumentParser) -> None:
        sp.add_argument("--engine", choices=ENGINES, help="the site engine (default: `engine:` "
                        "in briefing.yaml, else mkdocs); the PDF is the same with either")

    sp = sub.add_parser("check", help="validate articles and fact sheets; list every problem")
    common(sp)
    sp.set_defaults(func=cmd_check)
    sp = sub.add_parser("build", help="check, generate the pages and build the site")
    common(sp)
    sp.add_argument("-d", "--site-dir", help="where the site goes (default: site/)")
    sp.add_argument("--docs-only", action="store_true",
                    help="only write build/docs and build/mkdocs.yml (for Zensical or a bare "
                         "`mkdocs build -f build/mkdocs.yml`)")
    engine_option(sp)
    sp.add_argument("--no-strict", action="store_true",
                    help="do not fail on the engine's warnings")
    sp.add_argument("--site-url", help="the address the site is published at, overriding "
                    "site_url in mkdocs.yml (e.g. https://USER.github.io/REPO/)")
    sp.add_argument("--no-pdf", action="store_true",
                    help="skip the briefing PDF (and its link on every page)")
    sp.add_argument("--candidates", action="store_true",
                    help="add the page 'Candidates not yet reviewed' (what `briefing extract` "
                    "proposes); `candidates_page: true` in briefing.yaml turns it on for good")
    sp.set_defaults(func=cmd_build)
    sp = sub.add_parser("pdf", help="check and write the briefing as one PDF")
    common(sp)
    sp.add_argument("-o", "--output", help="where the PDF goes (default: build/briefing.pdf)")
    engine_option(sp)
    sp.add_argument("--no-appendix", action="store_true",
                    help="leave out the appendix with each article's cleaned text")
    sp.set_defaults(func=cmd_pdf)
    sp = sub.add_parser("serve", help="live preview (regenerates the pages when content "
                        "changes; the engine's server rebuilds and reloads)")
    common(sp)
    engine_option(sp)
    sp.add_argument("-a", "--dev-addr", default="127.0.0.1:8000")
    sp.add_argument("--full", action="store_true", help="MkDocs: rebuild every page on each "
                    "change (slower; keeps the preview's search index complete)")
    sp.set_defaults(func=cmd_serve)
    sp = sub.add_parser("extract", help="draft fact-sheet records (figures, quotes, dates, "
                        "names) from the articles, as YAML to review")
    common(sp)
    sp.add_argument("articles", nargs="*", metavar="ARTICLE",
                    help="article ids (file names without extension); default: all articles")
    sp.add_argument("-o", "--output", help="write the draft to this file instead of standard "
                    "output; refused inside content/facts/ (e.g. content/drafts/extracted.yaml)")
    sp.add_argument("--all", action="store_true",
                    help="also propose what the fact sheets already hold")
    sp.set_defaults(func=cmd_extract)
    sp = sub.add_parser("show", help="what the cleaner made of one article: headline and its "
                        "origin, story paragraphs, every removed block with its rule")
    common(sp)
    sp.add_argument("article", metavar="ARTICLE",
                    help="an article file (.txt, .md, .html) or the id of an article")
    sp.add_argument("--json", action="store_true", help="print the reading as JSON")
    sp.set_defaults(func=cmd_show)
    sp = sub.add_parser("schema", help="write JSON Schema for the content files (editor help)")
    common(sp)
    sp.add_argument("-o", "--output", help="folder for the schemas (default: schemas/ beside "
                    "mkdocs.yml, where `briefing new` puts them)")
    sp.set_defaults(func=cmd_schema)
    sp = sub.add_parser("new", help="create an empty briefing to start from")
    loudness(sp)
    sp.add_argument("directory")
    sp.add_argument("--source", help="what its Pages workflow installs Briefing from, pinned "
                    "(e.g. 'briefing @ git+https://github.com/OWNER/briefing@COMMIT'); default: "
                    "this Briefing, when it can tell where it comes from")
    sp.set_defaults(func=cmd_new)
    return p


def main(argv: list[str] | None = None) -> int:
    """Run one command. Whatever goes wrong outside the content (a folder that cannot be read
    or written, a path too long, a bad ``SOURCE_DATE_EPOCH``) is one line on stderr and exit
    status 1, never a traceback."""
    args = parser().parse_args(argv)
    try:
        source_date_epoch()
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    if threading.current_thread() is threading.main_thread():
        # SIGTERM unwinds like Ctrl-C: a docs transaction rolls back, serve stops its server.
        signal.signal(signal.SIGTERM, lambda signum, _frame: sys.exit(128 + signum))
    try:
        return args.func(args)
    except KeyboardInterrupt:
        print("interrupted; the previous site is unchanged.", file=sys.stderr)
        return 130
    except BrokenPipeError:  # `briefing show … | head`: the reader stopped reading
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except OSError as exc:
        print(f"error: {os_error(exc)}", file=sys.stderr)
        return EXIT_CONTENT


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
