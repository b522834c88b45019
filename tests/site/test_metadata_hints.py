"""``briefing check`` on saved pages dropped in without a sidecar: the hint for a missing outlet
reads the page's address (trial 16: eleven pages, each needing an outlet looked up by hand). An
outlet listed with that site is named by its id; otherwise an id from the site's name is
offered with the outlets.yaml entry to add. Invented pages on the example's invented outlets."""

from __future__ import annotations

import re

import pytest

from tests.conftest import briefing_here, copy_example

PAGE = "{url}\nHarbour reopens\n\nThe harbour of Varn reopened on Monday after a week of repairs.\n"


def _unlisted_page(project, stem: str, url: str):
    """An invented page saved with its address and no outlet; the articles folder."""
    articles = project / "content/articles"
    (articles / f"{stem}.txt").write_text(PAGE.format(url=url), encoding="utf-8")
    (articles / f"{stem}.yaml").write_text("published: 2031-03-27\n", encoding="utf-8")
    return articles


def _list_outlet(project, outlet_id: str, name: str, url: str) -> None:
    """An outlet added to the example's outlets.yaml, as a user would list it."""
    outlets = project / "content/outlets.yaml"
    outlets.write_text(outlets.read_text(encoding="utf-8") + (
        f"\n  - id: {outlet_id}\n    name: {name}\n    url: {url}\n"), encoding="utf-8")


def _errors(tmp_path, pages: dict[str, str]) -> list[str]:
    project = copy_example(tmp_path / "p")
    for stem, url in pages.items():
        _unlisted_page(project, stem, url)
    proc = briefing_here(project, "check")
    assert proc.returncode == 1
    return [line for line in proc.stderr.splitlines() if "has no outlet" in line]


def test_the_outlet_of_a_listed_site_and_a_new_site(tmp_path):
    lines = _errors(tmp_path, {
        "harbour-courier": "https://gulfcourier.example.com/news/harbour-reopens",
        "harbour-herald": "https://news.varnherald.co.uk/2031/03/27/harbour",
        "harbour-nowhere": "not an address at all",
    })
    courier = next(x for x in lines if "harbour-courier" in x)
    assert "the site of outlet 'gulf-daily-courier': add `outlet: gulf-daily-courier` to " \
           "harbour-courier.yaml" in courier
    herald = next(x for x in lines if "harbour-herald" in x)
    assert "add `outlet: varnherald` to harbour-herald.yaml" in herald
    assert "`- {id: varnherald, name: …, url: \"https://news.varnherald.co.uk\"}`" in herald
    nowhere = next(x for x in lines if "harbour-nowhere" in x)
    assert "add `outlet: <id>` to harbour-nowhere.yaml" in nowhere


def test_another_host_of_a_listed_site_and_addresses_with_no_name(tmp_path):
    """Review 13: an edition's host is its site's outlet, not a second one; an address with
    no name offers no id; a reserved id is not offered."""
    project = copy_example(tmp_path / "p")
    _list_outlet(project, "keldra-post", "Keldra Post", "https://keldrapost.com/")
    for stem, url in {"edition": "https://edition.keldrapost.com/2031/harbour",
                      "bare-ip": "http://192.0.2.7/harbour", "index-site": "https://index.org/a"
                      }.items():
        _unlisted_page(project, stem, url)
    lines = [x for x in briefing_here(project, "check").stderr.splitlines() if "no outlet" in x]
    assert "the site of outlet 'keldra-post'" in next(x for x in lines if "'edition'" in x)
    assert "add `outlet: <id>`" in next(x for x in lines if "'bare-ip'" in x)
    assert "`outlet: index-site`" in next(x for x in lines if "'index-site'" in x)


@pytest.mark.parametrize("url", [
    "https://news.varnherald.co.uk/2031/03/27/harbour",
    # trial 40: a site named by a number; the id "1870" offered bare was read back as a number
    # ("Input should be a valid string (got int)")
    "https://www.1870.example/2031/03/27/harbour",
])
def test_the_offered_outlets_entry_pasted_as_it_is_gives_a_valid_outlet(tmp_path, url):
    """Trial 19: the entry offered for outlets.yaml, pasted as printed, was a YAML syntax error
    (an unquoted address inside a flow mapping): the hint's own advice stopped the build. Both
    lines are pasted exactly as offered."""
    project = copy_example(tmp_path / "p")
    articles = _unlisted_page(project, "harbour-herald", url)
    hint = next(x for x in briefing_here(project, "check").stderr.splitlines()
                if "harbour-herald" in x and "has no outlet" in x)
    entry = re.search(r"outlets\.yaml `(- \{.*\})`", hint)
    sidecar = re.search(r"add `(outlet: [^`]+)` to harbour-herald\.yaml", hint)
    assert entry is not None and sidecar is not None, hint
    outlets = project / "content/outlets.yaml"
    outlets.write_text(outlets.read_text(encoding="utf-8").rstrip("\n") + "\n  "
                       + entry.group(1).replace("…", "Varn Herald") + "\n", encoding="utf-8")
    (articles / "harbour-herald.yaml").write_text(
        f"published: 2031-03-27\n{sidecar.group(1)}\n", encoding="utf-8")
    proc = briefing_here(project, "check")
    assert "YAML syntax error" not in proc.stderr
    assert not [x for x in proc.stderr.splitlines() if "harbour-herald" in x and "error" in x]
    assert proc.returncode == 0, proc.stderr


