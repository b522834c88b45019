"""A byline of two or three writers and the paper, with no "by" ("Jane Roe and John Poe, The
Gazette": trial 48, left as the story's first paragraph): the writers become the author. The
words of a paper's name are one list (:data:`generator.text.lexicon.PAPER_WORDS`), shared with
the reader of names under a headline. Invented pages; the removals fail without the mend. A
caption or a sentence naming two people and a place stays."""

from __future__ import annotations

import pytest

from tests.conservation import BODY, LEDE, TITLE, page, read, rules, story


@pytest.mark.parametrize(("line", "author"), [
    ("Jane Roe and John Poe, The Gazette", "Jane Roe and John Poe"),
    ("Jane Roe, John Poe and Ann Lee, The Valley Chronicle", "Jane Roe, John Poe and Ann Lee"),
    ("Jane Roe, The Kelmford Gazette", "Jane Roe"),
])
def test_writers_and_their_paper_are_the_byline(line, author):
    cleaned = read(page(TITLE, line, LEDE, BODY))
    assert story(cleaned) == [LEDE, BODY]
    assert rules(cleaned)[line] == "name-and-outlet" and cleaned.author == author


@pytest.mark.parametrize("line", [
    "Jane Roe and John Poe, Kelmford",
    "Jane Roe and John Poe, the two owners of the bakery.",
])
def test_two_names_and_no_paper_stay(line):
    cleaned = read(page(TITLE, LEDE, line, BODY))
    assert "name-and-outlet" not in rules(cleaned).values()


MORE = ("Relatives gathered outside the town hall on Monday evening, where officials read out "
        "the names of the missing.")


@pytest.mark.parametrize("line", [
    "Anna Kowal, Opposition Leader",
    "Jane Roe, Independent",
    "John Poe, Election Observer",
    "Anna Kowal, Review Board Member",
])
def test_a_name_and_a_standing_that_is_a_paper_word_is_no_byline(line):
    """rev42: a paper's word that is a person's standing too ("Leader", "Independent",
    "Observer", "Review") after a name without "The" makes no byline (read as
    ``name-and-outlet`` before: the person became the article's author)."""
    cleaned = read(page(TITLE, LEDE, BODY, line, MORE))
    assert "name-and-outlet" not in rules(cleaned).values() and cleaned.author is None


@pytest.mark.parametrize(("line", "author"), [
    ("Jane Roe, The Valley Leader", "Jane Roe"),
    ("Jane Roe and John Poe, The Kelmford Observer", "Jane Roe and John Poe"),
    ("Jane Roe, Kelmford Sun", "Jane Roe"),
])
def test_a_paper_of_such_a_word_with_the_is_still_the_byline(line, author):
    """The near shapes: with "The", or a paper's word that is no one's standing, the byline."""
    cleaned = read(page(TITLE, line, LEDE, BODY))
    assert rules(cleaned)[line] == "name-and-outlet" and cleaned.author == author
