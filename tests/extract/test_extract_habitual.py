"""A number in a clause that tells what usually happens ("ferries like this one often carry
hundreds of passengers") is a habit of the place or the trade, not a count of the event (issue
16, figures round 18: a ferry page). Invented sentences and places, with the near shapes that
stay."""

from __future__ import annotations

import pytest

from generator.extract.figures import figures_in
from generator.text.sentences import Sentence


def _values(text: str, lang: str) -> list[float]:
    return [f.value for f in figures_in(Sentence(0, len(text), text, 0), lang)]


@pytest.mark.parametrize("text, lang", [
    ("Fähren wie die Verlo haben oft Hunderte Passagiere an Bord.", "de"),
    ("Ferries on Lake Verlo often carry 300 passengers.", "en"),
    ("Ces glissements de terrain tuent souvent des dizaines de personnes.", "fr"),
    ("Los barcos de la zona suelen llevar 200 pasajeros.", "es"),
    ("Questi traghetti trasportano spesso 300 passeggeri.", "it"),
])
def test_a_habit_is_no_count_of_the_event(text, lang):
    assert _values(text, lang) == []


@pytest.mark.parametrize("text, lang, expected", [
    # the habit's clause ends at its comma
    ("Rescuers, often working by hand, pulled 30 people from the mud.", "en", [30]),
    ("The ferry, often overloaded, sank with 300 passengers on board.", "en", [300]),
])
def test_the_events_counts_stay(text, lang, expected):
    assert _values(text, lang) == expected
