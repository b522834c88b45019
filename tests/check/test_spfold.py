"""One place for each rule (review 36's duplicates, folded on spfold): the rules read as before
from their one table or function. All sentences are invented (other places, names and numbers
than any stored page)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from types import SimpleNamespace

import pytest

from generator.check.address_dates import article_date
from generator.content.blocks import Block
from generator.content.cleaning.captions import next_kept, story_goes_on
from generator.content.cleaning.headline import prose_paragraphs
from generator.content.cleaning.rules.base import Verdict
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


# ---- the story's prose and "the story goes on after it": one function each


_PROSE = ("The ferry board said on Tuesday that both crossings would stay closed until the "
          "engineers had checked the ramps at the north quay.")
_BLOCKS = [Block("Ferries halted at Orlen", 1), Block(_PROSE, 3), Block("Photo: Desk", 5),
           Block("Quay ramps", 7), Block(_PROSE, 9)]
_VERDICTS = [None, None, Verdict("caption", "picture-label", "a label"), None, None]


def test_the_storys_prose_leaves_out_the_headline_furniture_and_short_lines() -> None:
    assert prose_paragraphs(_BLOCKS, _VERDICTS, 0, "en") == [1, 4]


def test_what_stands_after_a_caption_is_the_next_kept_block_the_headline_aside() -> None:
    assert next_kept(_VERDICTS, 2, 0) == 3 and next_kept(_VERDICTS, 0, 0) == 1
    assert next_kept(_VERDICTS, 5, 0) is None


def test_the_story_goes_on_when_the_next_kept_block_is_prose() -> None:
    assert story_goes_on(_BLOCKS, _VERDICTS, 2, 0, "en") is False  # a short line comes first
    assert story_goes_on(_BLOCKS, _VERDICTS, 4, 0, "en") is True
    assert story_goes_on(_BLOCKS, _VERDICTS, 5, 0, "en") is False


def test_an_articles_day_is_the_day_on_its_own_clock() -> None:
    late = datetime(2031, 3, 14, 23, 30, tzinfo=timezone(timedelta(hours=-5)))
    assert article_date(SimpleNamespace(published=late, url="")).isoformat() == "2031-03-14"
