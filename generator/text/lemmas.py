"""simplemma's lemmas and known words, read through one dictionary cache that keeps every
language `briefing extract` reads.

simplemma's module functions (``simplemma.lemmatize``, ``simplemma.is_known``) share one cache
of eight dictionaries. Extract reads ten languages (:data:`generator.text.plural_nouns.LEMMATISED`),
so a run over pages in nine or ten of them dropped a dictionary and loaded it again each time
its language came back: seconds each (Polish: 3.7 million entries). The quick test tier, whose
two processes each read pages in all ten, loaded some dictionaries several times. Here the same
lemmatiser, with simplemma's default strategy, reads through a cache of :data:`KEPT`
dictionaries. A dictionary is data shipped in the package and never changes, so keeping one is
always correct; it costs only memory, and only for the languages a run reads.
"""

from __future__ import annotations

from functools import cache
from typing import Any

#: How many languages' dictionaries stay loaded: more than the ten extract reads.
KEPT = 16


@cache
def _simplemma() -> tuple[Any, Any, Any]:
    """simplemma's lemmatiser, its dictionary lookup and its token normaliser, over one cache of
    :data:`KEPT` dictionaries (built on first use: simplemma is slow to import)."""
    import simplemma  # third-party, slow to load: only `briefing extract` reads lemmas
    from simplemma.strategies import DefaultStrategy, DictionaryLookupStrategy
    from simplemma.strategies.dictionaries import DefaultDictionaryFactory
    from simplemma.utils import normalize_token

    factory = DefaultDictionaryFactory(cache_max_size=KEPT)
    lemmatiser = simplemma.Lemmatizer(
        lemmatization_strategy=DefaultStrategy(dictionary_factory=factory))
    return lemmatiser, DictionaryLookupStrategy(factory), normalize_token


def lemmatize(word: str, lang: str) -> str:
    """``simplemma.lemmatize(word, lang=lang)``. Raises ValueError for a language simplemma
    does not know."""
    return _simplemma()[0].lemmatize(word, lang)


def is_known(word: str, lang: str) -> bool:
    """``simplemma.is_known(word, lang=lang)``: whether the language's dictionary holds ``word``."""
    _, lookup, normalize = _simplemma()
    return lookup.get_lemma(normalize(word), lang) is not None

