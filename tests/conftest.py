"""Shared fixtures: copies of the example briefing, built for real with MkDocs, served as GitHub
Pages serves a project site, and the headless Chromium that visits it.

Builds are session-scoped: every test module that reads the built example reads the same build.
"""

from __future__ import annotations

import atexit
import contextlib
import io
import os
import re
import shutil
import signal
import subprocess
import sys
import threading
from collections.abc import Iterator
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from generator.cli import main

REPO = Path(__file__).resolve().parents[1]
os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")

#: The repository name a GitHub project site is served under: https://USER.github.io/REPO/.
SUBPATH = "briefing-sample"
CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
#: Flags for a closed network: no sandbox (root in containers), no background requests.
CHROMIUM_FLAGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--disable-dev-shm-usage", "--window-size=1400,1000", "--lang=en-GB",
)


def small_briefing(root: Path, outlets: dict[str, str], facts: str,
                   articles: dict[str, tuple[str, str]], title: str = "The Lembara crush") -> Path:
    """A content folder of invented pages: ``outlets`` id -> name, one fact sheet, and
    ``articles`` stem -> (text, metadata YAML). Returns the folder."""
    content = root / "content"
    (content / "articles").mkdir(parents=True)
    (content / "facts").mkdir()
    (content / "briefing.yaml").write_text(f"title: {title}\n", encoding="utf-8")
    (content / "outlets.yaml").write_text("outlets:\n" + "".join(
        f"  - id: {oid}\n    name: {name}\n" for oid, name in outlets.items()), encoding="utf-8")
    (content / "facts" / "facts.yaml").write_text(facts, encoding="utf-8")
    for stem, (text, meta) in articles.items():
        (content / "articles" / f"{stem}.txt").write_text(text, encoding="utf-8")
        (content / "articles" / f"{stem}.yaml").write_text(meta, encoding="utf-8")
    return content


def loaded_pages(root: Path, title: str,
                 pages: list[tuple[str, str]] | list[tuple[str, str, str, str]]) -> Any:
    """The loaded content of invented pages, each its own outlet: (stem, text) in English with
    no date, or (stem, language, published, text). Refuses content with errors."""
    from generator.content.load import load
    from generator.content.problems import Problems

    rows = [(p[0], "en", "", p[1]) if len(p) == 2 else p for p in pages]
    content = small_briefing(
        root, {stem: stem.title() for stem, *_ in rows}, "figures: []\n",
        {stem: (text + "\n", f"outlet: {stem}\n" + (f"published: {published}\n" if published
                                                     else "") + f"language: {language}\n")
         for stem, language, published, text in rows}, title=title)
    problems = Problems(content)
    loaded = load(content, problems)
    assert not problems.errors, [p.format() for p in problems.errors]
    return loaded


def checked_pages(root: Path, facts: str, pages: dict[str, tuple[str, str]], heading: str,
                  published: dict[str, str] | None = None) -> Any:
    """The checked briefing of invented pages, each its own outlet: stem -> (language, text)
    under a ``heading`` line, published on 1 May 2031 unless ``published`` says otherwise.
    Refuses content with errors."""
    from generator.site.pipeline import run_check

    content = small_briefing(root, {s: s.title() for s in pages}, facts, {
        s: (f"{heading}\n\n{text}\n", f"outlet: {s}\npublished: "
            f"{(published or {}).get(s, '2031-05-01')}\nlanguage: {lang}\n")
        for s, (lang, text) in pages.items()})
    checked, problems = run_check(content)
    assert checked is not None and not problems.errors, [p.format() for p in problems.errors]
    return checked


def toll_stances(root: Path, pages: dict[str, tuple[str, str]], place: str, cited: int) -> dict:
    """Each outlet's stance on a death toll cited from "wire-en" ("killed ``cited`` people"),
    over invented pages: ``pages`` maps an article (and its outlet) to (language, story); each
    page is headed by ``place``."""
    from generator.analyse.analysis import analyse
    from generator.site.pipeline import run_check

    facts = ("figures:\n  - id: deaths\n    label: Deaths\n    unit: people\n    reports:\n"
             f"      - article: wire-en\n        value: {cited}\n"
             f'        quote: "killed {cited} people"\n')
    content = small_briefing(
        root, {stem: stem.title() for stem in pages}, facts,
        {stem: (f"{place}\n\n{text}\n",
                f"outlet: {stem}\npublished: 2031-03-02\nlanguage: {language}\n")
         for stem, (language, text) in pages.items()})
    checked, problems = run_check(content)
    assert checked is not None and not problems.errors, [p.format() for p in problems.errors]
    return analyse(checked).figures[0].stances