def test_another_brand_on_a_groups_domain_is_not_offered(tmp_path):
    """Review 17: a page on one brand's host of a group's domain was offered another listed
    brand of that group as its outlet."""
    project = copy_example(tmp_path / "p")
    _list_outlet(project, "othernews", "Other News", "https://othernews.grouphost.com/")
    _unlisted_page(project, "brand", "https://zeenews.grouphost.com/2031/03/27/harbour")
    line = next(x for x in briefing_here(project, "check").stderr.splitlines()
                if "'brand'" in x and "has no outlet" in x)
    assert "othernews" not in line and "`outlet: zeenews`" in line


def test_two_sites_of_one_name_are_offered_two_ids(tmp_path):
    """Trial 20: two papers of one name in two countries ("varnherald.co.ke",
    "varnherald.com.pk") were both offered `outlet: varnherald`: pasted as printed, their pages
    became one outlet and one source. Each is offered the name with its country's label."""
    lines = _errors(tmp_path, {
        "herald-east": "https://www.varnherald.co.ke/news/harbour-reopens",
        "herald-south": "https://varnherald.com.pk/27-Mar-2031/harbour-reopens",
        "herald-east-2": "https://www.varnherald.co.ke/news/harbour-closes",
    })
    east = next(x for x in lines if "'herald-east'" in x)
    assert "`outlet: varnherald-ke`" in east
    assert "`outlet: varnherald-ke`" in next(x for x in lines if "'herald-east-2'" in x)
    assert "`outlet: varnherald-pk`" in next(x for x in lines if "'herald-south'" in x)


def test_same_named_sites_on_one_country_label_and_on_group_domains_get_distinct_ids(tmp_path):
    """Review 18: "varnherald.co.uk" and "varnherald.org.uk" end on one label, and a brand on
    each of two groups' domains has one name: each id must still be its own."""
    lines = _errors(tmp_path, {
        "uk-one": "https://varnherald.co.uk/news/harbour-reopens",
        "uk-two": "https://varnherald.org.uk/news/harbour-reopens",
        "group-one": "https://harbour.mediagroupone.com/news/a",
        "group-two": "https://harbour.othergroup.co.ke/news/a",
    })
    ids = {stem: re.search(r"`outlet: ([\w-]+)`", next(x for x in lines if f"'{stem}'" in x))
           .group(1) for stem in ("uk-one", "uk-two", "group-one", "group-two")}
    assert len(set(ids.values())) == 4, ids


def test_a_listed_namesake_on_another_site_is_not_offered(tmp_path):
    """Review 18: outlets.yaml lists the paper of one country; the other country's paper of
    the same name was offered its id."""
    project = copy_example(tmp_path / "p")
    _list_outlet(project, "varnherald", "Varn Herald", "https://varnherald.co.ke/")
    _unlisted_page(project, "south", "https://varnherald.com.pk/news/harbour-reopens")
    line = next(x for x in briefing_here(project, "check").stderr.splitlines()
                if "'south'" in x and "has no outlet" in x)
    assert "`outlet: varnherald-pk`" in line, line


def test_an_agencys_regional_site_is_offered_the_agencys_id(tmp_path):
    """Trial 21: a page on an agency's provincial subdomain was offered the province's short
    name as its outlet id; the user wants the agency, as on its other sites."""
    line, = _errors(tmp_path, {"province": "https://kelmid.keldranews.com/berita/12/harbour"})
    assert "`outlet: keldranews`" in line, line


def test_a_pages_saved_date_is_offered_as_the_day_it_appeared_by(tmp_path):
    """Trial 22: pages saved with a crawl stamp ("date 2031-03-27") on their first line got
    only the form to fill in. The stamp is never taken as the publication date (the page may
    be older), but it tells the user the latest day the page can have appeared."""
    project = copy_example(tmp_path / "p")
    articles = project / "content/articles"
    (articles / "saved.txt").write_text(
        "https://gulfcourier.example.com/news/harbour\ndate 2031-03-27 Harbour reopens\n\n"
        "The harbour of Varn reopened on Monday after a week of repairs.\n", encoding="utf-8")
    (articles / "saved.yaml").write_text("outlet: gulf-daily-courier\n", encoding="utf-8")
    proc = briefing_here(project, "check")
    assert proc.returncode == 1
    line = next(x for x in proc.stderr.splitlines() if "'saved' has no publication date" in x)
    assert "saved on 2031-03-27" in line and "on that day or before" in line, line
    assert "`published: 2031-03-27`" not in line


def test_another_paper_on_a_groups_news_domain_is_not_offered(tmp_path):
    """Review 20: with one paper of a group listed on the group's news domain, a page of
    another paper of the group was offered the listed paper's id (two papers, one source)."""
    project = copy_example(tmp_path / "p")
    _list_outlet(project, "kelbe-courier", "Kelbe Courier", "https://kelbecourier.varnonews.com/")
    _unlisted_page(project, "gazette", "https://selmgazette.varnonews.com/2031/03/27/harbour")
    line = next(x for x in briefing_here(project, "check").stderr.splitlines()
                if "'gazette'" in x and "has no outlet" in x)
    assert "kelbe-courier" not in line and "`outlet: selmgazette`" in line, line
