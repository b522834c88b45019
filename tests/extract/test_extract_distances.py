"""How far away something lies or was felt is no size of the event (extraction round 9: a
village some kilometres away with the German participle inflected, damage within a perimeter,
a blast felt some kilometres off, on three sites of the fresh working sets). Invented
sentences, with the lengths beside them that stay. How far the event was heard or felt, with no
place between, is a figure since figures round 19: tests/extract/test_extract_reach.py."""

from __future__ import annotations

import pytest

from generator.extract.figures import figures_in
from generator.text.sentences import Sentence


def _values(text: str, lang: str) -> list[float]:
    return [f.value for f in figures_in(Sentence(0, len(text), text, 0), lang)]


@pytest.mark.parametrize("text, lang, expected", [
    ("Im etwa 18 Kilometer entfernten Nachbarort wurden 30 Helfer eingesetzt.", "de", [30]),
    ("Die Feuerwehr aus dem 12 Kilometer entfernten Ort rückte mit 40 Kräften an.", "de", [40]),
    ("Os danos chegaram a um perímetro de 4 quilômetros.", "pt", []),
    ("I danni si estendono in un perimetro di 3 chilometri.", "it", []),
    # lengths that are the event's own stay
    ("Das Feuer zerstörte 3 Kilometer Bahnstrecke.", "de", [3]),
    ("The fire burned along 15 km of the ridge.", "en", [15]),
])
def test_distances_are_no_figures(text, lang, expected):
    assert _values(text, lang) == expected
