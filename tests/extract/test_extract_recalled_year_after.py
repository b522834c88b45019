"""A year that dates a toll written before it, in its clause ("the quake that killed 8,000
people in 1990"), and a German clause that opens on a year before its verb ("1987 ertranken mehr
als 300 Menschen"): another event's toll, not the event's (issue 16, figures round 18: a
landslide page and a ferry page recalled earlier disasters so). Invented sentences and places."""

from __future__ import annotations

import pytest

from generator.text.quantities import QUANTITY, YEAR, read
from tests.conftest import proposed_values


@pytest.mark.parametrize("text, lang, published, expected", [
    # the year after the toll, in its clause: the earlier quake's dead
    ("Test\n\nThe landslide buried 15 people in Verlo on Saturday, an official said, referring "
     "to the quake that killed 8,000 people in 1990 in the same valley.\n", "en", None, {15}),
    ("Test\n\nLe glissement de terrain a fait 15 morts samedi à Verlo. Le village avait déjà "
     "perdu 40 habitants en 1987 dans une crue.\n", "fr", "2017-06-25T12:00:00+02:00", {15}),
    # a German clause opening on a year: the verb second, the count after it
    ("Test\n\nBei dem Fährunglück auf dem Verlosee starben am Donnerstag 12 Menschen. 1987 "
     "ertranken mehr als 300 Menschen, als ein Schiff auf dem See kenterte.\n", "de",
     "2018-09-21T12:00:00+02:00", {12}),
    # "since" opening a clause with a count of its own, dated by the year of an incident after
    # it (trial 19): the earlier crash's dead, not a measure of the event against a year
    ("Test\n\nSeventy-one people died on Sunday when the express left the rails near Verlo, "
     "the worst loss on the line since 52 died in a 2009 collision at Kelmora.\n", "en",
     "2031-11-20T12:00:00+05:30", {71}),
    ("Test\n\nAt least 96 people were killed on Sunday near Verlo, the worst toll since 2010, "
     "when a collision in the east killed more than 140.\n", "en",
     "2031-11-20T12:00:00+05:30", {96}),
])
def test_a_toll_dated_by_an_earlier_year_is_no_figure(tmp_path, text, lang, published,
                                                      expected):
    assert proposed_values(tmp_path, text, lang, published) == expected


@pytest.mark.parametrize("text, lang, published, expected", [
    # a measure of the event's own thing before the year it was built stays
    ("Test\n\nDer Steg, 400 Meter lang und gebaut im Jahr 1967, stürzte am Dienstag ein; 12 "
     "Menschen starben.\n", "de", "2023-05-02T12:00:00+02:00", {400, 12}),
    # a German count opening its clause is no year: its noun is capitalised
    ("Test\n\n1500 Helfer suchten am Montag in Verlo nach 30 Vermissten.\n", "de",
     "2023-05-02T12:00:00+02:00", {1500, 30}),
    # measured against a year with no count of its own between: the event's toll stays
    ("Test\n\nThe crash killed 96 people, the most since 2010 in the region.\n", "en",
     "2031-11-20T12:00:00+05:30", {96}),
])
def test_the_events_own_numbers_stay(tmp_path, text, lang, published, expected):
    assert proposed_values(tmp_path, text, lang, published) == expected


@pytest.mark.parametrize("text, kinds", [
    ("1987 ertranken mehr als 300 Menschen.", [YEAR, QUANTITY]),
    ("Unfälle gibt es oft. 2011 sanken dort 40 Boote.", [YEAR, QUANTITY]),
    ("1500 Helfer und 300 Soldaten sind im Einsatz.", [QUANTITY, QUANTITY]),
    ("2000 verletzte Menschen wurden versorgt.", [QUANTITY]),
])
def test_the_reader_reads_a_german_year_before_its_verb(text, kinds):
    assert [q.kind for q in read(text, "de")] == kinds