def yq(text: str) -> str:
    """``text`` as a YAML double-quoted scalar with every non-ASCII character escaped (JSON would
    write an astral character as a surrogate pair, which YAML reads as two lone surrogates)."""
    out = []
    for ch in text:
        if ch in '"\\':
            out.append("\\" + ch)
        elif 0x20 <= ord(ch) < 0x7F:
            out.append(ch)
        else:
            out.append(f"\\u{ord(ch):04x}" if ord(ch) <= 0xFFFF else f"\\U{ord(ch):08x}")
    return '"' + "".join(out) + '"'


def copy_example(dest: Path, source: Path = REPO) -> Path:
    """A private copy of the example project (content, docs, mkdocs.yml) to break or build."""
    dest.mkdir(parents=True, exist_ok=True)
    for name in ("content", "docs"):
        shutil.copytree(source / name, dest / name)
    shutil.copy(source / "mkdocs.yml", dest / "mkdocs.yml")
    return dest


#: One copy of the example per test process for :func:`draft_of_pages`, with one article store:
#: a draft re-reads the example's own articles from the store (they are the same bytes under the
#: same folder every time) and cleans only the invented pages. Copying the example for every
#: case made each checklist case clean the example's six articles again, most of the quick
#: tier's time.
_DRAFTS: dict[str, Any] = {}


def _draft_project() -> tuple[Path, Any]:
    from generator.content.store import ArticleStore

    if "project" not in _DRAFTS:
        import tempfile

        root = Path(tempfile.mkdtemp(prefix="briefing-drafts-"))
        atexit.register(shutil.rmtree, root, ignore_errors=True)
        _DRAFTS["project"] = copy_example(root / "project")
        _DRAFTS["store"] = ArticleStore(root / "store")
        _DRAFTS["pages"] = []
    return _DRAFTS["project"], _DRAFTS["store"]


def draft_of_pages(dest: Path, pages: dict[str, tuple[str, str]],
                   published: str = "2031-03-27T12:00:00+01:00", updated: str = "",
                   keep: bool = True):
    """``briefing extract`` on invented pages ({file stem: (language, text)}) added to the
    example, every page from one outlet and published at ``published`` (and updated at
    ``updated``, when given): the draft. The pages are read in the one copy of the example of
    this process (:func:`_draft_project`; those of the previous call taken out first), and that
    copy, pages included, is left at ``dest`` for a caller that goes on to check it (not with
    ``keep=False``: copying the example is an eighth of a one-page draft's time)."""
    from generator.content.cache import BuildCache
    from generator.content.load import load
    from generator.content.problems import Problems
    from generator.extract.draft import extract

    project, store = _draft_project()
    articles = project / "content" / "articles"
    for old in _DRAFTS["pages"]:
        old.unlink(missing_ok=True)
    _DRAFTS["pages"] = []
    for stem, (lang, text) in pages.items():
        page, sidecar = articles / f"{stem}.txt", articles / f"{stem}.yaml"
        page.write_text(text, encoding="utf-8")
        sidecar.write_text(
            f"outlet: levant-wire\npublished: {published}\nlanguage: {lang}\n"
            + (f"updated: {updated}\n" if updated else ""), encoding="utf-8")
        _DRAFTS["pages"] += [page, sidecar]
    problems = Problems(project / "content")
    # a new BuildCache each time: its in-memory layer knows files by size and time, which two
    # quick calls could share; the store knows them by their bytes
    content = load(project / "content", problems, cache=BuildCache(store))
    assert not problems.errors, [p.message for p in problems.errors]
    draft = extract(content, list(pages), skip_curated=False)
    if keep:
        copy_example(dest, source=project)
    return draft


