"""Trial 12 (a new user on a port explosion): what misled, in invented text.

A news site's rail of videos under the story prints each video's running time ("03:41") on a
line of its own over the video's title; the cleaner took the first running time for the page's
date and kept the titles as story, so the page was shown dated by a running time, its last
story line a foreign headline, and the copy "cut mid-sentence"."""

from __future__ import annotations

import pytest

from generator.content.cleaner import clean_text
from generator.text.relative_dates import resolve

STORY = (
    "Tarnwick harbour\n"
    "A fire among stacked containers at the Tarnwick harbour set off a blast on Saturday, "
    "killing 12 dock workers and injuring about 300 others, the port authority said.\n"
    "Crews fought the fire through the night with water from tugs and helicopters.\n"
    "The authority said the cause was not yet known and that an inquiry had been opened.\n"
)
RAIL = (
    "01:12\n"
    "Glenmoor mayor opens the new bridge over the Vell\n"
    "Watch the clip\n"
    "Farmers in Oskel count the cost of a dry spring\n"
    "03:41\n"
    "Ferry strike leaves islanders waiting for supplies\n"
    "00:45\n"
    "Death toll rises to 9 in Brenna market fire\n"
)


def test_a_running_time_alone_is_not_the_pages_date():
    cleaned = clean_text(STORY + RAIL)
    assert cleaned.date is None


def test_a_date_stamp_with_a_day_is_still_the_pages_date():
    cleaned = clean_text("Published 3 May 2031, 14:05\n" + STORY)
    assert cleaned.date is not None and "3 May 2031" in cleaned.date
    # an update's stamp is kept as the update's, not as the publication's (trial 14)
    cleaned = clean_text("Updated 3 May 2031, 14:05\n" + STORY)
    assert cleaned.date is None and "3 May 2031" in (cleaned.updated or "")


def test_a_rail_of_videos_with_running_times_after_the_story_is_related_links():
    cleaned = clean_text(STORY + RAIL)
    kept = " ".join(p.text for p in cleaned.paragraphs)
    for title in ("Glenmoor mayor", "Watch the clip", "Farmers in Oskel", "Ferry strike",
                  "Death toll rises to 9"):
        assert title not in kept
    rail = [r for r in cleaned.removed if r.kind == "related-links"]
    assert {r.text for r in rail} >= {"Glenmoor mayor opens the new bridge over the Vell",
                                     "Death toll rises to 9 in Brenna market fire"}
    assert not cleaned.excerpt
    assert cleaned.paragraphs[-1].text.startswith("The authority said")


def test_one_time_stamp_under_the_story_makes_no_rail():
    """One clock time over a line is a stamp over the story's own last line, not a rail."""
    text = STORY + "14:05\nThe harbour will reopen on Monday, the authority added later.\n"
    kept = " ".join(p.text for p in clean_text(text).paragraphs)
    assert "reopen on Monday" in kept


@pytest.mark.parametrize("wording", ["later Sunday", "earlier Sunday", "later on Sunday",
                                     "earlier on Sunday morning"])
def test_earlier_and_later_before_a_weekday_resolve_to_that_day(wording):
    from datetime import date
    assert resolve(wording, date(2031, 5, 5)).date.first == date(2031, 5, 4)



DAY_PAGES = {
    "quay-a": ("en", "A blast shook the Tarnwick quay on Saturday, the port authority said."),
    "quay-b": ("en", "The Tarnwick quay blast on Saturday was heard across the bay."),
    "quay-c": ("en", "Crews were still at the Tarnwick quay, where a blast on Saturday hit."),
    "quay-d": ("en", "A blast at the Tarnwick quay yesterday killed 12 dock workers."),
}
DAY_FACTS = (
    "events:\n  - id: blast\n    title: Blast at the quay\n    date: 2031-05-03\n    reports:\n"
    + "".join(f"      - article: {s}\n        quote: \"{q}\"\n        date_text: {w}\n"
              for s, q, w in (
                  ("quay-a", "A blast shook the Tarnwick quay on Saturday", "on Saturday"),
                  ("quay-b", "The Tarnwick quay blast on Saturday", "on Saturday"),
                  ("quay-c", "a blast on Saturday hit", "on Saturday"),
                  ("quay-d", "A blast at the Tarnwick quay yesterday", "yesterday"))))


