"""One table of adverbs by role (:mod:`generator.text.adverbs`): each reader's list is the
table's, so that an adverb is written once per language and a word added there reaches every
reader of its role. Sentences written for these tests."""

from __future__ import annotations

import re

import pytest

from generator.text.adverbs import (
    ADVERBS,
    AFTER_AUXILIARY,
    AFTER_SPEECH_VERB,
    FOCUS,
    adverbs,
    alternation,
)
from generator.text.lexicon import FOCUS_ADVERBS
from generator.text.speech_words import AFTER_VERB_ADVERB, AUX_ADVERB
from tests.probes import figures

_EVERY = {word for by_word in ADVERBS.values() for word in by_word}


def test_focus_adverbs_are_the_tables():
    assert frozenset(adverbs(FOCUS)) == FOCUS_ADVERBS


@pytest.mark.parametrize(("pattern", "role", "space"), [
    (AUX_ADVERB, AFTER_AUXILIARY, " "), (AFTER_VERB_ADVERB, AFTER_SPEECH_VERB, r"\s+")])
def test_the_speech_patterns_hold_no_adverb_of_their_own(pattern, role, space):
    """The pattern reads the table's adverbs of its role, and with them taken out no adverb of
    the table is left in it: a second copy would drift from the table (it did, before)."""
    assert alternation(role, space) in pattern.pattern
    rest = pattern.pattern.replace(alternation(role, space), "")
    rest = rest.replace(r"\s+", " ").replace("\\ ", " ")
    assert [w for w in sorted(_EVERY) if re.search(rf"(?<!\w){re.escape(w)}(?!\w)", rest)] == []


@pytest.mark.parametrize("adverb", adverbs(AFTER_AUXILIARY))
def test_every_adverb_after_an_auxiliary_is_skipped(adverb):
    found = AUX_ADVERB.search(f"«Tout est calme», a {adverb} précisé Lina Morel.")
    assert found is not None and (found[1], found[2]) == ("a", "précisé")


@pytest.mark.parametrize("adverb", adverbs(AFTER_SPEECH_VERB))
def test_every_adverb_after_a_speech_verb_is_skipped(adverb):
    found = AFTER_VERB_ADVERB.match(f", {adverb}, la portavoz Lina Morel.")
    assert found is not None and found.end() == len(f", {adverb},")


@pytest.mark.parametrize(("text", "lang"), [
    ("Nel crollo sono morti anche tre operai della ditta.", "it"),
    ("En el choque murieron también dos niños de Varno.", "es"),
    ("Bij de brand kwamen ook drie bewoners om het leven.", "nl"),
])
def test_a_focus_adverb_between_the_verb_and_its_count(text, lang):
    assert [group for _value, group in figures(text, lang)] == ["dead"]
