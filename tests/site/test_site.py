"""End to end: the example briefing built with MkDocs + Material, asserted on the HTML."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

PAGES = [
    "index.html", "timeline/index.html", "comparison/index.html", "comparison/coverage/index.html",
    "comparison/quotes/index.html", "comparison/names/index.html",
    "actors-and-places/index.html", "outlets/index.html", "outlets/levant-wire/index.html",
    "articles/index.html", "articles/levant-wire-convoy/index.html",
    "articles/gulf-daily-relocation/index.html", "articles/frontline-journal-airstrike/index.html",
    "articles/desert-aggregator-roundup/index.html",
]

# Every test reads a built site; the fixture picks its build by name (getfixturevalue), which the
# tiering in conftest.py cannot see, so the tier is said here.
pytestmark = [pytest.mark.slow]


def soup(site: Path, page: str) -> BeautifulSoup:
    return BeautifulSoup((site / page).read_text(encoding="utf-8"), "html.parser")


def article_text(site: Path, page: str) -> str:
    return soup(site, page).select_one("div.bf-article").get_text(" ", strip=True)


@pytest.fixture(params=["plugin", "cli", "zensical"])
def site(request) -> Path:
    """Every way in must give the same briefing: the MkDocs plugin, `briefing build` with
    MkDocs, and `briefing build --engine zensical`."""
    if request.param == "plugin":
        return request.getfixturevalue("plugin_site")
    name = "cli_project" if request.param == "cli" else "zensical_project"
    return request.getfixturevalue(name) / "site"


def test_every_page_exists(site: Path) -> None:
    for page in PAGES:
        assert (site / page).is_file(), page


def test_overview_shows_figures_ranges_and_disagreements(site: Path) -> None:
    page = soup(site, "index.html")
    text = page.get_text(" ", strip=True)
    assert "The stranded convoy" in text
    table = page.find(id="key-figures").find_next("table")
    rows = {tr.find("td").get_text(strip=True): tr.get_text(" ", strip=True)
            for tr in table.select("tbody tr")}
    assert "300 to 310 fighters" in rows["Fighters in the convoy"]
    assert "sources disagree" in rows["Fighters in the convoy"]
    militia = "Iraqi militiamen killed in the Islamic State raid earlier in August"
    assert "sources agree" in rows[militia]
    found = page.find(id="discrepancies").find_next("ul")
    warnings = [li.get_text(" ", strip=True) for li in found.find_all("li")]
    assert any(w.startswith("Sources disagree on a figure") and "Frontline Journal: about 300"
               in w and "Levant Wire: 308" in w for w in warnings)
    assert any("a US military spokesman" in w and "press release" in w for w in warnings)
    assert "Sample briefing" in text  # labelled as a sample


def test_comparison_flags_disagreement_and_agreement(site: Path) -> None:
    page = soup(site, "comparison/index.html")
    fighters = page.find(id="figure-convoy-fighters")
    section = []
    for el in fighters.find_all_next():
        if el.name == "h2":
            break
        section.append(el)
    titles = [el.get_text(strip=True) for el in section
              if "admonition-title" in el.get("class", [])]
    assert "Sources disagree" in titles
    table = next(el for el in section if el.name == "table")
    head = [th.get_text(strip=True) for th in table.select("thead th")]
    assert head[:3] == ["As of", "Outlet", "Value"]
    rows = [[td.get_text(" ", strip=True) for td in tr.find_all("td")]
            for tr in table.select("tbody tr")]
    assert sorted(r[2] for r in rows) == ["308 fighters", "308 fighters", "310 fighters",
                                          "about 300 fighters"]
    # in the order of time: Levant Wire 21:10, Frontline Journal 23:40, Gulf Daily Courier 06:05,
    # Cedar Post 08:15 (Levant Wire's copy, marked with its family)
    assert [r[1] for r in rows] == ["Levant Wire · ⧉ Levant Wire copy", "Frontline Journal",
                                    "Gulf Daily Courier", "Cedar Post · ⧉ Levant Wire copy"]
    assert rows[0][0] == "30 Aug 2017, 21:10 (UTC+03:00)"
    assert "Not yet cited, although their text states it: Desert Digest" in " ".join(
        el.get_text(" ", strip=True) for el in section)
    militia = page.find(id="figure-raid-militiamen-killed").find_next(class_="admonition")
    assert "success" in militia["class"] and "Sources agree" in militia.get_text()


def test_quote_page_shows_word_diff_and_speakers(site: Path) -> None:
    page = soup(site, "comparison/quotes/index.html")
    section = page.find(id="quote-not-acceptable").find_next("table")
    assert [d.get_text() for d in section.find_all("del")]
    assert [i.get_text() for i in section.find_all("ins")]
    speakers = [tr.find_all("td")[1].get_text(strip=True) for tr in section.select("tbody tr")]
    assert speakers == ["a US military spokesman", "the Coalition's press release"]


def test_coverage_names_single_source_claims(site: Path) -> None:
    text = soup(site, "comparison/coverage/index.html").get_text(" ", strip=True)
    assert "only reported by Desert Digest" in text
    # two outlets, one text: a single source all the same
    assert "reported by 2 outlets, all carrying one text (Levant Wire copy)" in text


def test_variant_counts_per_outlet(site: Path) -> None:
    """The chart's data: one row per outlet, one column per spelling (count and share)."""
    page = soup(site, "comparison/names/index.html")
    table = page.find(id="names-place-humaymah").find_next("table")
    header = [th.get_text(strip=True) for th in table.select("thead th")]
    rows = {}
    for tr in table.select("tbody tr"):
        cells = [td.get_text(strip=True) for td in tr.find_all("td")]
        rows[cells[0]] = cells
    humeima, humaymah = header.index("Humeima"), header.index("Humaymah")

    def count(cell: str) -> int:
        return int(cell.split()[0])

    assert count(rows["Levant Wire"][humeima]) >= 1 and rows["Levant Wire"][humaymah] == "0"
    gulf = rows["Gulf Daily Courier"]
    assert count(gulf[humaymah]) >= 1 and gulf[humeima] == "0"