def test_one_source_a_day_off_all_others_is_named_once(tmp_path):
    """Published on Monday 5 May 2031, one page's "yesterday" is Sunday while three pages and
    the fact sheet say Saturday: one clash, not four pairs each naming that page again."""
    from tests.conftest import checked_pages
    published = {s: "2031-05-05" for s in DAY_PAGES}
    checked = checked_pages(tmp_path, DAY_FACTS, DAY_PAGES, "Quay news", published)
    why = checked.date_conflicts["blast"]
    assert why.count("Quay-D") == 1 and why.count("4 May 2031") == 1
    assert why.startswith("Quay-D (yesterday) gives 4 May 2031, against the fact sheet, "
                          "Quay-A (on Saturday)")
    assert why.endswith("which give 3 May 2031")


def test_two_sources_that_disagree_are_still_one_pair(tmp_path):
    from tests.conftest import checked_pages
    pages = {s: DAY_PAGES[s] for s in ("quay-a", "quay-d")}
    facts = DAY_FACTS.replace("    date: 2031-05-03\n", "    date: 2031-05-03/2031-05-04\n")
    cut, keep = facts.index("      - article: quay-b"), facts.index("      - article: quay-d")
    facts = facts[:cut] + facts[keep:]
    checked = checked_pages(tmp_path, facts, pages, "Quay news",
                            {s: "2031-05-05" for s in pages})
    assert checked.date_conflicts["blast"] == ("Quay-A (on Saturday) gives 3 May 2031, "
                                               "Quay-D (yesterday) gives 4 May 2031")


SUNDAY = __import__("datetime").date(2031, 5, 4)  # Sunday 4 May 2031; the Saturday is the 3rd


@pytest.mark.parametrize("wording", ["yesterday, Saturday", "gestern Nachmittag, Samstag, 3. Mai",
                                     "hier, samedi 3 mai", "ayer, sábado 3 de mayo"])
def test_a_day_given_twice_that_agrees_is_that_day(wording):
    from generator.text.date_apposition import resolve_apposed
    found = resolve_apposed(wording, SUNDAY, languages=["en", "de", "fr", "es"])
    assert found.date.first == found.date.last == __import__("datetime").date(2031, 5, 3)


def test_a_day_given_twice_with_a_weekday_that_is_not_the_dates_says_so():
    """The page's slip: "yesterday afternoon, Saturday 4 May" when the 4th was a Sunday."""
    from generator.text.date_apposition import resolve_apposed
    from generator.text.relative_dates import UnresolvableDate
    with pytest.raises(UnresolvableDate) as refused:
        resolve_apposed("gestern Nachmittag, Samstag, 4. Mai", SUNDAY, languages=["de"])
    why = str(refused.value)
    assert "gives the day twice" in why and "'gestern Nachmittag' is 3 May 2031" in why
    assert "was a Sunday, not a Saturday" in why and "not a wording Briefing knows" not in why


def test_a_day_given_twice_as_two_days_says_both():
    from generator.text.date_apposition import resolve_apposed
    from generator.text.relative_dates import UnresolvableDate
    with pytest.raises(UnresolvableDate) as refused:
        resolve_apposed("yesterday, Friday", SUNDAY)
    assert "cannot both hold: 'yesterday' is 3 May 2031, 'Friday' is 2 May 2031" in str(
        refused.value)


def test_an_unknown_wording_with_a_comma_is_still_unknown():
    from generator.text.date_apposition import resolve_apposed
    from generator.text.relative_dates import UnresolvableDate
    with pytest.raises(UnresolvableDate, match="not a wording Briefing knows"):
        resolve_apposed("at the harbour, in Tarnwick", SUNDAY)


