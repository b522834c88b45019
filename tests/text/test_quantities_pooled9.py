"""The quantity reader on shapes that recur across the sites of every fresh set pooled again
(numbers round 9): each new reading with the near shapes it must leave alone. Invented phrases
in the shapes real copy uses; rows as in tests/text/test_quantities.py."""

from __future__ import annotations

import pytest

from tests.text.test_quantities import _check

Q, V, ORD, T = "quantity", "vague", "ordinal", "time"

TABLE: list[tuple[str, str, list[tuple]]] = [
    # ---- a unit the reading had left off: centimetres in the languages the table lacked, a
    # unit after a noun of an approximate number, after a scale abbreviation's full stop (German
    # nouns are capitalised), and kilometre written as two Arabic words
    ("it", "un avvallamento di circa 30 centimetri sul binario",
     [(Q, "30", 30, "cm", "about")]),
    ("pl", "woda podniosła się o 40 centymetrów", [(Q, "40", 40, "cm")]),
    ("cs", "hladina stoupla o 15 centimetrů", [(Q, "15", 15, "cm")]),
    ("it", "il camion si è fermato a una trentina di metri dalla casa",
     [(Q, "una trentina", 30, "m", "about")]),
    ("fr", "une quarantaine de personnes évacuées", [(Q, "une quarantaine", 40, None, "about")]),
    ("de", "ein Schaden von rund 420 Mio. Euro im Land", [(Q, "420 Mio.", 420e6, "eur", "about")]),
    ("de", "Schäden von 600 bis 700 Mio. Euro", [(Q, "600 bis 700 Mio.", (600e6, 700e6), "eur")]),
    ("de", "Es waren 300 Mio. Die Versicherer zahlten", [(Q, "300 Mio", 300e6)]),
    ("pl", "spłonęło 300 tys. Osoby z okolicy", [(Q, "300 tys", 300e3)]),
    ("ar", "على بعد 45 كيلو متر من المدينة", [(Q, "45", 45, "km")]),
    # ---- Ukrainian and Russian number words the tables lacked: "one" in its oblique cases,
    # "сто" as "ста", Ukrainian ordinals to ten, "мільйони"/"миллионы" with no number before
    # them (millions: vague), with one before them a scale; "one of" stays no count
    ("uk", "евакуювали троє дітей разом з одним лікарем", [(Q, "троє", 3), (Q, "одним", 1)]),
    ("uk", "одним із загиблих став водій", []),
    ("uk", "одна з жертв була дитиною", []),
    ("ru", "спасли двух рыбаков, ещё одного моряка ищут",
     [(Q, "двух", 2), (Q, "одного", 1)]),
    ("ru", "он стал одним из пострадавших", []),
    ("ru", "на складе работали около ста сотрудников", [(Q, "ста", 100, None, "about")]),
    ("uk", "потяг має третій і четвертий вагони", [(ORD, "третій", 3), (ORD, "четвертий", 4)]),
    ("uk", "пожежі дали п'яту категорію складності", [(ORD, "п'яту", 5)]),
    # Czech ordinals in their cases, Arabic ones without the article; cardinals stay counts
    ("cs", "jednotky druhého stupně dorazily", [(ORD, "druhého", 2)]),
    ("cs", "na pátém místě, z osmi stanic", [(ORD, "pátém", 5), (Q, "osmi", 8)]),
    ("cs", "třetího dne zemřeli sedm lidí", [(ORD, "třetího", 3), (Q, "sedm", 7)]),
    ("ar", "في أول أيام المهرجان", [(ORD, "أول", 1)]),
    ("uk", "мільйони абонентів чекають на воду", [(V, "мільйони", None)]),
    ("uk", "збитки сягнули 3 мільйони гривень", [(Q, "3 мільйони", 3e6)]),
    ("uk", "два мільйони абонентів чекають", [(Q, "два мільйони", 2e6)]),
    ("ru", "миллионы зрителей смотрели матч", [(V, "миллионы", None)]),
    ("ru", "матч смотрели 2 миллиона зрителей", [(Q, "2 миллиона", 2e6)]),
    # ---- an hour then a part of the day, the word for hour left out or not, in words or
    # digits, a Polish or Czech hour as an ordinal or a cardinal, an Arabic hour "and a half":
    # a clock time; a count of hours "from morning to night", or before no part of the day,
    # stays a duration or a count
    ("fr", "vers quatre heures du matin, un voisin", [(T, "quatre heures du matin", None)]),
    ("fr", "ils ont marché dix heures du matin au soir", [(Q, "dix", 10, "hour")]),
    ("es", "hacia las tres de la madrugada volcó", [(T, "tres de la madrugada", None)]),
    ("es", "murieron dos de la familia", [(Q, "dos", 2)]),
    ("it", "verso le sei del mattino il treno", [(T, "sei del mattino", None)]),
    ("pt", "por volta das quatro da manhã", [(T, "quatro da manhã", None)]),
    ("pl", "zdarzenie miało miejsce przed szóstą rano", [(T, "szóstą rano", None)]),
    ("pl", "ranny został szósty pasażer", [(ORD, "szósty", 6)]),
    ("cs", "hasiči vyjeli v šest ráno", [(T, "šest ráno", None)]),
    ("ar", "وقع الحريق في 7 والنصف مساء أمس", [(T, "7 والنصف مساء", None)]),
    ("ar", "أصيب 7 أشخاص مساء أمس", [(Q, "7", 7)]),
    ("en", "the toll rose to 12 in the morning", [(Q, "12", 12)]),
    ("es", "a las siete y media de la tarde", [(T, "siete y media de la tarde", None)]),
    ("fr", "à six heures et demie du soir", [(T, "six heures et demie du soir", None)]),
    # ---- a half of a unit, or a unit and a half, the unit's own word its count (the article
    # before it is its "one"); "half of" stays a share, a unit's sign takes no half, and the
    # half of a scale stays the scale's
    ("en", "it took an hour and a half to reach them", [(Q, "an hour and a half", 1.5, "hour")]),
    ("en", "they held a ton and a half of fuel", [(Q, "a ton and a half", 1.5, "metric_ton")]),
    ("fr", "il a fallu une heure et demie", [(Q, "une heure et demie", 1.5, "hour")]),
    ("cs", "zásah trval hodinu a půl", [(Q, "hodinu a půl", 1.5, "hour")]),
    ("ar", "خزن طن ونصف من الوقود", [(Q, "طن ونصف", 1.5, "metric_ton")]),
    ("ru", "сугроб вырос на полметра за ночь", [(Q, "полметра", 0.5, "m")]),
    ("pl", "woda podniosła się o pół metra", [(Q, "pół metra", 0.5, "m")]),
    ("de", "er lag einen halben Meter tief", [(Q, "einen halben Meter", 0.5, "m")]),
    ("cs", "škoda dosáhla půl milionu korun", [(Q, "půl milionu", 5e5)]),
    ("en", "half of the houses burned", [(Q, "half", 50, "percent")]),
    ("pl", "pół godziny później", []),
    ("en", "a 5 m and a half wall", [(Q, "5", 5, "m"), (Q, "a half", 50, "percent")]),
    # Arabic "one of" ("واحد من"); "one" after its noun stays one
    ("ar", "تعد المدينة واحدة من أكثر المناطق تضررا", []),
    ("ar", "أصيب شخص واحد في الحادث", [(Q, "واحد", 1)]),
]


@pytest.mark.parametrize(("lang", "phrase", "expected"), TABLE,
                         ids=[f"{r[0]}:{r[1][:30]}" for r in TABLE])
def test_pooled_reading(lang, phrase, expected):
    _check(lang, phrase, expected)