def proposed_values(tmp_path: Path, text: str, lang: str, published: str | None) -> set[float]:
    """The values of the figures ``briefing extract`` proposes for one invented page added to a
    fresh copy of the example, from one outlet, undated when ``published`` is None (unlike
    :func:`draft_of_pages`, which always dates its pages)."""
    from generator.content.load import load
    from generator.content.problems import Problems
    from generator.extract.draft import extract

    project = copy_example(tmp_path / "recall")
    articles = project / "content" / "articles"
    (articles / "recall.txt").write_text(text, encoding="utf-8")
    dated = f"published: {published}\n" if published else ""
    (articles / "recall.yaml").write_text(f"outlet: levant-wire\n{dated}language: {lang}\n",
                                          encoding="utf-8")
    content = load(project / "content", Problems(project / "content"))
    draft = extract(content, ["recall"], skip_curated=False)
    return {r.value for f in draft.figures for r in f.reports}


def check_with_pages(dest: Path, pages: dict[str, str]) -> subprocess.CompletedProcess:
    """``briefing check`` on a copy of the example with invented pages ({file stem: text}) added,
    each from its own outlet of the example (up to three), published on 27 March 2031."""
    project = copy_example(dest)
    articles = project / "content" / "articles"
    outlets = ("levant-wire", "cedar-post", "desert-digest")
    for (stem, text), outlet in zip(pages.items(), outlets[:len(pages)], strict=True):
        (articles / f"{stem}.txt").write_text(text, encoding="utf-8")
        (articles / f"{stem}.yaml").write_text(f"outlet: {outlet}\npublished: 2031-03-27\n",
                                               encoding="utf-8")
    return briefing_here(project, "check")


def quote_speakers(dest: Path, text: str, lang: str = "en",
                   published: str = "2031-03-27T12:00:00+01:00") -> dict[str, str]:
    """Each quotation ``briefing extract`` finds in one invented page, with its speaker."""
    draft = draft_of_pages(dest, {"probe-page": (lang, text)}, published=published, keep=False)
    return {c.text: c.speaker for c in draft.candidates() if c.kind == "quote"}


def run_briefing(cwd: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "generator", *args], cwd=cwd,
                          capture_output=True, text=True, check=False)


def briefing_here(cwd: Path, *args: str) -> subprocess.CompletedProcess:
    """``briefing ARGS`` in this process: the same :func:`generator.cli.main` the console script
    calls, in ``cwd``, its output captured. For commands that read and check (``check``, a
    refused ``build``): a second Python takes a second to start and import Briefing, which was
    most of each such test. What needs a real process (signals, a crash's traceback, the
    entry point itself) uses :func:`run_briefing`."""
    out, err = io.StringIO(), io.StringIO()
    here, on_term = os.getcwd(), signal.getsignal(signal.SIGTERM)
    try:
        os.chdir(cwd)
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                code = main(list(args))
            except SystemExit as exc:  # argparse: a usage error
                code = exc.code if isinstance(exc.code, int) else int(exc.code is not None)
    finally:
        os.chdir(here)
        signal.signal(signal.SIGTERM, on_term)
    return subprocess.CompletedProcess(["briefing", *args], code, out.getvalue(), err.getvalue())


def run_mkdocs(cwd: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "mkdocs", *args], cwd=cwd,
                          capture_output=True, text=True, check=False)


def set_site_url(project: Path, url: str) -> None:
    config = project / "mkdocs.yml"
    text = re.sub(r"(?m)^site_url:.*\n", "", config.read_text(encoding="utf-8"))
    config.write_text(f"site_url: {url}\n{text}", encoding="utf-8")


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


@pytest.fixture(scope="session")
def zensical_project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The example built by `briefing build --engine zensical` (Material's successor)."""
    project = copy_example(tmp_path_factory.mktemp("zensical") / "briefing")
    proc = run_briefing(project, "build", "--engine", "zensical")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    return project


# --- serving a site as GitHub Pages does -------------------------------------------------------

class PagesHandler(SimpleHTTPRequestHandler):
    """Static files like GitHub Pages: a miss under /REPO/ gets /REPO/404.html, status 404."""

    subpath = SUBPATH

    def log_message(self, format: str, *args: object) -> None:  # quiet
        pass

    def send_error(self, code: int, message: str | None = None, explain: str | None = None):
        page = Path(self.directory) / self.subpath / "404.html"
        if code != 404 or not self.path.startswith(f"/{self.subpath}/".replace("//", "/")) \
                or not page.is_file():
            return super().send_error(code, message, explain)
        body = page.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)
        return None


