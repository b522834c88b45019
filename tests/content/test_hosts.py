"""One reading of an address's host for every stage (text/hosts.py): a mobile, AMP or numbered
``www`` host is the same site's page, to the outlet group of repeated lines, to the headline's
site words and to ``check``'s outlet hint alike."""

from __future__ import annotations

import pytest

from generator.content.headline_address import site_words
from generator.text.hosts import host, site


@pytest.mark.parametrize(("url", "expected"), [
    ("https://www.keldrapost.com/news/a", "keldrapost.com"),
    ("https://m.keldrapost.com/news/a", "keldrapost.com"),
    ("https://amp.keldrapost.com/news/a", "keldrapost.com"),
    ("https://www2.keldrapost.com/news/a", "keldrapost.com"),
    ("https://mobile.keldrapost.com/a", "keldrapost.com"),
    ("https://EDITION.Keldrapost.com/a", "edition.keldrapost.com"),
    ("https://mail.keldrapost.com/a", "mail.keldrapost.com"),
    ("not an address", ""),
    ("https://[::1", ""),
])
def test_host_drops_only_same_site_prefixes(url: str, expected: str) -> None:
    assert host(url) == expected


@pytest.mark.parametrize(("name", "expected"), [
    ("edition.keldrapost.com", "keldrapost.com"),
    ("news.varno.co.uk", "varno.co.uk"),
    ("news.vlt.de", "vlt.de"),  # review 14: a country domain's site, not "news.vlt"
    ("news.bbc.co.uk", "bbc.co.uk"),
    ("varno.blogspot.co.uk", "varno.blogspot.co.uk"),  # a hosted blog is its own site
    ("varno.blogspot.com", "varno.blogspot.com"),
])
def test_site_is_the_registered_name(name: str, expected: str) -> None:
    assert site(name) == expected


def test_site_words_read_the_same_host_as_the_outlet_group() -> None:
    assert {"keldrapost"} <= site_words("https://m.keldrapost.com/x/some-long-story-slug-here")
    assert "m" not in site_words("https://m.keldrapost.com/x/some-long-story-slug-here")
    assert "mobile" not in site_words("https://mobile.keldrapost.com/some-long-story-slug-here")


@pytest.mark.parametrize(("name", "expected"), [
    ("zeenews.grouphost.com", "zeenews"),  # a brand on its group's domain (trial 19)
    ("edition.keldrapost.com", "keldrapost"),
    ("english.keldrapost.net", "keldrapost"),
    ("news.varnherald.co.uk", "varnherald"),
    ("keldrapost.com", "keldrapost"),
    ("varno.blogspot.com", "varno"),
    ("news.bbc.co.uk", "bbc"),
])
def test_brand_is_the_outlets_name_on_its_host(name: str, expected: str) -> None:
    from generator.text.hosts import brand

    assert brand(name) == expected


@pytest.mark.parametrize(("name", "expected"), [
    ("hindi.grouphost.com", "grouphost"),
    ("brasil.varnpais.com", "varnpais"),
    ("auto.varnherald.com", "varnherald"),
    ("weather.varnherald.com", "varnherald"),
    ("regional.keldrapers.com", "keldrapers"),
    ("multimedia.keldranews.com", "keldranews"),
    ("infographics.keldranews.com", "keldranews"),
])
def test_an_editions_language_or_section_is_no_brand(name: str, expected: str) -> None:
    """Review 16: a language's or a section's label was offered as the outlet's id."""
    from generator.text.hosts import brand

    assert brand(name) == expected


@pytest.mark.parametrize(("name", "expected"), [
    ("kelmid.keldranews.com", "keldranews"),  # an agency's provincial site (trial 21)
    ("ostsee.tidingspost.de", "tidingspost"),
    ("south.varnotimes.co.uk", "varnotimes"),
    ("keldratimes.grouphost.com", "keldratimes"),  # a paper's name on its group's domain
    ("zeenews.varnotimes.com", "zeenews"),  # a news brand on a group's paper's domain
    ("eastcoast.grouphost.com", "eastcoast"),
    # a paper of a group on the group's news domain is its own (review 20)
    ("kelbecourier.varnonews.com", "kelbecourier"),
    ("selmmirror.varnotimes.com", "selmmirror"),
    ("tver.keldranews.ru", "keldranews"),
])
def test_a_region_of_a_news_site_is_no_brand(name: str, expected: str) -> None:
    """Trial 21: an agency's regional subdomain was offered as the outlet's id, where the site's
    own name says it is an outlet's and the subdomain's does not."""
    from generator.text.hosts import brand

    assert brand(name) == expected


def test_a_blog_on_a_country_domain_is_its_own_site() -> None:
    """Review 17: "keldra.blogspot.in" was the site blogspot.in, shared with every blog."""
    assert site("keldra.blogspot.in") == "keldra.blogspot.in"
