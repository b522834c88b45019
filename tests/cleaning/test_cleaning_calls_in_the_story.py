"""Two risks the lead noted after review 37 and spfur12, checked on invented pages (spfur13).

* A call to readers between two paragraphs ("What do you think? Leave a comment!") had opened
  the reader-comments section, and every paragraph after it went as a comment. A request to
  leave a comment opens the section only when more of the section follows it (the form's
  notice or fields, a count) or no paragraph of prose does. Fails without the rule; the call
  itself is still removed, and a request at the story's end or over the form still opens it.
* A closing sentence of the story under a line of advice to the reader (review 37) with a
  subscription box below it had bridged into the box and gone with it when it did not repeat
  the story's words. Under advice that speaks of the story, the closing sentence is the
  story's end; the box under it is still removed. Fails without the rule. (A box's own short
  line between two lines speaking to the reader still goes with its box: fur6.)
"""

from __future__ import annotations

import pytest

from tests.conservation import page, read, rules, story

TITLE = "Bridge on the Oster closed after flood"
P1 = ("The old bridge over the Oster at Varnby was closed on Sunday after the flood washed "
      "away part of its eastern pier, the county said.")
P2 = "Engineers will inspect the remaining piers of the crossing this week, officials said."
P3 = ("The county governor promised on Monday to reopen the crossing to cars within a month "
      "and to build a second bridge downstream.")


@pytest.mark.parametrize("call", [
    "What do you think? Leave a comment!",
    "Were you there? Leave a comment below.",
    "Leave a comment",
])
def test_a_call_to_comment_between_paragraphs_keeps_the_story_after_it(call):
    c = read(page(TITLE, P1, call, P2, P3), language="en")
    assert story(c) == [P1, P2, P3]
    assert rules(c)[call] == "leave-a-reply"


def test_a_call_to_comment_after_the_story_still_opens_the_comments():
    reader = ("Great piece, I drive over that bridge twice a day and it always felt shaky to "
              "me and my neighbours.")
    c = read(page(TITLE, P1, P2, "What do you think? Leave a comment!",
                  "Your email address will not be published.", reader), language="en")
    assert story(c) == [P1, P2]
    assert rules(c)[reader] == "in-comments"


def test_a_call_at_the_very_end_is_still_removed():
    c = read(page(TITLE, P1, P2, "What do you think? Leave a comment!"), language="en")
    assert story(c) == [P1, P2]


ADVICE = "If you live near the Oster, please stay away from the old bridge until it is checked."
CLOSING = "The police are investigating the cause."


@pytest.mark.parametrize("box", [
    ["Subscribe now and get your first month for one euro.", "Already a subscriber? Log in."],
    ["You have read all your free articles this month.", "Subscribe to continue reading."],
])
def test_a_closing_sentence_under_advice_ends_the_story_above_a_box(box):
    c = read(page(TITLE, P1, P2, ADVICE, CLOSING, *box), language="en")
    assert story(c) == [P1, P2, ADVICE, CLOSING]
