"""A sentence of the story glued before the page's request to its reader, in one block ("The
council votes on the plan in May. Leave a comment below."): only the request is removed, under
its rule's name, and the story's sentence stays (content/cleaning/parted.py). Before the mend
each of these blocks was removed whole, the story's sentence with it (page-request, the
reader-address run, the button pitch, and the rule table's newsletter, consent and browser
notices), against the promise that no word of the story is lost. Every test here fails
without the parting; the near shapes beside them (a block that is the request only, a
greeting or a question before the request, a caption before its credit) keep their old
reading. All sentences are invented.
"""

from __future__ import annotations

import pytest

from tests.conservation import read, rules, story

EN = ["Barn fire at Millbrook farm kills forty sheep",
      "Forty sheep died when a barn burned down on a farm outside Millbrook early on Friday, "
      "the county fire service said.",
      "Crews from three stations fought the blaze for four hours before it was under control.",
      "The farmer, who was not hurt, said the cause was not yet known."]
VOTE = "The council will vote on the rebuilding plan in May."

FR = ["Un incendie ravage une scierie à Valbonne",
      "Un violent incendie a détruit mardi soir une scierie de Valbonne, sans faire de blessé, "
      "selon les pompiers du département.",
      "Une soixantaine de pompiers ont été mobilisés pendant toute la nuit pour protéger les "
      "maisons voisines."]
VOTE_FR = "Le conseil municipal votera le projet de reconstruction au mois de mai."

DE = ["Scheunenbrand in Oberwald",
      "Eine Scheune ist in der Nacht zum Freitag in Oberwald vollständig abgebrannt, wie die "
      "Feuerwehr des Kreises mitteilte.",
      "Drei Löschzüge waren vier Stunden lang im Einsatz, bis das Feuer gelöscht war."]
VOTE_DE = "Der Gemeinderat will im Mai über den Wiederaufbau der Scheune entscheiden."


def _page(parts: list[str]) -> str:
    return "\n\n".join(parts) + "\n"


# ---------------------------------------------------------------- page-request

@pytest.mark.parametrize(("parts", "head", "asking", "language"), [
    (EN, VOTE, "Leave a comment below.", "en"),
    (EN, VOTE, "Share this article with your friends.", "en"),
    (FR, VOTE_FR, "Laissez un commentaire sous cet article.", "fr"),
    (DE, VOTE_DE, "Schreiben Sie uns einen Kommentar!", "de"),
])
@pytest.mark.parametrize("where", ["between paragraphs", "after the story"])
def test_only_the_request_after_a_story_sentence_is_removed(parts, head, asking, language,
                                                             where):
    block = f"{head} {asking}"
    body = parts[:2] + [block] + parts[2:] if where == "between paragraphs" else parts + [block]
    c = read(_page(body), language=language)
    assert rules(c).get(asking) == "page-request", rules(c)
    assert head in story(c)
    assert block not in rules(c)


@pytest.mark.parametrize(("parts", "asking", "language"), [
    (EN, "Share this article with your friends.", "en"),
    (FR, "Laissez un commentaire sous cet article.", "fr"),
])
def test_a_block_that_is_the_request_only_is_still_removed_whole(parts, asking, language):
    c = read(_page(parts[:2] + [asking] + parts[2:]), language=language)
    assert rules(c).get(asking) == "page-request", rules(c)
    assert story(c) == parts[1:]


@pytest.mark.parametrize("block", [
    # a question of the site's before its request, and a greeting too short for a sentence of
    # the story: the whole block is the page's
    "What do you think of the plan? Leave a comment below.",
    "Thanks for reading! Share this article with your friends.",
    # the newsroom speaking of itself ("our"): its greeting, however long
    "We are glad that so many people read our work every day. Share this article with your "
    "friends.",
])
def test_a_question_or_a_greeting_before_the_request_goes_with_it(block):
    c = read(_page(EN[:2] + [block] + EN[2:]), language="en")
    assert rules(c).get(block) == "page-request", rules(c)
    assert story(c) == EN[1:]


