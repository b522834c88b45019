"""An address that writes its date with the month in letters ("/2029/mar/14/", as several
English-language sites do) dates the page as one in figures does: a near miss at the event's own
place, with names of its own and that date years before, is flagged as the pages come, as it is
once the analyst enters its publication date. Every name and page below is invented."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path
from types import SimpleNamespace

import pytest

from generator.check.event_signature import article_date
from generator.check.off_event import judge_pages
from generator.content.model import Content
from tests.conftest import loaded_pages

OWN = [
    ("en-a", "en", "2031-08-09", "The river Tamsel burst its banks in Korvath on Saturday, "
     "flooding the old town. Mayor Brenna Oldis said 400 homes were under water in Korvath."),
    ("en-b", "en", "2031-08-10", "Water in Korvath reached the steps of the cathedral. Oldis "
     "asked residents near the Tamsel to leave."),
    ("en-c", "en", "2031-08-10", "The Tamsel peaked overnight in Korvath, Oldis said. Schools "
     "stayed closed."),
    ("fr-a", "fr", "2031-08-11", "La Tamsel a débordé à Korvath. La maire Brenna Oldis a fait "
     "évacuer 400 maisons."),
]
#: An earlier flood in the same town, with its own people and places, dated only by its address.
EARLIER = ("en-old", "en", "", "The river rose again in Korvath this week. Forecasters at "
           "Vellmark warned that the Orlo quarter and the Pennick bridge would flood by Friday. "
           "Councillor Jarek Soltane closed the Grisham museum and the Lantern market, and the "
           "Halvard school moved its pupils to Ostrin.")


def _judged(root: Path, pages: list, urls: dict[str, str]) -> dict:
    content = loaded_pages(root, "The Korvath flood", pages)
    articles = {aid: replace(a, url=urls.get(aid, a.url)) for aid, a in content.articles.items()}
    content = Content(root=content.root, meta=content.meta, outlets=content.outlets,
                      articles=articles)
    return {v.article: v for v in judge_pages(content)}


@pytest.mark.parametrize(("url", "day"), [
    ("https://news.example/2029/mar/14/river-rises-again", date(2029, 3, 14)),
    ("https://archive.example/2029/March/4/news/river.shtml", date(2029, 3, 4)),
    ("https://news.example/2029/mayor/14/river", None),  # a word, not a month
    ("https://news.example/2029/mar/river-rises", None),  # a month, no day
])
def test_an_address_gives_its_date_with_the_month_in_letters(url: str, day) -> None:
    assert article_date(SimpleNamespace(published=None, url=url)) == day


def test_a_near_miss_at_the_same_place_dated_by_such_an_address_is_flagged(
        tmp_path: Path) -> None:
    verdicts = _judged(tmp_path, [*OWN, EARLIER],
                       {"en-old": "https://news.example/2029/mar/14/river-rises-again"})
    assert sorted(a for a, v in verdicts.items() if v.sure) == ["en-old"], \
        {a: v.text for a, v in verdicts.items()}
    assert "days before the event" in verdicts["en-old"].text


def test_a_report_of_the_event_dated_by_such_an_address_is_not(tmp_path: Path) -> None:
    """The same shape on the event's side: a report written with names of its own, its address
    dated in the event's days."""
    verdicts = _judged(tmp_path, [*OWN, EARLIER],
                       {"en-old": "https://news.example/2031/aug/10/river-rises-again"})
    assert not any(v.sure for v in verdicts.values()), {a: v.text for a, v in verdicts.items()}



#: The same town's flood looked back on in a blog, its address giving only the month it was
#: posted; it writes only the day of that flood, decades before.
LOOK_BACK = ("en-blog", "en", "", "The great flood of Korvath came on 14 October 1988. "
             "Forecasters at Vellmark had warned the Orlo quarter, and Councillor Jarek Soltane "
             "closed the Grisham museum, the Lantern market and the Halvard school.")


def _given(root: Path, url: str) -> dict:
    """The verdicts with briefing.yaml giving the event's date and place, the blog at ``url``."""
    from generator.content.load import load
    from generator.content.problems import Problems

    undated = [(stem, language, "", text) for stem, language, _published, text in OWN]
    folder = Path(loaded_pages(root, "The Korvath flood", [*undated, LOOK_BACK]).root)
    with (folder / "briefing.yaml").open("a", encoding="utf-8") as f:
        f.write("date: 2031-08-09\nplace: Korvath\n")
    with (folder / "articles" / "en-blog.yaml").open("a", encoding="utf-8") as f:
        f.write(f"url: {url}\n")
    problems = Problems(folder)
    content = load(folder, problems)
    assert not problems.errors, [p.format() for p in problems.errors]
    return {v.article: v for v in judge_pages(content)}


def test_a_page_dated_only_by_its_address_month_is_dated_to_that_month(tmp_path: Path) -> None:
    """Given the event's date, a look back posted years before it is flagged by the month its
    address gives, not left to the decades-old date it writes (which may be a recollection)."""
    verdicts = _given(tmp_path, "https://blog.example/2029/02/great-flood-of-1988.html")
    assert sorted(a for a, v in verdicts.items() if v.sure) == ["en-blog"], \
        {a: v.text for a, v in verdicts.items()}
    assert "its address dates it to 2029-02" in verdicts["en-blog"].text


def test_a_report_whose_address_month_is_the_event_s_is_not_dated_away(tmp_path: Path) -> None:
    """The same shape on the event's side: a report posted in the event's month, looking back
    at the 1988 flood, is dated within the event's days by its month."""
    verdicts = _given(tmp_path, "https://blog.example/2031/08/great-flood-of-1988.html")
    assert not any(v.sure for v in verdicts.values()), {a: v.text for a, v in verdicts.items()}
