"""Reader findings on the sealed set s14, unsealed at the seventeenth stop (FIDELITY.md): the
first hour of a span of clock times, a German ordinal after an article whatever its size, and
inches glued to their number. Invented sentences; rows as in tests/text/test_quantities.py."""

from __future__ import annotations

import pytest

from tests.text.test_quantities import _check

Q, TIME, ORD = "quantity", "time", "ordinal"

TABLE: list[tuple[str, str, list[tuple]]] = [
    # the word for hours is written once, after the last hour of the span
    ("de", "Er wollte von 10 bis 16 Uhr auf dem Platz sprechen.",
     [(TIME, "10", 10), (TIME, "16 Uhr", 16)]),
    ("de", "Zwischen 10 und 12 Uhr war der Platz gesperrt.",
     [(TIME, "10", 10), (TIME, "12 Uhr", 12)]),
    ("fr", "La fête durait de 10 à 16 heures.", [(TIME, "10", 10), (TIME, "16 heures", 16)]),
    ("en", "The shop is open from 9 to 5 p.m. with 12 staff.",
     [(TIME, "9", 9), (TIME, "5 p.m.", 5), (Q, "12", 12)]),
    # a count of hours is no clock: the span stays an amount
    ("en", "Rescuers searched for 5 to 10 hours.", [(Q, "5 to 10", (5, 10), "hour")]),
    ("de", "Es kamen 40 bis 50 Helfer um 18 Uhr.",
     [(Q, "40 bis 50", (40, 50)), (TIME, "18 Uhr", 18)]),
    # a German ordinal after an article or its contraction, however large
    ("de", "Gefeiert wurde das 125. Jubiläum des Vereins.", [(ORD, "125.", 125)]),
    ("de", "Am 300. Tag der Suche kam die Nachricht.", [(ORD, "300.", 300)]),
    # after "bis" a large number may end the sentence
    ("de", "Die Zahl stieg bis 150. Die Polizei sperrte ab.", [(Q, "150", 150)]),
    # inches glued to the number; "in" after a space is the preposition
    ("en", "A blade of 8cm (3.1in) is allowed.", [(Q, "8", 8, "cm"), (Q, "3.1", 3.1, "inch")]),
    ("en", "At 3 in the morning, 40 in Eastvale were hurt.",
     [(TIME, "3 in the morning", 3), (Q, "40", 40)]),
]


@pytest.mark.parametrize(("lang", "phrase", "expected"), TABLE,
                         ids=[f"{r[0]}:{r[1][:30]}" for r in TABLE])
def test_reading(lang, phrase, expected):
    _check(lang, phrase, expected)
