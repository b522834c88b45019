"""A picture's caption between paragraphs closed by a credit in brackets of the two shapes picture
desks print beyond an agency's bare name (spfur12, issue 13, on fresh pages of two sites and two
events): an agency's picture sold through a photo library ("(AFP via Getty Images)") and the
photographer with a slash before the site's own name ("[Jo Doe/KestrelPost]"), the latter in
square brackets, cut off first as the story's sources. The first two tests fail without the mend
(the caption was kept as a paragraph of the story, and the slashed credit named the story's
source); the round-bracket slashed credit ("(Jo Doe/AFP)") was already a caption's. The near
shapes stay story: a slash between two names that are neither an agency nor the site, a
paragraph of several sentences, the story's last paragraph. Every page is invented; every case
is conserved (tests.conservation)."""

from __future__ import annotations

import pytest

from tests.conservation import BODY, LEDE, TITLE, page, read, rules, story

RULE = "bracket-credited-caption"
SITE = "https://www.kestrelpost.com/world/floods-kill-40"
LAST = "The regional council will meet on Tuesday to discuss the cost of the repairs."


@pytest.mark.parametrize("caption", [
    "Rescuers watch as the ferry is lifted out of the harbour at Tollersby (AFP via Getty Images)",
    "Rescuers watch as the ferry is lifted out of the harbour at Tollersby [Jo Doe/KestrelPost]",
])
def test_a_sentence_closed_by_a_picture_desks_credit_is_a_caption(caption):
    c = read(page(SITE, TITLE, LEDE, caption, BODY, LAST))
    assert story(c) == [LEDE, BODY, LAST]
    assert {r.kind for r in c.removed if r.text in caption} == {"caption"}
    assert set(rules(c).values()) & {RULE}


def test_the_slashed_credit_of_a_caption_names_no_source_of_the_story():
    caption = "The ferry at the harbour of Tollersby on July 2, 2029. [Jo Doe/KestrelPost]"
    c = read(page(SITE, TITLE, LEDE, caption, BODY, LAST))
    assert story(c) == [LEDE, BODY, LAST]
    credit = next(r for r in c.removed if r.text.startswith("[Jo Doe"))
    assert credit.kind == "caption" and not dict(credit.yields).get("via")


@pytest.mark.parametrize("near", [
    # a slash between names that are no credit: neither an agency nor the site
    "Villagers wait for the ferry at the harbour of Tollersby [Harbour Board/Town Council]",
    # several sentences: a paragraph of the story with its credit
    "Rescuers lifted the ferry out of the harbour. The crane took four hours. [Jo Doe/KestrelPost]",
])
def test_near_shapes_stay_story(near):
    c = read(page(SITE, TITLE, LEDE, near, BODY, LAST))
    kept = " ".join(story(c))
    assert near.split(" [")[0].split(". ")[0] in kept
    assert RULE not in rules(c).values()


def test_the_last_paragraph_closed_by_a_slashed_credit_keeps_its_sentence():
    last = "Rescuers lifted the ferry out of the harbour at Tollersby. [Jo Doe/KestrelPost]"
    c = read(page(SITE, TITLE, LEDE, BODY, last))
    assert story(c)[:2] == [LEDE, BODY]
    assert story(c)[-1].startswith("Rescuers lifted")
    assert RULE not in rules(c).values()


@pytest.mark.parametrize("byline", [
    "Tamsin Orrell,Kofi Brandt,Maris Quell",  # names glued by commas, no "by"
    "Tamsin Orrell, Kofi Brandt and Maris Quell",
    "Tamsin Orrell The Valley Dispatch",  # a name and the paper it writes for
])
def test_names_alone_under_the_headline_are_the_byline(byline):
    """Both shapes were kept as the story's first paragraph before the mend (spfur12: two sites
    print their writers this way, the second the paper it syndicates from)."""
    c = read(page(TITLE, byline, LEDE, BODY))
    assert story(c) == [LEDE, BODY]
    assert rules(c)[byline] == "names-byline"


@pytest.mark.parametrize("near", [
    "Rescue Crews Search The Flooded Valley",  # a subtitle of capitalised words: no paper's word
    "Tamsin Orrell and Kofi Brandt were rescued from the roof.",  # a sentence
    "Floods, Landslides and Closed Roads",  # capitalised words that join no names
])
def test_lines_under_the_headline_that_are_not_names_stay(near):
    c = read(page(TITLE, near, LEDE, BODY))
    assert rules(c).get(near) != "names-byline"


@pytest.mark.parametrize("prompt", [
    "Please enter your comment!",
    "What's the word, Kestrel readers? Leave a comment!",
])
def test_a_comment_forms_request_after_the_story_opens_the_comments(prompt):
    """Both requests were kept as the story's last paragraph before the mend (spfur12: two
    sites), and what follows them with them."""
    after = "other kestrels are saying..."
    c = read(page(TITLE, LEDE, BODY, prompt, after))
    assert story(c) == [LEDE, BODY]
    assert rules(c)[prompt] == "leave-a-reply"


@pytest.mark.parametrize("near", [
    "Residents can leave a comment on the plans at the town hall until Friday.",
    "“Please leave a message,” the mayor told callers on Friday.",
])
def test_a_story_sentence_about_comments_stays(near):
    c = read(page(TITLE, LEDE, BODY, near))
    assert story(c) == [LEDE, BODY, near]
