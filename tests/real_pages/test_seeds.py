"""The cleaner on the three real scraped pages kept outside the repo (shared/seeds).

The pages belong to their outlets, so no sentence of them is copied here: the expectations are
line numbers, kinds of furniture and short metadata values, worked out by reading the pages by
hand (a person's judgement of story versus furniture), not copied back from the program.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from generator.content.cleaner import clean_text


def seeds_dir() -> Path:
    override = os.environ.get("BRIEFING_SEEDS")
    if override:
        return Path(override)
    return Path(__file__).resolve().parents[3] / "shared" / "seeds"


SEEDS = seeds_dir()
#: slow: the tests read and clean real scraped pages (kept outside the repo)
pytestmark = pytest.mark.slow

if not SEEDS.is_dir():
    pytest.skip("../shared/seeds not present: the real scraped pages are only available in the "
                "development workplace", allow_module_level=True)


def odd(first: int, last: int) -> set[int]:
    return set(range(first, last + 1, 2))


# For each page: headline line, story paragraph lines, removed lines by kind, metadata.
EXPECTED = {
    # A wire story republished by another site: the last sentence is cut off, then a link to the
    # source and a comment form. The dateline names the city and the agency.
    "000_be35d0caae762d2a.txt": {
        "headline": 1,
        "story": odd(3, 27),
        "removed": {29: "truncation-notice", 31: "comment-form", 33: "comment-form"},
        "author": None, "via": "Reuters", "dateline": "BEIRUT", "excerpt": True,
    },
    # A Gulf daily's story republished elsewhere: a cookie banner above the headline, a source
    # line, share and related-post links and a back-to-top link after the story. Two quotations
    # (lines 35 and 38) follow their paragraphs after a single newline: separate paragraphs.
    "002_f83229b6cdd36157.txt": {
        "headline": 3,
        "story": {5, 7, 10, 12, 14, 16, 18, 20, 22, 24, 26, 28, 30, 32, 34, 35, 37, 38, 40},
        "removed": {1: "consent-banner", 42: "attribution", 44: "share-links",
                    46: "related-links", 48: "link-list"},
        "author": None, "via": "gulfnews", "dateline": None, "excerpt": False,
    },
    # A think tank's journal: the author's bio closes the story, then an empty tag list, two
    # reader comments under a count line, and the site's category list one label per line.
    "004_0f459908db9c0e5d.txt": {
        "headline": 1,
        "story": odd(3, 23),
        "removed": {25: "author-bio", 27: "tag-list", 29: "comments", 31: "comments",
                    33: "comments", 35: "comments", 37: "comments",
                    **{line: "category-list" for line in odd(39, 51)}},
        "author": "Amir Toumaj", "via": None, "dateline": None, "excerpt": False,
    },
}


def test_all_seeds_are_covered():
    assert sorted(p.name for p in SEEDS.glob("*.txt")) == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_seed(name: str):
    expected = EXPECTED[name]
    source = (SEEDS / name).read_text(encoding="utf-8")
    lines = source.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    c = clean_text(source)

    assert c.headline_line == expected["headline"]
    assert c.headline == lines[expected["headline"] - 1].strip()

    story = [b.line for b in c.paragraphs]
    assert set(story) == expected["story"]
    assert story == sorted(story)
    for block in c.paragraphs:  # one source line per paragraph, taken whole
        assert block.text == lines[block.line - 1].strip()

    assert {r.line: r.kind for r in c.removed} == expected["removed"]
    for r in c.removed:
        assert r.text == lines[r.line - 1].strip() and r.rule

    non_blank = {n for n, line in enumerate(lines, start=1) if line.strip()}
    accounted = {expected["headline"]} | expected["story"] | set(expected["removed"])
    assert non_blank == accounted

    assert c.author == expected["author"]
    assert c.via == expected["via"]
    assert c.dateline == expected["dateline"]
    assert c.excerpt is expected["excerpt"]
    assert (c.excerpt_reason is not None) is expected["excerpt"]
    if expected["author"]:
        assert c.author_bio is not None and c.author_bio.startswith(expected["author"])
    else:
        assert c.author_bio is None


def test_seed_000_excerpt_has_both_reasons():
    c = clean_text((SEEDS / "000_be35d0caae762d2a.txt").read_text(encoding="utf-8"))
    assert c.excerpt_reason is not None
    assert "ends with" in c.excerpt_reason and "full article" in c.excerpt_reason
