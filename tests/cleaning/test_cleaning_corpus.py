"""The cleaner on the real-page corpus: conservation on every file, and the dev figures as floors.

The pages are read from ../shared/corpus (or $BRIEFING_CORPUS) and never copied here. The floors
are the figures measured on the ``dev`` pages (FIDELITY.md); the ``holdout`` pages are only
checked for conservation (a property of the cleaner, not a rule tuned on them), and a failure
there is reported as a count, without naming the page.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests import fidelity, realpages

CORPUS = realpages.corpus_dir()
pytestmark = pytest.mark.skipif(CORPUS is None, reason=realpages.SKIP_REASON)


@pytest.fixture(scope="module")
def articles(tmp_path_factory: pytest.TempPathFactory) -> tuple[list, dict]:
    pages = list(realpages.load_all())
    return pages, fidelity.load_as_briefing(pages, Path(tmp_path_factory.mktemp("corpus")))


@pytest.mark.slow  # measured over two seconds: a whole briefing or another process
def test_every_corpus_file_is_conserved(articles: tuple[list, dict]) -> None:
    """Every character of every page is in the headline, the story or a removed block, once."""
    pages, read = articles
    dev_faults, holdout_failures = [], 0
    for page in pages:
        _owner, found = fidelity.owners(page, read[page.name])
        if found and page.split == "dev":
            dev_faults.append(f"{page.name}: {found[0]}")
        holdout_failures += bool(found) and page.split == "holdout"
    assert dev_faults == []
    assert holdout_failures == 0, f"{holdout_failures} holdout page(s) not conserved"
    assert len(pages) >= 136


@pytest.mark.slow  # measured over two seconds: the real pages, a 10 MB page or a process
def test_dev_figures_hold(articles: tuple[list, dict]) -> None:
    """The dev figures of FIDELITY.md, as floors: a change that loses story text, keeps more
    furniture or breaks headlines shows here."""
    pages, read = articles
    score = fidelity.score_cleaning([p for p in pages if p.split == "dev"], read)
    assert score.rate("kept", "sentences") == 1.0, [n for n in score.notes if "story" in n]
    assert score.rate("conserved", "pages") == 1.0
    assert score.rate("removed", "furniture") >= 0.97
    assert score.rate("headline-right", "headlines") >= 0.98
    assert score.rate("flagged", "cut") >= 0.94
    assert score.total("false-flag") == 0


@pytest.mark.slow  # measured over two seconds: the real pages, a 10 MB page or a process
def test_every_language_is_detected_on_dev_pages(articles: tuple[list, dict]) -> None:
    pages, read = articles
    wrong = [(p.name, p.language, read[p.name].language) for p in pages
             if p.split == "dev" and read[p.name].language != p.language]
    assert wrong == []
