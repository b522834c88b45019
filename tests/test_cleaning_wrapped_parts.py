"""A picture's credit that opens in lower case under the line above it is no wrapped rest of
that line (issue 13, round 7), in invented snippets.

Lines are joined when one without a final stop is followed by one that opens in lower case (a
hard-wrapped source). On the fresh working pages every such join of two labels ended with a
line of furniture ("fot. …" under the title printed again, a button under a date); none of dev's
pages is hard-wrapped. The join is parted before its last line only when a rule recognises that
line alone and it ends no sentence: a wrapped title, a wrapped sentence and a cut last line stay
whole.
"""

from __future__ import annotations

import pytest

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
