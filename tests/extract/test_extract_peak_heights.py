"""A peak's height is the place described, not a size of the event, as a mountain's is (s40, read
after its score: "un pico de 1.895 metros", a 12,633-foot peak and a named peak's height on three
sites of two events were proposed as figures). A river's or a reading's peak stays a figure.
Invented sentences."""

from __future__ import annotations

import pytest

from generator.extract.figures import figures_in
from generator.text.sentences import Sentence, sentence_spans


def _found(text: str, lang: str) -> list[tuple[float, str]]:
    return [(f.value, f.group) for start, end in sentence_spans(text)
            for f in figures_in(Sentence(start, end, text[start:end], 0), lang)]


@pytest.mark.parametrize(("text", "lang", "height"), [
    ("El accidente ocurrió en el Vargo, un pico de 1.895 metros, donde murieron 4 personas.",
     "es", 1895),
    ("Lightning struck near Vargo Peak, the 12,633-foot peak north of the city, and injured 3 "
     "hikers.", "en", 12633),
    ("The storm hit Vargo Peak, 12,633 feet, where 7 hikers were hurt.", "en", 12633),
    ("La foudre a frappé le pic de Vargo, haut de 2 500 mètres, et tué 2 randonneurs.", "fr",
     2500),
])
def test_a_peak_s_height_is_no_figure(text, lang, height) -> None:
    """Fails without the peak words in place_words._LANDFORM."""
    found = _found(text, lang)
    assert height not in [v for v, _g in found]
    assert any(g in ("dead", "wounded") for _v, g in found)


@pytest.mark.parametrize(("text", "lang", "level"), [
    ("The river reached a peak of 5.2 metres on Monday, and 3 people died.", "en", 5.2),
    ("Water levels hit a peak of 4 metres in Varla.", "en", 4),
    ("El río alcanzó un pico de 5 metros y murieron 4 personas.", "es", 5),
])
def test_a_reading_s_peak_stays_a_figure(text, lang, level) -> None:
    """The near shape: a peak reached is a reading of the event (place_height._REACHED)."""
    assert level in [v for v, _g in _found(text, lang)]
