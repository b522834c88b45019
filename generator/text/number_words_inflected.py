"""Number words of Slovenian, Croatian, Estonian and Finnish, which text2num does not read, with
their scale words, qualifiers, ordinals and vague plurals (issue 16: the sealed set's Slovenian
and Estonian pages gave no figure at all): a table module that
:mod:`generator.text.number_words` merges into its own tables, kept apart because most forms are
derived by rule, not listed.

These languages put a number in the case its clause asks, and no installed library gives a
number word's cases (simplemma and the Snowball stemmers reduce words, they do not generate
them; text2num knows none of the four). So the forms are derived here from each word's stem:

* Slovenian and Croatian: the oblique cases of five and above take one set of endings on the
  nominative ("deset" -> "desetih", "desetim", "desetimi": "z desetimi vozili", with ten
  vehicles); Slovenian glues a unit before its tens with "in" ("petindvajset", 25); Croatian
  counts a group of men with a collective noun ("trojica", "dvojica": three, two of them).
* Estonian: every case is the genitive stem with an ending ("kuue" -> "kuues", "kuuest",
  "kuuele"; "ühe" -> "ühest": from one); the tens glue "kümmend" to the unit ("kakskümmend").
* Finnish: the cases are endings on an oblique stem, in the vowel harmony of the word
  ("kahde-ssa", "yhde-llä"; "kahdessa" is in two); the tens glue "kymmentä" and the units
  after them ("kaksikymmentäviisi", 25).
"""

from __future__ import annotations

# --------------------------------------------------------------------------------------------
# Slovenian
# --------------------------------------------------------------------------------------------

#: The units and what they are worth; the forms of one to four are listed by case (they decline
#: as adjectives), five and above take the endings of :data:`_SL_OBLIQUE`.
_SL_SMALL: dict[str, float] = {
    "en": 1, "ena": 1, "eno": 1, "enega": 1, "enemu": 1, "enem": 1, "enim": 1, "eni": 1,
    "ene": 1, "dva": 2, "dve": 2, "dveh": 2, "dvema": 2, "trije": 3, "tri": 3, "treh": 3,
    "trem": 3, "tremi": 3, "štirje": 4, "štiri": 4, "štirih": 4, "štirim": 4, "štirimi": 4}
_SL_FIVE_UP: dict[str, int] = {
    "pet": 5, "šest": 6, "sedem": 7, "osem": 8, "devet": 9, "deset": 10, "enajst": 11,
    "dvanajst": 12, "trinajst": 13, "štirinajst": 14, "petnajst": 15, "šestnajst": 16,
    "sedemnajst": 17, "osemnajst": 18, "devetnajst": 19}
_SL_TENS: dict[str, int] = {
    "dvajset": 20, "trideset": 30, "štirideset": 40, "petdeset": 50, "šestdeset": 60,
    "sedemdeset": 70, "osemdeset": 80, "devetdeset": 90}
#: The genitive/locative, dative and instrumental of five and above ("petih", "petim",
#: "petimi"); "sedem" and "osem" drop their "e" ("sedmih", "osmih").
_SL_OBLIQUE = ("ih", "im", "imi")
#: The unit's form before "in" and the tens ("enaindvajset", "dvaindvajset", "petindvajset").
_SL_UNIT_BEFORE_TENS = {"ena": 1, "dva": 2, "tri": 3, "štiri": 4, "pet": 5, "šest": 6,
                        "sedem": 7, "osem": 8, "devet": 9}


def _sl_oblique(word: str) -> list[str]:
    stem = {"sedem": "sedm", "osem": "osm"}.get(word, word)
    return [stem + end for end in _SL_OBLIQUE]