def test_a_story_sentence_naming_the_page_is_not_parted_from_the_request():
    # "our newsletter" in the first sentence: it is the page's pitch, not the story
    block = "Our newsletter goes out every morning at six. Sign up for it in the comments."
    c = read(_page(EN[:2] + [block] + EN[2:]), language="en")
    assert rules(c).get(block) == "page-request", rules(c)


# ---------------------------------------------------------------- the reader-address run

def test_the_story_sentence_over_an_address_after_the_story_stays():
    head = "The council will meet again on Monday to decide on the rebuilding plan."
    address = "You can follow our live coverage of the vote on the app."
    c = read(_page(EN + [f"{head} {address}"]), language="en")
    assert rules(c).get(address) == "reader-address", rules(c)
    assert story(c) == EN[1:] + [head]


def test_an_address_alone_after_the_story_is_still_removed():
    address = "You can follow our live coverage of the vote on the app."
    c = read(_page(EN + [address]), language="en")
    assert rules(c).get(address) == "reader-address", rules(c)
    assert story(c) == EN[1:]


# ---------------------------------------------------------------- a pitch over a button

def test_a_story_sentence_before_a_pitch_over_a_button_stays():
    pitch = "Join the Valley Post to read all of your local news without limits."
    c = read(_page(EN[:3] + [f"{VOTE} {pitch}", "Subscribe"] + EN[3:]), language="en")
    assert rules(c).get(pitch) == "button-pitch", rules(c)
    assert VOTE in story(c)


# ---------------------------------------------------------------- the rule table's notices

@pytest.mark.parametrize(("notice", "rule"), [
    ("Sign up for our free newsletter.", "newsletter-pitch"),
    ("This site uses cookies to improve your experience.", "cookie-banner"),
    ("Please use a different browser to see this video.", "browser-notice"),
])
@pytest.mark.parametrize("where", ["between paragraphs", "after the story"])
def test_a_notice_of_the_table_after_a_story_sentence_is_parted(notice, rule, where):
    block = f"{VOTE} {notice}"
    body = EN[:2] + [block] + EN[2:] if where == "between paragraphs" else EN + [block]
    c = read(_page(body), language="en")
    assert rules(c).get(notice) == rule, rules(c)
    assert VOTE in story(c)


def test_a_german_cookie_notice_after_a_story_sentence_is_parted():
    notice = "Diese Website verwendet Cookies."
    c = read(_page(DE[:2] + [f"{VOTE_DE} {notice}"] + DE[2:]), language="de")
    assert rules(c).get(notice) == "cookie-banner", rules(c)
    assert VOTE_DE in story(c)


def test_a_notice_alone_is_still_removed_whole():
    notice = "Sign up for our free newsletter."
    c = read(_page(EN[:2] + [notice] + EN[2:]), language="en")
    assert rules(c).get(notice) == "newsletter-pitch", rules(c)
    assert story(c) == EN[1:]


def test_a_banner_opening_on_a_short_line_is_removed_whole():
    # "Privacy settings." is no sentence of a story: the banner keeps it
    block = "Privacy settings. This site uses cookies to improve your experience."
    c = read(_page(EN[:2] + [block] + EN[2:]), language="en")
    assert rules(c).get(block) == "cookie-banner", rules(c)


def test_a_caption_before_its_credit_is_not_parted():
    # a credit is a tail too, but the caption before it is furniture with it (the parting is
    # for the kinds that speak to the reader only: parted.ADDRESSED_KINDS)
    caption = ("Firefighters stand beside the burned barn on Friday. Photo: Jane Roe/Millbrook "
               "Gazette")
    c = read(_page(EN[:2] + [caption] + EN[2:]), language="en")
    assert rules(c).get(caption) == "picture-credit-tail", rules(c)
    assert story(c) == EN[1:]
