"""A running count opened by several reports of one day, none with a time of day: the count is
said to run from the span of their values, not from the one whose outlet's name sorts first.
Invented pages."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.analyse.analysis import analyse
from generator.render.charts.specs_running import progression_spec
from generator.site.pipeline import run_check

REPORTS = [  # article, outlet, published, value
    ("alpha-news", "2031-03-02", 44), ("beta-post", "2031-03-02", 40),
    ("gamma-daily", "2031-03-02", 61), ("delta-times", "2031-03-09T10:00:00+07:00", 52),
]


def test_a_running_count_opened_by_one_days_reports_runs_from_their_span(
        tmp_path: Path) -> None:
    content = tmp_path / "content"
    (content / "articles").mkdir(parents=True)
    (content / "facts").mkdir()
    (content / "briefing.yaml").write_text("title: The Lembara crush\n", encoding="utf-8")
    (content / "outlets.yaml").write_text("outlets:\n" + "".join(
        f"  - id: {a}\n    name: {a.replace('-', ' ').title()}\n" for a, *_ in REPORTS),
        encoding="utf-8")
    facts = ["figures:", "  - id: deaths", "    label: Deaths", "    unit: people",
             "    kind: running", "    reports:"]
    for article, published, value in REPORTS:
        (content / "articles" / f"{article}.txt").write_text(
            f"Crush toll\n\nThe crush in Lembara has killed {value} people, officials said.\n",
            encoding="utf-8")
        (content / "articles" / f"{article}.yaml").write_text(
            f"outlet: {article}\npublished: {published}\n", encoding="utf-8")
        facts += [f"      - article: {article}", f"        value: {value}",
                  f'        quote: "has killed {value} people"']
    (content / "facts" / "deaths.yaml").write_text("\n".join(facts) + "\n", encoding="utf-8")
    checked, problems = run_check(content)
    assert checked is not None and not problems.errors, [p.format() for p in problems.errors]
    figure = analyse(checked).figures[0]
    assert figure.range_text == "40–61 to 52"  # was "44 to 52": Alpha News sorts first
    spec = progression_spec(figure, lambda _outlet: ["#000000"])
    assert "from 40–61 to 52" in spec.alt


def test_reports_opening_on_one_number_worded_two_ways_open_on_that_number(
        tmp_path: Path) -> None:
    # "3" and "at least 3" open the count: it runs from 3, not from "3–3"
    content = tmp_path / "content"
    (content / "articles").mkdir(parents=True)
    (content / "facts").mkdir()
    (content / "briefing.yaml").write_text("title: The Lembara crush\n", encoding="utf-8")
    rows = [("alpha-news", "2031-03-02", "3", ""), ("beta-post", "2031-03-02", "at least 3",
                                                      "        approx: at-least\n"),
            ("delta-times", "2031-03-09T10:00:00+07:00", "9", "")]
    (content / "outlets.yaml").write_text("outlets:\n" + "".join(
        f"  - id: {a}\n    name: {a.replace('-', ' ').title()}\n" for a, *_ in rows),
        encoding="utf-8")
    facts = "figures:\n  - id: deaths\n    label: Deaths\n    unit: people\n    kind: running\n" \
            "    reports:\n"
    for article, published, written, approx in rows:
        (content / "articles" / f"{article}.txt").write_text(
            f"Crush toll\n\nThe crush in Lembara has killed {written} people, officials said.\n",
            encoding="utf-8")
        (content / "articles" / f"{article}.yaml").write_text(
            f"outlet: {article}\npublished: {published}\n", encoding="utf-8")
        facts += (f"      - article: {article}\n        value: {written.split()[-1]}\n{approx}"
                  f'        quote: "has killed {written} people"\n')
    (content / "facts" / "deaths.yaml").write_text(facts, encoding="utf-8")
    checked, problems = run_check(content)
    assert checked is not None and not problems.errors, [p.format() for p in problems.errors]
    assert analyse(checked).figures[0].range_text == "3 to 9"


@pytest.mark.parametrize(("values", "steady"), [((8, 8, 8), True), ((8, 10, 8), False)])
def test_a_running_count_that_never_changed_is_not_from_8_to_8(tmp_path: Path, values,
                                                               steady) -> None:
    """Three outlets on three days give one presumed toll (trial 16): the count is 8, not
    "8 to 8", and its chart says it held steady; one that rose and came back did not (review
    13)."""
    content = tmp_path / "content"
    (content / "articles").mkdir(parents=True)
    (content / "facts").mkdir()
    (content / "briefing.yaml").write_text("title: The Varn eruption\n", encoding="utf-8")
    rows = [("alpha-news", "2031-03-02"), ("beta-post", "2031-03-03"), ("delta-times",
                                                                          "2031-03-04")]
    (content / "outlets.yaml").write_text("outlets:\n" + "".join(
        f"  - id: {a}\n    name: {a.replace('-', ' ').title()}\n" for a, _ in rows),
        encoding="utf-8")
    facts = "figures:\n  - id: presumed\n    label: People presumed dead\n    unit: people\n" \
            "    kind: running\n    reports:\n"
    for (article, published), value in zip(rows, values, strict=True):
        (content / "articles" / f"{article}.txt").write_text(
            f"Varn eruption\n\n{value} more people on Varn Island are presumed dead, police "
            "said.\n", encoding="utf-8")
        (content / "articles" / f"{article}.yaml").write_text(
            f"outlet: {article}\npublished: {published}\n", encoding="utf-8")
        facts += (f"      - article: {article}\n        value: {value}\n"
                  f'        quote: "{value} more people on Varn Island are presumed dead"\n')
    (content / "facts" / "presumed.yaml").write_text(facts, encoding="utf-8")
    checked, problems = run_check(content)
    assert checked is not None and not problems.errors, [p.format() for p in problems.errors]
    figure = analyse(checked).figures[0]
    spec = progression_spec(figure, lambda _outlet: ["#000000"])
    if steady:
        assert figure.range_text == "8"
        assert "steady at 8" in spec.alt and "from 8 to 8" not in spec.alt
    else:
        assert figure.range_text == "8 to 8" and "steady" not in spec.alt
