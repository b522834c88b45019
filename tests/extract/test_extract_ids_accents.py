"""Draft ids from words with accents or in another script keep their words whole: "Près de 170
navires" gave "pr-s-de-170-navires" and "die ägyptische Kanalbehörde" gave
"die-gyptische-kanalbeh" (trial 13): the words were split at every letter outside A–Z before
they were transliterated. Invented titles."""

from __future__ import annotations

import pytest

from generator.extract.sheet.ids import _key_words


@pytest.mark.parametrize(("title", "words"), [
    ("Près de 170 navires étaient en attente à Varnholm.", "pres-de-170-navires-etaient"),
    ("Die ägyptische Behörde öffnete den Kanal.", "die-agyptische-behorde-offnete-den"),
    ("Une première tentative a échoué.", "une-premiere-tentative-echoue"),
    ("Пожар в Варнхольме потушен.", "pozhar-v-varnkholme-potushen"),
])
def test_words_stay_whole(title: str, words: str) -> None:
    assert _key_words(title, 5) == words
