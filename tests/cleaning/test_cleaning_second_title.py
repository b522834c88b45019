"""A page that prints its title more than once, one copy under the other: the same title two or
three times, or the title and then a shorter one (the search engines' title, whose words the
address carries). The first copy is the headline and the others are furniture; the cleaner had
taken the second copy, the one the address agreed with best (three sites of the working sets).
Invented text in the shapes of those pages."""

from __future__ import annotations

from generator.content.cleaner import clean
from tests.conservation import page, read, rules, story

TITLE = "Warehouse Fire in Riverside Destroys Furniture Store; Crews Battle Blaze Through Night"
SHORT = "Warehouse fire destroys furniture store in Riverside"
LEDE = ("A fire broke out in a furniture warehouse in Riverside on Monday night, and crews "
        "worked until the morning to put it out.")
BODY = "Nobody was hurt, the fire service said, and the police are looking into the cause."
URL = "https://news.example.org/fires/warehouse-fire-destroys-furniture-store-in-riverside"


def test_the_longer_first_title_is_the_headline_and_the_shorter_one_furniture():
    c = read(page(TITLE, SHORT, LEDE, BODY), url=URL)
    assert c.headline == TITLE
    assert rules(c)[SHORT] == "headline-shortened" and story(c) == [LEDE, BODY]


def test_a_title_printed_three_times_keeps_its_first_copy():
    c = read(page("Tuesday, 23 April 2024", TITLE, TITLE, TITLE, LEDE, BODY),
             url="https://news.example.org/article/123456")
    assert c.headline == TITLE and story(c) == [LEDE, BODY]
    assert [b.line for b in c.removed if b.text == TITLE] == [5, 7]  # (lines counted from 1)


def test_a_subtitle_that_says_something_else_is_story():
    sub = "Three families lose their homes as flames spread to the street"
    c = read(page(SHORT, sub, LEDE, BODY), url=URL)
    assert c.headline == SHORT and sub in story(c)


def test_a_kicker_above_a_longer_title_is_no_first_copy():
    kicker = "Riverside warehouse fire"
    c = read(page(kicker, SHORT, LEDE, BODY), url=URL)
    assert c.headline == SHORT


def test_a_headline_the_user_gave_is_not_replaced_by_the_longer_title_above_it():
    c = clean(page(TITLE, SHORT, LEDE, BODY), url=URL, headline=SHORT,
              headline_origin="sidecar")
    assert c.headline == SHORT and SHORT not in rules(c)
    assert "headline-shortened" not in rules(c).values() and story(c)[-2:] == [LEDE, BODY]


def test_without_a_given_headline_the_longer_title_above_still_wins():
    c = clean(page(TITLE, SHORT, LEDE, BODY), url=URL)
    assert c.headline == TITLE and rules(c)[SHORT] == "headline-shortened"