def slovenian_words() -> dict[str, float]:
    """Every Slovenian number word to 999 in its cases, and the scales."""
    out: dict[str, float] = dict(_SL_SMALL)
    for word, value in {**_SL_FIVE_UP, **_SL_TENS}.items():
        out[word] = value
        out.update(dict.fromkeys(_sl_oblique(word), value))
    for tens, tv in _SL_TENS.items():
        for unit, uv in _SL_UNIT_BEFORE_TENS.items():
            word = f"{unit}in{tens}"
            out[word] = tv + uv
            out.update(dict.fromkeys(_sl_oblique(word), tv + uv))
    hundreds = {"sto": 100, "dvesto": 200, "tristo": 300, "štiristo": 400, "petsto": 500,
                "šeststo": 600, "sedemsto": 700, "osemsto": 800, "devetsto": 900}
    out.update(hundreds)
    out.update({"tisoč": 1e3, "milijon": 1e6, "milijona": 1e6, "milijonov": 1e6,
                "milijard": 1e9, "milijarda": 1e9, "milijardi": 1e9, "milijarde": 1e9})
    return out


# --------------------------------------------------------------------------------------------
# Croatian (and Bosnian, written the same way)
# --------------------------------------------------------------------------------------------

_HR_SMALL: dict[str, float] = {
    "jedan": 1, "jedna": 1, "jedno": 1, "jednog": 1, "jednoga": 1, "jednom": 1, "jednu": 1,
    "jednoj": 1, "jedne": 1, "jednim": 1, "dva": 2, "dvije": 2, "dvaju": 2,
    "dvama": 2, "dvoje": 2, "tri": 3, "triju": 3, "trima": 3, "troje": 3, "četiri": 4,
    "četiriju": 4, "četvero": 4}
_HR_FIVE_UP: dict[str, int] = {
    "pet": 5, "šest": 6, "sedam": 7, "osam": 8, "devet": 9, "deset": 10, "jedanaest": 11,
    "dvanaest": 12, "trinaest": 13, "četrnaest": 14, "petnaest": 15, "šesnaest": 16,
    "sedamnaest": 17, "osamnaest": 18, "devetnaest": 19, "dvadeset": 20, "trideset": 30,
    "četrdeset": 40, "pedeset": 50, "šezdeset": 60, "sedamdeset": 70, "osamdeset": 80,
    "devedeset": 90, "sto": 100, "stotinu": 100, "dvjesto": 200, "tristo": 300,
    "četiristo": 400, "petsto": 500, "šeststo": 600, "sedamsto": 700, "osamsto": 800,
    "devetsto": 900, "tisuću": 1e3, "tisuća": 1e3, "tisuće": 1e3, "hiljadu": 1e3,
    "hiljada": 1e3, "milijun": 1e6, "milijuna": 1e6, "milijarda": 1e9, "milijarde": 1e9}
#: Collective nouns of a group of men ("dvojica", "trojica", "petorica") in their cases, and the
#: collective numerals of mixed groups and children ("petero", "šestero").
_HR_COLLECTIVE_STEMS = {"dvoj": 2, "troj": 3, "četvor": 4, "petor": 5, "šestor": 6,
                        "sedmor": 7, "osmor": 8, "devetor": 9, "desetor": 10}


def croatian_words() -> dict[str, float]:
    """The Croatian number words, the collectives of a group in their cases."""
    out: dict[str, float] = {**_HR_SMALL, **_HR_FIVE_UP}
    for stem, value in _HR_COLLECTIVE_STEMS.items():
        out.update(dict.fromkeys((stem + end for end in ("ica", "ice", "icu", "icom", "ici")),
                                 value))
        if value >= 5:
            out[stem.removesuffix("or") + "ero"] = value  # "petero", "šestero"
    return out


# --------------------------------------------------------------------------------------------
# Estonian
# --------------------------------------------------------------------------------------------

