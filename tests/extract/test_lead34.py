"""The lead's mends of the thirty-fourth stop. Invented sentences."""

from __future__ import annotations

import pytest

# --- the one named beside a count of the dead is read in the article's own language: a name
# that is a number word of another language ("Otto" in Italian, "Nove" in Italian) names a
# person, where before the count was read in eight languages at once and the pair stayed the toll


@pytest.mark.parametrize(("text", "lang"), [
    ("Otto Brenner und 3 Fahrgäste starben bei Hollmar.", "de"),
    ("Nove Arlen and 3 crew members were killed off Kessby.", "en"),
])
def test_a_name_that_is_a_number_word_elsewhere_is_one_named(text, lang):
    from tests.probes import figures

    assert figures(text, lang) == [(3, "dead beside named")], figures(text, lang)


def test_things_counted_in_the_articles_own_words_name_no_one():
    from tests.probes import figures

    found = figures("Die zwei Waggons und 3 Fahrgäste starben bei Hollmar.", "de")
    assert found == [(3, "dead")], found


# --- an outlet's title in quotation marks after its noun is a name, not a quotation: the source
# of "laut der Zeitung „Morgenblatt“" is the paper by its name (trial 41: the title was blanked
# with the quotations and the figure was credited to "der Zeitung")


@pytest.mark.parametrize(("text", "near", "lang", "expected"), [
    ("Laut der Zeitung „Morgenblatt“ wurden mehr als 90 Verletzte versorgt.", "90", "de",
     "der Zeitung Morgenblatt"),
    ("Selon le quotidien « Le Soir », 12 personnes sont mortes.", "12", "fr",
     "le quotidien Le Soir"),
    ("Según el diario \"El Faro\", murieron 12 personas.", "12", "es", "el diario El Faro"),
    ("According to the newspaper \"Daily Lantern\", 12 people died.", "12", "en",
     "the newspaper Daily Lantern"),
])
def test_an_outlets_title_in_quotation_marks_is_the_source(text, near, lang, expected):
    from generator.extract.speakers.attribution import attribution
    from tests.probes import sentence

    found = attribution(sentence(text), near=text.index(near), lang=lang)
    assert found is not None and found.who == expected, found


@pytest.mark.parametrize("text", [
    # a quotation after an outlet's noun: a sentence of its own, or not opening on a capital
    'He told the newspaper "Nine boats sank. We saw it all" before he left.',
    'She told the paper "the boats were late" and left.',
    # a title after any other word: a quotation, blanked
    'The crew shouted "Daily Lantern" twice.',
])
def test_a_quotation_after_any_other_word_is_blanked(text):
    from generator.text.masking import mask_quotes

    masked = mask_quotes(text)
    inner = text[text.index('"') + 1:text.rindex('"')]
    assert inner not in masked and len(masked) == len(text), masked


def test_a_title_keeps_its_name_and_loses_its_marks():
    from generator.text.masking import mask_quotes

    text = "Laut der Zeitung „Morgenblatt“ wurden 90 versorgt."
    assert mask_quotes(text) == "Laut der Zeitung  Morgenblatt  wurden 90 versorgt."


# --- "He said" after a person only named in a passive of what was done to them (named as the
# attacker, killed) is the person who spoke before, not them (trial 41: the suspected bomber,
# who was dead, took the police officer's words)

_SPOKE = ("Bomb at Varsey market\n\nThe attack was claimed by the Red Ridge Front.\n\nMarta "
          "Kessel, the district police chief in Varsey, revealed to a local radio that the "
          "bomber's scooter had been found at the scene.\n\n")
_AFTER = "\n\nHe said, \"The special branch is looking into it.\"\n"


@pytest.mark.parametrize(("middle", "speaker"), [
    # only named in a passive of what was done to him: the officer goes on
    ("Tomas Brell, a 31-year-old from Osk, was named as the suspected attacker.", "Marta Kessel"),
    ("Tomas Brell, a 31-year-old guard, was killed in the blast.", "Marta Kessel"),
    # arrested (a suspect may speak) or speaking himself: the pronoun stays with him
    ("Tomas Brell, a 31-year-old man from Osk, was arrested on Sunday.", "Tomas Brell"),
    ("Tomas Brell, a 31-year-old trader, told reporters the gate had been open.", "Tomas Brell"),
])
def test_he_after_a_person_only_named_in_a_passive(tmp_path, middle, speaker):
    from tests.conftest import quote_speakers

    found = quote_speakers(tmp_path, _SPOKE + middle + _AFTER)
    assert set(found.values()) == {speaker}, found


def test_he_after_a_person_named_to_an_office_stays_with_him(tmp_path):
    from tests.conftest import quote_speakers

    middle = "Tomas Brell, a 51-year-old colonel, was named as the new police chief of Osk."
    found = quote_speakers(tmp_path, _SPOKE + middle + _AFTER)
    assert set(found.values()) == {"Tomas Brell"}, found
