"""A headline in title case is not glued to a lede that opens in lower case under it (the
hard-wrap join took the two for one wrapped paragraph). Invented pages, conserved."""

from __future__ import annotations

from generator.content.blocks import split_blocks
from tests.conservation import read, story

KICKER = "Valley floods"
TITLE = "Death Toll Rises To 130, Seventeen Bodies Still Unnamed"
LEDE = "update on the floods in the valley: the toll rose to 130 on Sunday, officials said."
BODY = "Rescue teams reached the last village by boat on Monday morning."


def test_a_title_cased_line_is_not_joined_to_the_lower_case_line_under_it():
    blocks = split_blocks("\n".join([KICKER, TITLE, LEDE, BODY]) + "\n")
    assert [b.text for b in blocks] == [KICKER, TITLE, LEDE, BODY]
    c = read("\n".join([KICKER, TITLE, LEDE, BODY]) + "\n")
    assert LEDE in story(c)


def test_wrapped_prose_is_still_joined():
    wrapped = ["The floods in the valley killed 130 people, the regional Health Office and",
               "the Civil Protection Agency of the Northern Province said on Sunday."]
    assert [b.text for b in split_blocks("\n".join(wrapped) + "\n")] == [" ".join(wrapped)]
    names = ["Among the dead were Valley Council Member Anna Lowe and Harbour Master",
             "the elder, who had worked there since the last great flood."]
    # a wrapped line of names still has a lower-case word of four letters or more
    assert len(split_blocks("\n".join(names) + "\n")) == 1
