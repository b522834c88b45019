"""Trial 9: a fact-checker on a mass march, where the crowd figures differ by who counted.
Invented pages of the shapes the trial met (every outlet printing both the police's and the
organisers' count, one outlet printing a count with no counter named)."""

from __future__ import annotations

from pathlib import Path

from generator.analyse.analysis import analyse
from generator.render.charts.specs import chart_specs
from generator.site.pipeline import run_check
from tests.conftest import small_briefing

PAGES = {
    "daily-a": ("Police counted 21,000 marchers in Veldra, while the organisers claimed 90,000 "
                "marchers."),
    "daily-b": ("The organisers said 90,000 marchers took part; the police put the crowd at 21,000 "
                "marchers."),
    "daily-c": "In Veldra, 90,000 marchers filled the avenue, said the organisers.",
    "daily-d": "About 21,000 marchers walked through Veldra, police said.",
}


def _report(article: str, value: int, who: str, quote: str, approx: str = "") -> str:
    return (f"      - article: {article}\n        value: {value}\n"
            + (f"        approx: {approx}\n" if approx else "")
            + (f"        attributed_to: {who}\n" if who else "") + f'        quote: "{quote}"\n')


def _figure(tmp_path: Path, reports: str):
    facts = ("actors:\n  - id: police\n    name: Veldra police\n    variants: [police]\n"
             "  - id: organisers\n    name: March organisers\n    variants: [organisers]\n"
             "figures:\n  - id: marchers\n    label: Marchers in Veldra\n    unit: marchers\n"
             "    reports:\n" + reports)
    content = small_briefing(tmp_path, {s: s.title() for s in PAGES}, facts, {
        s: (f"March news\n\n{text}\n", f"outlet: {s}\npublished: 2031-05-01\nlanguage: en\n")
        for s, text in PAGES.items()})
    checked, problems = run_check(content)
    assert checked is not None and not problems.errors, [p.format() for p in problems.errors]
    analysis = analyse(checked)
    return analysis, analysis.figures[0]


BOTH_COUNTS = (
    _report("daily-a", 21000, "police", "Police counted 21,000 marchers")
    + _report("daily-a", 90000, "organisers", "the organisers claimed 90,000 marchers")
    + _report("daily-b", 90000, "organisers", "The organisers said 90,000 marchers took part")
    + _report("daily-b", 21000, "police", "the police put the crowd at 21,000 marchers")
    + _report("daily-c", 90000, "organisers",
              "90,000 marchers filled the avenue, said the organisers")
    + _report("daily-d", 21000, "police", "About 21,000 marchers walked through Veldra", "about"))


def test_police_and_organisers_counts_are_no_disagreement_between_outlets(tmp_path: Path):
    analysis, fa = _figure(tmp_path, BOTH_COUNTS)
    assert fa.status == "by-counter"
    assert fa.range_text == "Veldra police: 21,000; March organisers: 90,000"
    assert not fa.attribution_differs  # two counts, not one figure credited to two counters
    assert not [d for d in analysis.discrepancies if d.target == "marchers"]
    assert {s.state for s in fa.stances.values()} == {"reports"}
    alt = next(c.alt for c in chart_specs(analysis) if c.kind == "figure")
    assert "counts differ by who counted" in alt and "disagree" not in alt


def test_outlets_differing_on_one_counters_figure_still_disagree(tmp_path: Path):
    reports = BOTH_COUNTS.replace(
        'value: 21000\n        attributed_to: police\n        quote: "the police put',
        'value: 12000\n        attributed_to: police\n        quote: "the police put')
    reports = reports.replace("put the crowd at 21,000", "put the crowd at 12,000")
    PAGES["daily-b"] = PAGES["daily-b"].replace("21,000", "12,000")
    try:
        analysis, fa = _figure(tmp_path, reports)
    finally:
        PAGES["daily-b"] = PAGES["daily-b"].replace("12,000", "21,000")
    assert fa.status == "disagree"
    found = [d for d in analysis.discrepancies if d.kind == "figure"]
    assert len(found) == 1
    assert "Veldra police's count" in found[0].detail and "organisers" not in found[0].detail
    assert fa.stances["daily-b"].state == "disagrees" and fa.stances["daily-c"].state == "reports"
    alt = next(c.alt for c in chart_specs(analysis) if c.kind == "figure")
    assert "outlets differ on what one counter gave (Veldra police)" in alt
    assert "nothing fits between" not in alt  # the gap between the counters is no dispute


def test_a_count_credited_to_no_one_is_not_shown_as_the_outlets_own(tmp_path: Path):
    _, fa = _figure(tmp_path, _report("daily-c", 90000, "", "90,000 marchers filled the avenue")
                    + _report("daily-a", 90000, "organisers",
                              "the organisers claimed 90,000 marchers"))
    assert sorted(row.attribution for row in fa.rows) == ["March organisers", "no counter named"]


def test_a_next_days_lower_bound_is_no_fall_of_a_running_count(tmp_path: Path):
    facts = ("figures:\n  - id: held\n    label: People held\n    unit: arrests\n"
             "    kind: running\n    reports:\n"
             + _report("daily-a", 9, "", "held 9 people by noon")
             + _report("daily-b", 17, "", "17 people held by evening")
             + _report("daily-c", 12, "", "at least 12 people held", "at-least"))
    pages = {"daily-a": ("The police held 9 people by noon.", "2031-05-01"),
             "daily-b": ("Officers said 17 people held by evening were charged.", "2031-05-01"),
             "daily-c": ("A day later: at least 12 people held during the march.", "2031-05-02")}
    content = small_briefing(tmp_path, {s: s.title() for s in pages}, facts, {
        s: (f"March news\n\n{text}\n", f"outlet: {s}\npublished: {day}\nlanguage: en\n")
        for s, (text, day) in pages.items()})
    checked, problems = run_check(content)
    assert checked is not None and not problems.errors, [p.format() for p in problems.errors]
    fa = analyse(checked).figures[0]
    # the next day's "at least 12" is no latest; 9 and 17 of one day, neither timed, are both
    # the latest (trial 10: which one sorts last says nothing of which came last)
    assert fa.latest is not None and fa.latest_text == "9–17"
    assert fa.range_text == "9–17" and "12" not in fa.latest_outlets + fa.latest_text


def test_a_count_credited_to_no_one_is_compared_with_every_counters(tmp_path: Path):
    """An outlet's own count (or one it repeats without saying whose) may be any counter's: set
    apart as a counter of its own it would hide the disagreement (the review of trial 9 found
    the example's 308 against 310 fighters shown as "counts differ by who counted")."""
    reports = (_report("daily-a", 21000, "police", "Police counted 21,000 marchers")
               + _report("daily-b", 21000, "police", "the police put the crowd at 21,000 marchers")
               + _report("daily-c", 90000, "", "90,000 marchers filled the avenue"))
    _analysis, fa = _figure(tmp_path, reports)
    assert fa.status == "disagree" and not fa.counts


def test_the_examples_fighters_and_civilians_still_disagree(example: Path):
    """The example's counts: 308 fighters by Hezbollah (a wire story and its copy, one
    source), about 300 in press reports, 310 with no counter named; 331 civilians by Hezbollah
    against about 300 by the coalition's spokesman. One source repeating a counter is no sign
    that outlets agree on it: the outlets disagree, as the briefing has always shown."""
    checked, problems = run_check(example / "content")
    assert checked is not None and not problems.errors
    figures = {fa.figure.id: fa for fa in analyse(checked).figures}
    for figure in ("convoy-fighters", "convoy-civilians"):
        assert figures[figure].status == "disagree" and not figures[figure].counts, figure
