""""hasta", "fino a", "bis zu" after a verb of change give the value reached, not a bound
(trial 4: "the figure was raised to N" was read as "up to N"). Invented sentences."""

from __future__ import annotations

import pytest

from generator.text.quantities import read


@pytest.mark.parametrize("text, lang, approx", [
    ("El número de evacuados fue elevado hasta 312.", "es", "exact"),
    ("Il bilancio dei dispersi è salito fino a 41.", "it", "exact"),
    ("Le nombre de blessés est passé jusqu'à 27.", "fr", "exact"),
    ("Die Zahl der Vermissten ist auf bis zu 41 gestiegen.", "de", "up-to"),  # a bound
    ("El ferry puede llevar hasta 312 pasajeros.", "es", "up-to"),
    ("Fino a 41 persone potrebbero essere coinvolte.", "it", "up-to"),
])
def test_a_value_reached_is_no_bound(text, lang, approx):
    assert [q.approx for q in read(text, lang) if q.value in (312, 41, 27)] == [approx]
