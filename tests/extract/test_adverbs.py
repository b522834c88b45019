"""One table of adverbs by role (:mod:`generator.text.adverbs`): each reader's list is the
table's, so that an adverb is written once per language and a word added there reaches every
reader of its role. Sentences written for these tests."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import generator
from generator.text.adverbs import (
    ADVERBS,
    AFTER_AUXILIARY,
    AFTER_SPEECH_VERB,
    FOCUS,
    OPENS_SENTENCE,
    adverbs,
)
from generator.text.lexicon import FOCUS_ADVERBS
from generator.text.speech_words import AFTER_VERB_ADVERB, AUX_ADVERB, OPENERS
from tests.probes import figures, strings_written

_EVERY = {word for by_word in ADVERBS.values() for word in by_word}


def test_focus_adverbs_are_the_tables():
    assert frozenset(adverbs(FOCUS)) == FOCUS_ADVERBS


def test_openers_hold_the_tables_opening_adverbs():
    assert set(adverbs(OPENS_SENTENCE)) <= OPENERS


@pytest.mark.parametrize(("module", "name"), [
    ("text/lexicon.py", "FOCUS_ADVERBS"), ("text/lexicon.py", "ADVERBS"),
    ("text/speech_words.py", "AUX_ADVERB"),
    ("text/speech_words.py", "AFTER_VERB_ADVERB"), ("text/speech_words.py", "OPENERS"),
    ("extract/counts/implicit.py", "_STILL"), ("extract/counts/inverted.py", "_INVERTED")])
def test_no_reader_writes_an_adverb_of_the_table_again(module, name):
    """Each reader's list is built from the table: a word of the table written again in its
    definition would be a second copy, free to drift from the first (as the lists did)."""
    written = strings_written(Path(generator.__file__).parent / module, name)
    assert [w for w in sorted(_EVERY) if re.search(rf"(?<!\w){re.escape(w)}(?!\w)", written)] == []


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
