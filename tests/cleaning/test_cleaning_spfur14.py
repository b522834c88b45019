"""Spfur14's captions left in the story: a picture's caption closed by its credit after the last
sentence, a name and the agency joined by a slash, a tilde or "via" (the photographer-tail rule),
or a copyright sign and a credit of several fields ("© Name/Agency/AP": credited-caption).
Invented pages; each shape beside story paragraphs of the same look that stay. Each test of the
removed shapes fails without the rule (the blocks were kept as story)."""

from __future__ import annotations

import pytest

from tests.conservation import BODY, LEDE, TITLE, page, read, rules, story


def _read(*blocks: str):
    return read(page(TITLE, LEDE, *blocks, BODY))


@pytest.mark.parametrize("caption", [
    "A rescue boat stands by the capsized ferry in Kelmport on Tuesday. The vessel carried 40 "
    "passengers. Tam Orvell ~ Associated Press",
    "Survivors wait on the quay in Kelmport in this picture obtained from a social media "
    "video. INSTAGRAM @ORVELLTAM/via Reuters",
    "Rescued passengers sit on a boat off Kelmport on Monday, May 4, 2031. (Ira Doss via AP). "
    "KEYSTONE",
])
def test_a_caption_closed_by_its_photographers_credit_is_no_story(caption):
    """Fails without photographer-tail: the caption stayed between the story's paragraphs."""
    cleaned = _read(caption)
    assert caption not in story(cleaned)
    assert "photographer-tail" in rules(cleaned).values()


@pytest.mark.parametrize("line", [
    # the wire's writers after the story's sentence: words of the trade, not names only
    "The coast guard said the search would resume at dawn. Reporting by Tam Orvell/Reuters",
    # a sentence of the story naming an agency after a slash inside it, then its stop
    "The figures came from the port authority and were confirmed by Reuters/Ipsos later.",
    # the agency named in the story's last words, with no credit joiner before it
    "Divers recovered two bodies, according to a diver who spoke to the Associated Press",
])
def test_a_story_paragraph_ending_on_an_agency_stays(line):
    cleaned = _read(line)
    assert "photographer-tail" not in rules(cleaned).values()
    assert any(line[:30] in p for p in story(cleaned))


def test_the_storys_last_paragraph_with_a_credit_is_not_this_rules():
    """With no paragraph of prose after it, the line is the story's close, left to the sign-off
    rules: this rule takes a caption between the story's paragraphs only."""
    line = "Officials said the harbour would reopen on Friday. Tam Orvell / Associated Press"
    cleaned = read(page(TITLE, LEDE, BODY, line))
    assert "photographer-tail" not in rules(cleaned).values()


@pytest.mark.parametrize("caption", [
    "Rescuers inside the collapsed road tunnel near Kelmport, where 40 workers were trapped. "
    "© Uncredited/Kelm Rescue/AP",
    "Firefighters at the burnt hotel in Obermark on Tuesday. © picture alliance/dpa/Jo Roe",
])
def test_a_caption_with_a_copyright_credit_of_several_fields_is_a_caption(caption):
    """Fails without the fields after the first slash: the credit alone was cut off
    (copyright-tail) and the caption's sentence stayed in the story."""
    cleaned = _read(caption)
    assert not any(caption[:30] in p for p in story(cleaned))
    assert rules(cleaned).get(caption) == "credited-caption"


def test_a_story_paragraph_closing_on_a_dated_copyright_keeps_its_sentence():
    line = "Firefighters worked through the night at the hotel in Obermark. © 2031 Kelm/Media/Group"
    cleaned = _read(line)
    assert any(p.startswith("Firefighters worked") for p in story(cleaned))