#: The units: nominative, genitive stem (every other case is built on it) and partitive.
_ET_UNITS: dict[int, tuple[str, str, tuple[str, ...]]] = {
    1: ("üks", "ühe", ("üht", "ühte")), 2: ("kaks", "kahe", ("kaht", "kahte")),
    3: ("kolm", "kolme", ("kolme",)), 4: ("neli", "nelja", ("nelja",)),
    5: ("viis", "viie", ("viit", "viite")), 6: ("kuus", "kuue", ("kuut", "kuute")),
    7: ("seitse", "seitsme", ("seitset",)), 8: ("kaheksa", "kaheksa", ("kaheksat",)),
    9: ("üheksa", "üheksa", ("üheksat",)), 10: ("kümme", "kümne", ("kümmet",)),
}
#: The case endings on the genitive stem: inessive, elative, illative, adessive, allative,
#: ablative, translative, terminative, essive, abessive, comitative.
_ET_CASES = ("s", "st", "sse", "l", "le", "lt", "ks", "ni", "na", "ta", "ga")


def _et_forms(nominative: str, genitive: str, partitives: tuple[str, ...]) -> list[str]:
    return [nominative, genitive, *partitives, *(genitive + end for end in _ET_CASES)]


def estonian_words() -> dict[str, float]:
    """Every Estonian number word to 99 in its cases, the hundreds and the scales. "Viis" (five;
    also "took") and "kuus" (six; also "in the month") are numbers only before a partitive noun
    (:data:`NINE_OR_NEW`)."""
    out: dict[str, float] = {}
    for value, (nom, gen, parts) in _ET_UNITS.items():
        out.update(dict.fromkeys(_et_forms(nom, gen, parts), value))
        if value < 10:
            # the teens: "kolmteist", genitive "kolmeteistkümne"
            out.update(dict.fromkeys(_et_forms(nom + "teist", gen + "teistkümne",
                                               (nom + "teist",)), 10 + value))
        if 2 <= value <= 9:
            # the tens: "kakskümmend", genitive "kahekümne", partitive "kahtekümmet"
            out.update(dict.fromkeys(_et_forms(nom + "kümmend", gen + "kümne",
                                               (parts[-1] + "kümmet",)), 10 * value))
    out.update({"sada": 100, "saja": 100, "sadat": 100, "tuhat": 1e3, "tuhande": 1e3,
                "tuhandet": 1e3, "miljon": 1e6, "miljoni": 1e6, "miljonit": 1e6,
                "miljard": 1e9, "miljardi": 1e9, "miljardit": 1e9})
    out.update({nom + "sada": 100 * v for v, (nom, _g, _p) in _ET_UNITS.items() if 2 <= v <= 9})
    del out["viies"]  # the fifth (:data:`ORDINAL_WORDS`) far more often than "in five"
    return out


# --------------------------------------------------------------------------------------------
# Finnish
# --------------------------------------------------------------------------------------------

#: The units: nominative, oblique stem, partitive, illative, and whether its vowels are back
#: ones (the endings in "a", not "ä").
_FI_UNITS: dict[int, tuple[str, str, str, str, bool]] = {
    1: ("yksi", "yhde", "yhtä", "yhteen", False), 2: ("kaksi", "kahde", "kahta", "kahteen", True),
    3: ("kolme", "kolme", "kolmea", "kolmeen", True),
    4: ("neljä", "neljä", "neljää", "neljään", False),
    5: ("viisi", "viide", "viittä", "viiteen", False),
    6: ("kuusi", "kuude", "kuutta", "kuuteen", True),
    7: ("seitsemän", "seitsemä", "seitsemää", "seitsemään", False),
    8: ("kahdeksan", "kahdeksa", "kahdeksaa", "kahdeksaan", True),
    9: ("yhdeksän", "yhdeksä", "yhdeksää", "yhdeksään", False),
    10: ("kymmenen", "kymmene", "kymmentä", "kymmeneen", False),
}
#: The case endings on the oblique stem, in back and front vowels: genitive, inessive, elative,
#: adessive, ablative, allative, translative, essive.
_FI_CASES = {True: ("n", "ssa", "sta", "lla", "lta", "lle", "ksi", "na"),
             False: ("n", "ssä", "stä", "llä", "ltä", "lle", "ksi", "nä")}


