"""Hostile input, round two (issue 19): the red team's reproductions that `briefing check` and
the loader answer, each a regression test.

The site-folder reproductions (``-d .``, the swap, the lock, OS errors) are in
``test_site_folders.py``; characters and front matter in ``test_characters.py``; evidence
boundaries in ``test_evidence_boundaries.py``; the hostile site in Chromium in
``test_hostile_browser.py``.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from generator.check.checks import check
from generator.check.suggestions import suggest
from generator.cli import main
from generator.content import articles as articles_module
from generator.content.load import load
from generator.content.problems import Problems
from generator.content.watchdog import TookTooLong, limit_for, watchdog
from generator.content.yamlsource import MAX_EXPANDED_BYTES, parse_yaml
from generator.extract.draft import extract
from generator.site.pipeline import generate
from tests.conftest import run_briefing


def replace(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def loaded(example: Path) -> tuple[object, list[str]]:
    problems = Problems(example / "content")
    content = load(example / "content", problems)
    check(content, problems)
    return content, [p.format() for p in problems.items]


# --- 5. YAML budget in bytes -------------------------------------------------------------------

def test_a_string_aliased_two_thousand_times_is_refused_quickly_by_its_expanded_size() -> None:
    """Regression: a 122 kB fact sheet with one 100 kB string aliased 2,000 times took 382 s,
    3 GB of memory and made a 200 MB page."""
    text = "terms:\n  - id: t\n    name: &big '" + "x" * 100_000 + "'\n" + "".join(
        f"  - id: t{i}\n    name: *big\n" for i in range(2_000))
    assert 100_000 < len(text) < 200_000
    problems = Problems()
    start = time.perf_counter()
    doc = parse_yaml(text, Path("facts/bomb.yaml"), problems)
    # refused as soon as the budget is spent: under a second alone, 382 s before; a hang guard
    # with room for a loaded machine, not a speed target (that is bench/adversarial.py)
    assert time.perf_counter() - start < 30
    assert doc is None
    assert [p.format() for p in problems.items] == [
        f"facts/bomb.yaml:1:1: error: YAML expands to more than "
        f"{MAX_EXPANDED_BYTES // 1024 // 1024} MB of text through aliases (an alias bomb?) "
        "(hint: remove the anchors and aliases (&name / *name))"]


def test_aliases_within_the_budget_still_work() -> None:
    problems = Problems()
    doc = parse_yaml("a: &x 'hello'\nb: [*x, *x]\n", Path("x.yaml"), problems)
    assert doc is not None and doc.data == {"a": "hello", "b": ["hello", "hello"]}
    assert not problems.items


# --- 7. reserved ids ---------------------------------------------------------------------------

@pytest.mark.slow  # measured over two seconds: a whole briefing or another process
def test_an_article_saved_as_index_is_refused(example: Path) -> None:
    """Regression: ``index.txt`` replaced the list of articles (articles/index.md)."""
    articles = example / "content/articles"
    (articles / "index.txt").write_text("A headline\n\nSome story text.\n", encoding="utf-8")
    (articles / "index.yaml").write_text("outlet: levant-wire\npublished: 2017-08-30\n",
                                         encoding="utf-8")
    proc = run_briefing(example, "check")
    assert proc.returncode == 1
    assert ("content/articles/index.txt: error: article id 'index' is reserved: it is the name "
            "of the page that lists them all (index.md) (hint: rename the file (and its "
            "metadata), e.g. index-1.txt)") in proc.stdout + proc.stderr, proc.stderr
    assert "metadata for an article 'index' that does not exist" not in proc.stdout + proc.stderr


@pytest.mark.slow  # measured over two seconds: a whole briefing or another process
def test_an_outlet_with_id_index_is_refused(example: Path) -> None:
    replace(example / "content/outlets.yaml", "  - id: levant-wire",
            "  - id: index\n    name: Index News\n  - id: levant-wire")
    proc = run_briefing(example, "check")
    assert proc.returncode == 1
    assert re.search(r"content/outlets\.yaml:\d+:\d+: error: outlet id 'index' is reserved",
                     proc.stdout + proc.stderr), proc.stderr


def test_no_other_id_can_name_a_generated_page() -> None:
    """Every page path built from an id stays apart from the fixed pages."""
    from generator.site import paths

    fixed = {getattr(paths, n) for n in dir(paths) if n.isupper() and isinstance(
        getattr(paths, n), str) and getattr(paths, n).endswith((".md", ".json", ".pdf"))}
    for ident in ("index", "timeline", "coverage", "names", "quotes", "candidates", "a"):
        clash = {paths.article_page(ident), paths.outlet_page(ident)} & fixed
        assert bool(clash) == (ident == "index"), (ident, clash)


# --- 8. the analyst's wording ------------------------------------------------------------------

@pytest.mark.slow
def test_date_text_not_in_the_quoted_sentence_is_the_analysts_reading(example: Path) -> None:
    """Regression: "three years ago" was shown as the outlet's words and raised a date conflict
    the source never made."""
    events = example / "content/facts/events.yaml"
    text = events.read_text(encoding="utf-8")
    assert text.count("date_text: earlier this month") == 2
    events.write_text(text.replace("date_text: earlier this month", "date_text: three years ago",
                                   1), encoding="utf-8")
    _content, problems = loaded(example)
    mine = [p for p in problems if "three years ago" in p]
    assert any(re.match(r"content/facts/events\.yaml:\d+:9: warning: date_text 'three years "
                        r"ago' is not in the sentence quoted from 'frontline-journal-airstrike':"
                        r" it is the analyst's reading, not the source's words", p)
               for p in mine), mine
    conflict = [p for p in mine if "cannot all hold" in p]
    assert conflict and "the analyst's reading “three years ago”" in conflict[0], conflict
    result_pages = generate(example / "content").rendered.pages
    timeline = result_pages["timeline.md"]
    assert "three years ago” (the analyst&#39;s reading" in timeline or \
        "three years ago” (the analyst's reading" in timeline, timeline[:3000]


@pytest.mark.slow
def test_a_speaker_not_in_the_article_is_labelled_on_the_quotes_page(example: Path) -> None:
    replace(example / "content/facts/quotes.yaml", 'speaker: "a US military spokesman"',
            'speaker: "the Pentagon press secretary"')
    _content, problems = loaded(example)
    assert any("warning: speaker 'the Pentagon press secretary' is not in article "
               "'gulf-daily-relocation'" in p for p in problems), problems
    quotes = generate(example / "content").rendered.pages["comparison/quotes.md"]
    rows = [ln for ln in quotes.splitlines() if ln.startswith("|")]
    line = next(ln for ln in rows if "Pentagon press secretary" in ln)
    assert "analyst" in line and "reading" in line, line
    # the speaker the article does hold is not labelled
    line = next(ln for ln in rows if "Coalition spokesman Col" in ln)
    assert "analyst" not in line, line


@pytest.mark.slow
def test_free_text_attribution_not_in_the_quote_or_sentence_is_labelled(example: Path) -> None:
    replace(example / "content/facts/figures.yaml", "attributed_to: press reports",
            "attributed_to: a Syrian army officer")
    _content, problems = loaded(example)
    assert any("warning: attributed_to 'a Syrian army officer' is not in the quote or its "
               "sentence in 'frontline-journal-airstrike'" in p for p in problems), problems
    figures = generate(example / "content").rendered.pages["comparison/index.md"]
    line = next(ln for ln in figures.splitlines()
                if ln.startswith("|") and "Syrian army officer" in ln)
    assert "analyst" in line, line


def test_the_example_holds_no_analysts_reading(example: Path) -> None:
    _content, problems = loaded(example)
    assert not [p for p in problems if "analyst's reading" in p], problems


# --- 10. files: sidecar pairs, hard links, unreadable folders ---------------------------------

@pytest.mark.slow  # measured over two seconds: a whole briefing or another process
def test_a_yaml_and_a_yml_sidecar_for_one_article_is_an_error(example: Path) -> None:
    """Regression: one of a-b.yaml / a-b.yml was silently ignored."""
    articles = example / "content/articles"
    (articles / "levant-wire-convoy.yml").write_text("author: Someone Else\n", encoding="utf-8")
    proc = run_briefing(example, "check")
    assert proc.returncode == 1
    assert ("content/articles/levant-wire-convoy.yml: error: two metadata files for article "
            "'levant-wire-convoy': levant-wire-convoy.yaml and levant-wire-convoy.yml (hint: "
            "keep one of them (merge the keys you need))") in proc.stdout + proc.stderr, proc.stderr


def test_a_hard_link_to_a_file_outside_content_is_refused(example: Path, tmp_path: Path) -> None:
    """Regression: a hard link made a file outside the content folder part of the site."""
    secret = tmp_path / "private-notes.txt"
    secret.write_text("Private notes\n\nNot for publication, ever.\n", encoding="utf-8")
    os.link(secret, example / "content/articles/notes.txt")
    (example / "content/articles/notes.yaml").write_text(
        "outlet: levant-wire\npublished: 2017-08-30\n", encoding="utf-8")
    content, problems = loaded(example)
    assert "notes" not in content.articles
    assert ("content/articles/notes.txt: error: links to a file outside the content folder; "
            "refused (hint: copy the file into content/ instead of linking to it)") in problems


def test_hard_links_inside_content_are_fine(example: Path) -> None:
    articles = example / "content/articles"
    os.link(articles / "levant-wire-convoy.txt", example / "content/copy-of-convoy.txt")
    content, problems = loaded(example)
    assert "levant-wire-convoy" in content.articles
    assert not [p for p in problems if "outside the content folder" in p], problems


def test_an_unreadable_folder_is_one_line_not_a_traceback(example: Path, monkeypatch,
                                                          capsys) -> None:
    """Regression: an unreadable content folder raised PermissionError out of `check`."""
    real = Path.iterdir

    def denied(self: Path):
        if self.name == "articles":
            raise PermissionError(13, "Permission denied", str(self))
        return real(self)

    monkeypatch.setattr(Path, "iterdir", denied)
    monkeypatch.chdir(example)
    assert main(["check"]) == 1
    out = capsys.readouterr()
    assert "content/articles: error: cannot read the folder: Permission denied (hint: check " \
           "its permissions)" in out.err, out
    assert "Traceback" not in out.out + out.err


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any folder: the monkeypatched test "
                    "above covers the same path")
def test_an_unreadable_content_folder_for_real(example: Path) -> None:  # pragma: no cover
    os.chmod(example / "content", 0)
    try:
        proc = run_briefing(example, "check")
    finally:
        os.chmod(example / "content", 0o755)
    assert proc.returncode != 0 and "Traceback" not in proc.stderr
    assert len(proc.stderr.strip().splitlines()) <= 2, proc.stderr


# --- 2. the watchdog ---------------------------------------------------------------------------

def _stall(*_args, **_kwargs):
    """A reader that backtracks catastrophically, as the share-buttons rule did."""
    re.match(r"(a+)+$", "a" * 60 + "!")
    raise AssertionError("the pattern finished: it was meant to stall")


@pytest.mark.slow  # measured over two seconds: a whole briefing or another process
def test_a_stalling_article_is_stopped_and_named_in_the_main_thread(example: Path,
                                                                     monkeypatch) -> None:
    monkeypatch.setenv("BRIEFING_ARTICLE_SECONDS", "0.5")
    monkeypatch.setattr(articles_module, "read_source", _stall)
    start = time.perf_counter()
    _content, problems = loaded(example)
    assert time.perf_counter() - start < 60  # a hang guard: the stall alone never ends
    stopped = [p for p in problems if "took more than" in p]
    files = [f for f in (example / "content/articles").iterdir() if f.suffix != ".yaml"]
    assert len(stopped) == len(files) >= 4, problems  # every article of the example, each named
    assert stopped[0].startswith("content/articles/")
    assert ": error: reading the article took more than 0.5" in stopped[0]


def test_a_stalling_loop_is_stopped_in_another_thread(monkeypatch) -> None:
    """`mkdocs serve` rebuilds in a thread: a loop in Python is stopped there too."""
    got: list[str] = []

    def work() -> None:
        try:
            with watchdog(0.3, "reading a test article"):
                while True:
                    pass
        except TookTooLong as exc:
            got.append(str(exc))

    thread = threading.Thread(target=work)
    thread.start()
    thread.join(20)
    assert got == ["reading a test article took more than 0.3 s and was stopped"]


def test_work_that_ends_in_time_is_not_disturbed() -> None:
    with watchdog(0.2, "quick"):
        pass
    time.sleep(0.4)  # a late alarm would raise here
    assert limit_for(2_000_000) == pytest.approx(limit_for(0) * 3)


# --- 2. super-linear parts outside reading: the reproductions ---------------------------------

@pytest.mark.slow
def test_spelling_hints_over_4000_names_in_one_bucket(example: Path) -> None:
    """Regression: 4,000 names took 275 s (all pairs). The hint a pair deserves is still given."""
    names = [f"Ha{'bdklmnrst'[i % 9]}{'aeiou'[i % 5]}{i:04d}x" for i in range(4_000)]
    body = "\n\n".join(f"Officials met {n} in the city." for n in names)
    (example / "content/articles/names.txt").write_text(
        f"Names\n\n{body}\n\nThe envoy met Humeimah at dawn.\n", encoding="utf-8")
    (example / "content/articles/names.yaml").write_text(
        "outlet: gulf-daily-courier\npublished: 2017-08-30\n", encoding="utf-8")
    problems = Problems(example / "content")
    found = suggest(load(example / "content", problems))
    assert any(s.found == "Humeimah" and s.entity == "humaymah" for s in found)


@pytest.mark.slow
def test_extract_on_a_long_repetitive_article(example: Path) -> None:
    """Regression: extract on a 190 kB repetitive article took 103 s."""
    paragraph = ("Coalition aircraft struck the road near Humaymah on Wednesday, and 308 militants "
                 "with 331 civilians were stranded, Col. Ryan Dillon said. “The road is "
                 "cratered,” he told reporters.")
    (example / "content/articles/long.txt").write_text(
        "Long\n\n" + "\n\n".join([paragraph] * 1_100) + "\n", encoding="utf-8")
    (example / "content/articles/long.yaml").write_text(
        "outlet: levant-wire\npublished: 2017-08-30T21:10:00+03:00\n", encoding="utf-8")
    assert (example / "content/articles/long.txt").stat().st_size > 190_000
    content = load(example / "content", Problems(example / "content"))
    draft = extract(content, ["long"])
    assert not draft.stopped
    quotes = [c for c in draft.candidates() if c.kind == "quote"]
    assert quotes and all(c.speaker == "Ryan Dillon" for c in quotes)


@pytest.mark.slow
def test_a_long_quote_not_found_gets_its_hint(example: Path) -> None:
    """Regression: a 10,000-character quote not found in a 100 kB article took 169 s."""
    words = " ".join(f"word{i}" for i in range(15_000))
    (example / "content/articles/big.txt").write_text(f"Big\n\n{words}\n", encoding="utf-8")
    (example / "content/articles/big.yaml").write_text(
        "outlet: levant-wire\npublished: 2017-08-30\n", encoding="utf-8")
    quote = words[20_000:30_000].replace("word3000", "wort3000")
    (example / "content/facts/big.yaml").write_text(
        f"terms:\n  - id: big\n    name: Big\nevents:\n  - id: e\n    title: E\n    terms: [big]\n"
        f"    date: 2017-08-30\n    reports:\n      - article: big\n        quote: \"{quote}\"\n",
        encoding="utf-8")
    _content, problems = loaded(example)
    mine = [p for p in problems if "big.yaml" in p]
    assert len(mine) == 1 and "quote not found in article 'big'" in mine[0], mine
    assert "closest passage (99% alike)" in mine[0] or "closest passage (100% alike)" in mine[0]
    assert len(mine[0]) < 600  # the hint is cut to one readable line


#: The red team's inputs of a few hundred bytes that stalled the reading code (its linear
#: rewrite belongs to the cleaning work; bench/adversarial.py measures them). Whatever the state
#: of the readers, `check` must finish: each article is read, or stopped and named.
STALLING = {
    "share-buttons.txt": "Headline\n\n" + ",".join(["1"] * 60) + "!\n",
    "dateline.txt": "Headline\n\n" + "Al-" * 400 + " stopped the convoy.\n",
    "md-heading.md": "---\noutlet: levant-wire\npublished: 2017-08-30\n---\n# x" + " " * 6_000
                     + "y\n\nStory text.\n",
    "hard-wrapped.txt": "Headline\n\n" + "\n".join(f"line {i} of wrapped text without an end"
                                                   for i in range(15_000)) + "\n",
}


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(STALLING))
def test_an_input_that_stalled_reading_never_hangs_check(example: Path, name: str) -> None:
    path = example / "content/articles" / name
    path.write_text(STALLING[name], encoding="utf-8")
    if path.suffix == ".txt":
        path.with_suffix(".yaml").write_text("outlet: levant-wire\npublished: 2017-08-30\n",
                                             encoding="utf-8")
    env = {**os.environ, "BRIEFING_ARTICLE_SECONDS": "2"}
    start = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "generator", "check"], cwd=example, env=env,
                          capture_output=True, text=True, timeout=300, check=False)
    assert "Traceback" not in proc.stderr
    lines = proc.stderr.splitlines()
    stopped = [line for line in lines if "took more than" in line]
    ours = [line for line in stopped if line.startswith(f"content/articles/{name}:")]
    # On a loaded machine an example article may pass the 2 s budget too: the watchdog stops
    # it and names it, which is the guarantee under test, not a failure of it.
    assert all(line.startswith("content/articles/") for line in stopped), proc.stderr
    assert [line for line in lines if ": error:" in line and line not in stopped] == []
    if ours:  # the reader is still slow on it: stopped in time, and named
        assert len(ours) == 1
        # reading (the file) and cleaning (its blocks) are watched apart; either may stop it
        assert re.match(rf"content/articles/{re.escape(name)}: error: (reading|cleaning) the "
                        r"article took more than ", ours[0]), ours[0]
        assert time.perf_counter() - start < 120
    if not stopped:
        assert proc.returncode == 0, proc.stderr
