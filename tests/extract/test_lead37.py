"""The draft passes ``briefing check`` as it says it does: a figure reading whose value check
does not read in its quote is left out and counted (extract/sheet/verified.py; since one reader
serves both stages for one casualty, only a unit check reads otherwise is left to it); and check
reads one casualty whose age is glued to the person by a hyphen. Invented sentences."""

from __future__ import annotations

import pytest

from generator.check.values import check_value
from generator.content.load import load
from generator.content.problems import Problems
from generator.content.schema import Figure, FigureReport
from generator.extract.draft import extract
from generator.extract.sheet.yaml_writer import draft_yaml
from generator.site.pipeline import run_check
from tests.conftest import copy_example


def _value_problems(quote: str, value: int, lang: str = "en") -> list[str]:
    report = FigureReport(article="a", quote=quote, value=value)
    problems = Problems()
    check_value(report, Figure(id="f", label="f", unit="dead", reports=[report]), lang, problems)
    return [p.message for p in problems.items]


def test_check_reads_one_casualty_with_the_age_glued_to_the_person():
    assert _value_problems("A 33-year-old-man was killed and two others were hurt.", 1) == []
    assert _value_problems("A 33-year-old man was killed on the bridge.", 1) == []
    # the person still has to suffer the outcome, before any saying or number
    assert _value_problems("A 33-year-old-man said two were killed on the bridge.", 1)


@pytest.mark.slow
def test_a_reading_check_rejects_is_left_out_of_the_draft_and_counted(tmp_path):
    project = copy_example(tmp_path / "p")
    articles = project / "content" / "articles"
    sidecar = next(articles.glob("*.yaml")).read_text(encoding="utf-8")
    (articles / "river-post.txt").write_text(
        "Ferry toll rises\n\nA register of the six bodies identified so far showed the dead "
        "included a 5-month-old girl and a 13-year-old boy.\n\nA 33-year-old-man was killed "
        "and two others were hurt when the ramp gave way.\n", encoding="utf-8")
    (articles / "river-post.yaml").write_text(sidecar, encoding="utf-8")
    problems = Problems(project / "content")
    content = load(project / "content", problems)
    assert not problems.errors
    draft = extract(content)
    ours = [(f.unit, r.value) for f in draft.figures for r in f.reports
            if r.article == "river-post"]
    # the one dead of the glued age stays; since extract and check read one casualty with one
    # reader (spone2, forty-first stop), nothing extract drafts of one is left out any more:
    # the mechanism stays for units (test below) and the draft says nothing is left out
    assert ("dead", 1) in ours and ("injured", 2) in ours
    assert draft.unverified == []
    text = draft_yaml(draft)
    assert "# Left out:" not in text
    facts = project / "content" / "facts"
    for path in facts.glob("*.yaml"):
        if path.name != "entities.yaml":
            path.unlink()
    (facts / "extracted.yaml").write_text(text, encoding="utf-8")
    checked, found = run_check(project / "content")
    assert not found.errors, [p.format() for p in found.errors]
    assert checked is not None


@pytest.mark.slow
def test_a_group_read_in_another_unit_takes_the_unit_check_reads(tmp_path):
    """Rain given in liters per square meter is read by check as millimetres: a group extract
    calls liters becomes a figure in millimetres (every report then passes) instead of carrying
    an error into the draft."""
    project = copy_example(tmp_path / "r")
    articles = project / "content" / "articles"
    sidecar = next(articles.glob("*.yaml")).read_text(encoding="utf-8")
    (articles / "valley-news.txt").write_text(
        "Storm floods the valley\n\nIn the village, 390 liters per square meter were measured "
        "within a day.\n\nGauges recorded 415 litres per square metre, a record.\n",
        encoding="utf-8")
    (articles / "valley-news.yaml").write_text(sidecar, encoding="utf-8")
    content = load(project / "content", Problems(project / "content"))
    draft = extract(content)
    ours = [(f.unit, r.value, r.report_unit) for f in draft.figures for r in f.reports
            if r.article == "valley-news"]
    assert sorted(ours) == [("millimeter", 390, ""), ("millimeter", 415, "")]
    assert draft.unverified == []
    facts = project / "content" / "facts"
    for path in facts.glob("*.yaml"):
        if path.name != "entities.yaml":
            path.unlink()
    (facts / "extracted.yaml").write_text(draft_yaml(draft), encoding="utf-8")
    _checked, found = run_check(project / "content")
    assert not found.errors, [p.format() for p in found.errors]


def test_check_reads_one_of_a_group_by_its_outcome_in_the_same_clause():
    assert _value_problems("One of the ferry's deckhands remains missing, while the other 11 "
                           "were rescued.", 1) == []
    assert _value_problems("Uno de los marineros sigue desaparecido, mientras que los otros 11 "
                           "fueron rescatados.", 1, "es") == []
    # the outcome must stand in the clause of "one of": a fleet is no one fleeing
    assert _value_problems("One of the largest ships in the fleet, it carried 11 crew.", 1)
    assert _value_problems("One of the deckhands, 11 said, remains missing.", 1)