def test_check_names_the_halves_of_a_day_given_twice(tmp_path):
    from generator.site.pipeline import run_check
    from tests.conftest import small_briefing
    text = "Quay news\n\nDer Brand brach gestern Nachmittag, Samstag, 4. Mai, im Hafen aus.\n"
    facts = ("events:\n  - id: fire\n    title: Fire at the quay\n    date: 2031-05-03\n"
             "    reports:\n      - article: hafen\n"
             "        quote: \"Der Brand brach gestern Nachmittag, Samstag, 4. Mai\"\n"
             "        date_text: \"gestern Nachmittag, Samstag, 4. Mai\"\n")
    content = small_briefing(tmp_path, {"hafen": "Hafen"}, facts, {
        "hafen": (text, "outlet: hafen\npublished: 2031-05-04\nlanguage: de\n")})
    _checked, problems = run_check(content)
    said = [p.format() for p in problems.sorted() if "gives the day twice" in p.format()]
    assert said and "was a Sunday, not a Saturday" in said[0]


def test_a_days_ordinal_stop_before_a_month_ends_no_sentence():
    from types import SimpleNamespace

    from generator.text.sentences import sentences
    block = SimpleNamespace(text="Der Brand brach am Samstag, 3. Mai, im Hafen von Tarnwick aus. "
                                 "Danach wurde es ruhig. Die Zahl stieg auf 27. Mehr wurde nicht "
                                 "gesagt.")
    found = [x.text for x in sentences(SimpleNamespace(paragraphs=[block], text=block.text))]
    assert found[0] == "Der Brand brach am Samstag, 3. Mai, im Hafen von Tarnwick aus."
    assert "Die Zahl stieg auf 27." in found and "Mehr wurde nicht gesagt." in found


def _fall(tmp_path, via: str):
    from generator.analyse.analysis import analyse
    from generator.site.pipeline import run_check
    from tests.conftest import small_briefing
    facts = ("figures:\n  - id: dead\n    label: Dead\n    unit: dead\n    kind: running\n"
             "    reports:\n"
             "      - article: quay-a\n        value: 40\n"
             "        quote: \"the toll reached 40\"\n"
             "      - article: quay-b\n        value: 14\n"
             "        quote: \"killing 14 people\"\n")
    content = small_briefing(tmp_path, {"quay-a": "Quay Daily", "quay-b": "Quay Digest"}, facts, {
        "quay-a": ("Quay news\n\nBy Sunday morning the toll reached 40, the port said.\n",
                   "outlet: quay-a\npublished: 2031-05-04T09:00:00+00:00\n"),
        "quay-b": ("Quay news\n\nA blast hit the Tarnwick quay on Saturday, killing 14 people.\n",
                   "outlet: quay-b\npublished: 2031-05-04T11:00:00+00:00\n" + via)})
    checked, problems = run_check(content)
    assert checked is not None and not problems.errors
    return analyse(checked)


def test_a_fall_to_a_copys_count_says_it_may_be_an_older_text_republished(tmp_path):
    """An aggregator printed the wire's Saturday text (14 dead) hours after another outlet had
    40: the note offered a revision or another counter, never the copy's older text."""
    from generator.render.print.document import render_pdf_html
    from generator.site.pages import render
    analysis = _fall(tmp_path, "via: Tarn Press Agency\n")
    page = render(analysis).pages["comparison/index.md"]
    assert "or an older text republished (Quay Digest's is a copy)" in page
    assert "or an older text republished (Quay Digest's is a copy)" in render_pdf_html(analysis)


def test_a_fall_to_an_outlets_own_count_keeps_the_two_readings(tmp_path):
    from generator.site.pages import render
    page = render(_fall(tmp_path, "")).pages["comparison/index.md"]
    assert "then 14 dead (Quay Digest" in page and "a revision, or another counter's count." in page
