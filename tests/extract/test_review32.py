"""Review of the thirty-second stop's mends: invented sentences each beside the shape the rule
reads, which it still reads."""

from __future__ import annotations

import pytest

from tests.probes import figures, source

# --- a count's change: the gerund ("passant de 11 à 19") and the German and Dutch verb at the
# clause's end ("ist von 11 auf 19 gestiegen") are changes too, never a range nor two tolls


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Le bilan s'est alourdi à Brévanne, passant de 11 à 19 morts.", "fr", [(19, "dead")]),
    ("El balance en Brévanne se agravó, pasando de 11 a 19 muertos.", "es", [(19, "dead")]),
    ("Il bilancio a Brévanne si è aggravato, passando da 11 a 19 morti.", "it",
     [(19, "dead")]),
    ("Die Zahl der Toten in Brévanne ist von 11 auf 19 gestiegen.", "de", [(19, "dead")]),
    ("Het dodental in Brévanne is van 11 naar 19 gestegen.", "nl", [(19, "dead")]),
    # the shapes the rule read before, still read
    ("Le nombre de morts à Brévanne est passé de 11 à 19.", "fr", [(19, "dead")]),
    ("Die Zahl der Toten in Brévanne stieg von 11 auf 19.", "de", [(19, "dead")]),
])
def test_a_change_said_by_a_gerund_or_a_closing_verb_is_no_range(text, lang, expected):
    assert figures(text, lang) == expected


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Entre 11 et 19 personnes sont mortes à Brévanne.", "fr", [((11, 19), "dead")]),
    ("Zwischen 11 und 19 Menschen starben in Brévanne.", "de", [((11, 19), "dead")]),
])
def test_a_range_with_no_change_stays_a_range(text, lang, expected):
    assert figures(text, lang) == expected


# --- a time phrase opening the sentence: a weekday with its part of the day, and "last night"


@pytest.mark.parametrize(("text", "who"), [
    ("On Tuesday evening police said 4 hikers died near Brévanne.", "police"),
    ("Last night firefighters said 4 hikers died near Brévanne.", "firefighters"),
    # read before, still read
    ("On Tuesday police said 4 hikers died near Brévanne.", "police"),
    # no time phrase: the words are the speaker's name
    ("Night shift nurses said 4 hikers died near Brévanne.", "Night shift nurses"),
])
def test_a_time_phrase_opening_the_sentence_is_no_part_of_the_speaker(text, who):
    assert source(text, "4") == who


# --- a count's change in number words ("rose from eight to twelve") is no range either


@pytest.mark.parametrize(("text", "expected"), [
    ("The death toll at Brévanne rose from seven to eleven overnight.", [(11, "dead")]),
    ("The death toll at Brévanne rose from 7 to eleven overnight.", [(11, "dead")]),
    # read before, still read: figures on both ends, and a range with no change
    ("The death toll at Brévanne rose from 7 to 11 overnight.", [(11, "dead")]),
    ("From seven to eleven people died at Brévanne, officials said.", [((7, 11), "dead")]),
])
def test_a_change_in_number_words_is_no_range(text, expected):
    assert figures(text) == expected


# --- a number closing a vessel's name: the article may open the sentence


@pytest.mark.parametrize(("text", "expected"), [
    ("The Gullwing 317 tankers were towed into Brévanne at dawn.", []),
    # read before, still read: the article inside the sentence, and a count after a place
    ("Tugs towed the Gullwing 317 tankers into Brévanne at dawn.", []),
    ("In Brévanne 17 tankers waited for the storm to pass.", [(17, "tanker")]),
])
def test_the_article_opening_the_sentence_names_a_vessel_too(text, expected):
    assert figures(text) == expected
