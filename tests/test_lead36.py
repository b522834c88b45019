"""The lead's mends of the thirty-sixth stop, on invented pages (every case conserved by
tests.conservation): a live page's entries, each one sentence credited to its wire in brackets,
are the story, not captions (review 36 found them cut by ``bracket-credited-caption``)."""

from __future__ import annotations

from tests.conservation import BODY, LEDE, TITLE, page, read, rules, story

RULE = "bracket-credited-caption"
LAST = "The regional council will meet on Tuesday to discuss the cost of the repairs."


def test_a_live_pages_credited_entries_stay_story():
    entries = ["Rescue crews have reached the flooded valley above Corvath (Reuters)",
               "The coast road south of Tollersby has been closed again by the police (AFP)",
               "Two more villages were evacuated in the night, officials said (Reuters)"]
    c = read(page(TITLE, LEDE, *entries, BODY, LAST))
    assert story(c) == [LEDE, *entries, BODY, LAST]
    assert RULE not in rules(c).values()


def test_a_lone_credited_sentence_between_paragraphs_is_still_a_caption():
    caption = "Volunteers fill sandbags outside the school in Corvath on Sunday (Reuters)"
    c = read(page(TITLE, LEDE, caption, BODY, LAST))
    assert story(c) == [LEDE, BODY, LAST]
    assert rules(c)[caption] == RULE
