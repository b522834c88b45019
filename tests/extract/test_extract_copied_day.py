"""A wire text carried a day later keeps the wire's "now": its count held when the wire wrote
it. Trial 20: a copy printed the next day said the count "is now above 40"; dated by
the copy, beside that day's running toll three times higher, it was split off as another
figure. Invented pages on the example's invented outlets."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.extract.draft import extract
from generator.site.pipeline import run_check
from tests.analyse.test_copies import add_article

WIRE = ("At least 40 people died when a river barge overturned near Brennwick on Monday, "
        "officials said. \"According to what the governor has just been told by the harbour "
        "office, the count of the dead is now above 40,\" his spokesman Tomas Vell told state "
        "radio. The barge was carrying farmers and their goods to the weekly market at Selm, "
        "and many of the passengers could not swim, a harbour pilot said. Rescue teams pulled "
        "eleven survivors from the water before the search was halted for the night.\n")
LATER = ("The toll from the barge that overturned near Brennwick rose to 126 on Tuesday, the "
         "regional governor said, as divers brought more bodies to the quay at Selm.\n")


def _toll_groups(root: Path) -> list[list[tuple[str, float]]]:
    checked, problems = run_check(root / "content")
    assert checked is not None, [p.format() for p in problems.errors]
    draft = extract(checked.content, skip_curated=True)
    return [[(r.article, r.low) for r in p.reports] for p in draft.figures
            if any(r.article.startswith("barge-") for r in p.reports)
            and p.reports[0].group == "dead"]


@pytest.mark.slow
def test_a_copys_now_is_the_wires_day_and_joins_the_running_toll(example: Path) -> None:
    add_article(example, "barge-wire", "Barge overturns near Brennwick\n\n" + WIRE,
                "2031-03-03", outlet="levant-wire")
    add_article(example, "barge-copy", "Barge overturns near Brennwick\n\n" + WIRE,
                "2031-03-04", outlet="cedar-post")
    add_article(example, "barge-later", "Barge toll rises to 126\n\n" + LATER,
                "2031-03-04", outlet="gulf-daily-courier")
    groups = _toll_groups(example)
    toll = next(g for g in groups if ("barge-later", 126) in g)
    assert ("barge-copy", 40) in toll, groups


@pytest.mark.slow
def test_a_copys_own_count_keeps_its_day(example: Path) -> None:
    """Only words an earlier copy printed take its day: the copy's own sentence is its own."""
    add_article(example, "barge-wire", "Barge overturns near Brennwick\n\n" + WIRE,
                "2031-03-03", outlet="levant-wire")
    own = "By Tuesday morning the harbour office counted 55 dead, a clerk said.\n"
    add_article(example, "barge-copy", "Barge overturns near Brennwick\n\n" + WIRE + "\n" + own,
                "2031-03-04", outlet="cedar-post")
    checked, _ = run_check(example / "content")
    draft = extract(checked.content, skip_curated=True)
    report = next(r for p in draft.figures for r in p.reports
                  if r.article == "barge-copy" and r.low == 55)
    proposal = next(p for p in draft.figures if report in p.reports)
    assert not any("barge-copy's 55 is dated" in w for w in proposal.why)


def _copied_notes(root: Path) -> list[str]:
    checked, _ = run_check(root / "content")
    draft = extract(checked.content, skip_curated=True)
    return [w for p in draft.figures for w in p.why if "when an earlier copy" in w]


SHARED = ("A river barge overturned near Brennwick on Monday, officials said, and rescue teams "
          "searched the water through the night. The barge was carrying farmers and their goods "
          "to the weekly market at Selm, and many of the passengers could not swim. ")


@pytest.mark.slow
def test_a_count_ending_a_copy_is_read_with_its_number(example: Path) -> None:
    """Review 20: the window around a count that ends the text lost the number itself, and the
    wire's other count in the same words dated the copy's."""
    add_article(example, "barge-wire", "Barge overturns\n\n" + SHARED
                + "By evening the harbour office said the dead numbered 30.\n",
                "2031-03-03", outlet="levant-wire")
    add_article(example, "barge-copy", "Barge overturns\n\n" + SHARED
                + "By evening the harbour office said the dead numbered 40.\n",
                "2031-03-04", outlet="cedar-post")
    assert not _copied_notes(example)


@pytest.mark.slow
def test_a_wires_count_is_not_dated_by_a_live_page_that_carried_it_later(
        example: Path) -> None:
    """Review 20: a live page opened on day 1 and updated on day 3 carried the wire's day-3
    paragraph; "earlier" was read from the live page's first day."""
    later = ("The count of the dead is now 126, the regional governor told reporters at the "
             "quay in Selm on Wednesday evening, as divers brought more bodies ashore.\n")
    add_article(example, "barge-live", "Barge: live\n\n" + SHARED + "\n" + later,
                "2031-03-03", outlet="cedar-post", updated="2031-03-05")
    add_article(example, "barge-wire", "Barge toll rises\n\n" + SHARED + "\n" + later,
                "2031-03-05", outlet="gulf-daily-courier")
    assert not _copied_notes(example)
