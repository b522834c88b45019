"""Trial 8: an analyst keeps one briefing current over several days under `briefing serve`.

Each test is invented text of the shape met on the trial's pages; none quotes a page."""

from __future__ import annotations

import os
import socket
import time

import pytest

from generator.check.terms import terms_of
from generator.content.schema import SiteEngine
from generator.site import live
from generator.site.engines import EngineError
from generator.site.project import Project
from tests.conftest import briefing_here, copy_example


def _server(tmp_path, quiet: bool = True) -> tuple[live.LiveServer, Project]:
    project = Project.at(copy_example(tmp_path / "briefing") / "mkdocs.yml")
    return live.LiveServer(project, SiteEngine.MKDOCS, "127.0.0.1:0", quiet=quiet), project


@pytest.mark.slow  # measured over two seconds: a whole briefing or another process
def test_a_page_written_while_mkdocs_rebuilds_is_newer_than_that_rebuilds_html(tmp_path):
    # A dirty MkDocs rebuild started by an earlier save reads the overview, the analyst's next
    # save rewrites it, and the rebuild writes its HTML a second later: MkDocs redoes a page only
    # when its file is newer than its HTML, so the overview kept the older counts for good.
    server, project = _server(tmp_path)
    server.refresh()
    figures = project.content / "facts" / "figures.yaml"
    figures.write_text(figures.read_text(encoding="utf-8").replace(
        "label:", "label: Revised", 1), encoding="utf-8")
    changes = server.refresh()
    assert changes.written
    html_written = time.time() + 2  # the rebuild under way finishes after the write
    docs = project.build / "docs"
    for rel in changes.written:
        if rel.endswith(".md"):
            assert os.path.getmtime(docs / rel) > html_written, rel


@pytest.mark.slow  # measured over two seconds: a whole briefing or another process
def test_serve_says_in_the_terminal_that_a_saved_page_was_decoded_from_another_encoding(
        tmp_path, capsys):
    # An analyst's editor saved a German page in an old DOS code page: it builds without an
    # error, and the served page shows stray signs where the umlauts were. `briefing build` and
    # `check` warn; under serve the warning reached neither the terminal nor the page.
    server, project = _server(tmp_path, quiet=False)
    server.refresh()
    capsys.readouterr()
    article = project.content / "articles" / "wide-valley-report"
    text = ("Bei dem Unglück im Tal wurden nach Angaben der Feuerwehr zwölf Menschen verletzt. "
            "Die Straße über den Paß blieb am Donnerstag gesperrt.\n")
    article.with_suffix(".txt").write_bytes(text.encode("cp850"))
    article.with_suffix(".yaml").write_text(
        "outlet: cedar-post\npublished: 2017-08-31T08:15:00+03:00\n", encoding="utf-8")
    server.refresh()
    err = capsys.readouterr().err
    assert "wide-valley-report.txt: warning: not UTF-8" in err
    # and the article's page says so beside its file, where the stray signs are read
    page = (project.build / "docs" / "articles" / "wide-valley-report.md").read_text("utf-8")
    assert "| **Encoding** | not UTF&#45;8; decoded as" in page
    server.refresh()  # nothing changed: not printed again
    assert "not UTF-8" not in capsys.readouterr().err
    # a second such page prints its own warning, not the first one's again
    second = project.content / "articles" / "second-valley-report"
    second.with_suffix(".txt").write_bytes(text.replace("zwölf", "dreizehn").encode("cp850"))
    second.with_suffix(".yaml").write_text(
        "outlet: cedar-post\npublished: 2017-08-31T09:15:00+03:00\n", encoding="utf-8")
    server.refresh()
    err = capsys.readouterr().err
    assert "second-valley-report.txt: warning: not UTF-8" in err
    assert "wide-valley-report.txt: warning" not in err


def test_a_toll_of_the_dead_does_not_state_a_figure_of_the_injured():
    # "Number of injured": one of the injured's count words ("casualties") is also a noun of the
    # dead, and through it the whole group of the dead joined the figure's terms, so that
    # outlets giving only the dead were listed as stating the injured ("at least 36").
    injured = terms_of(["Number of injured", "injured"], derive=True)
    dead = terms_of(["Number of dead", "dead"], derive=True)
    for word in ("dead", "death", "deaths", "victims", "bodies"):
        assert word not in injured.words, word
    for word in ("injured", "wounded", "casualties"):
        assert word in injured.words, word
    for word in ("dead", "victims", "bodies", "casualty"):  # the dead keep their nouns
        assert word in dead.words, word


def test_a_report_citing_a_deleted_article_says_the_file_is_gone(tmp_path):
    # The analyst deletes an article whose figure the fact sheet cites and keeps its .yaml: the
    # hint offered another outlet's article sharing a wire name ("did you mean …?").
    project_dir = copy_example(tmp_path / "briefing")
    articles = project_dir / "content" / "articles"
    cited = next(p for p in sorted(articles.glob("*.txt"))
                 if p.stem in (project_dir / "content" / "facts" / "figures.yaml").read_text(
                     encoding="utf-8"))
    cited.unlink()
    done = briefing_here(project_dir, "check")
    assert done.returncode == 1
    lines = [ln for ln in done.stderr.splitlines() if f"unknown article '{cited.stem}'" in ln]
    assert lines, done.stderr
    assert all("its file is gone" in ln and "did you mean" not in ln for ln in lines), lines
    assert "if you removed the article, remove this file too" in done.stderr


@pytest.mark.slow
def test_one_more_uncited_article_is_one_article(tmp_path):
    # Four outlets state the injured and the fact sheet cites a fifth: the hint lists three and
    # counted the fourth as "1 more articles".
    project_dir = copy_example(tmp_path / "briefing")
    articles = project_dir / "content" / "articles"
    for n in range(5):
        (articles / f"valley-{n}.txt").write_text(
            f"Valley crash report number {n}\n\nAt least 85 people were injured when two trains "
            "met on one track in the valley, the fire service said on Wednesday.\n",
            encoding="utf-8")
        (articles / f"valley-{n}.yaml").write_text(
            "outlet: cedar-post\npublished: 2017-08-31T08:15:00+03:00\n", encoding="utf-8")
    (project_dir / "content" / "facts" / "valley.yaml").write_text(
        "figures:\n  - id: valley-injured\n    label: Number of injured\n    unit: injured\n"
        "    kind: running\n    reports:\n      - article: valley-0\n        value: 85\n"
        "        approx: at-least\n        quote: \"At least 85 people were injured\"\n",
        encoding="utf-8")
    err = briefing_here(project_dir, "check").stderr
    line = next(ln for ln in err.splitlines() if "'valley-injured' is stated but not cited" in ln)
    assert "; and 1 more article (" in line and "more articles" not in line, line


def test_serve_on_a_port_in_use_says_so_before_building(tmp_path):
    # A second `briefing serve` (the first left running in another terminal) built the whole
    # site, then the engine died with a traceback about the address.
    server, _project = _server(tmp_path)
    with socket.socket() as other:
        other.bind(("127.0.0.1", 0))
        other.listen()
        server.dev_addr = f"127.0.0.1:{other.getsockname()[1]}"
        refreshed = []
        server.refresh = lambda: refreshed.append(1)
        with pytest.raises(EngineError, match="is in use"):
            server.serve()
    assert not refreshed
