"""The lead's mends of the thirty-sixth stop, on invented pages (every case conserved by
tests.conservation): a live page's entries, each one sentence credited to its wire in brackets,
are the story, not captions (review 36 found them cut by ``bracket-credited-caption``); a vice
president or a former president named before "the head of state" is not who it refers back to
(review 36: the head of state's titles took any "president")."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import quote_speakers
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


def _speaker(tmp_path: Path, text: str, opening: str) -> str:
    quotes = quote_speakers(tmp_path / "q", "Silo fire in Tarvik\n\n" + text + "\n", "en")
    found = [s for q, s in quotes.items() if q.lstrip("“ ").startswith(opening)]
    assert found, sorted(quotes)
    return found[0]


_SAID = "\n\n“Every family will get a new roof by spring,” the head of state said."


@pytest.mark.parametrize("title", ["Vice President", "vice-president", "former President"])
def test_a_deputys_or_former_holders_title_is_not_the_head_of_state(tmp_path: Path, title: str):
    text = f"The silo fire was first reported by {title} Pavel Lindqvist on Monday." + _SAID
    assert "Lindqvist" not in _speaker(tmp_path, text, "Every family")


def test_the_presidents_own_title_still_names_the_head_of_state(tmp_path: Path):
    text = "The silo fire was first reported by President Pavel Lindqvist on Monday." + _SAID
    assert _speaker(tmp_path, text, "Every family") == "Pavel Lindqvist"
