"""The quantity reader on the shapes trials 10 and 11 and figures round 14 found misread: a count of
dozens in the Romance languages and in digits, seconds as a unit, a span of days with an article
before its second day or after the month, an hour of the clock written in words, a house number.
Each with the near shapes it must leave alone. Invented phrases; rows as in
tests/text/test_quantities.py."""

from __future__ import annotations

import pytest

from tests.text.test_quantities import _check

Q, V, T, D = "quantity", "vague", "time", "date"

TABLE: list[tuple[str, str, list[tuple]]] = [
    # a count of dozens is the count times twelve (it had been the bare count: "tres" as 3)
    ("es", "dejó a más de tres docenas de heridos", [(Q, "tres docenas", 36, None, "more-than")]),
    ("fr", "trois douzaines de blessés", [(Q, "trois douzaines", 36)]),
    ("it", "tre dozzine di feriti", [(Q, "tre dozzine", 36)]),
    ("pt", "três dúzias de feridos", [(Q, "três dúzias", 36)]),
    ("en", "3 dozen people were hurt", [(Q, "3 dozen", 36)]),
    ("de", "3 Dutzend Verletzte", [(Q, "3 Dutzend", 36)]),
    # dozens alone stay vague; a dozen with an article is twelve
    ("es", "docenas de heridos", [(V, "docenas", None)]),
    ("it", "alcune dozzine di feriti", [(V, "alcune dozzine", None)]),
    ("es", "una docena de heridos", [(Q, "una docena", 12)]),
    # seconds are a unit of time (Portuguese and Spanish "segundos" had none)
    ("pt", "o avião caiu 30 segundos depois", [(Q, "30", 30, "second")]),
    ("es", "durante 40 segundos", [(Q, "40", 40, "second")]),
    # the singular "second" is the ordinal, never the unit
    ("en", "12 second class passengers", [(Q, "12", 12), ("ordinal", "second", None)]),
    # the first day of a span with an article before the second day is a date
    ("it", "tra il 3 e il 5 maggio sono morte 4 persone", [(D, "3", None), (D, "5", None),
                                                          (Q, "4", 4)]),
    ("es", "entre el 3 y el 5 de mayo murieron 4", [(D, "3", None), (D, "5", None), (Q, "4", 4)]),
    ("fr", "entre le 3 et le 5 mai", [(D, "3", None), (D, "5", None)]),
    ("it", "morirono 4 persone e il 5 maggio altre due", [(Q, "4", 4), (D, "5", None),
                                                          (Q, "due", 2)]),
    # review 6: a count joined to a date with its article is no first day ("le 3" is one)
    ("it", "i morti erano 3 e il 5 maggio sono saliti a 7", [(Q, "3", 3), (D, "5", None),
                                                             (Q, "7", 7)]),
    ("es", "los muertos eran 3 y el 5 de mayo", [(Q, "3", 3), (D, "5", None)]),
    ("fr", "le bilan était de 3 et le 5 mai", [(Q, "3", 3), (D, "5", None)]),
    ("de", "zwischen dem 3. und dem 5. Mai", [(D, "3", None), (D, "5", None)]),
    # two days after the month are dates, not a range of amounts; a count after the second
    # day keeps it a count
    ("en", "on May 3-5 the line was closed", [(D, "3", None), (D, "5", None)]),
    ("en", "from May 3 to 5, 4 died", [(D, "3", None), (D, "5", None), (Q, "4", 4)]),
    ("en", "on May 3 and 5 people died", [(D, "3", None), (Q, "5", 5)]),
    # review 6: after "and" or "to" (which also join two counts) only an article, a preposition
    # or the clause's end keeps the second a day
    ("en", "on May 2 and 3 more bodies were found", [(D, "2", None), (Q, "3", 3)]),
    ("en", "on May 2 and 3 of the crew died", [(D, "2", None), (Q, "3", 3)]),
    ("en", "on May 2 and 3 were killed", [(D, "2", None), (Q, "3", 3)]),
    ("en", "on May 3 and 4 the line was shut", [(D, "3", None), (D, "4", None)]),
    ("en", "from May 3 to 5 there were floods", [(D, "3", None), (D, "5", None)]),
    # an hour of the clock in words (it had been a count, and "un" of a quarter one)
    ("de", "um drei Uhr nachts", [(T, "drei Uhr", None)]),
    ("en", "at four o'clock the train left", [(T, "four o'clock", None)]),
    ("fr", "à quatre heures le train partait", [(T, "quatre heures", None)]),
    ("pt", "às quatro e meia o comboio saiu", [(T, "quatro e meia", None)]),
    ("it", "alle quattro e un quarto il treno", [(T, "quattro e un quarto", None)]),
    ("it", "il treno partì alle quattro.", [(T, "quattro", None)]),
    # review 6: German and Dutch "alle" is "all", no word of the hour, in words or in digits
    ("de", "Alle drei wurden ins Krankenhaus gebracht.", [(Q, "drei", 3)]),
    ("de", "Die Verletzten, alle vier, sind stabil.", [(Q, "vier", 4)]),
    ("nl", "alle drie zijn overleden", [(Q, "drie", 3)]),
    ("de", "Alle 3 wurden ins Krankenhaus gebracht.", [(Q, "3", 3)]),
    ("de", "alle vier um drei Uhr", [(Q, "vier", 4), (T, "drei Uhr", None)]),
    # a count of hours, an hour's distance, a count after the preposition stay amounts
    ("fr", "pendant quatre heures", [(Q, "quatre", 4, "hour")]),
    ("fr", "à quatre heures de route", [(Q, "quatre", 4, "hour")]),
    ("it", "alle quattro vittime", [(Q, "quattro", 4)]),
    ("pt", "às quatro vítimas", [(Q, "quatro", 4)]),
    # review 6: some of a group after the hour's preposition is a count; "del sábado" keeps it
    ("es", "se dio el alta a las cuatro de las víctimas", [(Q, "cuatro", 4)]),
    ("es", "se dio el alta a las 4 de las víctimas", [(Q, "4", 4)]),
    ("pt", "às quatro das vítimas", [(Q, "quatro", 4)]),
    ("it", "alle quattro delle vittime", [(Q, "quattro", 4)]),
    ("es", "a las cuatro del sábado", [(T, "cuatro", None)]),
    ("de", "drei Verletzte", [(Q, "drei", 3)]),
    # a house number before its street is no count; a count of streets or of a street's people
    # stays one
    ("fr", "le feu a pris au 17 rue de la Gare", [("id", "17", None)]),
    ("fr", "au 12, avenue du Lac, un voisin", [("id", "12", None)]),
    ("fr", "17 rues inondées", [(Q, "17", 17)]),
    ("en", "the fire at 221 Harbor Street, police said", [("id", "221", None)]),
    ("en", "200 Main Street residents were moved", [(Q, "200", 200)]),
    # review 6: a title-case headline's count before a street's name is no house number
    ("en", "200 Evacuated From Ocean Drive", [(Q, "200", 200)]),
    ("en", "Police Say 40 Injured On Harbor Road", [(Q, "40", 40)]),
    ("en", "the shed at 42 High St., was burned", [("id", "42", None)]),
    # trial 11: speeds in "kmph" and German "Stundenkilometern"; a train's number before its
    # name, in brackets after it, or after a train's class; a count after a train stays one
    ("en", "running at 128 kmph", [(Q, "128", 128, "km_per_hour")]),
    ("de", "mit 128 Stundenkilometern", [(Q, "128", 128, "km_per_hour")]),
    ("en", "the 12345 Varno Lakeside Express derailed", [("id", "12345", None)]),
    ("en", "the Varno Mail (12346) hit it", [("id", "12346", None)]),
    ("de", "der ICE 1234 entgleiste", [("id", "1234", None)]),
    ("en", "1200 Express workers", [(Q, "1200", 1200)]),
    # review 6: a title-case headline's count before a train's word is no train's number
    ("en", "About 20000 Riders Stranded As Express Trains Halt",
     [(Q, "20000", 20000, None, "about")]),
    ("en", "Nearly 15000 Stuck On Platforms As Intercity Services Stop",
     [(Q, "15000", 15000, None, "nearly")]),
    ("en", "the train 12 passengers", [(Q, "12", 12)]),
    ("de", "der Zug 12 Verletzte", [(Q, "12", 12)]),
    # figures round 15: Polish collective numerals
    ("pl", "troje dzieci zostało rannych", [(Q, "troje", 3)]),
    ("pl", "z czworgiem dzieci", [(Q, "czworgiem", 4)]),
    # review 6: an adjective that names a train's class names a number of three digits or
    # more; a train's noun names a short number too; a unit after a capitalised noun's number
    # makes it an amount
    ("it", "la Protezione civile regionale 12 squadre", [(Q, "12", 12)]),
    ("en", "the Lakeside train 7 left the rails", [("id", "7", None)]),
    ("de", "der ICE 578 entgleiste", [("id", "578", None)]),
    ("de", "der Zug 300 Meter weiter", [(Q, "300", 300, "m")]),
]


@pytest.mark.parametrize(("lang", "phrase", "expected"), TABLE,
                         ids=[f"{r[0]}:{r[1][:30]}" for r in TABLE])
def test_reading(lang, phrase, expected):
    _check(lang, phrase, expected)