#: Forms of one that are other words far more often: "yhtä" (as: "yhtä synkkä"), "yhteen"
#: and "yhdessä" (together).
_FI_NOT_ONE = ("yhtä", "yhteen", "yhdessä")


def _fi_forms(value: int) -> list[str]:
    nom, stem, part, ill, back = _FI_UNITS[value]
    essive = {"yhde": "yhtenä", "kahde": "kahtena", "viide": "viitenä", "kuude": "kuutena"}
    return [nom, part, ill, *(stem + end for end in _FI_CASES[back] if end not in ("na", "nä")),
            essive.get(stem, stem + ("na" if back else "nä"))]


def finnish_words() -> dict[str, float]:
    """Every Finnish number word to 99 in nominative and partitive ("kaksikymmentäviisi"),
    the units and tens in their cases, the hundreds and the scales."""
    out: dict[str, float] = {}
    units = {v: _FI_UNITS[v][0] for v in range(1, 10)}
    for value in _FI_UNITS:
        out.update(dict.fromkeys(_fi_forms(value), value))
    for other in _FI_NOT_ONE:
        del out[other]
    for value, nom in units.items():
        out[nom + "toista"] = 10 + value  # "kolmetoista"
        if value >= 2:
            tens = nom + "kymmentä"  # "kaksikymmentä", then its units glued on
            out[tens] = 10 * value
            out.update({tens + unit: 10 * value + uv for uv, unit in units.items()})
            out[nom + "sataa"] = 100 * value  # "kaksisataa"; not "sataa" alone ("it rains")
    out.update({"sata": 100, "tuhat": 1e3, "tuhatta": 1e3, "tuhannen": 1e3, "miljoona": 1e6,
                "miljoonaa": 1e6, "miljardi": 1e9, "miljardia": 1e9})
    return out


WORDS: dict[str, dict[str, float]] = {
    "sl": slovenian_words(), "hr": croatian_words(), "bs": croatian_words(),
    "et": estonian_words(), "fi": finnish_words(),
}

#: Estonian "viis" (took) and "kuus" (in the month) are numbers only before a partitive noun
#: ("viis inimest", "kuus last"), as French "neuf" only before a plural.
NINE_OR_NEW: dict[str, tuple[frozenset[str], tuple[str, ...]]] = {
    "et": (frozenset({"viis", "kuus"}), ("t",))}

SCALES: dict[str, dict[str, float]] = {
    "sl": {"tisoč": 1e3, "milijon": 1e6, "milijona": 1e6, "milijonov": 1e6, "milijard": 1e9,
           "milijarde": 1e9, "milijardi": 1e9, "mio": 1e6, "mrd": 1e9},
    "hr": {"tisuća": 1e3, "tisuće": 1e3, "tisuću": 1e3, "milijun": 1e6, "milijuna": 1e6,
           "milijarda": 1e9, "milijarde": 1e9, "milijardi": 1e9, "mil": 1e6, "mlrd": 1e9},
    "et": {"tuhat": 1e3, "tuhande": 1e3, "miljon": 1e6, "miljonit": 1e6, "miljoni": 1e6,
           "miljard": 1e9, "miljardit": 1e9, "mln": 1e6, "mld": 1e9},
    "fi": {"tuhatta": 1e3, "tuhat": 1e3, "miljoona": 1e6, "miljoonaa": 1e6, "miljardi": 1e9,
           "miljardia": 1e9, "milj": 1e6, "mrd": 1e9},
}
SCALES["bs"] = SCALES["hr"]

#: Plurals of a vague amount ("na desetine ljudi", "satoja ihmisiä", "kümneid inimesi").
VAGUE: dict[str, dict[str, float]] = {
    "sl": {"desetine": 20, "stotine": 200, "tisoče": 2000, "tisoči": 2000},
    "hr": {"desetine": 20, "desetak": 10, "stotine": 200, "tisuće": 2000},
    "et": {"kümneid": 20, "sadu": 200, "tuhandeid": 2000},
    "fi": {"kymmeniä": 20, "satoja": 200, "tuhansia": 2000},
}
VAGUE["bs"] = VAGUE["hr"]

