"""Who came to help, the police and the troops are one count each in every language: an English
outlet's "firefighters" and a French outlet's "pompiers" are compared as one figure, not shown as
two, each with the other language's outlets silent (seventeenth stop). Invented sentences."""

from __future__ import annotations

import pytest

from tests.probes import figures

CASES = [
    ("en", "About 300 firefighters and 120 police were deployed, with 80 soldiers."),
    ("fr", "Environ 300 pompiers et 120 policiers ont été déployés, avec 80 soldats."),
    ("de", "Rund 300 Feuerwehrleute und 120 Polizisten waren im Einsatz, dazu 80 Soldaten."),
    ("it", "Circa 300 pompieri e 120 poliziotti sono stati schierati, con 80 soldati."),
    ("es", "Unos 300 bomberos y 120 policías fueron desplegados, junto a 80 soldados."),
    ("pt", "Cerca de 300 bombeiros e 120 policiais foram mobilizados, com 80 soldados."),
]


@pytest.mark.parametrize(("lang", "text"), CASES, ids=[c[0] for c in CASES])
def test_responders_police_and_troops_have_one_group_each_in_every_language(lang, text):
    assert figures(text, lang) == [(300, "responder"), (120, "police"), (80, "soldier")]


@pytest.mark.parametrize(("lang", "text", "want"), [
    # hurt or killed, they are counted by what befell them, as before
    ("fr", "Trois policiers ont été blessés lors de l'intervention.", [(3, "wounded")]),
    ("de", "Drei Polizisten wurden bei dem Einsatz verletzt.", [(3, "wounded")]),
    ("en", "Four firefighters were injured when the roof fell.", [(4, "wounded")]),
])
def test_an_outcome_still_counts_them_by_it(lang, text, want):
    assert figures(text, lang) == want
