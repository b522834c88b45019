"""A toll reported over days is one running figure, in the order of the days, and only values
of one day can disagree (trial 4). Invented pages: a landslide whose toll rises over a week."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from generator.content.load import load
from generator.content.problems import Problems
from generator.extract.draft import extract

PAGES = [  # article, published, text
    ("alpha", "2031-05-03", "Two people died when a hillside gave way above Verlo on Monday. "
                            "Rescuers searched the mud through the night."),
    ("beta", "2031-05-03", "At least three people were killed by the landslide in Verlo, "
                           "officials said."),
    ("gamma", "2031-05-05", "The landslide in Verlo has killed 14 people, the mayor said. "
                            "Five more bodies were found on Wednesday."),
    ("delta", "2031-05-07", "The death toll from the landslide in Verlo rose to 41 on Tuesday. "
                            "Two of the dead were firefighters."),
    ("epsilon", "2031-05-10", "The number of people killed in the Verlo landslide has "
                              "reached 96, officials said."),
]


def _draft(tmp_path: Path, pages=PAGES):
    root = tmp_path / "content"
    (root / "articles").mkdir(parents=True)
    (root / "briefing.yaml").write_text("title: Verlo landslide\n", encoding="utf-8")
    (root / "outlets.yaml").write_text("outlets:\n" + "".join(
        f"  - id: {a}\n    name: {a.title()}\n" for a, *_ in pages), encoding="utf-8")
    for article, published, text in pages:
        (root / "articles" / f"{article}.txt").write_text(f"Landslide\n\n{text}\n",
                                                          encoding="utf-8")
        (root / "articles" / f"{article}.yaml").write_text(
            f"outlet: {article}\npublished: {published}\n", encoding="utf-8")
    return extract(load(root, Problems(root)), skip_curated=False)


def _dead(draft):
    return [f for f in draft.figures if f.kind == "running" and f.unit == "dead"]


def test_a_toll_rising_over_days_is_one_running_figure(tmp_path):
    dead = _dead(_draft(tmp_path))
    toll = max(dead, key=lambda f: len(f.reports))
    # was three figures (2-3, 14, 41 and 96 apart): each within a factor 2 only
    assert [(r.article, r.value) for r in toll.reports] == [
        ("alpha", 2), ("beta", 3), ("gamma", 14), ("delta", 41), ("epsilon", 96)]
    assert any("running count over days, from 2 (3 May 2031) to 96 (10 May 2031)" in w
               for w in toll.why)
    # "rose to 41 on Tuesday", published on Wednesday: the count held on Tuesday
    assert [(r.article, r.as_of) for r in toll.reports if r.as_of] == [
        ("delta", date(2031, 5, 6))]


def test_an_articles_smaller_counts_are_no_second_toll(tmp_path):
    dead = _dead(_draft(tmp_path))
    toll = max(dead, key=lambda f: len(f.reports))
    # five more bodies, two of the dead: not in the toll's series
    assert all(r.value not in (5,) for r in toll.reports)
    assert ("gamma", 14) in [(r.article, r.value) for r in toll.reports]


def test_values_of_different_days_are_updates_not_a_disagreement(tmp_path):
    pages = [("alpha", "2031-05-03", "The landslide in Verlo killed 2 people."),
             ("gamma", "2031-05-05", "The landslide in Verlo has killed 14 people."),
             ("epsilon", "2031-05-10", "The Verlo landslide has killed 96 people.")]
    toll = _dead(_draft(tmp_path, pages))[0]
    assert len(toll.reports) == 3
    assert not any("disagree" in w for w in toll.why)


def test_two_values_of_one_day_may_still_disagree(tmp_path):
    pages = [("alpha", "2031-05-03", "The landslide in Verlo killed 12 people."),
             ("beta", "2031-05-03", "The landslide in Verlo killed 15 people."),
             ("epsilon", "2031-05-10", "The Verlo landslide has killed 96 people.")]
    toll = _dead(_draft(tmp_path, pages))[0]
    assert [r.value for r in toll.reports] == [12, 15, 96]
    assert any("disagree" in w for w in toll.why)