#: "At least", "more than", "about", "nearly", "up to" before a number. Not Slovenian "okrog"
#: nor Croatian "oko" alone before an hour: those are read by the clock first.
QUALIFIERS: dict[str, dict[str, str]] = {
    "sl": {"najmanj": "at-least", "vsaj": "at-least", "več kot": "more-than",
           "več kakor": "more-than", "približno": "about", "okoli": "about", "okrog": "about",
           "skoraj": "nearly", "manj kot": "fewer-than", "do": "up-to"},
    "hr": {"najmanje": "at-least", "barem": "at-least", "više od": "more-than",
           "preko": "more-than", "približno": "about", "oko": "about", "otprilike": "about",
           "gotovo": "nearly", "skoro": "nearly", "manje od": "fewer-than", "do": "up-to"},
    "et": {"vähemalt": "at-least", "üle": "more-than", "rohkem kui": "more-than",
           "umbes": "about", "ligikaudu": "about", "ligi": "nearly", "peaaegu": "nearly",
           "kuni": "up-to", "alla": "fewer-than", "vähem kui": "fewer-than"},
    "fi": {"ainakin": "at-least", "vähintään": "at-least", "yli": "more-than",
           "noin": "about", "lähes": "nearly", "melkein": "nearly", "jopa": "up-to",
           "enintään": "up-to", "alle": "fewer-than"},
}
QUALIFIERS["bs"] = QUALIFIERS["hr"]


def _declined(stems: dict[int, str], endings: tuple[str, ...]) -> dict[str, int]:
    return {stem + end: n for n, stem in stems.items() for end in endings}


#: Ordinals written as words, in their cases; not the words for "second", which are also
#: "other" in each of these languages ("drugi", "teine", "toinen").
ORDINAL_WORDS: dict[str, dict[str, int]] = {
    "sl": _declined({1: "prv", 3: "tretj", 4: "četrt", 5: "pet", 6: "šest", 7: "sedm",
                     8: "osm", 9: "devet", 10: "deset"},
                    ("i", "a", "o", "ega", "emu", "em", "im", "e", "ih", "imi")),
    "hr": _declined({1: "prv", 3: "treć", 4: "četvrt", 5: "pet", 6: "šest", 7: "sedm",
                     8: "osm", 9: "devet", 10: "deset"},
                    ("i", "a", "o", "og", "oga", "om", "oj", "u", "e", "ih", "im", "ima")),
    "et": {"esimene": 1, "esimese": 1, "esimesel": 1, "esimesele": 1, "esimeses": 1,
           "kolmas": 3, "kolmanda": 3, "kolmandal": 3, "kolmandas": 3, "neljas": 4,
           "neljanda": 4, "neljandal": 4, "viies": 5, "viienda": 5, "viiendal": 5},
    "fi": {"ensimmäinen": 1, "ensimmäisen": 1, "ensimmäisessä": 1, "kolmas": 3,
           "kolmannen": 3, "kolmannessa": 3, "neljäs": 4, "neljännen": 4, "viides": 5,
           "viidennen": 5},
}
ORDINAL_WORDS["bs"] = ORDINAL_WORDS["hr"]
# an ordinal's form that is also a cardinal's case is the cardinal's ("petih": of five)
for _code, _ordinals in ORDINAL_WORDS.items():
    for _form in [f for f in _ordinals if f in WORDS[_code]]:
        del _ordinals[_form]

#: Words of the clock before an hour: Estonian "kell 23.58", "kella 19 paiku"; Finnish "kello
#: 04", "klo 12.30".
TIME_BEFORE = ("kell", "kella", "kello", "klo")
