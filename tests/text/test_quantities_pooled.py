"""The quantity reader on shapes that recur across the sites of every fresh set pooled
(numbers round 8): each new reading with the near shapes it must leave alone. Invented phrases
in the shapes real copy uses; rows as in tests/text/test_quantities.py."""

from __future__ import annotations

import pytest

from tests.text.test_quantities import _check

Q, D, ORD = "quantity", "date", "ordinal"

TABLE: list[tuple[str, str, list[tuple]]] = [
    # ---- Czech numerals in the dative, locative and instrumental a preposition puts them in
    ("cs", "lékaři se věnovali dvěma zraněným", [(Q, "dvěma", 2)]),
    ("cs", "vyjeli hasiči z osmi stanic", [(Q, "osmi", 8)]),
    ("cs", "hasili na třech místech", [(Q, "třech", 3)]),
    ("cs", "pomoc dvaceti rodinám", [(Q, "dvaceti", 20)]),
    ("cs", "osmihodinová směna skončila", []),
    ("cs", "ve dvou případech", [(Q, "dvou", 2)]),
    # ---- Arabic duals of trains, carriages and infants; "and" glued before a dual
    ("ar", "اصطدام قطارين قرب المدينة", [(Q, "قطارين", 2)]),
    ("ar", "خرجت القاطرة وعربتين عن القضبان", [(Q, "وعربتين", 2)]),
    ("ar", "من بين الضحايا رضيعان", [(Q, "رضيعان", 2)]),
    ("ar", "تم رفع القطارين من الموقع", []),  # the two trains just named: no new count
    ("ar", "وقع الحادث بين القريتين", []),
    # ---- English "no one": nobody, not one
    ("en", "no one was hurt in the fire", []),
    ("en", "one person was hurt", [(Q, "one", 1)]),
    # ---- Roman numerals: a century's ordinal beside the word for century, or with the
    # French ordinal ending; a king's or a boat's numeral and "Ce", "Le" are no number
    ("fr", "un immeuble du XVIe arrondissement", [(ORD, "XVIe", 16)]),
    ("fr", "au XIXe siècle", [(ORD, "XIXe", 19)]),
    ("es", "el puente data del siglo XVI según", [(ORD, "XVI", 16)]),
    ("pl", "najgorszy pożar w XXI wieku", [(ORD, "XXI", 21)]),
    ("fr", "sous Louis XIV le bilan", []),
    ("fr", "Ce matin le bilan", []),
    ("pt", "a embarcação Estrela IV naufragou", []),
    ("en", "World War II veterans", []),
    # German: an ordinal in digits after "des" ("Mitte des 19. Jahrhunderts")
    ("de", "ein Bau vom Ende des 19. Jahrhunderts", [(ORD, "19.", 19)]),
    ("de", "die Zahl der Toten stieg auf 19. Die", [(Q, "19", 19)]),
    # ---- a day number with no month after the word for "day" or a Portuguese weekday written
    # without its hyphen, when punctuation or a bracket follows; a count after it stays a count
    ("pt", "o incêndio começou na sexta feira (13) à noite", [(D, "13", 13)]),
    ("pt", "a cheia passou de 3 m no último dia 9, e", [(Q, "3", 3, "m"), (D, "9", 9)]),
    ("pt", "8 mortes até o último dia 14. Na capital", [(Q, "8", 8), (D, "14", 14)]),
    ("es", "el día 16, cuando", [(D, "16", 16)]),
    ("pt", "morreram por dia 5 pessoas", [(Q, "5", 5)]),
    ("es", "murieron el día 3 personas", [(Q, "3", 3)]),
    # ---- ages of a group: an article after "between", or "von"/"de" with no "between" and
    # the word for years after the second number; a pair with no years stays two counts
    ("es", "las otras dos tendrían entre los 50 y 60 años", [(Q, "dos", 2),
                                                             (Q, "50 y 60", (50, 60), "year")]),
    ("pt", "vítimas entre os 20 e 30 anos", [(Q, "20 e 30", (20, 30), "year")]),
    ("de", "zwei Wanderer im Alter von 31 und 44 Jahren", [(Q, "zwei", 2),
                                                         (Q, "31 und 44", (31, 44), "year")]),
    ("es", "viajaban niños de 6 y 9 años", [(Q, "6 y 9", (6, 9), "year")]),
    ("es", "grupos de 8 y 12 personas", [(Q, "8", 8), (Q, "12", 12)]),
    ("es", "murieron 2 y 5 resultaron heridos", [(Q, "2", 2), (Q, "5", 5)]),
    # ---- English "one" that says who spoke: before a witness or a neighbour, or in a clause a
    # verb of saying ends; a casualty with the verb after a comma or "and" stays one
    ("en", "One neighbour said the roof fell in", []),
    ("en", "One witness, a shopkeeper, recalled the blast", []),
    ("en", "one man who lives nearby told reporters", []),
    ("en", "One man died, police said", [(Q, "One", 1)]),
    ("en", "one person died and police said", [(Q, "one", 1)]),
    ("en", "one official was in the building", [(Q, "one", 1)]),
]


@pytest.mark.parametrize(("lang", "phrase", "expected"), TABLE,
                         ids=[f"{r[0]}:{r[1][:30]}" for r in TABLE])
def test_pooled_reading(lang, phrase, expected):
    _check(lang, phrase, expected)
