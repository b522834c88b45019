"""Pages about another event, judged by when they appeared (issue 15, round 3).

Invented pages added to a copy of the example (a convoy stranded in Syria on 30 August 2017,
briefing.yaml giving the date and place). A near miss is the same kind of event, so its words
are like the briefing's: what gives it away is that it appeared before the event, and names
people and places no article about the event names. Each case has a same-shape page, dated in
the event's days, that must not be flagged.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.site.pipeline import run_check

ARTICLES = "content/articles"

#: A convoy held up in Syria, in the briefing's words (coalition, buses, road, bridge, fighters,
#: relatives), with names of its own: another convoy, another year.
EARLIER_CONVOY = """Coalition jets cut road, stranding buses of fighters in Syria

{stamp}

Aircraft of the U.S.-led coalition bombed a desert road in Syria on Tuesday, halting a column \
of buses carrying fighters and their relatives, the coalition said.

Spokesman Col. Warren Haskett said the jets hit the road and a small bridge near Tadmur and \
Arak, so the buses could not drive further east towards Sukhnah.

The convoy had left the pocket of Qaryatayn under a deal with Governor Talal Barazi, and the \
buses carry fighters and civilians, according to Mayor Faisal Hanoun.
"""


def add_page(project: Path, stem: str, text: str, published: str | None) -> None:
    """A new article and its sidecar; no ``published:`` when ``published`` is None."""
    src = project / ARTICLES
    (src / f"{stem}.txt").write_text(text, encoding="utf-8")
    meta = "outlet: gulf-daily-courier\n" + (f"published: {published}\n" if published else "")
    (src / f"{stem}.yaml").write_text(meta, encoding="utf-8")


def judged(project: Path, stem: str) -> str | None:
    """The reasons ``check`` gives for flagging ``stem``, or None when it is not flagged."""
    checked, _problems = run_check(project / "content")
    assert checked is not None
    verdict = checked.off_event.get(stem)
    return verdict.text if verdict is not None else None


def test_a_page_that_appeared_before_the_event_is_flagged_however_like_its_words(
        example: Path) -> None:
    """It names the event's country and its words are the briefing's, but it appeared a year
    before the event and its names are its own: it cannot report the event."""
    add_page(example, "earlier-convoy", EARLIER_CONVOY.format(stamp=""),
             "2016-08-23T09:00:00+03:00")
    reasons = judged(example, "earlier-convoy")
    assert reasons is not None, "a page dated a year before the event is not flagged"
    assert "dated 2016-08-23, 372 days before the event" in reasons
    assert "of the names it uses are in no article that names the event" in reasons


def test_the_same_page_dated_in_the_events_days_is_not_flagged(example: Path) -> None:
    add_page(example, "earlier-convoy", EARLIER_CONVOY.format(stamp=""),
             "2017-08-31T09:00:00+03:00")
    assert judged(example, "earlier-convoy") is None


def test_the_date_printed_on_a_page_dates_it(example: Path) -> None:
    """No publication date in its metadata: the date-stamp the page prints (which the cleaner
    removes from the story) says when it appeared, before any date it writes."""
    stamp = "Tuesday 23 August 2016 09:50"
    add_page(example, "earlier-convoy", EARLIER_CONVOY.format(stamp=stamp), None)
    reasons = judged(example, "earlier-convoy")
    assert reasons is not None
    assert "the date printed on it is 2016-08-23, 372 days before the event" in reasons


def test_a_printed_date_in_the_events_days_is_not_flagged(example: Path) -> None:
    add_page(example, "earlier-convoy",
             EARLIER_CONVOY.format(stamp="Thursday 31 August 2017 09:50"), None)
    assert judged(example, "earlier-convoy") is None


def without_date(project: Path) -> None:
    """briefing.yaml without ``date:``: the event's days are inferred from the sources' dates."""
    meta = project / "content" / "briefing.yaml"
    meta.write_text("".join(line for line in meta.read_text(encoding="utf-8").splitlines(True)
                            if not line.startswith("date:")), encoding="utf-8")


def test_inferred_event_days_leave_room_for_early_reports(example: Path) -> None:
    """With the event's days inferred, a page up to two weeks before them may be a first report:
    not flagged on its date (14 days before the example's inferred days); a year before, it is."""
    without_date(example)
    add_page(example, "earlier-convoy", EARLIER_CONVOY.format(stamp=""),
             "2017-08-16T09:00:00+03:00")
    assert judged(example, "earlier-convoy") is None
    add_page(example, "earlier-convoy", EARLIER_CONVOY.format(stamp=""),
             "2016-08-23T09:00:00+03:00")
    assert "days before the event" in (judged(example, "earlier-convoy") or "")


OPENERS = """Ferry sinks off Varn island in a storm

According to the harbour office, the ferry Orla left Varn at dawn. Although the sea was rough,
the Orla sailed for Tessel. Rescuers from Tessel and Varn searched the coast of Varn until
April ended; the Orla carried twelve crew. Varn harbour stayed closed, and Tessel sent boats.
"""


def test_the_names_given_as_examples_are_the_pages_own_not_its_sentence_openers(
        example: Path) -> None:
    """A word capitalised only because it opens a sentence ("According", "Although") or a month
    counts as a name by the rule, but the warning shows the names the page writes most first."""
    add_page(example, "ferry-varn", OPENERS, "2016-03-02T09:00:00+03:00")
    reasons = judged(example, "ferry-varn")
    assert reasons is not None
    shown = reasons.split("names the event (")[1].split(" …)")[0].split(", ")
    assert shown[:3] == ["Varn", "Orla", "Tessel"], shown


def _earlier_wave(example: Path, published: str | None) -> str | None:
    """A page in the event's own words and names (the wire story, rewritten by another outlet)
    that the analyst dated: an earlier wave of the same places and people when it is well
    before the event (trial 9: the same movement's marches in the same city years before)."""
    text = (example / ARTICLES / "levant-wire-convoy.txt").read_text(encoding="utf-8")
    add_page(example, "earlier-wave", "Three years on\n\n" + text.split("\n\n", 1)[1], published)
    return judged(example, "earlier-wave")


def test_a_page_the_analyst_dated_years_before_is_another_event_whatever_names_it_shares(
        example: Path) -> None:
    reasons = _earlier_wave(example, "2014-08-30T09:00:00+03:00")
    assert reasons is not None and "days before the event" in reasons, reasons


@pytest.mark.slow
def test_the_same_page_dated_in_the_events_days_or_undated_is_not_flagged(
        example: Path) -> None:
    assert _earlier_wave(example, "2017-08-31T09:00:00+03:00") is None
    assert _earlier_wave(example, None) is None
