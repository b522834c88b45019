"""Trial 35's furniture left in the story (a blizzard's pages): an app's alert pitch, pictures'
captions credited to a wire after a dash, a caption whose "(… via AP)" credit alone was cut off.
Invented pages, each shape beside a story line of the same look that stays."""

from __future__ import annotations

import pytest

from tests.conservation import BODY, LEDE, TITLE, page, read, rules, story


def _story(*blocks: str) -> list[str]:
    return story(read(page(TITLE, *blocks, LEDE, BODY)))


@pytest.mark.parametrize("pitch", [
    "Get live alerts straight to your phone, sign up now.",
    "Receive breaking-news notifications from the Courier, download now.",
])
def test_an_alert_pitch_is_no_story(pitch):
    assert pitch not in _story(pitch)


def test_a_story_line_opening_on_get_stays():
    line = "Get ready, forecasters told Tarvik residents, as more snow was due on Sunday."
    assert line in _story(line)


@pytest.mark.parametrize("captions", [
    ["Ice from breaking waves coats the harbour wall in Jorvik — REUTERS"],
    ["Ice from breaking waves coats the harbour wall in Jorvik — REUTERS",
     "Ice from breaking waves coats the harbour wall in Jorvík — REUTERS"],
    ["Snowploughs line up at the Olden depot – AFP"],
])
def test_a_caption_credited_after_a_dash_is_no_story(captions):
    assert not any(c in _story(*captions) for c in captions)


@pytest.mark.parametrize("line", [
    "The mayor said the roads would reopen on Monday. — REUTERS",  # a sign-off: the credit's
    "Snow on the roofs of Tarvik — Jane Roe",  # no agency after the dash
])
def test_a_sentence_with_a_sign_off_or_a_name_after_a_dash_is_not_a_caption(line):
    cleaned = read(page(TITLE, line, LEDE, BODY))
    assert "dash-credit-caption" not in rules(cleaned).values()


def test_a_caption_goes_with_its_via_agency_credit():
    caption = ("Mara Olsen clears snow from her porch in Halden on Sunday morning after the "
               "power went out. (Tom Ris/The Halden Courier via AP)")
    assert not any("Mara Olsen" in p for p in _story(caption))


def test_a_story_paragraph_with_a_desk_credit_keeps_its_sentence():
    line = ("The mayor of Halden said the roads would reopen on Monday, after crews worked "
            "through the night to clear them. (Desk/ Halden)")
    assert any(p.startswith("The mayor of Halden said") for p in _story(line))


def test_a_sentence_that_lost_its_stop_before_the_wire_stays_story():
    line = "Crews reached the harbour of Jorvik at dawn, officials said - AFP"
    assert line in _story(line)
