"""A picture's credit that opens in lower case under the line above it is no wrapped rest of
that line (issue 13, round 7), in invented snippets.

Lines are joined when one without a final stop is followed by one that opens in lower case, or
when a long one ends on an article or a preposition (round 10; a
hard-wrapped source). On the fresh working pages every such join of two labels ended with a
line of furniture ("fot. …" under the title printed again, a button under a date); none of dev's
pages is hard-wrapped. The join is parted before its last line only when a rule recognises that
line alone and it ends no sentence: a wrapped title, a wrapped sentence and a cut last line stay
whole.
"""

from __future__ import annotations

import pytest

from generator.content.blocks import split_blocks
from tests.conservation import BODY, LEDE, TITLE, read, rules, story


def _text(*blocks: str) -> str:
    return "\n\n".join(blocks) + "\n"


@pytest.mark.parametrize("credit", ["fot. Jan Nowak/ @janek",
                                    "photo: Jane Roe for the Valley Post"])
def test_a_credit_in_lower_case_under_the_title_printed_again(credit):
    c = read(_text(TITLE, TITLE + "\n" + credit, LEDE, BODY))
    assert c.headline == TITLE and story(c) == [LEDE, BODY]
    assert rules(c).get(credit) in {"picture-label", "picture-credit-tail"}, rules(c)


def test_a_wrapped_title_stays_one_headline():
    c = read(_text("Floods kill 40 in the\nvalley", LEDE, BODY))
    assert c.headline == TITLE and story(c) == [LEDE, BODY]


def test_a_wrapped_sentence_ending_with_a_picture_word_stays_story():
    wrapped = "The mayor showed reporters a\nphoto: the square under water since Sunday."
    c = read(_text(TITLE, LEDE, wrapped, BODY))
    assert story(c) == [LEDE, wrapped.replace("\n", " "), BODY], rules(c)


def test_a_cut_last_line_stays_story():
    cut = "Rescuers searched the banks until the\nwater"
    c = read(_text(TITLE, LEDE, BODY, cut))
    assert story(c) == [LEDE, BODY, cut.replace("\n", " ")], rules(c)


# --- round 10: a line ending on an article or a preposition goes on in the next line ---------

WRAPPED_LEDE = ("Flames and thick smoke rose over the warehouse of the\n"
                "Valley Transport company early on Sunday, and crews worked until noon.")


def test_a_lede_wrapped_after_an_article_is_one_paragraph_and_not_the_headline():
    c = read(_text(WRAPPED_LEDE, BODY), url="https://news.example/?p=2024")
    assert c.headline != "Flames and thick smoke rose over the warehouse of the"
    assert story(c) == [WRAPPED_LEDE.replace("\n", " "), BODY]


@pytest.mark.parametrize("text,parts", [
    ("Weather and\nTraffic", 2),  # a label of a few words is no wrapped prose
    ("Crews searched the river bank all night for das\nKind", 2),  # "das" may end a phrase
    ("Crews searched the river bank all night long and\nThe mayor thanked them.", 1),
    ("Crews searched the river bank all night long\nThe mayor thanked them.", 2),
])
def test_only_a_long_line_ending_on_a_dangling_word_is_joined(text, parts):
    assert len(split_blocks(text)) == parts
