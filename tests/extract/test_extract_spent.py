"""Figures of the spent sealed sets (issue 16, branch spfig: the pages the sealed sets s22–s25
were made of) that extract read wrong; invented sentences of the same shapes in several
languages, each with a neighbour the rule must leave alone. And the one table of qualifiers
(:data:`generator.text.number_words.QUALIFIERS`) read by every rule that reads a qualifier
between a word and its number."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

from generator.text.quantities import read
from tests.probes import figures as _figures

#: A program that adds one invented qualifier to the table only, then imports the rules and
#: prints which of them read it: a landform's height, an altitude, a floor area, an amount
#: restated in brackets, a temperature's reading, a distance from a place, from the event's word,
#: from the place the event's place lies at, and in brackets.
_PROBE = textwrap.dedent("""
    from generator.text import number_words
    number_words.QUALIFIERS["en"]["zorbly"] = "about"
    number_words.QUALIFIERS["fr"]["à peu de chose près"] = "nearly"
    from generator.text.place_words import LANDFORM_BEFORE
    from generator.extract.amounts import measures, temperature, locating
    tests = {
        "landform": LANDFORM_BEFORE.search("the summit of Mount Vargo, zorbly "),
        "landform-fr": LANDFORM_BEFORE.search("le mont Vargo, haut de à peu de chose près "),
        "altitude": measures._ALTITUDE_BEFORE.search("flying at an altitude of zorbly "),
        "floor": measures._SIZE_OF_BEFORE.search("a bakery of zorbly "),
        "restated": measures._RESTATED_BEFORE.search("12 feet (zorbly "),
        "damaged": measures.DAMAGED_BEFORE.search("flooded zorbly "),
        "reading": temperature.READING_BEFORE.search("reached zorbly "),
        "place": locating._PLACE_BEFORE.search("near the town of Ostrel, zorbly "),
        "event": locating._RIGHT_AFTER_EVENT.search(" zorbly "),
        "lies": locating._LIES_AFTER_EVENT.search(" of Mount Vargo, located zorbly "),
        "opens": locating._OPENS.search(" (zorbly "),
    }
    print(",".join(sorted(k for k, v in tests.items() if v is None)))
