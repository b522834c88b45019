"""The GitHub Pages workflow ``briefing new`` writes into a briefing repository.

A briefing repository holds content, not Briefing: the workflow installs Briefing from a pinned
source (``BRIEFING_SOURCE``, set once at the top of the file), checks the briefing with a problem
matcher so that every ``path:line:col: error: …`` line becomes an annotation on the pull request
and the file, builds the site with the PDF strictly, and deploys it with GitHub's Pages actions
(the versions of GitHub's current starter workflows). One ``pages`` concurrency group: a newer
run waits for the deployment in progress instead of racing it.

Briefing's own ``.github/workflows/pages.yml`` follows the same steps, installing Briefing from
the checkout instead; ``tests/site/test_workflow.py`` runs actionlint on both and builds a new
briefing exactly as this workflow does.
"""

from __future__ import annotations

import json
import subprocess
from importlib import metadata
from pathlib import Path

#: Action versions of GitHub's current starter workflows and releases (checked July 2026).
ACTIONS = {
    "checkout": "actions/checkout@v7",
    "setup-python": "actions/setup-python@v7",
    "configure-pages": "actions/configure-pages@v5",
    "upload-pages-artifact": "actions/upload-pages-artifact@v5",
    "deploy-pages": "actions/deploy-pages@v5",
}
MATCHER_PATH = ".github/briefing-problem-matcher.json"
WORKFLOW_PATH = ".github/workflows/pages.yml"
UNSET = "UNSET"


def problem_matcher() -> str:
    """GitHub's problem matcher for ``briefing check``: one annotation per error or warning,
    on its file and line (a problem without a line is put on the file)."""
    located = {"regexp": r"^([^\s:][^:]*):(\d+):(\d+): (error|warning): (.*)$",
               "file": 1, "line": 2, "column": 3, "severity": 4, "message": 5}
    whole_file = {"regexp": r"^([^\s:][^:]*): (error|warning): (.*)$",
                  "file": 1, "severity": 2, "message": 3}
    return json.dumps({"problemMatcher": [
        {"owner": "briefing", "pattern": [located]},
        {"owner": "briefing-file", "pattern": [whole_file]},
    ]}, indent=2) + "\n"


def _git(folder: Path, *args: str) -> str:
    try:
        proc = subprocess.run(["git", "-C", str(folder), *args], capture_output=True,
                              text=True, check=False, timeout=10)
    except (OSError, subprocess.SubprocessError):
        return ""
    return proc.stdout.strip() if proc.returncode == 0 else ""


def _https(remote: str) -> str:
    if remote.startswith("git@") and ":" in remote:  # git@github.com:owner/repo.git
        host, path = remote[4:].split(":", 1)
        remote = f"https://{host}/{path}"
    return remote if remote.startswith("https://") else ""


def briefing_source() -> str:
    """A pip requirement for the Briefing running now, pinned, that GitHub's runners can
    install: the release from the package index, the commit it was installed from, or the
    pushed commit of the source checkout it runs from; "" when there is none."""
    try:
        dist = metadata.distribution("briefing")
    except metadata.PackageNotFoundError:
        return ""
    direct = dist.read_text("direct_url.json")
    if not direct:
        return f"briefing=={dist.version}"
    info = json.loads(direct)
    vcs = info.get("vcs_info") or {}
    if vcs.get("vcs") == "git" and _https(info.get("url", "")):
        return f"briefing @ git+{_https(info['url'])}@{vcs.get('commit_id', '')}"
    checkout = Path(__file__).resolve().parents[2]
    remote = _https(_git(checkout, "remote", "get-url", "origin"))
    commit = _git(checkout, "rev-parse", "HEAD")
    if remote and commit and _git(checkout, "branch", "-r", "--contains", commit):
        return f"briefing @ git+{remote}@{commit}"
    return ""


def briefing_workflow(source: str = "") -> str:
    """The workflow file for a briefing repository; ``source`` is what pip installs."""
    source = source.strip() or UNSET
    text = TEMPLATE.format(**{k.replace("-", "_"): v for k, v in ACTIONS.items()})
    return text.replace("@MATCHER@", MATCHER_PATH).replace("@UNSET@", UNSET).replace(
        "@SOURCE@", json.dumps(source))


TEMPLATE = """\
# Check this briefing, build its site and PDF, and publish them on GitHub Pages.
# Turn it on once: Settings → Pages → Source: "GitHub Actions".
# Pull requests are checked and built (problems appear as annotations), not deployed.
name: Publish the briefing

on:
  push:
    branches: [main]
  pull_request:
  workflow_dispatch:

permissions:
  contents: read

# One run deploys at a time; a newer one waits rather than cancelling a deployment half-way.
concurrency:
  group: pages
  cancel-in-progress: false

env:
  # Where Briefing is installed from, pinned so every build uses the same Briefing: a release
  # ("briefing==0.1.0") or a commit of its repository
  # ("briefing @ git+https://github.com/OWNER/briefing@COMMIT"). Set it once; change it to upgrade.
  BRIEFING_SOURCE: @SOURCE@
  NO_MKDOCS_2_WARNING: "1"

jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: {checkout}

      - uses: {setup_python}
        with:
          python-version: "3.12"
          cache: pip
          cache-dependency-path: .github/workflows/pages.yml

      # The PDF is typeset by WeasyPrint, which needs Pango from the system.
      - name: Install the PDF's system libraries
        run: |
          sudo apt-get update -qq
          sudo apt-get install -y -qq --no-install-recommends \\
            libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0

      - name: Install Briefing
        run: |
          if [ "$BRIEFING_SOURCE" = "@UNSET@" ]; then
            echo "::error file=.github/workflows/pages.yml::set BRIEFING_SOURCE in this file" \\
              "to the Briefing to install, e.g. briefing @ git+https://github.com/OWNER/briefing@COMMIT"
            exit 1
          fi
          python -m pip install --disable-pip-version-check "$BRIEFING_SOURCE"

      # Every `path:line:col: error: …` line becomes an annotation on the file.
      - name: Check the briefing
        run: |
          echo "::add-matcher::@MATCHER@"
          briefing check
          echo "::remove-matcher owner=briefing::"
          echo "::remove-matcher owner=briefing-file::"

      - name: Configure GitHub Pages
        id: pages
        if: github.event_name != 'pull_request'
        uses: {configure_pages}

      # The address Pages serves the site at becomes site_url (404 page, sitemap).
      - name: Build the site and the PDF (strict)
        env:
          SITE_URL: ${{{{ steps.pages.outputs.base_url }}}}
        run: |
          if [ -n "$SITE_URL" ]; then
            briefing build --site-url "$SITE_URL/"
          else
            briefing build
          fi
          test -s site/briefing.pdf

      - uses: {upload_pages_artifact}
        if: github.event_name != 'pull_request'
        with:
          path: site

  deploy:
    if: github.event_name != 'pull_request'
    needs: build
    runs-on: ubuntu-latest
    permissions:
      pages: write
      id-token: write
    environment:
      name: github-pages
      url: ${{{{ steps.deployment.outputs.page_url }}}}
    steps:
      - name: Deploy to GitHub Pages
        id: deployment
        uses: {deploy_pages}
"""
