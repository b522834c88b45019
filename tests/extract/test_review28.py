"""The review of stop 28: near shapes the stop's new rules misread, in invented sentences."""

from __future__ import annotations

import pytest

from tests.conftest import quote_speakers
from tests.conservation import read, rules, story
from tests.probes import figures


@pytest.mark.parametrize("text, lang, expected", [
    # a people's name after "112" is the counted people, where peoples' names are capitalised
    ("Soldiers killed 112 Palestinians in the raid on Tuesday.", "en", [(112, "dead")]),
    ("Bij de aanval kwamen 112 Palestijnen om het leven.", "nl", [(112, "dead")]),
    # a unit after an article's number makes it an amount, no service's name
    ("Il bilancio è salito al 110 per cento.", "it", [(110, "percent")]),
])
def test_emergency_number_near_shapes(text, lang, expected):
    assert figures(text, lang) == expected


LEDE = ("Heavy rain flooded the valley town of Corrimby on Sunday, cutting the main road in two "
        "places and leaving hundreds of homes without power for most of the day.")


@pytest.mark.parametrize("paragraph, caption", [
    # after a bare "This" the participle may be a finite verb with its object: story
    ("This image made headlines across the region when it was first shared, showing a boy "
     "carried over the flooded square by two firefighters.", False),
    ("This photo released by the fire brigade shows a boy carried over the flooded square.",
     True),
    ("This picture taken Sunday shows a boy carried over the flooded square.", True),
])
def test_a_bare_this_before_a_finite_verb_opens_no_caption(paragraph, caption):
    c = read(f"Floods in Corrimby\n\n{LEDE}\n\n{paragraph}\n\n{LEDE}\n")
    assert (rules(c).get(paragraph) == "pointing-caption") is caption, rules(c)
    assert (paragraph in story(c)) is not caption


@pytest.mark.parametrize("text, lang, expected", [
    # a fate decided or sealed is no fate unknown: another noun's verdict further on
    ("The court will decide the fate of 80 workers whose employer remains unknown.", "en",
     [(80, "worker")]),
    ("The fate of 80 people was sealed when the dam broke, but the cause is unknown.", "en",
     [(80, "person")]),
    ("Le sort de 80 salariés sera décidé lundi, la date reste inconnue.", "fr",
     [(80, "person")]),
    # the verdict right after the count
    ("The fate of 80 people is still unknown, officials said.", "en", [(80, "missing")]),
    ("El paradero de 12 personas se desconoce.", "es", [(12, "missing")]),
    ("Twaalf kinderen raakten gewond. Omtrent het lot van de zes anderen bestaat nog altijd "
     "geen duidelijkheid.", "nl", [(12, "wounded"), (6, "missing")]),
])
def test_a_fates_verdict_is_read_beside_its_count(text, lang, expected):
    assert figures(text, lang) == expected


@pytest.mark.parametrize("line, word, speaker", [
    # after a verb that characterises, one word after an article is what the speaker called it
    ("The mayor, Tom Harle, called the response a “disgrace”.", "disgrace", "Tom Harle"),
    ("The mayor, Tom Harle, described the repairs as a “scandal”.", "scandal", "Tom Harle"),
])
def test_a_word_after_an_article_is_the_speakers_after_a_verb_of_calling(tmp_path, line, word,
                                                                         speaker):
    page = f"Floods in Corrimby\n\n{LEDE}\n\n{line}\n"
    assert quote_speakers(tmp_path, page).get(word) == speaker


def test_a_term_after_an_article_stays_no_statement(tmp_path):
    page = (f"Floods in Corrimby\n\n{LEDE}\n\nThe mayor, Tom Harle, said the town had been hit "
            "by a “washout”.\n")
    assert "washout" not in quote_speakers(tmp_path, page)


@pytest.mark.parametrize("text, lang", [
    # a fatal wound denied leaves the wound: hurt, and alive
    ("Two climbers were not fatally injured in the fall.", "en"),
    ("Zwei Bergsteiger wurden nicht tödlich verletzt.", "de"),
    ("Deux alpinistes n’ont pas été mortellement blessés.", "fr"),
])
def test_a_fatal_wound_denied_is_a_wound(text, lang):
    assert figures(text, lang) == [(2, "wounded")]