@contextlib.contextmanager
def serve(root: Path, subpath: str = SUBPATH) -> Iterator[str]:
    """Serve ``root`` on localhost with GitHub Pages' 404 behaviour for ``root/subpath``;
    yields the address of ``subpath`` (``http://127.0.0.1:PORT/SUBPATH/``)."""
    handler = type("Handler", (PagesHandler,), {"subpath": subpath})
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(handler, directory=str(root)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/" + (f"{subpath}/" if subpath else "")
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="session", params=["mkdocs", "zensical"])
def pages_site(request: pytest.FixtureRequest,
               tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    """The example built by `briefing build` with each engine, with site_url
    http://127.0.0.1:PORT/REPO/, and served from a root that holds it under REPO/, as GitHub
    Pages serves a project site. Yields (base URL, site folder)."""
    root = tmp_path_factory.mktemp(f"pages-{request.param}")
    www = root / "www"
    www.mkdir()
    with serve(www) as base:
        project = copy_example(root / "briefing")
        set_site_url(project, base)
        proc = run_briefing(project, "build", "--site-dir", str(www / SUBPATH),
                            "--engine", request.param)
        assert proc.returncode == 0, proc.stdout + proc.stderr
        yield base, www / SUBPATH


# --- headless Chromium -------------------------------------------------------------------------

def browser_unavailable(reason: str) -> None:
    """Skip on a developer's machine; fail under CI=true, so that CI cannot skip silently."""
    message = f"{reason}; install them with `bash scripts/browser-deps` (as root)"
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"the browser test cannot run in CI: {message}")
    pytest.skip(message)


@pytest.fixture(scope="module")
def chromium(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """Debian's headless Chromium through Selenium, offline (nothing is ever downloaded). The
    browser console is logged, and dialogs stay open so that an ``alert()`` is seen."""
    missing = [str(p) for p in (CHROMIUM, CHROMEDRIVER) if not p.exists()]
    if missing:
        browser_unavailable(f"{' and '.join(missing)} not found (Debian packages chromium, "
                            "chromium-driver)")
    try:
        from selenium import webdriver  # test extra; only the browser tests need it
        from selenium.webdriver.chrome.service import Service
    except ImportError:  # pragma: no cover - the test extra installs it
        browser_unavailable("the Python package selenium is not installed")
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in CHROMIUM_FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}")
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    options.set_capability("unhandledPromptBehavior", "ignore")
    log = tmp_path_factory.mktemp("chromedriver") / "chromedriver.log"
    service = Service(executable_path=str(CHROMEDRIVER), log_output=str(log))
    with pytest.MonkeyPatch.context() as env:
        env.setenv("SE_OFFLINE", "true")  # Selenium Manager must never download anything
        driver = webdriver.Chrome(service=service, options=options)
    driver.set_page_load_timeout(30)
    try:
        yield driver
    finally:
        driver.quit()


def open_dialogs(driver: Any) -> list[str]:
    """Dismiss and return every dialog the page opened: the ``chromium`` fixture leaves them
    open so that a payload's ``alert()`` is seen, and they queue up one after another."""
    from selenium.common.exceptions import NoAlertPresentException

    texts = []
    for _ in range(50):
        try:
            alert = driver.switch_to.alert
        except NoAlertPresentException:
            break
        texts.append(alert.text)
        alert.dismiss()
    return texts


# --- test tiers --------------------------------------------------------------------------------

#: Fixtures that build a site, serve it or start a browser: a test using one is `slow`.
SLOW_FIXTURES = {"plugin_site", "cli_project", "zensical_project", "pages_site", "chromium",
                 "hostile", "served", "two_builds", "drawn", "cyclone_site"}
#: Kinds of test that are always slow.
SLOW_KINDS = ("browser", "pdf", "fuzz")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """`slow` follows from what a test uses, so a new test of the built site cannot slip into
    the quick tier; tests that build inline are marked by hand."""
    for item in items:
        uses = set(getattr(item, "fixturenames", ()))
        if uses & SLOW_FIXTURES or any(item.get_closest_marker(k) for k in SLOW_KINDS):
            item.add_marker(pytest.mark.slow)