def test_timeline_in_order_with_precision_and_sources(site: Path) -> None:
    page = soup(site, "timeline/index.html")
    headings = [h.get_text(" ", strip=True) for h in page.select("article h2")]
    assert headings[0].startswith("Aug 2017")  # month precision sorts first
    text = page.get_text(" ", strip=True)
    assert "26 Aug 2017 – 27 Aug 2017" in text and "day range" in text
    assert "approximate day" in text
    assert "“on Wednesday”" in text


def test_article_page_has_clean_text_marks_and_collapsed_furniture(site: Path) -> None:
    page = soup(site, "articles/frontline-journal-airstrike/index.html")
    story = page.select_one("div.bf-article").get_text(" ", strip=True)
    # furniture gone from the story …
    for furniture in ("Tags:", "2 Comments", "says:", "is an independent analyst"):
        assert furniture not in story
    # … kept, collapsed, in the removed block
    removed = page.select_one("details.quote")
    assert removed is not None and not removed.has_attr("open")
    removed_text = removed.get_text(" ", strip=True)
    assert "2 Comments" in removed_text and "Tags:" in removed_text
    # cited passages are marked and link back to the fact they support
    marks = page.select("mark.bf-cite")
    assert marks
    links = [a["href"] for a in page.select("div.bf-article sup a")]
    assert any("comparison/#figure-convoy-fighters" in h for h in links)
    # author taken from the bio
    assert "Nadia Strand" in page.select_one("article table").get_text()


def test_gulf_daily_banner_and_share_links_removed(site: Path) -> None:
    story = article_text(site, "articles/gulf-daily-relocation/index.html")
    assert "cookie" not in story.lower()
    assert "Share This Post" not in story and "On Top" not in story
    page = soup(site, "articles/gulf-daily-relocation/index.html")
    assert "Gulf Daily Courier" in page.select_one("article table").get_text()  # via/source


def search_entries(site: Path) -> list[dict]:
    """The search index's entries: MkDocs' search plugin writes ``search/search_index.json``
    (``docs``), Zensical ``search.json`` (``items``), each entry with location, title, text."""
    mkdocs = site / "search/search_index.json"
    if mkdocs.is_file():
        return json.loads(mkdocs.read_text(encoding="utf-8"))["docs"]
    return json.loads((site / "search.json").read_text(encoding="utf-8"))["items"]


def test_search_index_contains_spelling_variants(site: Path) -> None:
    docs = [d for d in search_entries(site) if "Humeima" in d["text"]]
    assert any(d["location"].startswith("articles/levant-wire-convoy") for d in docs)


def test_navigation_is_sectioned_and_pruned(site: Path) -> None:
    """An article page must not carry every article in its navigation."""
    page = soup(site, "articles/levant-wire-convoy/index.html")
    nested = page.select("nav.md-nav--primary li.md-nav__item--nested")
    by_label = {li.find(["a", "label"]).get_text(" ", strip=True): li for li in nested}
    # the open outlet section lists its articles; a closed one is a single link with no children
    assert by_label["Levant Wire"].select("nav a[href]")
    assert not by_label["Gulf Daily Courier"].select("nav")


def test_independent_sources_and_the_copy_family_are_shown(site: Path) -> None:
    """The Cedar Post runs the Levant Wire story: one independent source, two outlets."""
    overview = soup(site, "index.html").get_text(" ", strip=True)
    assert "3 independent sources, 4 outlets" in overview  # fighters in the convoy
    assert "5 articles from 5 outlets, 4 independent sources (1 copy family counted once)" \
        in overview
    figures = soup(site, "comparison/index.html")
    assert "Sources: 3 independent sources, 4 outlets" in figures.get_text(" ", strip=True)
    quotes = soup(site, "comparison/quotes/index.html")
    cratered = quotes.get_text(" ", strip=True).split("Dillon says the cratered road")[-1]
    assert "1 independent source, 2 outlets" in cratered
    assert "Different wording" not in cratered and "Different speakers" not in cratered
    outlets = soup(site, "outlets/index.html")
    table = outlets.select_one("#copy-family-1").find_next("table").get_text(" ", strip=True)
    assert "Cedar Post → Levant Wire" in table and "Levant Wire → Levant Wire" in table
    page = soup(site, "articles/cedar-post-convoy/index.html")
    text = page.get_text(" ", strip=True)
    assert "Copy family" in text and "Levant Wire copy" in text
    assert page.select_one('a[href$="levant-wire-convoy/"]') is not None
    shared = " ".join(s.get_text(" ", strip=True) for s in page.select("div.bf-article .bf-shared"))
    assert "308 militants and 331 civilians" in shared and "Arsal" not in shared
    coverage = soup(site, "comparison/coverage/index.html").get_text(" ", strip=True)
    assert "⧉" in coverage and "Only one independent source" in coverage
