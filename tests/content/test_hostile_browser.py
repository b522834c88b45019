"""The hostile briefing, round two, in a real browser (issue 19).

The round-one hostile briefing (``test_hostile.make_hostile``: payloads in every field of every
file) plus the red team's round-two payloads: a noncharacter (U+FFFF, U+FFFE, U+1FFFF) in a
headline, an outlet name, a sidecar headline and the briefing title, each followed by an
attribute list with an ``onerror`` handler, a ``javascript:`` link and a remote image; a C1
control; right-to-left overrides in names. It is built with ``briefing build`` and headless
Chromium visits *every* page of the site with the network logged: no script of the payloads
runs, no dialog opens, and no request leaves the site.
"""

from __future__ import annotations

import contextlib
import json
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from generator.site.frontmatter import read
from tests.conftest import (
    CHROMEDRIVER,
    CHROMIUM,
    CHROMIUM_FLAGS,
    browser_unavailable,
    copy_example,
    open_dialogs,
    run_briefing,
    serve,
    yq,
)
from tests.content.test_hostile import main_text, make_hostile, offences, site_pages

pytestmark = [pytest.mark.slow]

#: The red team's payloads: an image whose error handler opens a dialog (as they wrote it), a
#: javascript: link and a remote image, each marked with where it was put.
ATTR = "![p](x){{: onerror=alert(document.domain) title={0} }}"
LINK = "[t](javascript:window.__pwned='{0}-link')"
REMOTE = "![r](https://pwned.example.org/{0}.png)"
NONCHARACTERS = ["\uffff", "\ufffe", "\U0001ffff"]


def payload(where: str, char: str) -> str:
    return f"{where} {char} {ATTR.format(where)} {LINK.format(where)} {REMOTE.format(where)}"


def make_round_two(project: Path) -> None:
    content = project / "content"
    briefing = content / "briefing.yaml"
    lines = briefing.read_text(encoding="utf-8").split("\n")
    lines[0] = f"title: {yq(payload('title', NONCHARACTERS[0]))}"
    briefing.write_text("\n".join(lines), encoding="utf-8")
    outlets = content / "outlets.yaml"
    outlets.write_text(outlets.read_text(encoding="utf-8").replace(
        "name: Levant Wire", f"name: {yq(payload('outlet', NONCHARACTERS[1]))}", 1),
        encoding="utf-8")
    sidecar = content / "articles/gulf-daily-relocation.yaml"
    sidecar.write_text(sidecar.read_text(encoding="utf-8")
                       + f"headline: {yq(payload('sidecar', NONCHARACTERS[2]))}\n",
                       encoding="utf-8")
    article = content / "articles/levant-wire-convoy.txt"
    _first, rest = article.read_text(encoding="utf-8").split("\n", 1)
    article.write_text(payload("headline", "\uffff") + "\x90\n" + rest, encoding="utf-8")
    facts = content / "facts/entities.yaml"
    facts.write_text(facts.read_text(encoding="utf-8").replace(
        "name: Humaymah", 'name: "Huma\\u202eymah \\u2069 \\u2067"', 1), encoding="utf-8")


@pytest.fixture(scope="module")
def hostile_two(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = copy_example(tmp_path_factory.mktemp("hostile-two") / "briefing")
    make_hostile(project)
    make_round_two(project)
    proc = run_briefing(project, "build")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "warning: character U+FFFF (a noncharacter)" in proc.stderr
    return project


def test_no_round_two_payload_becomes_markup(hostile_two: Path) -> None:
    bad: dict[str, set[str]] = {}
    for name, html in site_pages(hostile_two).items():
        if name.startswith("snippet-probe"):
            continue
        for offence in offences(html):
            bad.setdefault(offence, set()).add(name)
    assert not bad, json.dumps({k: sorted(v)[:3] for k, v in bad.items()}, indent=1)


def test_the_payloads_are_shown_as_text(hostile_two: Path) -> None:
    pages = {name: main_text(html) for name, html in site_pages(hostile_two).items()}
    text = "\n".join(pages.values())
    for where in ("title", "outlet", "sidecar", "headline"):
        assert f"{where} \ufffd" in text, where
        assert ATTR.format(where) in text, where  # inert, as text
        assert LINK.format(where) in text, where


def test_every_generated_page_reads_back_as_written(hostile_two: Path) -> None:
    for page in sorted((hostile_two / "build/docs").rglob("*.md")):
        text = page.read_text(encoding="utf-8")
        body, data = read(text)
        if text.startswith("---\n"):
            assert list(data) == ["title"], page
            assert body.startswith("#"), page
        for char in NONCHARACTERS + ["\x90"]:
            assert char not in text, (page, char)


@pytest.fixture(scope="module")
def logged_browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """Headless Chromium with the network logged (DevTools performance log)."""
    missing = [str(p) for p in (CHROMIUM, CHROMEDRIVER) if not p.exists()]
    if missing:
        browser_unavailable(f"{' and '.join(missing)} not found (Debian packages chromium, "
                            "chromium-driver)")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in CHROMIUM_FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={tmp_path_factory.mktemp('chromium-two')}")
    options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    options.set_capability("unhandledPromptBehavior", "ignore")
    service = Service(executable_path=str(CHROMEDRIVER),
                      log_output=str(tmp_path_factory.mktemp("driver") / "chromedriver.log"))
    with pytest.MonkeyPatch.context() as env:
        env.setenv("SE_OFFLINE", "true")
        driver = webdriver.Chrome(service=service, options=options)
    driver.set_page_load_timeout(30)
    try:
        yield driver
    finally:
        driver.quit()


def _requests(driver: Any) -> list[str]:
    urls = []
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message.get("method") == "Network.requestWillBeSent":
            urls.append(message["params"]["request"]["url"])
    return urls



def test_chromium_visits_every_page_no_script_runs_no_request_leaves(
        hostile_two: Path, logged_browser: Any) -> None:
    from selenium.common.exceptions import UnexpectedAlertPresentException

    driver = logged_browser
    site = hostile_two / "site"
    pages = sorted(str(p.relative_to(site).parent) for p in site.rglob("index.html"))
    assert len(pages) > 15
    outside: set[str] = set()
    seen: set[str] = set()
    ran: dict[str, str] = {}
    with serve(site, subpath="") as base:
        _requests(driver)  # drop what the browser did before
        for page in pages:
            url = base + ("" if page == "." else page + "/")
            with contextlib.suppress(UnexpectedAlertPresentException):
                driver.get(url)
            time.sleep(0.3)  # onerror, onload and ontoggle fire after load
            dialogs = open_dialogs(driver)
            pwned = driver.execute_script(
                "return typeof window.__pwned === 'undefined' ? null : String(window.__pwned)")
            if dialogs or pwned is not None:
                ran[page] = f"dialogs {dialogs}, window.__pwned={pwned!r}"
            for request in _requests(driver):
                # the network: anything but the browser's own pages (chrome://) and inline data
                network = request.split(":", 1)[0] in ("http", "https", "ws", "wss", "ftp")
                if network and not request.startswith(base):
                    outside.add(f"{page}: {request}")
                seen.add(request.split(":", 1)[0])
    assert "http" in seen, "no request was logged: the test would prove nothing"
    assert not ran, f"payloads ran: {ran}"
    assert not outside, f"requests outside the site: {sorted(outside)[:10]}"
