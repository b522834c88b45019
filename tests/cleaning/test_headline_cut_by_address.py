"""Trial 40 (an unseen event, read as a new user would): a title the address cuts short, below
a notice that ends the page's head, and skip links glued together.

A saved page opened on a site's notice ("Oops." and two sentences saying the site is
unavailable where the reader is), then its menu words, then the title; the address carries the
title's first words only (``/…/varn-harbour-crane-collapse-20314.amp``). The notice's sentences
ended the search for a title, and the headline was made of the address' words, with the page's
own title left in the story. A title-shaped line holding every content word of the address is
the headline; a sentence holding them (a lede) is not, nor is a line lacking one of them.
Invented text."""

from __future__ import annotations

from tests.conservation import page, read, rules, story

URL = "https://www.varn-courier.example/news/varn-harbour-crane-collapse-20314.amp"
NOTICE = ("Oops.", "Our website is temporarily unavailable in your location.",
          "We are working hard to get it back online.", "PRIVACY", "News")
TITLE = "Varn harbour crane collapse: two dockers hurt, port confirms"
LEDE = ("Two dockers were hurt when a crane collapsed at Varn harbour on Monday, the port "
        "authority said.")
BODY = "The harbour stayed closed for the afternoon while engineers checked the other cranes."


def test_the_title_below_the_notice_is_the_headline_not_the_address_words():
    """Fails without the rule: the headline is "Varn harbour crane collapse" (origin url) and
    the title stays in the story."""
    c = read(page(*NOTICE, TITLE, LEDE, BODY), url=URL, language="en")
    assert c.headline == TITLE and c.headline_origin == "page"
    assert TITLE not in story(c) and story(c)[-2:] == [LEDE, BODY]


def test_a_lede_holding_the_address_words_is_no_headline():
    """The lede's sentence holds every word of the address: it stays story, and the headline
    is made of the address' words."""
    lede = "Varn harbour saw a crane collapse on Monday, and two dockers were hurt."
    c = read(page(*NOTICE, lede, BODY), url=URL, language="en")
    assert c.headline_origin == "url" and lede in story(c)


def test_a_line_lacking_one_of_the_address_words_is_not_taken():
    title = "Varn harbour crane falls: two dockers hurt, port confirms"
    c = read(page(*NOTICE, title, LEDE, BODY), url=URL, language="en")
    assert c.headline_origin == "url" and title in story(c) + list(rules(c))


def test_skip_links_run_together_are_navigation():
    """Trial 40: the page's two skip links glued by the text extractor ("…contentSkip to…")
    stayed in the story; fails without the repeated skip link in the navigation rule. A story
    line that opens with "Skip" stays."""
    glued = "Skip to main contentSkip to navigation"
    said = "Skip to the harbour's south quay if the north gate is shut, the port advised."
    c = read(page(glued, TITLE, LEDE, said, BODY), url=URL, language="en")
    assert rules(c)[glued] == "navigation" and said in story(c)

