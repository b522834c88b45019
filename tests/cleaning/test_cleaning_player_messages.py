"""The message a player or an embedded post prints while it loads, or when its code is copied
(round 15, invented snippets in the shapes of real pages: an audio player's loading line on an
Italian page, a Polish page's embedded post still loading, a Romanian video's copy notice). A
whole line that is only the message is furniture; a sentence that mentions a player is story."""

from __future__ import annotations

import pytest

from tests.conservation import page, read, rules, story

TITLE = "Storm floods the old harbour"
LEDE = ("The storm flooded the old harbour on Monday night, and the coast guard moved twelve "
        "boats to the inner basin, the port authority said.")
BODY = "The quay stayed closed until the water went down on Tuesday afternoon."


@pytest.mark.parametrize(("line", "language"), [
    ("Getting your Trinity Audio player ready...", "it"),
    ("Trwa ładowanie wpisu", "pl"),
    ("Codul embed a fost copiat", "ro"),
])
def test_a_player_message_on_its_own_line_is_furniture(line, language):
    c = read(page(TITLE, LEDE, line, BODY), language=language)
    assert story(c) == [LEDE, BODY], rules(c)
    assert rules(c)[line] == "media-control", rules(c)


@pytest.mark.parametrize(("line", "language"), [
    ("Getting your audio player ready took the volunteers most of the night.", "en"),
    ("Trwa ładowanie łodzi na ciężarówki w porcie rybackim.", "pl"),
])
def test_a_sentence_that_mentions_a_player_stays_story(line, language):
    c = read(page(TITLE, LEDE, line, BODY), language=language)
    assert story(c) == [LEDE, line, BODY], rules(c)
