"""Publishing: checks and small helpers for putting the site on GitHub Pages (or any subpath).

A GitHub project site lives under a subpath, ``https://USER.github.io/REPO/``. Pages link to each
other relatively and work there without configuration, but three things need ``site_url``: the
404 page (served for *any* missing address, so its styles, scripts and links must be absolute),
``sitemap.xml`` (empty without it) and canonical links. These functions find what is missing or
inconsistent and say so in one line each; the CLI prints them as warnings and the MkDocs plugin
logs them. A custom domain is kept by a ``CNAME`` file in the site root.

Plain data in, plain data out: nothing here imports MkDocs.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from generator.site.project import Project

GITHUB_IO = ".github.io"
CNAME = "CNAME"
_HOSTNAME = re.compile(
    r"^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]$")


class PublishError(ValueError):
    """A setting that cannot work (an invalid ``site_url`` or ``CNAME``); the message says why."""


def normalise_site_url(url: str) -> str:
    """``url`` as MkDocs will use it: absolute http(s), ending in ``/``. Raise PublishError."""
    url = url.strip()
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise PublishError(f"site_url {url!r} must be an absolute http(s) address, "
                           "such as https://USER.github.io/REPO/")
    path = parts.path if parts.path.endswith("/") else parts.path + "/"
    return urlunsplit((parts.scheme, parts.netloc, path, "", ""))


def pages_url(repository: str) -> str:
    """Where GitHub Pages serves ``OWNER/REPO`` without a custom domain.

    ``OWNER/OWNER.github.io`` is a user or organisation site, served at the root; any other
    repository is a project site, served under ``/REPO/``. Host names are lower case.
    """
    owner, sep, repo = repository.strip().strip("/").partition("/")
    if not sep or not owner or not repo or "/" in repo:
        raise PublishError(f"{repository!r} is not OWNER/REPO")
    host = f"{owner.lower()}{GITHUB_IO}"
    if repo.lower() == host:
        return f"https://{host}/"
    return f"https://{host}/{repo}/"


def read_cname(path: Path) -> str:
    """The custom domain in a ``CNAME`` file: one host name, nothing else."""
    lines = [line.strip() for line in path.read_text(encoding="utf-8").splitlines()]
    lines = [line for line in lines if line]
    if len(lines) != 1:
        raise PublishError(f"{path}: a CNAME file holds exactly one domain name, "
                           f"found {len(lines)} line(s)")
    domain = lines[0].lower()
    if "://" in domain or "/" in domain or not _HOSTNAME.match(domain):
        raise PublishError(f"{path}: {lines[0]!r} is not a domain name "
                           "(write only the host, such as briefing.example.org)")
    return domain


def find_cname(root: Path, docs: Path) -> Path | None:
    """The project's ``CNAME`` file: ``docs/CNAME`` (copied into the site by every engine) or,
    failing that, ``CNAME`` beside ``mkdocs.yml`` (which :func:`site_extra_files` adds)."""
    for candidate in (docs / CNAME, root / CNAME):
        if candidate.is_file():
            return candidate
    return None


def site_extra_files(root: Path, docs: Path) -> dict[str, str]:
    """Files to add to the docs tree so that they end up in the site root.

    A ``CNAME`` in ``docs/`` is already copied by MkDocs and Zensical, like any other file there;
    a ``CNAME`` beside ``mkdocs.yml`` is not, so it is returned here (normalised to one line) for
    ``briefing build`` to write into ``build/docs`` and for the plugin to add as a generated file.
    Then ``mkdocs gh-deploy`` keeps the custom domain, since it publishes the site folder as is.
    An invalid CNAME raises :class:`PublishError`.
    """
    if (docs / CNAME).is_file() or not (root / CNAME).is_file():
        return {}
    return {CNAME: read_cname(root / CNAME) + "\n"}


def _repository(env: Mapping[str, str]) -> str | None:
    repo = env.get("GITHUB_REPOSITORY", "").strip()
    return repo if repo.count("/") == 1 else None


def check_site_url(config: Mapping[str, Any], env: Mapping[str, str] | None = None,
                   cname: str | None = None) -> list[str]:
    """Warnings, one line each, about ``site_url`` for publishing under a subpath.

    ``config`` is the MkDocs configuration as plain data; ``env`` defaults to ``os.environ``
    (``GITHUB_REPOSITORY``, set in GitHub Actions, tells the expected address); ``cname`` is the
    custom domain, if the project has one. An empty list means nothing to fix.
    """
    env = os.environ if env is None else env
    repo = _repository(env)
    expected = None
    if cname:
        expected = f"https://{cname}/"
    elif repo:
        try:
            expected = pages_url(repo)
        except PublishError:
            expected = None
    hint = f" (for this repository: site_url: {expected})" if expected else ""

    raw = config.get("site_url")
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return [
            "site_url is not set in mkdocs.yml: published under a subpath, the 404 page loses "
            f"its styles and sitemap.xml is empty; set it or pass --site-url{hint}"]
    if not isinstance(raw, str):
        return [f"site_url must be a string, not {type(raw).__name__}{hint}"]
    try:
        url = normalise_site_url(raw)
    except PublishError as exc:
        return [f"{exc}{hint}"]

    warnings = []
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    if cname and host != cname:
        warnings.append(f"site_url {url} does not match the custom domain {cname} in CNAME: "
                        f"GitHub Pages will serve the site at https://{cname}/")
    elif cname and parts.path != "/":
        warnings.append(f"site_url {url} has the path {parts.path}, but a custom domain "
                        f"({cname}) serves the site at its root: use https://{cname}/")
    elif expected and host.endswith(GITHUB_IO):
        exp = urlsplit(expected)
        if host != exp.hostname or parts.path.lower() != exp.path.lower():
            warnings.append(f"site_url {url} does not match this repository ({repo}): GitHub "
                            f"Pages will serve it at {expected}; links from the 404 page and "
                            "the sitemap would point elsewhere")
        elif parts.path != exp.path:
            warnings.append(f"site_url {url}: the path's case differs from the repository "
                            f"name; GitHub Pages paths are case-sensitive, use {expected}")
    if parts.scheme == "http" and host.endswith(GITHUB_IO):
        warnings.append(f"site_url {url}: GitHub Pages serves https; use https://")
    return warnings


def publish_warnings(config: Mapping[str, Any], root: Path, docs: Path,
                     env: Mapping[str, str] | None = None) -> list[str]:
    """Every publishing warning for a project: its CNAME file, then ``site_url``."""
    warnings = []
    cname = None
    path = find_cname(root, docs)
    if path is not None:
        try:
            cname = read_cname(path)
        except PublishError as exc:
            warnings.append(str(exc))
    return warnings + check_site_url(config, env, cname)


def with_site_url(config: dict[str, Any], site_url: str | None) -> dict[str, Any]:
    """``config`` with ``site_url`` replaced (for ``briefing build --site-url``), normalised.
    ``None`` or an empty string leaves the configuration as it is."""
    if site_url is None or not site_url.strip():
        return config
    return {**config, "site_url": normalise_site_url(site_url)}


def site_url_warnings(project: Project, config: dict, site_url: str | None) -> list[str]:
    """Publishing warnings worth showing for this build. The one about a missing ``site_url``
    only matters when publishing: not when the project's Pages workflow passes ``--site-url``
    (the example, every ``briefing new`` folder), and, locally, once per project."""
    warnings = publish_warnings(config, project.root, project.docs)
    missing = [w for w in warnings if w.startswith("site_url is not set")]
    if not missing or site_url:
        return [w for w in warnings if w not in missing]
    workflows = project.root / ".github" / "workflows"
    passes = any("--site-url" in path.read_text(encoding="utf-8", errors="replace")
                 for path in sorted(workflows.glob("*.y*ml"))) if workflows.is_dir() else False
    marker = project.build / ".site-url-warned"
    if passes or (not os.environ.get("GITHUB_ACTIONS") and marker.exists()):
        return [w for w in warnings if w not in missing]
    try:
        project.build.mkdir(parents=True, exist_ok=True)
        marker.touch()
    except OSError:
        pass
    return warnings
