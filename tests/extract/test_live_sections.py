"""A live page's sections (trial 18, a wildfire's live page updated for three weeks): the stamp
printed above each update ("UPDATE: 8/21/31") dates the tolls under it, and a day with no year
("as of Aug. 18") falls between the page's publication and its update, so the page's tolls are
one running count over days, not one day's reports that cannot all hold. Invented pages."""

from __future__ import annotations

from datetime import date

from generator.extract.dates import dates_in
from generator.text.sentences import Sentence
from generator.text.written_dates import stamp_day_within
from tests.conftest import draft_of_pages

LIVE = ("Varno fire\n\nVARNO – Crews are still searching the burned streets of Varno.\n"
        "UPDATE: 8/21/31\nThe Varno death toll rose to 40, the county said.\n"
        "UPDATE: 8/18/31\nThe death toll rose to 38 as of Aug. 17, officials said.\n"
        "UPDATE: 8/16/31\n9:15 p.m.\nThe county confirmed that 31 people have died.\n")


def test_a_live_pages_tolls_are_dated_by_their_sections(tmp_path):
    draft = draft_of_pages(tmp_path, {"varno-live": ("en", LIVE)},
                           published="2031-08-15T10:00:00-10:00", updated="2031-08-21")
    (toll,) = [p for p in draft.figures if p.reports[0].group == "dead"]
    assert sorted((c.value, c.as_of) for c in toll.reports) == [
        (31, date(2031, 8, 16)), (38, date(2031, 8, 17)), (40, date(2031, 8, 21))]
    assert toll.kind == "running"


def test_a_day_without_a_year_on_a_live_page_is_within_its_updates():
    text = "The death toll rose to 38 as of Aug. 17, officials said."
    sentence = Sentence(0, len(text), text, 0)
    (live,) = dates_in(sentence, date(2031, 8, 15), "en", date(2031, 8, 21))
    (plain,) = dates_in(sentence, date(2031, 8, 15), "en", None)
    assert live.date.first == date(2031, 8, 17)
    assert plain.date.first == date(2030, 8, 17)  # as before, with no update given


def test_a_stamp_is_read_as_the_one_day_within_the_pages_life():
    first, last = date(2031, 8, 15), date(2031, 9, 10)
    assert stamp_day_within("9/03/2031", first, last) == date(2031, 9, 3)  # not 9 March
    assert stamp_day_within("8/21/31", first, last) == date(2031, 8, 21)
    assert stamp_day_within("21.08.2031", first, last) == date(2031, 8, 21)
    assert stamp_day_within("3/4/2031", first, last) is None  # neither reading within
    assert stamp_day_within("9:15 p.m.", first, last) is None


def test_check_hints_at_the_section_day_of_a_cited_toll(tmp_path):
    """A report of a running count that quotes a live page's section and gives no ``as_of``
    gets a hint with the stamp's day; one that gives it, or a fixed figure, gets none."""
    from tests.conftest import briefing_here, copy_example

    project = copy_example(tmp_path / "p")
    articles = project / "content/articles"
    (articles / "varno-live.txt").write_text(LIVE, encoding="utf-8")
    (articles / "varno-live.yaml").write_text(
        "outlet: levant-wire\npublished: 2031-08-15T10:00:00-10:00\nupdated: 2031-08-21\n",
        encoding="utf-8")
    (project / "content/facts/live.yaml").write_text(
        "figures:\n  - id: varno-dead\n    label: People killed in Varno\n    unit: people\n"
        "    kind: running\n    reports:\n"
        "      - article: varno-live\n        value: 31\n"
        '        quote: "The county confirmed that 31 people have died."\n'
        "      - article: varno-live\n        value: 40\n        as_of: 2031-08-21\n"
        '        quote: "The Varno death toll rose to 40"\n', encoding="utf-8")
    proc = briefing_here(project, "check")
    hints = [x for x in proc.stderr.splitlines() if "is a live page" in x]
    assert len(hints) == 1 and "add `as_of: 2031-08-16`" in hints[0], proc.stderr


def test_one_update_stamp_is_no_stack_of_sections(tmp_path):
    """Review 15: a story under one "Updated" line is the page's update, not a section."""
    text = ("Varno fire\n\nUPDATE: 8/21/31\nThe fire in Varno has killed 31 people, the county "
            "said on Monday.\n")
    draft = draft_of_pages(tmp_path, {"varno-news": ("en", text)},
                           published="2031-08-15T10:00:00-10:00", updated="2031-08-21")
    (toll,) = [p for p in draft.figures if p.reports[0].group == "dead"]
    assert [c.as_of for c in toll.reports if c.value == 31] != [date(2031, 8, 21)]


def test_a_count_dated_by_its_own_words_on_a_live_page_is_no_toll(tmp_path):
    text = LIVE + "Five more bodies were found on Wednesday.\n"
    draft = draft_of_pages(tmp_path, {"varno-live": ("en", text)},
                           published="2031-08-15T10:00:00-10:00", updated="2031-08-21")
    toll = max((p for p in draft.figures if p.reports[0].group == "dead"),
               key=lambda p: len(p.reports))
    assert 5 not in [c.value for c in toll.reports]
    assert {31, 38, 40} <= {c.value for c in toll.reports}
