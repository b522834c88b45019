"""More shapes of a date in a page's address (issue 15, round 9): the month and day as one
group after the year ("/2031/0424/") or joined by a hyphen ("/2031/11-15/"), and the date at the
start of a run of figures that goes on into a serial number or a time of day, as many Korean and
Japanese news sites number their pages. Pages in scripts whose names are not read are judged by
their dates alone: unread, such a near miss years before was not even unsure. Every address and
page below is invented."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path
from types import SimpleNamespace

import pytest

from generator.check.address_dates import article_date
from generator.check.off_event import judge_pages
from generator.content.model import Content
from tests.check.test_off_event_address_months import EARLIER, OWN
from tests.conftest import loaded_pages


@pytest.mark.parametrize(("url", "day"), [
    ("https://news.example/view/20290314104512345", date(2029, 3, 14)),
    ("http://img.news.example/article/view/nws202903140065?skin=photo", date(2029, 3, 14)),
    ("https://tv.example/News/Read?articleId=A202903140003", date(2029, 3, 14)),
    ("http://paper.example/n/2029/0314/c2090-8935447.html", date(2029, 3, 14)),
    ("http://wire.example/sh/2029/03-14/2657065.shtml", date(2029, 3, 14)),
    # a serial number whose figures would make no date, or hold one inside
    ("https://news.example/archive/2029/02/202949133058555532.html", None),
    ("https://news.example/n/9920290314001", None),
    ("https://news.example/p/1626853153118018", None),
    # a plain article number whose first figures would make a date
    ("https://news.example.org/story/1912051234", None),
    ("https://news.example.org/p/2009120123456", None),
    ("https://news.example.org/p/20091201234567", None),  # no time of day: 23:45:67
    ("https://news.example.org/item/199912010065", None),  # a serial's shape, but 1999
    # the shapes that stay: a date then four figures, a time of day, a long serial
    ("https://news.example.org/view/200912010123", date(2009, 12, 1)),
    ("https://news.example.org/view/20091201234512", date(2009, 12, 1)),
    ("https://news.example.org/world/202903149386257-ferry-sinks", date(2029, 3, 14)),
    # day, month in letters and year as one folder (trial 20)
    ("https://paper.example.com.pk/14-Mar-2029/ferry-sinks", date(2029, 3, 14)),
    ("https://paper.example.com.pk/4-march-2029/ferry-sinks", date(2029, 3, 4)),
    ("https://paper.example.com.pk/31-Feb-2029/ferry-sinks", None),
    ("https://paper.example.com.pk/14-Mar-20291/ferry-sinks", None),
    # a topic's folder deeper in the path names the event's day, not the page's (review 18)
    ("https://paper.example.com/anniversary/1-may-2019/ferry-sinking-remembered", None),
])
def test_an_address_gives_its_date_in_these_shapes(url: str, day) -> None:
    assert article_date(SimpleNamespace(published=None, url=url)) == day


def _judged(root: Path, url: str) -> dict:
    content = loaded_pages(root, "The Korvath flood", [*OWN, EARLIER])
    articles = {aid: replace(a, url=url) if aid == "en-old" else a
                for aid, a in content.articles.items()}
    content = Content(root=content.root, meta=content.meta, outlets=content.outlets,
                      articles=articles)
    return {v.article: v for v in judge_pages(content)}


def test_a_near_miss_dated_by_a_serial_number_years_before_is_flagged(tmp_path: Path) -> None:
    verdicts = _judged(tmp_path, "https://news.example/view/20290314104512345")
    assert sorted(a for a, v in verdicts.items() if v.sure) == ["en-old"]
    assert "days before the event" in verdicts["en-old"].text


def test_the_same_address_in_the_event_s_days_dates_it_there(tmp_path: Path) -> None:
    verdicts = _judged(tmp_path, "https://news.example/view/20310810104512345")
    assert "days before the event" not in verdicts.get("en-old", SimpleNamespace(text="")).text
    assert not set(verdicts) - {"en-old"}
