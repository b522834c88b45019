"""The quantity reader on the near shapes of numbers round 9's readings (review 3): what each
new reading must leave alone. Invented phrases; rows as in tests/text/test_quantities.py."""

from __future__ import annotations

import pytest

from tests.text.test_quantities import _check

Q, ORD, T = "quantity", "ordinal", "time"

TABLE: list[tuple[str, str, list[tuple]]] = [
    # a scale abbreviation's full stop before a capitalised span of time ends the sentence: the
    # next one starts "Days later"; a capitalised currency or measure is still the unit
    ("de", "Der Schaden lag bei 300 Mio. Tage später zahlte die Kasse.", [(Q, "300 Mio", 300e6)]),
    ("de", "Es kostete 2 Mrd. Monate danach kam die Rechnung.", [(Q, "2 Mrd", 2e9)]),
    ("pl", "Koszt wyniósł 300 tys. Godzinę później wszystko stanęło.", [(Q, "300 tys", 300e3)]),
    ("de", "Der Bau verschlang 50 Mio. Tonnen Beton", [(Q, "50 Mio.", 50e6, "metric_ton")]),
    # a word for "to" after a part of the day makes a span only when another part of the day
    # follows it; a place or the span's other hour after it leaves the clock time
    ("fr", "vers quatre heures du matin à Lyon, un voisin", [(T, "quatre heures du matin", None)]),
    ("es", "a las tres de la madrugada a la altura del cruce",
     [(T, "tres de la madrugada", None)]),
    ("it", "alle sei del mattino a Pisa il treno", [(T, "sei del mattino", None)]),
    ("pl", "od szóstej rano do dziesiątej wieczorem",
     [(T, "szóstej rano", None), (T, "dziesiątej wieczorem", None)]),
    ("fr", "de huit heures du matin à la nuit", [(Q, "huit", 8, "hour")]),
    # Polish and Czech hours without the word for hour want a preposition of the hour: a count
    # or an ordinal before a part of the day stays a count or an ordinal
    ("pl", "zginęło dwóch w nocy", [(Q, "dwóch", 2)]),
    ("cs", "zemřeli dva v noci", [(Q, "dva", 2)]),
    ("cs", "druhý večer se vrátili", [(ORD, "druhý", 2)]),
    ("pl", "pierwszy wieczorem wyjechał", [(ORD, "pierwszy", 1)]),
    ("cs", "hasiči vyjeli ve dvě v noci", [(T, "dvě v noci", None)]),
    ("pl", "o drugiej w nocy", [(T, "drugiej w nocy", None)]),
    # Spanish, Italian and Portuguese hours come after an article or a preposition of the
    # hour; a count of hours before a part of the day is a duration
    ("it", "hanno lavorato per dieci ore di notte", [(Q, "dieci", 10, "hour")]),
    ("es", "trabajaron durante dos horas de la mañana", [(Q, "dos", 2, "hour")]),
    ("pt", "choveu duas horas da madrugada", [(Q, "duas", 2, "hour")]),
    ("pt", "às duas horas da manhã houve um alerta", [(T, "duas horas da manhã", None)]),
    ("it", "erano le sei del mattino quando", [(T, "sei del mattino", None)]),
    ("es", "eran las tres de la madrugada", [(T, "tres de la madrugada", None)]),
    # an ordinal's word before "side" is "other" ("on the other hand"); Arabic "first" and
    # "second" without the article before "yesterday" and "dioxide" are no ordinals
    ("cs", "na druhou stranu hasiči dorazili", []),
    ("uk", "з другого боку, рятувальники встигли", []),
    ("pl", "z drugiej strony rzeki", []),
    ("cs", "na druhém místě", [(ORD, "druhém", 2)]),
    ("ar", "وقع الحادث أول أمس", []),
    ("ar", "تسرب غاز ثاني أكسيد الكربون", []),
    ("ar", "في أول أيام الموسم", [(ORD, "أول", 1)]),
    # Russian and Ukrainian "one" in its cases is no count in "on the one hand", "in a word",
    # "each other" (both words of the pair) or "one after another"; a count stays one
    ("ru", "с одной стороны, спасатели устали", []),
    ("uk", "з одного боку, рятувальники встигли", []),
    ("ru", "одним словом, склад сгорел", []),
    ("uk", "сусіди допомагали один одному", []),
    ("ru", "водители уступали один другому", []),
    ("cs", "sousedé pomáhali jeden druhému", []),
    ("pl", "kierowcy ustępowali jeden drugiemu", []),
    ("es", "llegó un tercer camión", [(ORD, "tercer", 3)]),
    ("ru", "погиб один и пострадали трое", [(Q, "один", 1), (Q, "трое", 3)]),
    ("ru", "ещё одного моряка ищут", [(Q, "одного", 1)]),
]


@pytest.mark.parametrize(("lang", "phrase", "expected"), TABLE,
                         ids=[f"{r[0]}:{r[1][:30]}" for r in TABLE])
def test_near_shape(lang, phrase, expected):
    _check(lang, phrase, expected)
