"""Trial 11: a fact-checker on a train collision, where the toll rises for days, is revised down
by one authority and raised by another. Invented pages of the shapes the trial met: a railway's
and a state's toll given on one day (two counters, not two values of unknown order), and one
outlet giving both."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest

from generator.analyse.analysis import analyse
from generator.check.off_event import judge_pages
from generator.cli import run_show
from generator.render.charts.specs_running import progression_spec
from generator.text.relative_dates import UnresolvableDate, resolve
from tests.conftest import checked_pages, loaded_pages, small_briefing


def _checked(tmp_path: Path, facts: str, pages: dict[str, tuple[str, str]],
             published: dict[str, str] | None = None):
    return checked_pages(tmp_path, facts, pages, "Rail news", published)


TOLL_PAGES = {
    "line-a": ("en", "At least 90 people were killed when the night express left the rails."),
    "line-b": ("en", "The rail operator said the toll rose to 131. The province's own toll "
                     "stayed at 128."),
    "line-c": ("en", "The rail operator said the toll rose to 131 on Monday."),
}
TOLL = ("actors:\n  - id: operator\n    name: Rail operator\n    kind: organisation\n"
        "  - id: province\n    name: Province\n    kind: government\n"
        "figures:\n  - id: dead\n    label: Dead\n    unit: dead\n    kind: running\n"
        "    reports:\n"
        "      - article: line-a\n        value: 90\n        approx: at-least\n"
        "        quote: \"At least 90 people were killed\"\n"
        "      - article: line-b\n        value: 131\n        attributed_to: operator\n"
        "        quote: \"the toll rose to 131\"\n"
        "      - article: line-b\n        value: 128\n        attributed_to: province\n"
        "        quote: \"toll stayed at 128\"\n"
        "      - article: line-c\n        value: 131\n        attributed_to: operator\n"
        "        quote: \"the toll rose to 131\"\n")


def test_two_counters_latest_tolls_of_one_day_are_each_counters_latest(tmp_path: Path):
    checked = _checked(tmp_path, TOLL, TOLL_PAGES, {"line-a": "2031-05-01",
                                                    "line-b": "2031-05-03", "line-c": "2031-05-03"})
    fa = analyse(checked).figures[0]
    # the operator's 131 and the province's 128 were shown as "128–131 (their order within
    # the day is not known)", as if outlets had given one count two ways
    assert [who for who, _rows, _st in fa.counts] == ["Rail operator", "Province"]
    assert fa.latest_shown == "131 dead (Rail operator); 128 dead (Province)"
    spec = progression_spec(fa, lambda _outlet: ["#000000"])
    assert "latest 131 dead (Rail operator); 128 dead (Province)" in spec.alt
    # the outlet that gives both: both are its latest, neither picked by the sort
    each = [(r.source.outlet_name, r.shown) for r in fa.latest_by_outlet]
    assert ("Line-B", "131 dead") in each and ("Line-B", "128 dead") in each


def test_one_counters_two_values_of_one_day_stay_a_span(tmp_path: Path):
    facts = TOLL.replace("attributed_to: province", "attributed_to: operator")
    checked = _checked(tmp_path, facts, TOLL_PAGES, {
        "line-a": "2031-05-01", "line-b": "2031-05-03", "line-c": "2031-05-03"})
    fa = analyse(checked).figures[0]
    assert not fa.counts and fa.latest_shown == "128–131 dead"


@pytest.mark.parametrize("wording", [
    "Yesterday at around 7 pm", "Around 7 PM on Friday", "am Freitag gegen 19 Uhr Ortszeit",
    "vendredi vers 19h00", "vendredi à 19 h 30", "el viernes a las 19.00 hora local",
    "on Friday evening at 7.20 pm"])
def test_a_day_with_a_time_of_day_beside_it_resolves_to_the_day(wording):
    # each was "not a wording Briefing knows", or (19 h 30) read as a date in 2030
    found = resolve(wording, date(2031, 5, 3))  # a Saturday
    assert found.date.first == date(2031, 5, 2) and "time of day is set aside" in found.rule


@pytest.mark.slow  # measured over two seconds: a whole briefing or another process
def test_a_time_of_day_alone_names_no_day_and_a_numeric_date_is_no_time():
    with pytest.raises(UnresolvableDate, match="gives a time of day, and no day"):
        resolve("vers 19h00 heure locale (13h30 GMT)", date(2031, 5, 3))
    assert resolve("on May 2 at 8:45 am", date(2031, 5, 3)).date.first == date(2031, 5, 2)
    with pytest.raises(UnresolvableDate, match="could be either way round"):
        resolve("2.5.2031", date(2031, 5, 3))


#: A collision near Varno reported over three days, and a follow-up two days on that names
#: the officers and the towns the search reached, but not the train.
COLLISION = [
    ("wire-a", "en", "2031-05-02", "Trains collide near Varno\n\nThe Korsa Express hit a "
     "stationary goods train near Varno station in Pelt province on Friday evening, and the "
     "toll rose to 90 as rescuers searched the overturned coaches. Pelt chief secretary Arun "
     "Vale said 400 passengers were injured."),
    ("daily-b", "en", "2031-05-03", "Varno toll climbs\n\nThe toll of the Korsa Express "
     "collision near Varno rose to 230 on Saturday, Pelt chief secretary Arun Vale said, with "
     "over 900 injured in hospitals of Pelt province."),
    ("site-c", "en", "2031-05-03", "Rescue ends at Varno\n\nRescuers ended the search of the "
     "Korsa Express coaches near Varno, where the toll reached 288 and more than 900 passengers "
     "were injured, Arun Vale told reporters in Pelt."),
    ("paper-d", "en", "2031-05-04", "Varno toll revised\n\nThe Pelt government revised the toll "
     "of the Korsa Express collision near Varno to 275, Arun Vale said, after some bodies were "
     "counted twice."),
    ("news-e", "en", "2031-05-06", "Toll rises to 278\n\nThe official toll of the Varno train "
     "collision rose to 278 on Monday as three more injured passengers died in hospitals of "
     "Pelt, chief secretary Arun Vale said. Manager Tomas Reyk said officers were sent to "
     "Danmor, Kesh and Ulvar to trace missing passengers."),
]


def test_a_follow_up_whose_words_are_the_events_is_no_question_for_its_new_names(
        tmp_path: Path):
    content = loaded_pages(tmp_path, "A train collision", COLLISION)
    # its new names alone made it "may be about another event (unsure)" on the overview
    assert judge_pages(content) == []


def test_a_running_count_that_went_down_says_so(tmp_path: Path):
    pages = {"line-a": ("en", "At least 90 people were killed in the collision."),
             "line-b": ("en", "At least 300 people were killed in the collision."),
             "line-c": ("en", "The toll was revised to 280 after some bodies were counted twice.")}
    facts = ("figures:\n  - id: dead\n    label: Dead\n    unit: dead\n    kind: running\n"
             "    reports:\n"
             "      - article: line-a\n        value: 90\n        approx: at-least\n"
             "        quote: \"At least 90 people were killed\"\n"
             "      - article: line-b\n        value: 300\n        approx: at-least\n"
             "        quote: \"At least 300 people were killed\"\n"
             "      - article: line-c\n        value: 280\n"
             "        quote: \"The toll was revised to 280\"\n")
    checked = _checked(tmp_path, facts, pages, {
        "line-a": "2031-05-01", "line-b": "2031-05-02", "line-c": "2031-05-03"})
    fa = analyse(checked).figures[0]
    # two outlets' falls are no flag, and the page said "every report can be an update" only
    assert not fa.flags and fa.status == "update"
    assert [(f.earlier.shown, f.later.shown) for f in fa.falls] == [
        ("at least 300 dead", "280 dead")]
    rising = analyse(_checked(tmp_path / "rising", TOLL, TOLL_PAGES, {
        "line-a": "2031-05-01", "line-b": "2031-05-03", "line-c": "2031-05-03"})).figures[0]
    assert rising.falls == []


def test_show_reads_an_article_set_aside_with_exclude(tmp_path: Path):
    content = small_briefing(tmp_path, {"line-a": "Line-A", "line-b": "Line-B"}, "figures: []\n", {
        "line-a": ("Rail news\n\nThe night express left the rails near Varno.\n",
                   "outlet: line-a\n"),
        "line-b": ("Rail news\n\nA goods train hit a commuter train near Kesh a year later.\n",
                   "outlet: line-b\nexclude: another accident\n")})
    out, err = io.StringIO(), io.StringIO()
    # the analyst was told "no article 'line-b'" for a page the briefing lists as left out
    assert run_show("line-b", content, stdout=out, stderr=err) == 0, err.getvalue()
    assert "goods train hit a commuter train" in out.getvalue()


def test_a_later_count_an_approximate_one_allows_is_no_fall(tmp_path: Path):
    # review 6: "about 300", then 290, is no count that went down ("about" allows 290)
    pages = {"line-a": ("en", "About 300 people were killed in the collision."),
             "line-b": ("en", "The toll stood at 290 on the third day.")}
    facts = ("figures:\n  - id: dead\n    label: Dead\n    unit: dead\n    kind: running\n"
             "    reports:\n"
             "      - article: line-a\n        value: 300\n        approx: about\n"
             "        quote: \"About 300 people were killed\"\n"
             "      - article: line-b\n        value: 290\n"
             "        quote: \"The toll stood at 290\"\n")
    checked = _checked(tmp_path, facts, pages, {"line-a": "2031-05-01", "line-b": "2031-05-03"})
    assert analyse(checked).figures[0].falls == []


def test_one_value_an_outlet_gives_twice_is_its_latest_once(tmp_path: Path):
    """Trial 26: an outlet stating one toll in its lede and again lower down was listed twice
    under "Latest from each outlet" ("People Daily 39 dead; People Daily 39 dead")."""
    pages = {"line-a": ("en", "At least 90 people were killed when the night express left the "
                              "rails."),
             "line-b": ("en", "The crash killed 131 people. Later the toll was put at 131.")}
    facts = ("figures:\n  - id: dead\n    label: Dead\n    unit: dead\n    kind: running\n"
             "    reports:\n"
             "      - article: line-a\n        value: 90\n        approx: at-least\n"
             "        quote: \"At least 90 people were killed\"\n"
             "      - article: line-b\n        value: 131\n"
             "        quote: \"The crash killed 131 people\"\n"
             "      - article: line-b\n        value: 131\n"
             "        quote: \"the toll was put at 131\"\n")
    checked = _checked(tmp_path, facts, pages, {"line-a": "2031-05-01", "line-b": "2031-05-03"})
    fa = analyse(checked).figures[0]
    assert [(r.source.outlet_name, r.shown) for r in fa.latest_by_outlet] == [
        ("Line-A", "at least 90 dead"), ("Line-B", "131 dead")]
