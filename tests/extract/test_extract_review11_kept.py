"""Shapes review 11 found the reverted figures round 21 misread and the code before it read
right (FIDELITY.md, "Review 11"): they must keep reading as they do, whatever a later rule
about rain, spared people, a verb's object or a part of a group does. Invented sentences
(an invented town, Kelmora)."""

from __future__ import annotations

import pytest

from generator.extract.figures import figures_in
from generator.text.quantities import quantities
from generator.text.sentences import Sentence, sentence_spans


def _found(text: str, lang: str = "en") -> list[tuple[float, str]]:
    return [(f.value, f.group) for start, end in sentence_spans(text)
            for f in figures_in(Sentence(start, end, text[start:end], 0), lang)]


@pytest.mark.parametrize("text, lang, expected", [
    # the event's rain, whatever word follows the unit
    ("Over 180 mm has fallen on Kelmora since Monday.", "en", (180, "millimeter")),
    ("In Kelmora, 180 mm was measured after the storm.", "en", (180, "millimeter")),
    ("Il est tombé 180 mm dans la nuit à Kelmora.", "fr", (180, "millimeter")),
    ("In Kelmora fielen 318 mm bis Montag.", "de", (318, "millimeter")),
    # a record, a forecast or a source word before the event's own amount
    ("A record 180 mm of rain fell in Kelmora in 24 hours.", "en", (180, "millimeter")),
    ("Forecasters had expected 50 mm, but 180 mm of rain fell on Kelmora.", "en",
     (180, "millimeter")),
    ("Local media said 180 mm of rain fell on Kelmora overnight.", "en", (180, "millimeter")),
    # an amount in a sentence with no word for rain
    ("The storm dumped 12 inches on Kelmora.", "en", (12, "inch")),
    ("The storm brought hailstones up to 50 mm in diameter to Kelmora.", "en",
     (50, "millimeter")),
    ("The flood left 300 mm of mud in Kelmora homes.", "en", (300, "millimeter")),
    # a bare number among the dead, the injured or the missing
    ("Nine were among the dead in Kelmora.", "en", (9, "dead")),
    ("Neun sind unter den Toten von Kelmora.", "de", (9, "dead")),
    ("Nove sono tra i feriti di Kelmora.", "it", (9, "wounded")),
    ("Nueve están entre los desaparecidos de Kelmora.", "es", (9, "missing")),
    # people rescued unhurt
    ("Twelve miners were rescued unhurt from the Kelmora pit.", "en", (12, "rescued")),
    ("Doce mineros fueron rescatados ilesos en Kelmora.", "es", (12, "rescued")),
    ("Zwölf Bergleute wurden in Kelmora unverletzt geborgen.", "de", (12, "rescued")),
    # hurt, though not seriously
    ("Cinco personas no resultaron heridas de gravedad en Kelmora.", "es", (5, "wounded")),
    ("Dodici persone non hanno riportato ferite gravi a Kelmora.", "it", (12, "wounded")),
    ("Fünf Bergsteiger wurden in Kelmora kaum verletzt.", "de", (5, "wounded")),
    # a negated "killed" that another clause of the count's turns round
    ("Five passengers were not killed instantly but died later in the Kelmora hospital.", "en",
     (5, "dead")),
    # swept away, then rescued
    ("Two fishermen were swept away but rescued in Kelmora.", "en", (2, "rescued")),
    # a thing done, said with "could only"
    ("Rescuers could only carry 12 injured people down from Kelmora before nightfall.", "en",
     (12, "wounded")),
])
def test_review_11_shapes_keep_their_figure(text, lang, expected):
    assert expected in _found(text, lang)


@pytest.mark.parametrize("text, lang, not_group", [
    ("Three people swept away by the Kelmora flood were found dead.", "en", "missing"),
    ("Drei Betriebe in Kelmora wurden von der Gebühr befreit.", "de", "rescued"),
])
def test_review_11_shapes_are_not_read_as_another_outcome(text, lang, not_group):
    assert all(group != not_group for _value, group in _found(text, lang))


@pytest.mark.parametrize("text", [
    "Two cases were closed by the Kelmora court last year.",
    "Two candles are burning in the Kelmora church.",
])
def test_review_11_small_counts_not_the_events_stay_unproposed(text):
    assert _found(text) == []


@pytest.mark.parametrize("text, lang, written, unit", [
    ("About 1500 hrs of overtime were logged by Kelmora crews.", "en", "1500", None),
    ("Crews logged 1500 hours local to Kelmora.", "en", "1500", "hour"),
    ("12: Tote in Kelmora, sagte die Polizei.", "de", "12", None),
])
def test_review_11_numbers_stay_quantities_not_times_or_list_marks(text, lang, written, unit):
    read = [(text[q.start:q.end], q.kind, q.unit) for q in quantities(text, lang)]
    assert (written, "quantity", unit) in read
