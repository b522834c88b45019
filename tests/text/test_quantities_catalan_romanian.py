"""The quantity reader in Catalan and Romanian, which text2num does not read (issues 13 and 16):
number words, scales, vague plurals, approximate nouns, qualifiers, ordinals, the hour and the
percent, each row failing without the language's words in :mod:`generator.text.number_words`
(before them no Catalan or Romanian number word was read at all, nor "almenys", "cel puțin",
"la sută"), with the near shapes they must leave alone: the article ("un", "una", "o") that is
no count, "nou"/"nouă" that are "new", "a doua" (the second), a year, a street number. Invented
phrases in the shapes real copy uses (places and people invented too); rows as in
tests/text/test_quantities.py."""

from __future__ import annotations

import pytest

from tests.text.test_quantities import _check

Q, V, ORD, T, Y, ID = "quantity", "vague", "ordinal", "time", "year", "id"

TABLE: list[tuple[str, str, list[tuple]]] = [
    # ---- Catalan number words, the hyphened tens, both genders of two
    ("ca", "tres persones han mort i cinc han resultat ferides", [(Q, "tres", 3), (Q, "cinc", 5)]),
    ("ca", "dues per cremades i dos per ansietat", [(Q, "dues", 2), (Q, "dos", 2)]),
    ("ca", "hi van treballar vint-i-dos bombers", [(Q, "vint-i-dos", 22)]),
    ("ca", "han enviat deu dotacions i set ambulàncies", [(Q, "deu", 10), (Q, "set", 7)]),
    ("ca", "els dos-cents veïns del bloc", [(Q, "dos-cents", 200)]),
    # nine before a plural, "new" before a singular
    ("ca", "l'explosió ha deixat nou ferits", [(Q, "nou", 9)]),
    ("ca", "el nou incident a la fàbrica de Vilaclara", []),
    # a plural the stop list holds is still a plural; a function word after it keeps "new"
    ("ca", "nou persones han estat ateses", [(Q, "nou", 9)]),
    ("ca", "un pis nou des de l'estiu", []),
    # an article and its noun: no count ("un set de claus" is a set, not one and seven)
    ("ca", "un ferit greu i una persona atesa", []),
    ("ca", "van trobar un set de claus", []),
    # qualifiers, scales, the vague plural, the approximate noun
    ("ca", "almenys quatre ferits", [(Q, "quatre", 4, None, "at-least")]),
    ("ca", "més de 53 milions d'euros", [(Q, "53 milions", 53e6, "eur", "more-than")]),
    ("ca", "desenes de veïns desallotjats", [(V, "desenes", None)]),
    ("ca", "un centenar de persones", [(Q, "un centenar", 100, None, "about")]),
    ("ca", "uns 60 metres de la fàbrica", [(Q, "60", 60, "m", "about")]),
    # ordinals, the hour after "a les", a year, a street number
    ("ca", "al tercer pis del bloc", [(ORD, "tercer", 3)]),
    ("ca", "han rebut l'avís cap a les 7.00 per un incendi", [(T, "7.00", 7)]),
    ("ca", "minuts abans de les 4 de la matinada", [(T, "4 de la matinada", 4)]),
    ("ca", "des del 2023, aquest és el tercer accident", [(Y, "2023", 2023), (ORD, "tercer", 3)]),
    ("ca", "als baixos del número 16 del carrer Major", [(ID, "16", 16)]),
    # ---- Romanian, with both commas, the cedilla and no diacritics
    ("ro", "două persoane au murit, iar alte 9 au fost rănite",
     [(Q, "două", 2), (Q, "9", 9)]),
    ("ro", "un mort şi zece răniţi", [(Q, "zece", 10)]),
    ("ro", "doi oameni au murit, iar altii trei au fost raniti", [(Q, "doi", 2), (Q, "trei", 3)]),
    ("ro", "şapte pompieri şi şase paramedici", [(Q, "şapte", 7), (Q, "şase", 6)]),
    ("ro", "douăzeci de şoferi au dat declaraţii", [(Q, "douăzeci", 20)]),
    # the tens joined to a unit by "și" are one number (read 20 and 2 without JOINERS_OF), the
    # nine after it too; two units joined are two numbers, and "si" is no joiner in Spanish
    ("ro", "douăzeci și doi de răniți", [(Q, "douăzeci și doi", 22)]),
    ("ro", "douazeci si noua de morti", [(Q, "douazeci si noua", 29)]),
    ("ro", "între doi și trei metri", [(Q, "doi", 2), (Q, "trei", 3, "m")]),
    ("es", "veinte si dos vienen", [(Q, "veinte", 20), (Q, "dos", 2)]),
    # "de" between twenty or more and the scale is the scale's (read 20 and a vague "mii"
    # without SCALE_DE); a count's own "de" before its noun stays outside the number
    ("ro", "20 de mii de oameni au ieșit în stradă", [(Q, "20 de mii", 20000)]),
    ("ro", "35 de milioane de euro", [(Q, "35 de milioane", 35e6, "eur")]),
    ("ro", "20 de persoane au fost evacuate", [(Q, "20", 20)]),
    ("ro", "două mii de oameni şi o sută de case", [(Q, "două mii", 2000), (Q, "o sută", 100)]),
    # nine before a plural; "o nouă explozie" (a new explosion); "a doua zi" (the next day)
    ("ro", "explozia a rănit nouă persoane", [(Q, "nouă", 9)]),
    ("ro", "o nouă explozie a zguduit blocul", []),
    ("ro", "clădirea nouă este în centrul oraşului", []),
    ("ro", "a doua zi au venit anchetatorii", [(ORD, "doua", 2)]),
    # the article "o" and "un" are no count, nor is "una dintre" (one of)
    ("ro", "o femeie a fost rănită şi un bărbat a murit", []),
    ("ro", "una dintre victime a murit la spital", []),
    # qualifiers, vague plurals, units after "de", the percent
    ("ro", "cel puțin doi morți", [(Q, "doi", 2, None, "at-least")]),
    ("ro", "peste 200 de oameni", [(Q, "200", 200, None, "more-than")]),
    ("ro", "aproximativ 30 de minute", [(Q, "30", 30, "minute", "about")]),
    ("ro", "vizibilitate sub 20 de metri", [(Q, "20", 20, "m", "fewer-than")]),
    ("ro", "zeci de autovehicule lovite", [(V, "zeci", None)]),
    ("ro", "arsuri pe 50 la sută din corp", [(Q, "50", 50, "percent")]),
    # the hour after "ora", "orei"; a year
    ("ro", "accidentul s-a petrecut în jurul orei 4.30", [(T, "4.30", 4)]),
    ("ro", "ancheta a început în 2016", [(Y, "2016", 2016)]),
]


@pytest.mark.parametrize(("lang", "phrase", "expected"), TABLE,
                         ids=[f"{r[0]}:{r[1][:30]}" for r in TABLE])
def test_catalan_romanian_reading(lang, phrase, expected):
    _check(lang, phrase, expected)


@pytest.mark.parametrize(("text", "expected"), [
    ("Pagubele se ridică la două sute de mii de lei în Valea Lungă.", [("două sute de mii", 2e5)]),
    ("Au fost afectate trei sute de mii de persoane.", [("trei sute de mii", 3e5)]),
    ("Proiectul costă douăzeci de milioane de euro.", [("douăzeci de milioane", 2e7)]),
    # "de" before a noun stays the noun's: two hundred people, not a scale
    ("Două sute de oameni au fost evacuați din Valea Lungă.", [("Două sute", 200)]),
])
def test_romanian_words_joined_to_a_scale_by_de(text, expected):
    """Romanian puts "de" between a number of twenty or more and its scale word, in words as in
    digits ("20 de mii"): "două sute de mii" was read as 200 and then a vague "thousands" (the
    review of splang). Fails without quantities.word_values.de_before_scale."""
    from generator.text.quantities import read
    assert [(text[q.start:q.end], q.value) for q in read(text, "ro")] == expected