""")


@pytest.mark.slow
def test_a_qualifier_added_to_the_one_table_reaches_every_rule():
    """Review of round 26: the qualifiers were spelt again, inline, in each rule that reads one
    between a word and its number; a word added to the one table must reach them all."""
    out = subprocess.run([sys.executable, "-c", _PROBE], capture_output=True, text=True,
                         check=True).stdout.strip()
    assert out == "", f"rules that do not read the table: {out}"


@pytest.mark.parametrize(("text", "lang", "expected"), [
    # a dash opening an aside glued to its first number, closed by one glued to its last word:
    # the count is no negative number (spent23, two sites)
    ("El autobús llevaba 52 personas a bordo -48 escolares y cuatro profesores- en la autopista.",
     "es", [52.0, 48.0, 4.0]),
    ("Le car transportait 40 personnes -38 élèves et deux enseignants- vers Nantes.", "fr",
     [40.0, 38.0, 2.0]),
    ("Der Bus hatte 40 Menschen an Bord -38 Schüler und zwei Lehrer- als er verunglückte.", "de",
     [40.0, 38.0, 2.0]),
    # neighbours: a minus, and a compound's hyphen that leaves its second half to the next word
    ("Die Temperatur fiel auf -12 Grad, Rettungs- und Bergungsarbeiten wurden unterbrochen.",
     "de", [-12.0]),
    ("Temperatures fell to -14 degrees in Varnholm overnight.", "en", [-14.0]),
    ("La temperatura bajó a -8 grados en Villamar.", "es", [-8.0]),
])
def test_a_dash_opening_an_aside_is_no_minus(text, lang, expected):
    assert [q.value for q in read(text, lang) if q.kind == "quantity"] == expected


@pytest.mark.parametrize(("text", "lang", "expected"), [
    # a share of a group just counted: a percentage, whatever befell the group (spent22, two
    # sites): "percent" is no agent's noun whose outcome follows
    ("Some 40 people were hurt in Varnholm, with roughly half of them now in hospital.", "en",
     [(40, "wounded"), (50, "percent")]),
    ("About 60 people were hurt, a third of them in intensive care.", "en",
     [(60, "wounded"), (100 / 3, "percent")]),
    # (French and German never read their word of a share as a person's: guard rows)
    ("Une quarantaine de personnes ont été blessées, dont 40 % hospitalisées.", "fr",
     [(40, "wounded"), (40, "percent")]),
    ("Rund 40 Menschen wurden verletzt, 30 Prozent davon schwer.", "de",
     [(40, "wounded"), (30, "percent")]),
    # neighbour: a count of the same group stays the group's
    ("About 40 people were injured, with 20 of them in hospital.", "en",
     [(40, "wounded"), (20, "wounded")]),
])
def test_a_share_of_the_hurt_is_a_share(text, lang, expected):
    assert _figures(text, lang) == expected


@pytest.mark.parametrize(("text", "lang", "expected"), [
    # a part opened with no comma right after the group's noun: the group's outcome (spent23)
    ("Il y a 7 morts dont deux enfants.", "fr", [(7, "dead"), (2, "dead")]),
    ("Es gab 7 Tote darunter zwei Kinder.", "de", [(7, "dead"), (2, "dead")]),
    ("Ci sono 7 morti di cui due bambini.", "it", [(7, "dead"), (2, "dead")]),
    ("Sono 7 i feriti tra cui due bambini.", "it", [(7, "wounded"), (2, "wounded")]),
    # a part of the people believed dead is believed dead (spent24)
    ("Officers fear at least 8 climbers were believed dead, including three children.", "en",
     [(8, "presumed dead"), (3, "presumed dead")]),
    # neighbours: "dont" opening a relative clause with no number; a part after a comma
    ("Il y a 7 morts dont la famille a été prévenue.", "fr", [(7, "dead")]),
    ("Police said at least 8 people died, including three children.", "en",
     [(8, "dead"), (3, "dead")]),
])
def test_a_part_opened_without_a_comma(text, lang, expected):
    assert _figures(text, lang) == expected


@pytest.mark.parametrize(("text", "lang", "expected"), [
    # the victims named as the group the people are among, or said to include them (spent23)
    ("Among the victims were 12 students.", "en", [(12, "dead")]),
    ("Victims included 12 students on a trip.", "en", [(12, "dead")]),
    ("The dead included 12 children.", "en", [(12, "dead")]),
    ("Las víctimas incluyen a 12 niños.", "es", [(12, "dead")]),
    ("Le vittime includono 12 bambini.", "it", [(12, "dead")]),
    ("As vítimas incluem 12 crianças.", "pt", [(12, "dead")]),
    # neighbours: a group that names no outcome includes people as they are
    ("The passengers included 12 children.", "en", [(12, "civilian")]),
    ("Los pasajeros incluyen a 12 niños.", "es", [(12, "person")]),
])
def test_the_victims_include_them(text, lang, expected):
    assert _figures(text, lang) == expected


@pytest.mark.parametrize(("text", "lang", "expected"), [
    # babies among those on board: people the table counts (spent23, two sites)
    ("En el autocar viajaban 52 pasajeros, entre ellos tres bebés, y dos conductores.", "es",
     [(52, "passenger"), (3, "person"), (2, "person")]),
    ("An Bord waren 40 Passagiere, darunter zwei Babys.", "de", [(40, "passenger"), (2, "person")]),
    ("A bordo c'erano 40 passeggeri, tra cui due neonati.", "it",
     [(40, "passenger"), (2, "person")]),
    ("Viajavam 40 passageiros, entre eles dois bebês.", "pt", [(40, "passenger"), (2, "person")]),
    # neighbour: babies among the dead are of the dead
    ("Murieron 14 personas en Villamar, entre ellas tres bebés.", "es",
     [(14, "dead"), (3, "dead")]),
])
def test_babies_are_people_counted(text, lang, expected):
    assert _figures(text, lang) == expected


@pytest.mark.slow
@pytest.mark.parametrize(("text", "lang", "expected"), [
    # people pointed back at by a demonstrative: counted already, no count of their own (spent22)
    ("Cinq randonneurs sont morts. Ces trois hommes venaient de Brest pour un mariage.", "fr",
     [(5, "dead")]),
    ("These two people were in the area for a wedding.", "en", []),
    ("Estas dos personas estaban en la zona por una boda.", "es", []),
    ("Queste due persone si trovavano nella zona per un matrimonio.", "it", []),
    # an amount pointed back at, as a temperature already given (fdev4, a second site)
    ("Los sensores de Villamar podrían registrar por la tarde esos 45 grados.", "es", []),
    ("I sensori di Varnholm potrebbero segnare nel pomeriggio quei 45 gradi.", "it", []),
    # neighbours: the same people counted with no demonstrative
    ("Deux personnes sont mortes.", "fr", [(2, "dead")]),
    ("Two people died in the area.", "en", [(2, "dead")]),
])
def test_people_pointed_back_at(text, lang, expected):
    assert _figures(text, lang) == expected
