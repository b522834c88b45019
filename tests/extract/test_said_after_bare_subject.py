"""A quotation credited by an inverted speech verb and a bare lower-case subject ending the
sentence: "“…,” say police.", "“…”, said rescuers." (the review of the fortieth stop: trial 40's
"…, say police." was mended for a plain sentence's figure, `extract/speakers/attribution.py`,
and the quotation reader, `extract/speech/said_after.py`, still read no speaker after the closing
marks). The quotation reader now reads such words with `attribution.last_words_subject`, on the
figures' pattern of them. Invented sentences; the first test fails without the rule (no
speaker) and without "say" among the inverted verbs; the second holds the near shapes it must
leave alone (an adverb or a time after the verb is no one; "one of them" is left to the rules
that resolve the pronoun: without that, the corpus dev part lost two right speakers to "one")."""

from __future__ import annotations

from generator.extract.speakers.attribution import last_words_subject
from tests.extract.test_extract_shapes import _quotes


def test_a_bare_subject_after_the_closing_marks_is_the_speaker(tmp_path):
    quotes = _quotes(tmp_path, (
        "Tower fire test\n\n"
        "The fire broke out late on Tuesday in the Varn tower. “The toll is likely to rise over "
        "the coming days,” say police.\n\n"
        "Rescuers kept digging. “We have found no one alive in the east wing,” say firefighters "
        "at the scene.\n\n"
        "Rescuers kept digging all night. “We have found nobody in the west wing”, said "
        "rescuers.\n\n"
        "The crane fell on the dock. \"Twelve dockers were hurt when the crane collapsed,\" say "
        "Varn port officials.\n"), "en")
    assert quotes["The toll is likely to rise over the coming days"] == "police"
    assert quotes["We have found no one alive in the east wing"] == "firefighters"
    assert quotes["We have found nobody in the west wing"] == "rescuers"
    assert quotes["Twelve dockers were hurt when the crane collapsed"] == "Varn port officials"


def test_an_adverb_or_a_time_after_the_verb_is_no_subject():
    assert last_words_subject(" police.") == "police"
    assert last_words_subject(" family members.") == "family members"
    assert last_words_subject(" quietly.") == ""
    assert last_words_subject(" earlier.") == ""
    assert last_words_subject(" on Tuesday.") == ""
    assert last_words_subject(" one of them.") == ""
    assert last_words_subject(" that the toll would rise above forty people.") == ""


def test_an_adverb_without_ly_or_a_preposition_is_no_subject():
    """Fails without "again", "afterwards", "too", "over" … in ``_NOT_SUBJECT`` (rev41): they
    were read as the speaker of "“…,” said again." and "“…,” said over the phone."."""
    for words in (" again.", " afterwards.", " too.", " over the phone.", " nothing."):
        assert last_words_subject(words) == "", words
    assert last_words_subject(" officials at the scene.") == "officials"
