"""simplemma's dictionaries stay loaded for every language extract reads
(:mod:`generator.text.lemmas`): simplemma's own shared cache keeps eight, extract reads ten, and a
run over pages in all of them loaded some dictionaries again and again, seconds each."""

from __future__ import annotations

import pytest
from simplemma.strategies.dictionaries import dictionary_factory

from generator.text import lemmas
from generator.text.plural_nouns import LEMMATISED, plural_lemma


@pytest.fixture
def counted_loads(monkeypatch: pytest.MonkeyPatch):
    """Each dictionary load counted by language, with a one-word stand-in for the real data (a
    real load takes seconds); the process's lemmatiser is built afresh before and after, so that
    no stand-in outlives the test."""
    loads: list[str] = []

    def load(lang: str) -> dict[bytes, bytes]:
        loads.append(lang)
        return {b"zorvath": b"zorv"}

    monkeypatch.setattr(dictionary_factory, "_load_dictionary_from_disk", load)
    lemmas._simplemma.cache_clear()
    yield loads
    lemmas._simplemma.cache_clear()


def test_each_language_is_loaded_once_however_many_are_read(counted_loads):
    """Fails with simplemma's shared cache of eight (``KEPT = 8``): the ten languages read in
    turn, twice over, dropped the first ones and loaded them again."""
    assert len(LEMMATISED) > 8  # the case that needs more than simplemma's cache keeps
    for _ in range(2):
        for lang in sorted(LEMMATISED):
            assert lemmas.lemmatize("zorvath", lang) == "zorv"
            assert lemmas.is_known("Zorvath", lang)  # the other case is looked up too
            assert not lemmas.is_known("quennel", lang)
    assert sorted(counted_loads) == sorted(LEMMATISED)


def test_an_unknown_language_is_refused_as_simplemma_refuses_it():
    """The lemmatiser is simplemma's own: a language it has no dictionary for is a ValueError
    (nothing is loaded), which :func:`generator.text.plural_nouns.plural_lemma` reads as "no
    plural"; a known language reads as simplemma reads it."""
    with pytest.raises(ValueError):
        lemmas.lemmatize("zorvath", "xx")
    with pytest.raises(ValueError):
        lemmas.is_known("zorvath", "xx")
    assert plural_lemma("zorvaths", "xx") is None
