"""A web address alone on its line is furniture, and the page's own address when it opens the
page: a saved page often starts with it, and it then stood as the story's first paragraph (its
lede's dateline unread, its words in the off-event signature). Invented text."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.content.load import load
from tests.conservation import BODY, LEDE, TITLE, page, read, rules, story

URL = "https://www.valleynews.example/2023/11/04/floods-kill-40-in-the-valley/"


@pytest.mark.parametrize("line", [URL, "www.valleynews.example/floods", f"<{URL}>"])
def test_an_address_alone_on_its_line_is_removed(line: str) -> None:
    c = read(page(line, TITLE, LEDE, BODY))
    assert c.headline == TITLE and story(c) == [LEDE, BODY]
    assert rules(c) == {line: "bare-address"}
    assert c.url == line.strip("<>") if line.startswith("<") else c.url == line


def test_an_address_inside_the_page_is_a_link_not_its_address() -> None:
    c = read(page(TITLE, LEDE, URL, BODY))
    assert rules(c) == {URL: "bare-address"} and story(c) == [LEDE, BODY]
    assert c.url is None


@pytest.mark.parametrize("line", [
    f"The ministry posted the list of shelters at {URL} on Sunday.",
    f"Donations: {URL}",  # a label and an address: not an address alone
])
def test_a_sentence_with_an_address_in_it_stays(line: str) -> None:
    c = read(page(TITLE, LEDE, line))
    assert line in story(c) or line in rules(c)
    assert rules(c).get(line) != "bare-address"


def _loaded(tmp_path: Path, pages: dict[str, tuple[str, str]]):
    """A briefing of one outlet's pages ({stem: (text, more metadata)}), loaded."""
    from generator.content.problems import Problems

    content = tmp_path / "content"
    (content / "articles").mkdir(parents=True)
    (content / "briefing.yaml").write_text("title: Valley floods\n", encoding="utf-8")
    (content / "outlets.yaml").write_text(
        "outlets:\n  - id: valley\n    name: Valley News\n", encoding="utf-8")
    for stem, (text, meta) in pages.items():
        (content / "articles" / f"{stem}.txt").write_text(text, encoding="utf-8")
        (content / "articles" / f"{stem}.yaml").write_text(
            f"outlet: valley\npublished: 2023-11-04\n{meta}", encoding="utf-8")
    return load(content, Problems(content))


def test_the_opening_address_is_the_article_url_unless_the_metadata_gives_one(
        tmp_path: Path) -> None:
    text = f"{URL}\n\n{TITLE}\n\n{LEDE}\n\n{BODY}\n"
    loaded = _loaded(tmp_path, {"bare": (text, ""),
                                "given": (text, "url: https://valley.example/a\n")})
    assert loaded.articles["bare"].url == URL
    assert loaded.articles["given"].url == "https://valley.example/a"
    assert loaded.articles["bare"].paragraphs[0].text == LEDE


@pytest.mark.parametrize("under", [
    f" date 2023-11 {LEDE}",  # a store's date before the lede, on the line under the address
    f"date 2023-11-04 {LEDE}",
    "the death toll rose to 40 on Saturday, the regional office said.",  # a lede in lower case
])
def test_an_address_on_the_first_line_is_never_joined_to_the_line_under_it(under: str) -> None:
    """A page saved with its address on line 1 and the text right under it (no blank line): the
    line under it opened in lower case, so the two were read as one hard-wrapped paragraph, the
    address and the store's date stood in the story, and the headline came from the file name
    though the address had words (trial 13)."""
    c = read(f"{URL}\n{under}\n\n{BODY}\n")
    assert c.url == URL and rules(c)[URL] == "bare-address"
    assert URL not in " ".join(story(c))
    if "date 2023" in under:
        assert "date 2023" not in " ".join(story(c) + [c.headline or ""])


def test_a_page_with_its_address_right_above_the_lede_takes_its_headline_from_it(
        tmp_path: Path) -> None:
    saved = f"{URL}\n date 2023-11 {LEDE}\n\n{BODY}\n"
    article = _loaded(tmp_path, {"saved": (saved, "")}).articles["saved"]
    assert article.url == URL
    assert [p.text for p in article.paragraphs] == [LEDE, BODY]
    assert article.headline_origin == "url" and "valley" in article.headline.lower()
