"""Ages are no counts (extraction round 9: a list of the victims' ages, and a second person's
age after "di" with its years word left out, proposed as victims on three sites of the fresh
working sets). Invented sentences, with the counts next to them that must stay."""

from __future__ import annotations

import pytest

from generator.extract.figures import figures_in
from generator.text.sentences import Sentence


def _values(text: str, lang: str, before: str = "") -> list[float]:
    earlier = figures_in(Sentence(0, len(before), before, 0), lang) if before else None
    start = len(before) + 1
    return [f.value for f in figures_in(Sentence(start, start + len(text), text, 0), lang,
                                        earlier)]


@pytest.mark.parametrize("text, lang, expected", [
    # a list of ages closed by the years word of its last member
    ("Unter den Toten sind zwei Männer im Alter von 31 und 64 Jahren.", "de", [2]),
    ("Die Opfer, vier Frauen im Alter von 19, 23, 47 und 80 Jahren, wurden geborgen.", "de", [4]),
    ("Murieron tres vecinos, de 12, 40 y 71 años.", "es", [3]),
    # counts in a list, or a list of lengths of time that are no ages, are not touched
    ("Il crollo ha causato 5 morti e 12 feriti.", "it", [5, 12]),
    # (the three villages, to which nothing is said to happen, are a small count of things
    # no table names: description in English as in the other languages since figures round 20)
    ("The blasts killed 3, 4 and 11 people in three villages.", "en", [3, 11]),
])
def test_ages_are_no_counts(text, lang, expected):
    assert sorted(_values(text, lang)) == sorted(expected)


@pytest.mark.parametrize("before, text, lang", [
    # after a toll, the ages that follow are not a number whose noun was left out
    ("Nel rogo sono morte quattro persone.", "Avevano 41, 52, 66 e 70 anni.", "it"),
    ("Il bilancio è di due morti.", "Sono morti il conducente Paolo Serra, 29 anni, e il suo "
     "collega Luca Bassi di 33.", "it"),
])
def test_ages_after_a_toll_are_no_counts(before, text, lang):
    assert _values(text, lang, before) == []
