"""One place for each rule (review 36's duplicates, folded on spfold): the rules read as before
from their one table or function. All sentences are invented (other places, names and numbers
than any stored page)."""

from __future__ import annotations

import pytest

from tests.conservation import LEDE, TITLE, page, read, rules, story

# ---- a name joined to a word of the trade after the last sentence: the lexicon's trade words

_LAST = "Two ferries will sail again from the north quay on Friday, the harbour board said."


@pytest.mark.parametrize("joined", ["OrlenPress.", "KestrelNews", "MarshHerald.",
                                    "TamarTribune.", "BrookDaily"])
def test_a_name_joined_to_any_word_of_the_trade_closes_the_page_as_a_signature(joined) -> None:
    c = read(page(TITLE, LEDE, _LAST + " " + joined))
    assert rules(c).get(joined) == "signature-tail", rules(c)
    assert story(c)[-1] == _LAST


def test_a_word_ending_on_a_trade_word_in_lower_case_stays_story() -> None:
    last = "The ferry company said the crossing would reopen before the weekend. Outpost"
    c = read(page(TITLE, LEDE, last))
    assert last in story(c), rules(c)
