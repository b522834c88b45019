"""A live page: published one day, updated days later, its relative days ("as of Monday") may be
the update's. The cleaner keeps the update's stamp apart from the publication's, ``updated:`` in
the metadata makes `briefing check` read a report's wording from both, and `briefing extract`
says when the two readings differ (trial 14, FIDELITY.md). Invented pages."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.content.cleaner import clean
from tests.conftest import briefing_here, copy_example, draft_of_pages

# Saturday 22 March 2031, updated Tuesday 25 March: "Monday" is the 17th read from the
# publication, the 24th read from the update.
STORY = ("Varno storm: dozens missing\n\n"
         "Published: Mar. 22, 2031 at 10:50 AM|Updated: Mar. 25, 2031 at 09:17 AM\n\n"
         "VARNO (Levant Wire) - Rescuers searched the flooded valley of Varno for a fourth day.\n\n"
         "By Monday evening, 64 people were still missing in the valley, the governor "
         "said.\n")


@pytest.mark.parametrize("text, lang, date, updated", [
    ("Published: Mar. 22, 2031 at 10:50 AM|Updated: Mar. 25, 2031 at 09:17 AM\n\nThe storm "
     "flooded the valley of Varno overnight, the governor said.\n", "en",
     "Mar. 22, 2031 at 10:50 AM", "Mar. 25, 2031 at 09:17 AM"),
    ("Publié le 22/03/2031 à 08h00, mis à jour le 25/03/2031 à 10h12\n\nLa tempête a inondé "
     "la vallée de Varno pendant la nuit, selon le préfet.\n", "fr",
     "22/03/2031 à 08h00", "25/03/2031 à 10h12"),
    ("Aktualisiert am 25.03.2031, 10:12 Uhr\n\nDer Sturm hat das Tal von Varno in der Nacht "
     "überflutet, teilte die Polizei mit.\n", "de", None, "25.03.2031, 10:12 Uhr"),
])
def test_the_update_stamp_is_kept_apart_from_the_publication_s(text, lang, date, updated):
    cleaned = clean(text, language=lang)
    assert (cleaned.date, cleaned.updated) == (date, updated)


def _project(tmp_path: Path, updated: str | None) -> Path:
    project = copy_example(tmp_path / "live")
    articles = project / "content" / "articles"
    (articles / "live-page.txt").write_text(STORY, encoding="utf-8")
    (articles / "live-page.yaml").write_text(
        "outlet: levant-wire\npublished: 2031-03-22T10:50:00+02:00\n"
        + (f"updated: {updated}\n" if updated else ""), encoding="utf-8")
    (project / "content" / "facts" / "live.yaml").write_text(
        "events:\n"
        "  - id: missing-monday\n"
        "    title: 64 people missing in the valley\n"
        "    date: 2031-03-24\n"
        "    terms: [missing]\n"
        "    reports:\n"
        "      - article: live-page\n"
        "        quote: \"By Monday evening, 64 people were still missing\"\n"
        "        date_text: \"Monday evening\"\n", encoding="utf-8")
    return project


def test_without_updated_the_day_clashes_and_the_page_s_stamp_is_offered(tmp_path: Path):
    result = briefing_here(_project(tmp_path, None), "check")
    assert "cannot all hold" in result.stderr
    assert "the page says it was updated on 2031-03-25" in result.stderr
    assert "add `updated: 2031-03-25`" in result.stderr


@pytest.mark.slow
def test_with_updated_the_update_s_reading_is_taken_and_said(tmp_path: Path):
    project = _project(tmp_path, "2031-03-25T09:17:00+02:00")
    result = briefing_here(project, "check")
    assert result.returncode == 0, result.stderr
    assert "cannot all hold" not in result.stderr and "updated on" not in result.stderr
    built = briefing_here(project, "build", "--no-pdf")
    assert built.returncode == 0, built.stderr
    timeline = (project / "build" / "docs" / "timeline.md").read_text(encoding="utf-8")
    assert "→ 24 Mar 2031 (read from the page's update of 2031&#45;03&#45;25)" in timeline


def test_the_publication_s_reading_is_kept_when_it_agrees_with_the_event(tmp_path: Path):
    """The nearest shape: the event dated the 17th, which "Monday" means read from the
    publication: that reading is kept, and nothing clashes."""
    project = _project(tmp_path, "2031-03-25T09:17:00+02:00")
    facts = project / "content" / "facts" / "live.yaml"
    facts.write_text(facts.read_text(encoding="utf-8").replace("date: 2031-03-24",
                                                              "date: 2031-03-17"),
                     encoding="utf-8")
    result = briefing_here(project, "check")
    assert "cannot all hold" not in result.stderr  # the publication's reading still holds


def test_extract_says_when_the_update_reads_another_day(tmp_path: Path):
    draft = draft_of_pages(tmp_path / "draft", {"live-draft": ("en", STORY)},
                           published="2031-03-22T10:50:00+02:00")
    assert draft is not None  # no `updated:`: one reading, as before
    project = tmp_path / "draft"
    (project / "content" / "articles" / "live-draft.yaml").write_text(
        "outlet: levant-wire\npublished: 2031-03-22T10:50:00+02:00\n"
        "updated: 2031-03-25T09:17:00+02:00\nlanguage: en\n", encoding="utf-8")
    result = briefing_here(project, "extract", "live-draft")
    said = " ".join(result.stdout.replace("#", " ").split())  # the draft wraps its comments
    assert "read from the page's update of 2031-03-25 it would be 24 Mar 2031" in said



@pytest.mark.parametrize("line, date, updated", [
    ("Published: Dec. 14, 2031 | Updated: Dec. 14, 2031", "Dec. 14, 2031", "Dec. 14, 2031"),
    ("Updated: Dec. 14, 2031 | Published: Dec. 11, 2031", "Dec. 11, 2031", "Dec. 14, 2031"),
    ("Opublikowano: 22 marca 2031 | Aktualizacja: 25 marca 2031", "22 marca 2031",
     "25 marca 2031"),
])
def test_review_10_s_stamps(line, date, updated):
    """The publication's date kept when the update's is the same text or comes first; a
    Polish update label."""
    text = line + "\n\nThe storm flooded the valley of Varno overnight, the governor said.\n"
    cleaned = clean(text, language="pl" if "Opublikowano" in line else "en")
    assert (cleaned.date, cleaned.updated) == (date, updated)


def test_an_update_before_the_publication_is_said_and_not_used(tmp_path: Path):
    project = _project(tmp_path, "2031-03-20T09:17:00+02:00")
    result = briefing_here(project, "check")
    assert "updated: the page's update is before its publication" in result.stderr
