"""Numbers that name a flight or an aircraft model are no counts (trial 10: an air crash's
"Boeing 787", "787-8", "Flight 171" and "vol AI 171" were read as amounts, and the model number
was proposed as a count). Invented sentences; rows as in tests/text/test_quantities.py."""

from __future__ import annotations

import pytest

from tests.text.test_quantities import _check

Q, ID = "quantity", "id"

TABLE: list[tuple[str, str, list[tuple]]] = [
    ("en", "The Corvina 700 operating Flight 482 came down with 158 on board.",
     # "Corvina" is no maker the table knows: its 700 is still read as an amount (a limit)
     [(Q, "700", 700), (ID, "482", 482), (Q, "158", 158)]),
    ("en", "A Boeing 767-300 operating flight 482 came down.",
     [(ID, "767-300", 767), (ID, "482", 482)]),
    ("fr", "Le vol VX 482 s'est écrasé avec 158 personnes à bord.",
     [(ID, "482", 482), (Q, "158", 158)]),
    ("de", "Der Flug VX 482 mit 158 Menschen an Bord stürzte ab.",
     [(ID, "482", 482), (Q, "158", 158)]),
    ("es", "El vuelo 482 llevaba 158 pasajeros.", [(ID, "482", 482), (Q, "158", 158)]),
    ("pl", "Samolot lotu 482 rozbił się, zginęło 150 osób.",
     [(ID, "482", 482), (Q, "150", 150)]),
    ("en", "An Embraer 190 and a Cessna 172 collided.", [(ID, "190", 190), (ID, "172", 172)]),
    # near shapes: a count after the noun, the noun in another language, no noun
    ("en", "After the flight 12 passengers were treated.", [(Q, "12", 12)]),
    ("en", "After the flight 12 people were treated.", [(Q, "12", 12)]),
    ("de", "Nach dem Flug 12 Passagiere zur Kontrolle.", [(Q, "12", 12)]),
    ("pl", "Po locie 12 pasażerów trafiło do szpitala.", [(Q, "12", 12)]),
    ("en", "They let 5 people go.", [(Q, "5", 5)]),
    ("en", "The flight had 158 people on board.", [(Q, "158", 158)]),
    # a word that only begins like a person ("man" of "manifest") names no one counted
    ("en", "The flight 370 manifest was published.", [(ID, "370", 370)]),
    # review 4: a unit, a counted group or an outcome after the noun's number is an amount
    ("en", "Radar lost the flight 40 minutes after take-off.", [(Q, "40", 40, "minute")]),
    ("en", "It came down on its flight 2 km short of the strip.", [(Q, "2", 2, "km")]),
    ("en", "After the flight 12 crew members were treated.", [(Q, "12", 12)]),
    ("fr", "Après le vol 3 blessés ont été soignés.", [(Q, "3", 3)]),
]


@pytest.mark.parametrize(("lang", "phrase", "expected"), TABLE,
                         ids=[f"{r[0]}:{r[1][:30]}" for r in TABLE])
def test_a_number_naming_a_flight_or_a_model_is_no_count(lang, phrase, expected):
    _check(lang, phrase, expected)
