"""The words of numbers, scales, qualifiers and units, per language: the one table the quantity
reader (:mod:`generator.text.quantities`) reads numbers with.

Number words of the languages ``text2num`` knows (en, fr, es, pt, de, nl, da, it) are parsed by
``text2num``; this table only says which words start a number and which scale and qualifier
words go with one. For the languages ``text2num`` does not know and that the real-page corpus
holds (Polish, Czech, Arabic, Nepali, Korean and Chinese/Japanese numerals), the word values are
listed here: units, tens, hundreds and scales, combined by :func:`combine`.

Every word is lower case; matching is case-insensitive.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from generator.text import number_words_inflected as I
from generator.text import number_words_more as M

#: Languages whose number words text2num parses.
TEXT2NUM = frozenset({"en", "fr", "es", "pt", "de", "nl", "da", "it"})

#: Words that are numbers only with a scale after them ("un million", "a thousand"): alone they
#: are articles, pronouns or adjectives far more often than counts.
ARTICLES: dict[str, frozenset[str]] = {
    "en": frozenset({"a", "an"}), "fr": frozenset({"un", "une"}),
    "es": frozenset({"un", "una", "uno"}), "pt": frozenset({"um", "uma"}),
    "de": frozenset({"ein", "eine", "einer", "einen", "einem", "eins"}),
    "nl": frozenset({"een"}),  # "één", with its accents, is the numeral
    "it": frozenset({"un", "una", "uno"}), "da": frozenset({"en", "et"}),
    "ca": frozenset({"un", "una"}), "ro": frozenset({"un", "o"}),
}
#: Elided words glued to an article, which is read as if written apart ("d'une quinzaine", "qu'un
#: millier", "l'un des"): French writes them without a space.
ELIDED: dict[str, tuple[str, ...]] = {
    "fr": ("d'", "d’", "l'", "l’", "qu'", "qu’", "jusqu'", "jusqu’", "lorsqu'", "lorsqu’",
           "puisqu'", "puisqu’")}
#: "Another" before a noun of an approximate number: "otra veintena", "une autre vingtaine",
#: "un'altra ventina", "outra dezena", "another dozen" read as the noun alone would.
ANOTHER: dict[str, frozenset[str]] = {
    "en": frozenset({"another"}), "fr": frozenset({"autre"}), "es": frozenset({"otra", "otro"}),
    "pt": frozenset({"outra", "outro"}),
    "it": frozenset({"altra", "altro", "un'altra", "un’altra"})}

#: "And" joining an article to a count, which makes it the number one ("un mort et douze blessés").
LIST_JOINERS = {"fr": ("et",), "es": ("y", "e"), "it": ("e", "ed"), "pt": ("e",), "de": ("und",),
                "nl": ("en",), "da": ("og",)}
#: Numerals that lower case does not give back: "Eén" opening a sentence is "één".
RESPELT = {"nl": {"eén": "één"}}

#: The word for "one" that text2num reads, standing in for an article before a scale word
#: ("a thousand" is read as "one thousand", "eine Million" as "ein Million").
ONE = {"en": "one", "fr": "un", "es": "un", "pt": "um", "de": "ein", "nl": "een", "it": "un",
       "da": "en", "ca": "un", "ro": "un"}

#: Words text2num reads as numbers that are nearly always something else in news copy.
NOT_NUMBERS: dict[str, frozenset[str]] = {
    # "new" far more often than "nine" (nine before a plural noun: quantities.word_values
    # .nine_before_plural), "neufs" always new; "les unes": some
    "fr": frozenset({"neuf", "neufs", "unes"}),
    "de": frozenset({"acht"}),  # "in Acht nehmen"
    "en": frozenset({"second", "ones"}), "pt": frozenset({"uns", "umas"}),
    "es": frozenset({"unos", "unas"}),  # "unos 200": a qualifier, "about"
    "it": frozenset(), "nl": frozenset(), "da": frozenset(),
}

#: Number words that are also nouns, and the words after them that make them the noun: Italian
#: "venti" is twenty and "winds" ("venti gelidi", "venti di burrasca", "venti fino a 120 km/h";
#: trial 35 proposed "Number of gelidi (20)"); an adjective of wind or the noun's own
#: complement never follows the numeral, right after it (not past a comma: "saliti a venti,
#: fino a ieri"; nor "che hanno", which follows twenty people as well: "sono venti che hanno
#: perso la vita").
NOUN_HOMONYMS: dict[str, dict[str, frozenset[str]]] = {
    "it": {"venti": frozenset({
        "forti", "fortissimi", "gelidi", "freddi", "caldi", "impetuosi", "violenti", "intensi",
        "tesi", "moderati", "deboli", "sostenuti", "settentrionali", "meridionali",
        "occidentali", "orientali", "di burrasca", "di tempesta", "da nord", "da sud",
        "fino", "che soffiano", "che soffiavano", "che hanno soffiato"})},
}
#: Scale words written after digits ("1.5 million", "3 mil", "2,4 Millionen", "9,6 miliardy").
SCALES: dict[str, dict[str, float]] = {
    "*": {"million": 1e6, "millions": 1e6, "billion": 1e9, "billions": 1e9, "bn": 1e9,
          "mn": 1e6, "trillion": 1e12, "thousand": 1e3, "k": 1e3, "m": 1e6, "b": 1e9,
          "lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7, "hundred": 1e2},
    "fr": {"mille": 1e3, "million": 1e6, "millions": 1e6, "milliard": 1e9, "milliards": 1e9,
           "md": 1e9, "mds": 1e9, "mrd": 1e9},
    "es": {"mil": 1e3, "millón": 1e6, "millon": 1e6, "millones": 1e6, "mil millones": 1e9,
           "billón": 1e12, "billones": 1e12, "mdd": 1e6},
    "pt": {"mil": 1e3, "milhão": 1e6, "milhões": 1e6, "bilhão": 1e9, "bilhões": 1e9,
           "bi": 1e9, "mi": 1e6, "mil milhões": 1e9},
    # "hundert" and "honderd" are written apart only after "several" ("mehrere hundert"), where
    # they are the scale of a vague amount, never the number 100; so are "zehntausend" and
    # "hunderttausend" ("mehrere zehntausend": 30,000 or more, not 10,000, trial 9)
    "de": {"hundert": 1e2, "tausend": 1e3, "zehntausend": 1e4, "hunderttausend": 1e5,
           "million": 1e6, "millionen": 1e6, "mio": 1e6,
           "milliarde": 1e9, "milliarden": 1e9, "mrd": 1e9},
    "it": {"mila": 1e3, "mille": 1e3, "milione": 1e6, "milioni": 1e6, "miliardo": 1e9,
           "miliardi": 1e9, "mln": 1e6, "mld": 1e9, "mrd": 1e9},
    "nl": {"honderd": 1e2, "duizend": 1e3, "miljoen": 1e6, "miljard": 1e9, "mln": 1e6, "mld": 1e9},
    # Catalan and Romanian ("3 milions d'euros", "2 mii de lei", "1,5 milioane de euro")
    "ca": {"mil": 1e3, "milió": 1e6, "milio": 1e6, "milions": 1e6, "mil milions": 1e9},
    "ro": {"sută": 1e2, "suta": 1e2, "sute": 1e2, "mie": 1e3, "mii": 1e3, "milion": 1e6,
           "milioane": 1e6, "miliard": 1e9, "miliarde": 1e9, "mil": 1e6, "mld": 1e9},
    "pl": {"tys": 1e3, "tysiąc": 1e3, "tysiące": 1e3, "tysięcy": 1e3, "mln": 1e6,
           "milion": 1e6, "miliony": 1e6, "milionów": 1e6, "mld": 1e9, "miliard": 1e9,
           "miliardy": 1e9, "miliardów": 1e9, "tysiąca": 1e3, "miliona": 1e6, "miliarda": 1e9},
    "cs": {"tis": 1e3, "tisíc": 1e3, "tisíce": 1e3, "mil": 1e6, "milion": 1e6,
           "miliony": 1e6, "milionů": 1e6, "milionu": 1e6, "mld": 1e9, "miliarda": 1e9,
           "miliardy": 1e9, "miliard": 1e9, "miliardu": 1e9},
    "ar": {"ألف": 1e3, "آلاف": 1e3, "الاف": 1e3, "الف": 1e3, "مليون": 1e6, "ملايين": 1e6,
           "مليار": 1e9, "مليارات": 1e9, "ألفا": 1e3, "ألفًا": 1e3},
    "ne": {"सय": 1e2, "हजार": 1e3, "लाख": 1e5, "करोड": 1e7, "अर्ब": 1e9},
    "hi": {"सौ": 1e2, "हजार": 1e3, "हज़ार": 1e3, "लाख": 1e5, "करोड़": 1e7, "करोड": 1e7},
    "bn": {"শ": 1e2, "শত": 1e2, "হাজার": 1e3, "লাখ": 1e5, "লক্ষ": 1e5, "কোটি": 1e7},
    # after digits, in every case a number puts them in ("2 тысячи", "5 тысяч", "1,5 млн")
    "ru": {"тыс": 1e3, "тысяча": 1e3, "тысячи": 1e3, "тысяч": 1e3, "млн": 1e6,
           "миллион": 1e6, "миллиона": 1e6, "миллионов": 1e6, "млрд": 1e9, "миллиард": 1e9,
           "миллиарда": 1e9, "миллиардов": 1e9},
    "uk": {"тис": 1e3, "тисяча": 1e3, "тисячі": 1e3, "тисяч": 1e3, "млн": 1e6,
           "мільйон": 1e6, "мільйона": 1e6, "мільйони": 1e6, "мільйонів": 1e6, "млрд": 1e9,
           "мільярд": 1e9, "мільярда": 1e9, "мільярди": 1e9, "мільярдів": 1e9},
    "bg": {"хил": 1e3, "хиляда": 1e3, "хиляди": 1e3, "млн": 1e6, "милион": 1e6,
           "милиона": 1e6, "млрд": 1e9, "милиард": 1e9, "милиарда": 1e9},
    "el": {"χιλ": 1e3, "χιλιάδες": 1e3, "εκατ": 1e6, "εκατομμύριο": 1e6,
           "εκατομμύρια": 1e6, "δισ": 1e9, "δισεκατομμύρια": 1e9},
    "tr": {"bin": 1e3, "milyon": 1e6, "milyar": 1e9},
    "ko": {"백": 1e2, "천": 1e3, "만": 1e4, "억": 1e8, "조": 1e12},
    "zh": {"百": 1e2, "千": 1e3, "万": 1e4, "萬": 1e4, "亿": 1e8, "億": 1e8},
    "ja": {"百": 1e2, "千": 1e3, "万": 1e4, "億": 1e8},
}

#: What one unit of a vague word is, for "tens of thousands" (10 x 1,000 at least twice).
VAGUE_UNIT = {"tens": 10, "dizaines": 10, "decenas": 10, "decine": 10, "dezenas": 10,
              "desenes": 10, "zeci": 10, "centenars": 100, "sute": 100,
               "dozens": 12, "douzaines": 12, "hundreds": 100, "centaines": 100, "cientos": 100,
               "centinaia": 100, "centenas": 100, "scores": 20}

#: Plural scale words that, with no number before them, are vague amounts ("thousands of
#: people", "des centaines de", "Tausende"): the least value the words allow.
VAGUE: dict[str, dict[str, float]] = {
    "en": {"dozens": 24, "scores": 40, "tens": 20, "hundreds": 200, "thousands": 2000,
           "millions": 2e6, "billions": 2e9},
    "fr": {"dizaines": 20, "douzaines": 24, "centaines": 200, "milliers": 2000,
           "millions": 2e6, "milliards": 2e9},
    "es": {"decenas": 20, "docenas": 24, "cientos": 200, "centenares": 200, "miles": 2000,
           "millones": 2e6},
    "pt": {"dezenas": 20, "dúzias": 24, "centenas": 200, "milhares": 2000, "milhões": 2e6,
           "bilhões": 2e9},
    "de": {"dutzende": 24, "dutzenden": 24, "hunderten": 200, "tausenden": 2000,
           "hunderte": 200, "tausende": 2000, "zehntausende": 20000,
           "hunderttausende": 200000, "millionen": 2e6},
    "it": {"decine": 20, "dozzine": 24, "centinaia": 200, "migliaia": 2000, "milioni": 2e6},
    "ca": {"desenes": 20, "dotzenes": 24, "centenars": 200, "milers": 2000, "milions": 2e6},
    # the genitive plural as well ("memoria zecilor de oameni", "sutelor de case")
    "ro": {"zeci": 20, "zecile": 20, "zecilor": 20, "sute": 200, "sutele": 200, "sutelor": 200,
           "mii": 2000, "miile": 2000, "miilor": 2000, "milioane": 2e6},
    "nl": {"tientallen": 20, "dozijnen": 24, "honderden": 200, "duizenden": 2000,
           "miljoenen": 2e6},
    "pl": {"dziesiątki": 20, "setki": 200, "tysiące": 2000, "miliony": 2e6,
           "kilkadziesiąt": 20, "kilkaset": 200, "kilkanaście": 11, "dziesiątków": 20,
           "setek": 200, "tysięcy": 2000},
    "cs": {"desítky": 20, "stovky": 200, "tisíce": 2000, "miliony": 2e6},
    "ar": {"عشرات": 20, "مئات": 200, "آلاف": 2000, "الاف": 2000, "ملايين": 2e6},
    # in the cases a verb or a preposition puts them in ("подтопило десятки дворов", "пошкоджено
    # сотні будинків"); "тысячи"/"тисячі" after digits are the scale of the number instead
    "ru": {"десятки": 20, "десятков": 20, "десятками": 20, "десятках": 20, "сотни": 200,
           "сотен": 200, "сотнями": 200, "сотнях": 200, "тысячи": 2000, "тысяч": 2000,
           "миллионы": 2e6, "миллионами": 2e6,
           "тысячами": 2000, "тысячах": 2000},
    "uk": {"десятки": 20, "десятків": 20, "десятками": 20, "десятках": 20, "сотні": 200,
           "сотень": 200, "сотнями": 200, "тисячі": 2000, "тисяч": 2000, "тисячами": 2000,
           "мільйони": 2e6, "мільйонами": 2e6},
    "hi": {"दर्जनों": 24, "सैकड़ों": 200, "सैकडों": 200, "हजारों": 2000, "हज़ारों": 2000,
           "लाखों": 2e5},
    "bn": {"কয়েকশ": 200, "হাজারো": 2000, "শতাধিক": 100},
}
#: A vague plural that a second one follows with no "of" between: "десятки тысяч" (tens of
#: thousands), "dziesiątki tysięcy"; what one of the first is worth.
VAGUE_UNIT_BARE: dict[str, dict[str, float]] = {
    "ru": {"десятки": 10, "десятков": 10, "десятками": 10, "сотни": 100, "сотен": 100},
    "uk": {"десятки": 10, "десятків": 10, "десятками": 10, "сотні": 100, "сотень": 100},
    "pl": {"dziesiątki": 10, "dziesiątków": 10, "setki": 100, "setek": 100},
    # German and Dutch put the two plurals side by side too ("Hunderte Millionen Euro",
    # "honderden miljoenen euro"; trial 13 read it as hundreds, then two million euros)
    "de": {"dutzende": 12, "dutzenden": 12, "hunderte": 100, "hunderten": 100, "tausende": 1000,
           "tausenden": 1000, "zehntausende": 10000, "hunderttausende": 100000},
    "nl": {"tientallen": 10, "honderden": 100, "duizenden": 1000},
}
#: Russian and Ukrainian: the same words in the singular after a qualifier are the one number
#: they name ("более сотни человек": more than a hundred; "около тысячи"), not a vague plural.
SCALE_NOUNS: dict[str, dict[str, float]] = {
    "ru": {"сотни": 100, "сотню": 100, "тысячи": 1000, "тысячу": 1000, "десятка": 10},
    "uk": {"сотні": 100, "сотню": 100, "тисячі": 1000, "тисячу": 1000, "десятка": 10},
}

#: Number words of languages text2num does not know: value of each word form.
WORDS: dict[str, dict[str, float]] = {
    "pl": {
        "jeden": 1, "jedna": 1, "jedno": 1, "dwa": 2, "dwie": 2, "dwóch": 2, "dwoje": 2,
        "dwaj": 2, "trzej": 3, "czterej": 4, "dwoma": 2, "trzema": 3, "czterema": 4,
        "trzy": 3, "trzech": 3, "cztery": 4, "czterech": 4, "pięć": 5, "pięciu": 5,
        "sześć": 6, "sześciu": 6, "siedem": 7, "siedmiu": 7, "osiem": 8, "ośmiu": 8,
        "dziewięć": 9, "dziewięciu": 9, "dziesięć": 10, "dziesięciu": 10, "jedenaście": 11,
        "dwanaście": 12, "trzynaście": 13, "czternaście": 14, "piętnaście": 15,
        "szesnaście": 16, "siedemnaście": 17, "osiemnaście": 18, "dziewiętnaście": 19,
        "dwadzieścia": 20, "dwudziestu": 20, "trzydzieści": 30, "trzydziestu": 30,
        "czterdzieści": 40, "czterdziestu": 40, "pięćdziesiąt": 50, "pięćdziesięciu": 50,
        "sześćdziesiąt": 60, "siedemdziesiąt": 70, "osiemdziesiąt": 80,
        "dziewięćdziesiąt": 90, "sto": 100, "stu": 100, "dwieście": 200, "trzysta": 300,
        "czterysta": 400, "pięćset": 500, "sześćset": 600, "siedemset": 700, "osiemset": 800,
        "dziewięćset": 900, "tysiąc": 1e3, "tysiące": 1e3, "tysięcy": 1e3, "milion": 1e6,
        "miliony": 1e6, "milionów": 1e6, "miliard": 1e9,
        # collective numerals, for children and mixed groups ("troje dzieci"), with their
        # oblique forms ("dwojga", "czworgiem")
        "dwojga": 2, "dwojgu": 2, "dwojgiem": 2, "troje": 3, "trojga": 3, "trojgu": 3,
        "trojgiem": 3, "czworo": 4, "czworga": 4, "czworgu": 4, "czworgiem": 4, "pięcioro": 5,
        "pięciorga": 5, "pięciorgiem": 5, "sześcioro": 6, "sześciorga": 6, "siedmioro": 7,
        "siedmiorga": 7, "ośmioro": 8, "ośmiorga": 8, "dziewięcioro": 9, "dziewięciorga": 9,
        "dziesięcioro": 10, "dziesięciorga": 10,
    },
    "cs": {
        "jeden": 1, "jedna": 1, "jedno": 1, "jednoho": 1, "jednu": 1, "jedné": 1,
        "jednomu": 1, "jedním": 1, "jednom": 1, "dva": 2, "dvě": 2, "dvou": 2, "tři": 3, "tří": 3,
        "čtyři": 4, "čtyř": 4, "pět": 5, "šest": 6, "sedm": 7, "osm": 8, "devět": 9,
        "deset": 10, "jedenáct": 11, "dvanáct": 12, "třináct": 13, "čtrnáct": 14,
        "patnáct": 15, "šestnáct": 16, "sedmnáct": 17, "osmnáct": 18, "devatenáct": 19,
        "dvacet": 20, "třicet": 30, "čtyřicet": 40, "padesát": 50, "šedesát": 60,
        "sedmdesát": 70, "osmdesát": 80, "devadesát": 90, "sto": 100, "stovky": 100,
        "dvě stě": 200, "tisíc": 1e3, "tisíce": 1e3, "milion": 1e6, "miliony": 1e6,
        "milionů": 1e6, "miliarda": 1e9, "miliardy": 1e9,
        # the dative, locative and instrumental a preposition puts a count in ("se dvěma
        # pacienty", "z osmi jednotek", "na třech úsecích")
        "dvěma": 2, "třem": 3, "třech": 3, "třemi": 3, "čtyřem": 4, "čtyřech": 4, "čtyřmi": 4,
        **{w: float(v) for v, w in enumerate(
            ("pěti", "šesti", "sedmi", "osmi", "devíti", "deseti", "jedenácti", "dvanácti",
             "třinácti", "čtrnácti", "patnácti", "šestnácti", "sedmnácti", "osmnácti",
             "devatenácti"), start=5)},
        **{w: float(v) for v, w in zip(range(20, 100, 10), (
            "dvaceti", "třiceti", "čtyřiceti", "padesáti", "šedesáti", "sedmdesáti", "osmdesáti",
            "devadesáti"), strict=True)},
    },
    "ar": {
        "واحد": 1, "واحدة": 1, "اثنان": 2, "اثنين": 2, "اثنتان": 2, "اثنتين": 2,
        "ثلاثة": 3, "ثلاث": 3, "أربعة": 4, "أربع": 4, "اربعة": 4, "اربع": 4, "خمسة": 5,
        "خمس": 5, "ستة": 6, "ست": 6, "سبعة": 7, "سبع": 7, "ثمانية": 8, "ثماني": 8,
        "ثمان": 8, "تسعة": 9, "تسع": 9, "عشرة": 10, "عشر": 10, "عشرون": 20, "عشرين": 20,
        "ثلاثون": 30, "ثلاثين": 30, "أربعون": 40, "أربعين": 40, "اربعين": 40, "خمسون": 50,
        "خمسين": 50, "ستون": 60, "ستين": 60, "سبعون": 70, "سبعين": 70, "ثمانون": 80,
        "ثمانين": 80, "تسعون": 90, "تسعين": 90, "مئة": 100, "مائة": 100, "مئتان": 200,
        "مئتين": 200, "مائتين": 200, "مائتان": 200, "ثلاثمئة": 300, "ثلاثمائة": 300,
        "أربعمئة": 400, "أربعمائة": 400, "خمسمئة": 500, "خمسمائة": 500, "ستمئة": 600,
        "ستمائة": 600, "سبعمئة": 700, "سبعمائة": 700, "ثمانمئة": 800, "ثمانمائة": 800,
        "تسعمئة": 900, "تسعمائة": 900, "ألف": 1e3, "الف": 1e3, "ألفا": 1e3, "ألفًا": 1e3,
        "آلاف": 1e3, "ألفان": 2e3, "ألفين": 2e3, "ألفي": 2e3, "مليون": 1e6, "ملايين": 1e6,
        "مليونين": 2e6, "مليار": 1e9,
    },
    # Catalan, which text2num does not read: the tens joined to their units by hyphens
    # ("vint-i-dos", "trenta-cinc"), the hundreds in both genders ("dues-centes"). Not "nou"
    # (nine, and "new"), read only before a plural (quantities.word_values.nine_before_plural)
    "ca": {
        "u": 1, "un": 1, "una": 1, "dos": 2, "dues": 2, "tres": 3, "quatre": 4, "cinc": 5,
        "sis": 6, "set": 7, "vuit": 8, "deu": 10, "onze": 11, "dotze": 12, "tretze": 13,
        "catorze": 14, "quinze": 15, "setze": 16, "disset": 17, "divuit": 18, "dinou": 19,
        "nou": 9, "vint": 20, "trenta": 30, "quaranta": 40, "cinquanta": 50, "seixanta": 60,
        "setanta": 70, "vuitanta": 80, "noranta": 90, "cent": 100, "mil": 1e3, "milió": 1e6,
        "milions": 1e6,
        **{f"{ten}{'-i-' if value == 20 else '-'}{unit}": float(value + n)
           for ten, value in (("vint", 20), ("trenta", 30), ("quaranta", 40), ("cinquanta", 50),
                              ("seixanta", 60), ("setanta", 70), ("vuitanta", 80),
                              ("noranta", 90))
           for unit, n in (("u", 1), ("un", 1), ("una", 1), ("dos", 2), ("dues", 2), ("tres", 3),
                           ("quatre", 4), ("cinc", 5), ("sis", 6), ("set", 7), ("vuit", 8),
                           ("nou", 9))},
        **{f"{unit}-{cents}": float(100 * n) for unit, n in (
            ("dos", 2), ("dues", 2), ("tres", 3), ("quatre", 4), ("cinc", 5), ("sis", 6),
            ("set", 7), ("vuit", 8), ("nou", 9)) for cents in ("cents", "centes")},
    },
    # Romanian, written with the comma below or the cedilla, and without diacritics as some
    # outlets print it ("doua", "sapte"); the tens past twenty take "de" before their noun
    # ("douăzeci de răniți"), which the counted-noun readers skip as they skip it after digits.
    # Not "nouă" (nine, and "new"), read only before a plural (as Catalan "nou")
    "ro": {
        "unu": 1, "un": 1, "doi": 2, "două": 2, "doua": 2, "trei": 3, "patru": 4,
        "cinci": 5, "șase": 6, "şase": 6, "sase": 6, "șapte": 7, "şapte": 7, "sapte": 7,
        "opt": 8, "nouă": 9, "noua": 9, "zece": 10, "unsprezece": 11, "doisprezece": 12,
        "douăsprezece": 12,
        "douasprezece": 12, "treisprezece": 13, "paisprezece": 14, "cincisprezece": 15,
        "șaisprezece": 16, "şaisprezece": 16, "saisprezece": 16, "șaptesprezece": 17,
        "şaptesprezece": 17, "saptesprezece": 17, "optsprezece": 18, "nouăsprezece": 19,
        "nouasprezece": 19, "douăzeci": 20, "douazeci": 20, "treizeci": 30, "patruzeci": 40,
        "cincizeci": 50, "șaizeci": 60, "şaizeci": 60, "saizeci": 60, "șaptezeci": 70,
        "şaptezeci": 70, "saptezeci": 70, "optzeci": 80, "nouăzeci": 90, "nouazeci": 90,
        "sută": 100, "suta": 100, "sute": 100, "mie": 1e3, "mii": 1e3, "milion": 1e6,
        "milioane": 1e6,
    },
    # not "छ" (six): the same word is the auxiliary "is" that ends most Nepali sentences
    "ne": {
        "एक": 1, "दुई": 2, "तीन": 3, "चार": 4, "पाँच": 5, "पांच": 5, "सात": 7,
        "आठ": 8, "नौ": 9, "दश": 10, "दस": 10, "सय": 100, "हजार": 1e3, "लाख": 1e5,
        "करोड": 1e7,
    },
    "zh": {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5,
           "六": 6, "七": 7, "八": 8, "九": 9, "十": 10, "百": 100, "千": 1e3, "万": 1e4,
           "萬": 1e4, "亿": 1e8, "億": 1e8},
}
WORDS["ja"] = WORDS["zh"]
#: Hindi cardinals. "दो" is also "give!", an imperative news copy hardly uses. Not "एक" alone:
#: it is the article "a" as often as "one" ("एक संवाददाता सम्मेलन में", at a press conference).
WORDS["hi"] = {
    "दो": 2, "तीन": 3, "चार": 4, "पांच": 5, "पाँच": 5, "छह": 6, "छः": 6, "सात": 7,
    "आठ": 8, "नौ": 9, "दस": 10, "ग्यारह": 11, "बारह": 12, "तेरह": 13, "चौदह": 14, "पंद्रह": 15,
    "पन्द्रह": 15, "सोलह": 16, "सत्रह": 17, "अठारह": 18, "उन्नीस": 19, "बीस": 20, "पच्चीस": 25,
    "तीस": 30, "चालीस": 40, "पचास": 50, "साठ": 60, "सत्तर": 70, "अस्सी": 80, "नब्बे": 90,
    "सौ": 100, "हजार": 1e3, "हज़ार": 1e3, "लाख": 1e5, "करोड़": 1e7, "करोड": 1e7,
}
#: Bengali cardinals, and the forms glued to the classifier of persons ("পাঁচজন" five people;
#: "দুজন" two), with its genitive and objective endings ("একজনের", of one person). Not "নয়"
#: (nine) alone: the same word is "is not"; nine persons are "নয়জন". Not "এক" alone nor
#: "একটি"/"একটা": "one" is the article "a" as often ("এক সংবাদ সম্মেলনে", at a press
#: conference). "য়" is written two ways (one code point, or "য" and a nukta), and pages use
#: both: both are listed.
_BN = {"দুই": 2, "তিন": 3, "চার": 4, "পাঁচ": 5, "ছয়": 6, "ছয়": 6, "সাত": 7, "আট": 8,
       "দশ": 10, "এগারো": 11, "বারো": 12, "তেরো": 13, "চোদ্দ": 14, "পনেরো": 15, "ষোলো": 16,
       "সতেরো": 17, "আঠারো": 18, "উনিশ": 19, "বিশ": 20, "পঁচিশ": 25, "ত্রিশ": 30, "চল্লিশ": 40,
       "পঞ্চাশ": 50, "ষাট": 60, "সত্তর": 70, "আশি": 80, "নব্বই": 90}
WORDS["bn"] = {**_BN, **{w + "জন" + case: v for w, v in {**_BN, "এক": 1, "দু": 2}.items()
                         for case in ("", "ের", "কে")}, "নয়জন": 9,
               "নয়জন": 9, "একশ": 100, "শ": 100, "শত": 100, "হাজার": 1e3, "লাখ": 1e5,
               "লক্ষ": 1e5, "কোটি": 1e7}
#: Arabic duals: one word that is two of what it names ("شخصان" two persons, "يومين" two days),
#: with the unit it counts in. Only nouns whose plural is broken ("أشخاص", "أيام") or feminine
#: ("سيارات"), so that the "-ين" ending is the dual and not a sound plural ("مدنيين" civilians);
#: a nisba noun only in the nominative dual ("مدنيان").
DUALS: dict[str, dict[str, str | None]] = {"ar": {
    **{stem + end: None for stem in ("شخص", "رجل", "طفل", "قتيل", "جريح", "شاب", "منزل", "سد",
                                     "جسر", "انفجار", "مبني", "قارب", "زورق", "قطار", "رضيع")
       for end in ("ان", "ين")},
    **{stem + end: None for stem in ("طفلت", "امرأت", "سيارت", "حافلت", "طائرت", "سفينت", "قريت",
                                     "مدينت", "محافظت", "بنايت", "عربت", "جثت", "شاحنت")
       for end in ("ان", "ين")},
    "مدنيان": None, "مصابان": None,
    **{stem + end: unit for stem, unit in (("يوم", "day"), ("عام", "year"), ("شهر", "month"),
                                           ("أسبوع", "week"), ("ساعت", "hour"), ("سنت", "year"),
                                           ("دقيقت", "minute"), ("ليلت", "day"))
       for end in ("ان", "ين")},
}}
#: Letters that Arabic writes glued to the word after them, digits too ("و45" and 45, "بـ34" with
#: 34, "لـ2261" for 2261): "and", "with", "for", "so", "like", the article, and the tatweel that
#: may stretch them. A number after them is no id glued to a name.
PROCLITICS = {"ar": ("و", "ف", "ب", "ل", "ك", "ال", "وب", "ول", "فب", "فل", "بال", "وال", "لل",
                     "وبال", "ولل")}

#: Counters after a Chinese or Japanese numeral in characters that make it a count of people or
#: things (人 people, 名 and 位 persons, 具 bodies, 架 aircraft, 艘 ships, 辆 vehicles, 栋 and 座
#: buildings).
HAN_COUNTERS = "人名位具架个個艘辆輛栋棟座"
#: Russian, Ukrainian and Bulgarian: the cardinals to twenty, the tens and hundreds in their
#: common case forms, and the collective numerals that count people ("двое", "п'ятеро",
#: "шестима"), Russian ones in the cases a verb puts them in too ("троим потребовалась помощь"). The
#: Russian "one" is a count only in the nominative ("пострадал один пожарный", "одна машина"): its
#: other cases are "one of" ("в одном из цехов") far more often, and "one of" ("одна из") and
#: "not one" (:data:`NONE_BEFORE`) make no count.
WORDS["ru"] = {
    "один": 1, "одна": 1, "одно": 1, "одного": 1, "одному": 1, "одним": 1, "одной": 1,
    "одну": 1, "двоих": 2, "троих": 3, "четверых": 4, "пятерых": 5,
    "шестерых": 6, "двоим": 2, "троим": 3, "четверым": 4, "пятерым": 5,
    "два": 2, "две": 2, "двух": 2, "три": 3, "трех": 3, "трёх": 3, "четыре": 4, "четырех": 4,
    "четырёх": 4, "пять": 5, "пяти": 5, "шесть": 6, "шести": 6, "семь": 7, "семи": 7,
    "восемь": 8, "восьми": 8, "девять": 9, "девяти": 9, "десять": 10, "десяти": 10,
    "одиннадцать": 11, "двенадцать": 12, "тринадцать": 13, "четырнадцать": 14,
    "пятнадцать": 15, "шестнадцать": 16, "семнадцать": 17, "восемнадцать": 18,
    "девятнадцать": 19, "двадцать": 20, "двадцати": 20, "тридцать": 30, "тридцати": 30,
    "сорок": 40, "пятьдесят": 50, "шестьдесят": 60, "семьдесят": 70, "восемьдесят": 80,
    "девяносто": 90, "сто": 100, "ста": 100, "двести": 200, "триста": 300, "четыреста": 400,
    "пятьсот": 500, "тысяча": 1e3, "тысячи": 1e3, "тысяч": 1e3, "миллион": 1e6,
    "миллиона": 1e6, "миллионов": 1e6, "двое": 2, "трое": 3, "четверо": 4, "пятеро": 5,
    "шестеро": 6, "семеро": 7, "восьмеро": 8, "девятеро": 9, "десятеро": 10,
}
WORDS["uk"] = {
    "два": 2, "дві": 2, "двох": 2, "три": 3, "трьох": 3, "чотири": 4, "чотирьох": 4,
    "п'ять": 5, "п’ять": 5, "п'яти": 5, "п’яти": 5, "п'ятьох": 5, "п’ятьох": 5, "шість": 6,
    "шести": 6, "шістьох": 6, "сім": 7, "семи": 7, "вісім": 8, "восьми": 8, "дев'ять": 9,
    "дев’ять": 9, "десять": 10, "десяти": 10, "двадцять": 20, "тридцять": 30, "сорок": 40,
    "п'ятдесят": 50, "п’ятдесят": 50, "сто": 100, "ста": 100, "двісті": 200, "тисяча": 1e3,
    "тисячі": 1e3, "тисяч": 1e3, "мільйон": 1e6, "мільйони": 1e6, "мільйонів": 1e6,
    # "one" in the cases a verb or a preposition puts it in ("з одним лікарем", "ще
    # одного рибалку"); "одна з", "одним із" (one of) is no count (ONE_OF)
    "один": 1, "одна": 1, "одне": 1, "одного": 1, "одному": 1, "одним": 1, "одній": 1,
    "одну": 1, "одною": 1,
    "двоє": 2, "троє": 3, "четверо": 4, "п'ятеро": 5, "п’ятеро": 5, "шестеро": 6,
}
WORDS["bg"] = {
    "два": 2, "две": 2, "три": 3, "четири": 4, "пет": 5, "шест": 6, "седем": 7, "осем": 8,
    "девет": 9, "десет": 10, "двадесет": 20, "тридесет": 30, "четиридесет": 40,
    "петдесет": 50, "сто": 100, "двеста": 200, "триста": 300, "хиляда": 1e3, "хиляди": 1e3,
    "милион": 1e6, "милиона": 1e6, "двама": 2, "трима": 3, "четирима": 4, "петима": 5,
    "шестима": 6, "седмина": 7, "осмина": 8, "деветима": 9, "десетима": 10,
}

#: A negation before a number word that makes it no count ("ни один человек не пострадал",
#: "no one was hurt": nobody was).
NONE_BEFORE: dict[str, frozenset[str]] = {"ru": frozenset({"ни"}), "en": frozenset({"no"})}

#: The words for "one" that "one of" makes no count of.
ONE_OF = frozenset({"one", "un", "une", "uno", "una", "ein", "eine", "um", "uma", "een", "jeden",
                    "jedna", "jedno", "jednoho", "jednu", "jedné", "jedním", "jednego", "jednej",
                    "jedną", "jednym", "один", "одна", "одно", "одного", "одному", "одним",
                    "одной", "одну", "одне", "одній", "واحد", "واحدة"})

#: "Of" after "one" or a part: "one of the", "jeden z", "une partie du".
OF = frozenset({"of", "de", "du", "der", "des", "di", "delle", "dei", "degli", "do", "da", "van",
                "z", "ze", "из", "із", "зі", "з", "من",
                # Catalan and Romanian: "un dels ferits", "una dintre victime"
                "dels", "dintre", "din"})

#: Words after "one" that make it no count either, beside "of": "on the one hand" ("с одной
#: стороны", "з одного боку"), "in a word" ("одним словом"), "each other" and "one after
#: another" ("один другому", "jeden druhému", "один одного": "one" after "one" is none either,
#: nor an ordinal's word after a Slavic "one", ONE_EACH; an article before one is its own).
AFTER_ONE = OF | frozenset({"стороны", "сторони", "боку", "словом", "другому", "другого",
                            "другим", "другой", "другую", "одного", "одному", "одним", "одну",
                            "одной", "одне", "одній", "одною", "druhému", "druhého", "druhým",
                            "druhou", "drugiemu", "drugiego", "drugim", "drugą"})

#: The word between two "one"s that makes them "one at a time", no count of one ("one by one",
#: "one-by-one", "un par un", "uno a uno", "uno por uno", "uno per uno", "um a um"; s18).
ONE_AT_A_TIME = frozenset({"by", "par", "à", "a", "por", "per", "after"})

ONE_EACH = frozenset({"jeden", "jedna", "jedno", "один", "одна", "одно", "одне"})

#: English "one" that says who spoke is no count: before a speaker set off by a comma ("one
#: witness, a shopkeeper, recalled"), or when a verb of saying ends its clause ("one neighbour
#: who saw the blaze said").
ONE_SPEAKER = frozenset({"witness", "eyewitness", "neighbor", "neighbour", "onlooker",
                         "bystander"})
SAID = frozenset({"said", "says", "told", "recalled", "added", "explained", "recounted",
                  "wrote", "posted", "described"})
#: ... unless a passive puts it on the one spoken of ("one man was told to leave").
PASSIVE = frozenset({"was", "were", "is", "are", "be", "been", "being"})

#: Words and signs for "number" before a numeral, which then names a thing ("el pozo número cuatro",
#: "в квартире № 12", "the number two cause") instead of counting it.
NUMBER_SIGNS = ("no.", "nº", "n°", "nr", "nr.", "№", "number", "número", "numero", "nummer",
                "numer", "numéro", "номер", "رقم")
#: A train's noun or class before its number ("der ICE 1234", "il regionale 10870", "train
#: 7/27"). A class that is also an adjective names a number of three digits or more only
#: (TRAIN_ADJECTIVES): "la Protezione civile regionale 12 squadre" is an adjective before a count.
TRAIN_NOUNS: dict[str, frozenset[str]] = {
    "en": frozenset({"train"}), "fr": frozenset({"train"}),
    "de": frozenset({"zug", "ice", "regionalzug"}), "es": frozenset({"tren"}),
    "it": frozenset({"treno", "regionale"}), "pt": frozenset({"comboio", "trem"}),
    "nl": frozenset({"trein"}), "pl": frozenset({"pociąg", "pociągu"}),
    "cs": frozenset({"vlak", "vlaku"}),
}
TRAIN_ADJECTIVES = frozenset({"regionale"})
TRAIN_NUMBER_DIGITS = 3
#: Roads that a number names, written in lower case before it ("la statale 16", "la
#: départementale 7", "die Bundesstraße 27", "la carretera 340", "a rodovia 101"; capitalised,
#: "Route 66" and "Autobahn 7" are read by :meth:`Scanner.names_something`).
ROAD_NOUNS: dict[str, frozenset[str]] = {
    "en": frozenset({"route", "highway", "interstate", "motorway"}),
    "fr": frozenset({"autoroute", "départementale", "nationale", "route"}),
    "de": frozenset({"autobahn", "bundesstraße", "bundesstrasse", "landstraße", "landesstraße",
                     "kreisstraße", "staatsstraße"}),
    "es": frozenset({"autovía", "autopista", "carretera", "ruta"}),
    "it": frozenset({"statale", "provinciale", "autostrada", "superstrada"}),
    "pt": frozenset({"rodovia", "estrada", "autoestrada"}),
}
#: A line of transport, a terminal or a platform that a number names ("la ligne 4 du métro",
#: "Terminal 2 was evacuated", "Gleis 3", "il binario 5").
LINE_NOUNS: dict[str, frozenset[str]] = {
    "en": frozenset({"line", "terminal", "platform"}),
    "fr": frozenset({"ligne", "terminal"}),
    "de": frozenset({"linie", "terminal", "gleis"}),
    "es": frozenset({"línea", "terminal", "andén"}),
    "it": frozenset({"linea", "terminal", "binario"}),
    "pt": frozenset({"linha", "terminal", "plataforma"}),
}
#: A step of a scale that a number names (figures round ffig6): a storm's category ("the Category
#: 5 storm", "huracán de categoría 4", "furacão de categoria 5", "ein Hurrikan der Kategorie 3")
#: is no count: "a week after the Category 4 storm" had read as a toll of four.
#: An alarm's level is another ("un fuego de nivel cinco", "a level 5 fire": trial 40
#: drafted it as a count of the noun before it), in digits or in words.
RANK_NOUNS: dict[str, frozenset[str]] = {
    "en": frozenset({"category", "level"}), "fr": frozenset({"catégorie", "niveau"}),
    "de": frozenset({"kategorie", "stufe", "alarmstufe"}),
    "es": frozenset({"categoría", "categoria", "nivel"}),
    "it": frozenset({"categoria", "livello"}), "pt": frozenset({"categoria", "nível"}),
    "nl": frozenset({"categorie", "niveau"}), "pl": frozenset({"kategorii", "kategoria"}),
}
#: A noun that a number names, in the language it is written in: a flight ("flight 171", "vol
#: AI 171", "Flug LH 400": an airline's code may stand between) is no count of flights; a train
#: (TRAIN_NOUNS); a road (ROAD_NOUNS); a line, terminal or platform (LINE_NOUNS); a step of a
#: scale (RANK_NOUNS).
NAMED_BY_NUMBER: dict[str, frozenset[str]] = {
    code: flights | TRAIN_NOUNS.get(code, frozenset()) | ROAD_NOUNS.get(code, frozenset())
    | LINE_NOUNS.get(code, frozenset()) | RANK_NOUNS.get(code, frozenset())
    for code, flights in {
        "en": frozenset({"flight"}), "fr": frozenset({"vol"}), "de": frozenset({"flug"}),
        "es": frozenset({"vuelo"}), "it": frozenset({"volo"}), "pt": frozenset({"voo", "vôo"}),
        "nl": frozenset({"vlucht"}), "pl": frozenset({"lot", "lotu", "locie"}),
        "cs": frozenset({"let", "letu", "letem"}),
    }.items()}
#: The names of trains that their number stands before or after in brackets ("the 12841
#: Coromandel Express", "the Howrah Mail (12839)"): the number names the train.
TRAIN_NAMES = ("Express", "Mail", "Superfast", "Special", "Rajdhani", "Shatabdi", "Duronto",
               "Passenger", "Intercity", "InterCity")
#: Aircraft makers whose models are numbers ("a Boeing 737", "the Embraer 190"): the number names
#: the model. (Airbus writes a letter before it, "A320", which the glued-letter rule reads.)
MODEL_MAKERS = frozenset({"boeing", "embraer", "bombardier", "antonov", "tupolev", "ilyushin",
                          "sukhoi", "cessna", "atr", "fokker", "dornier", "beechcraft",
                          "gulfstream", "learjet", "mcdonnell"})

#: The word for kilometre written before a number: a road's marker ("no km 412 da rodovia", "en el
#: kilómetro 58 de la autopista"), which names a place; as a distance the unit follows it.
MARKER_BEFORE = ("km", "km.", "quilômetro", "quilómetro", "kilómetro", "kilometro",
                 "chilometro", "kilomètre")

#: Words that join number words of one number ("two hundred and five", "vingt et un").
JOINERS = frozenset({"and", "et", "y", "e", "und", "en", "og", "و"})
#: The same in a language whose number words the table lists, read only between its tens and a
#: unit (Romanian "douăzeci și doi", 22; not "între doi și trei metri", two or three):
#: quantities.word_values.joins_tens. "si" is also "if" and "yes" elsewhere, so it is the page's
#: language's joiner only.
JOINERS_OF = {"ro": frozenset({"și", "şi", "si"})}
#: The word a language puts between a number of twenty or more written in words and the scale
#: word after it: Romanian "două sute de mii" is 200,000, "douăzeci de milioane" 20 million
#: (quantities.word_values.de_before_scale), as "20 de mii" in digits (quantities.languages).
SCALE_JOINERS = {"ro": frozenset({"de"})}

#: A verb of extent before "over": the span itself ("a slick extending over 49 km", "stretching
#: over", "spanning over"), no "more than" (trial 38).
SPANNING_OVER = re.compile(r"\b(?:extend(?:s|ed|ing)?|stretch(?:es|ed|ing)?|span(?:s|ned|ning)?"
                           r"|spread(?:s|ing)?)\s+$")
#: Qualifiers written before a number, and what they make of it.
QUALIFIERS: dict[str, dict[str, str]] = {
    "en": {"more than": "more-than", "over": "more-than", "just over": "more-than",
           "upwards of": "more-than", "in excess of": "more-than", "above": "more-than",
           "at least": "at-least", "no fewer than": "at-least", "no less than": "at-least",
           "a minimum of": "at-least", "not less than": "at-least", "not fewer than": "at-least",
           "about": "about", "more or less": "about", "approximately": "about",
           "around": "about", "roughly": "about",
           "some": "about", "an estimated": "about", "estimated": "about", "close to": "about",
           "circa": "about", "c.": "about", "approx.": "about", "an approximate": "about",
           "nearly": "nearly", "almost": "nearly", "just under": "nearly",
           "up to": "up-to", "as many as": "up-to", "at most": "up-to", "as much as": "up-to",
           "no more than": "up-to", "a maximum of": "up-to",
           "fewer than": "fewer-than", "less than": "fewer-than", "under": "fewer-than",
           "below": "fewer-than",
           # a verb of going past the number: a toll "had exceeded 58" was more than 58
           "exceeded": "more-than", "exceeds": "more-than", "surpassed": "more-than",
           "surpasses": "more-than",
           # and its infinitive, after a modal: a toll that "could exceed 100" (trial 28)
           "exceed": "more-than", "surpass": "more-than"},
    "fr": {"plus de": "more-than", "au moins": "at-least", "pas moins de": "at-least",
           "environ": "about", "quelque": "about", "quelques": "about", "près de": "nearly",
           "presque": "nearly", "quasiment": "nearly", "jusqu'à": "up-to", "jusqu’à": "up-to",
           "moins de": "fewer-than", "autour de": "about", "approximativement": "about",
           "au bas mot": "at-least", "une estimation de": "about", "quelque chose comme": "about",
           "plus d'": "more-than", "plus d’": "more-than", "dépassé": "more-than",
           "dépasse": "more-than", "dépasser": "more-than", "au plus": "up-to",
           "tout au plus": "up-to", "au maximum": "up-to", "au minimum": "at-least",
           "plus ou moins": "about"},
    "es": {"más de": "more-than", "mas de": "more-than", "al menos": "at-least",
           "por lo menos": "at-least", "como mínimo": "at-least", "unos": "about",
           "unas": "about", "cerca de": "about", "alrededor de": "about",
           "aproximadamente": "about", "casi": "nearly", "hasta": "up-to",
           "menos de": "fewer-than", "en torno a": "about", "más de unos": "more-than",
           "superó los": "more-than", "supera los": "more-than", "superado los": "more-than",
           "superar los": "more-than", "superar las": "more-than", "supera las": "more-than",
           "superó las": "more-than",
           "como máximo": "up-to", "como maximo": "up-to", "más o menos": "about",
           "mas o menos": "about", "no menos de": "at-least", "poco más de": "more-than"},
    "pt": {"mais de": "more-than", "pelo menos": "at-least", "ao menos": "at-least",
           "cerca de": "about", "aproximadamente": "about", "perto de": "about",
           "quase": "nearly", "até": "up-to", "menos de": "fewer-than", "uns": "about",
           "umas": "about", "por volta de": "about", "em torno de": "about",
           "no máximo": "up-to", "no mínimo": "at-least", "mais ou menos": "about",
           "não menos de": "at-least", "pouco mais de": "more-than", "ultrapassar": "more-than",
           "ultrapassou": "more-than", "ultrapassa": "more-than"},
    "de": {"mehr als": "more-than", "über": "more-than", "ueber": "more-than",
           "mindestens": "at-least", "wenigstens": "at-least", "rund": "about",
           "etwa": "about", "ungefähr": "about", "circa": "about", "ca.": "about",
           "schätzungsweise": "about", "gut": "about", "knapp": "nearly", "fast": "nearly",
           "beinahe": "nearly", "nahezu": "nearly", "bis zu": "up-to", "weniger als": "fewer-than",
           "unter": "fewer-than", "annähernd": "nearly", "an die": "about",
           "überstieg": "more-than", "übersteigt": "more-than", "höchstens": "up-to",
           "maximal": "up-to", "nicht weniger als": "at-least", "nicht unter": "at-least",
           "mehr oder weniger": "about"},
    "it": {"più di": "more-than", "oltre": "more-than", "almeno": "at-least", "circa": "about",
           "quasi": "nearly", "fino a": "up-to", "meno di": "fewer-than", "intorno a": "about",
           "intorno ai": "about", "sui": "about", "una ventina": "about",
           "intorno alle": "about", "intorno agli": "about", "attorno a": "about",
           "attorno ai": "about", "attorno alle": "about", "al massimo": "up-to",
           "come minimo": "at-least", "più o meno": "about", "non meno di": "at-least",
           "poco più di": "more-than", "superare i": "more-than", "superare le": "more-than",
           "superato i": "more-than", "superato le": "more-than"},
    "ca": {"més de": "more-than", "mes de": "more-than", "almenys": "at-least",
           "com a mínim": "at-least", "uns": "about", "unes": "about", "prop de": "about",
           "al voltant de": "about", "aproximadament": "about", "gairebé": "nearly",
           "quasi": "nearly", "fins a": "up-to", "com a màxim": "up-to", "menys de": "fewer-than",
           "no menys de": "at-least", "poc més de": "more-than", "més o menys": "about"},
    # the forms without diacritics too ("cel putin", "pana la")
    "ro": {"peste": "more-than", "mai mult de": "more-than", "mai bine de": "more-than",
           "cel puțin": "at-least", "cel puţin": "at-least", "cel putin": "at-least",
           "aproximativ": "about", "circa": "about", "în jur de": "about",
           "in jur de": "about", "vreo": "about", "aproape": "nearly", "până la": "up-to",
           "pana la": "up-to", "sub": "fewer-than",
           "mai puțin de": "fewer-than", "mai puţin de": "fewer-than",
           "mai putin de": "fewer-than"},
    "nl": {"meer dan": "more-than", "ruim": "more-than", "minstens": "at-least",
           "ten minste": "at-least", "ongeveer": "about", "zo'n": "about", "zo’n": "about",
           "circa": "about", "bijna": "nearly", "tot": "up-to", "minder dan": "fewer-than"},
    "pl": {"ponad": "more-than", "przeszło": "more-than", "co najmniej": "at-least",
           "około": "about", "ok.": "about", "blisko": "nearly", "prawie": "nearly",
           "niemal": "nearly", "do": "up-to", "mniej niż": "fewer-than", "niespełna": "nearly"},
    "cs": {"více než": "more-than", "přes": "more-than", "nejméně": "at-least",
           "alespoň": "at-least", "asi": "about", "zhruba": "about", "přibližně": "about",
           "kolem": "about", "téměř": "nearly", "skoro": "nearly", "až": "up-to",
           "méně než": "fewer-than"},
    "ar": {"أكثر من": "more-than", "اكثر من": "more-than", "ما يزيد عن": "more-than",
           "ما يزيد على": "more-than", "ما يربو على": "more-than", "ما يربو عن": "more-than",
           "ما لا يقل عن": "at-least", "على الأقل": "at-least",
           "نحو": "about", "حوالي": "about", "حوالى": "about", "قرابة": "about",
           "زهاء": "about", "ما يقرب من": "nearly", "ما يقارب": "nearly", "أقل من": "fewer-than",
           "تقريبا": "about"},
    "ne": {"कम्तीमा": "at-least", "कम्तिमा": "at-least", "झन्डै": "nearly",
           "करिब": "about", "लगभग": "about", "भन्दा बढी": "more-than"},
    "hi": {"कम से कम": "at-least", "करीब": "about", "लगभग": "about", "तकरीबन": "about",
           "से अधिक": "more-than", "से ज्यादा": "more-than", "से ज़्यादा": "more-than"},
    "bn": {"অন্তত": "at-least", "কমপক্ষে": "at-least", "প্রায়": "about",
           "এর বেশি": "more-than"},
    "ru": {"более": "more-than", "больше": "more-than", "свыше": "more-than",
           "не менее": "at-least", "по меньшей мере": "at-least", "как минимум": "at-least",
           "минимум": "at-least", "около": "about", "примерно": "about", "почти": "nearly",
           "до": "up-to", "менее": "fewer-than", "меньше": "fewer-than"},
    "uk": {"понад": "more-than", "більше": "more-than", "щонайменше": "at-least",
           "принаймні": "at-least", "не менше": "at-least", "близько": "about",
           "приблизно": "about", "майже": "nearly", "до": "up-to", "менше": "fewer-than"},
    "bg": {"над": "more-than", "повече от": "more-than", "най-малко": "at-least",
           "поне": "at-least", "около": "about", "близо": "nearly", "почти": "nearly",
           "до": "up-to", "под": "fewer-than", "по-малко от": "fewer-than"},
    "tr": {"en az": "at-least", "yaklaşık": "about", "tahminen": "about", "neredeyse": "nearly",
           "en fazla": "up-to"},
    "ko": {"최소": "at-least", "적어도": "at-least", "약": "about", "최대": "up-to"},
    "ja": {"少なくとも": "at-least", "約": "about", "最大": "up-to"},
    "zh": {"至少": "at-least", "超过": "more-than", "超過": "more-than", "约": "about",
           "約": "about", "将近": "nearly", "多达": "up-to", "多達": "up-to"},
}

def qualifier_words(*approx: str) -> str:
    """A regular expression's alternation of every language's qualifiers (:data:`QUALIFIERS`)
    that make a number one of ``approx`` ("about", "nearly", "more-than"…), longest first, a
    space matching any run of spaces: so that the rules reading a qualifier between a word and
    its number (a landform's height, an altitude, a distance from a place, a temperature's
    reading) read this one table, and a qualifier added here reaches every one of them."""
    words = {w for table in QUALIFIERS.values() for w, v in table.items() if v in approx}
    return "|".join(r"\s+".join(re.escape(part) for part in w.split())
                    for w in sorted(words, key=lambda w: (-len(w), w)))


#: Units written after a number (or glued to it: "370km", "5.6-magnitude"), by canonical unit.
#: Canonical units are pint's names (``km``, ``mile``, ``metric_ton``…), plus ``usd``/``eur``/
#: ``gbp`` (money is not converted), ``percent`` and ``magnitude``.
UNITS_AFTER: dict[str, Iterable[str]] = {
    "km": ("km", "kms", "kilometers", "kilometres", "kilometer", "kilometre", "kilómetros",
           "kilómetro", "kilomètres", "kilomètre", "kilometern", "chilometri", "chilometro",
           "quilômetros", "quilómetros", "quilômetro", "kilometrów", "kilometry", "kilometra",
           "kilometrů", "quilòmetres", "quilòmetre", "kilometri", "км", "километров",
           "километра", "километр", "километрах", "кілометрів",
           "كيلومتر", "كيلومترا", "كيلومتراً", "كيلومترًا", "كيلومترات", "كلم", "كم",
           # the same written as two words ("45 كيلو متر")
           "كيلو متر", "كيلو مترا", "كيلو مترات", "кілометра", "кілометри"),
    "m": ("m", "meters", "metres", "meter", "metre", "metros", "metro", "mètres", "mètre",
          "metern", "metri", "metrów", "metry", "metra", "metrach", "metrů", "metru", "höhenmeter",
          "höhenmetern", "متر", "مترا", "أمتار", "متراً",
          "metrowej", "metrowy", "metrowa", "metrowe", "metrowego", "metrową", "metrowych",
          "метров", "метра", "метр", "метрах", "метрів"),
    "cm": ("cm", "centimeters", "centimetres", "centimeter", "centimetre", "centímetros",
           "centímetro", "centimètres", "centimètre", "zentimeter", "zentimetern", "centimetri",
           "centimetro", "centymetrów", "centymetry", "centymetra", "centimetrů", "centimetry",
           "centimetru", "сантиметров", "сантиметра", "сантиметр", "сантиметрів", "سنتيمتر",
           "سنتيمترا", "سنتيمترات", "سم"),
    # rain and a small depth: "318 mm Regen", "240 milímetros de agua", "12 inches of rain"
    # (a storm's own rain is one of its figures; fresh flood pages, figures round 20)
    "millimeter": ("mm", "millimeters", "millimetres", "millimeter", "millimetre", "milímetros",
                   "milímetro", "millimètres", "millimètre", "millimetern", "millimetri",
                   "millimetro", "milimetrów", "milimetry", "milimetrů", "миллиметров",
                   "миллиметра", "мм", "ملم",
                   # a litre of rain on a square metre is a millimetre of it, as German,
                   # Spanish, Italian and French weather copy counts rain (trial 30: read as
                   # a volume, beside another outlet's millimetres)
                   *(f"{litre} {per} {area}"
                     for litre, per, area in (
                         ("liter", "pro", "quadratmeter"), ("liter", "je", "quadratmeter"),
                         ("liter", "pro", "m²"), ("litros", "por", "metro cuadrado"),
                         ("litros", "por", "m²"), ("litros", "por", "m2"),
                         ("litres", "par", "mètre carré"), ("litres", "au", "mètre carré"),
                         ("litri", "per", "metro quadrato"), ("litri", "al", "metro quadro"),
                         ("litri", "per", "metro quadro"), ("litros", "por", "metro quadrado"),
                         ("litres", "per", "square metre"), ("liters", "per", "square meter"))),
                   "l/m²", "l/m2"),
    # ("in" only glued to its number, "2.4in": :meth:`Scanner.unit_after`)
    "inch": ("inches", "inch", "in", "zoll", "pulgadas", "pulgada", "pouces", "pollici",
             "polegadas", "duim"),
    "mile": ("mi", "miles", "mile", "millas", "milla", "milles", "meilen", "meile", "miglia",
             "milhas", "mijl", "mijlen", "ميل", "أميال"),
    "nautical_mile": ("nautical miles", "nm", "milles nautiques", "seemeilen"),
    "foot": ("ft", "feet", "foot", "pies", "pie", "pieds", "pied", "fuß", "fuss", "piedi",
             "pés", "stóp", "voet", "قدم"),
    # English pages measure a flood's spread in yards ("ran hundreds of yards inland"):
    # read as a noun counted, the length was a figure of the event (round fprec)
    "yard": ("yd", "yds", "yards", "yard", "yardas", "iarde"),
    "metric_ton": ("t", "metric tons", "metric tonnes", "tons", "tonnes", "tonne", "ton",
                   "toneladas", "tonelada", "tonnen", "tonnellate", "tonnellata", "tony", "tun",
                   "طن", "طنا", "طناً", "أطنان"),
    "kilogram": ("kg", "kilos", "kilograms", "kilogrammes", "kilogramos", "kilogramm",
                 "chili", "كيلوغرام"),
    "kiloton": ("kt", "kilotons", "kilotonnes", "kilotones", "kilotonnen", "kilotonnellate"),
    # a grid's power lost or restored ("lost around 15 gigawatts": trial 37 counted gigawatts);
    # not "MW", which is the moment magnitude's sign
    "gigawatt": ("gw", "gigawatts", "gigawatt", "gigavatios", "gigavatio", "gigawattios"),
    "megawatt": ("megawatts", "megawatt", "mégawatts", "mégawatt", "megavatios", "megavatio"),
    "square_meter": ("m²", "m2", "sq m", "square meters", "square metres", "mètres carrés",
                     "metros cuadrados", "metros quadrados", "metri quadrati", "quadratmeter",
                     "qm", "metrów kwadratowych", "vierkante meter", "متر مربع", "кв. м", "кв.м",
                     "кв. метров", "квадратных метров", "квадратных метра", "квадратный метр",
                     "метров квадратных", "м2", "м²"),
    "square_kilometer": ("km²", "km2", "sq km", "square kilometers", "square kilometres",
                         "kilomètres carrés", "kilómetros cuadrados", "quilômetros quadrados",
                         "chilometri quadrati", "quadratkilometer", "kilometrów kwadratowych",
                         "vierkante kilometer", "كيلومتر مربع"),
    # a slick's or a fire's spread in English measure ("a 270 square miles slick": trial 37
    # read it as a length in miles)
    "square_mile": ("sq mi", "sq miles", "square miles", "square mile", "millas cuadradas",
                    "milles carrés", "miglia quadrate", "quadratmeilen"),
    # (not "ha": in Italian and Spanish it is "has", and "il 2 ha" is a verb after a date)
    "hectare": ("hectares", "hectare", "hectáreas", "hectárea", "ettari", "ettaro", "hektar",
                "hektarów", "hektary", "hectaren", "هكتار", "га", "гектаров", "гектара"),
    "cubic_meter": ("m3", "m³", "cubic meters", "cubic metres", "metros cúbicos",
                    "metros cubicos", "mètres cubes", "kubikmeter", "metri cubi",
                    "metrów sześciennych", "متر مكعب"),
    "liter": ("l", "liters", "litres", "litre", "liter", "litros", "litro", "litri", "litrów"),
    "milliliter": ("ml", "millilitri", "millilitres", "milliliters", "mililitros"),
    # a speed also spelled out in words, as weather reports write winds: "100 km orari", "90
    # km all'ora", "80 quilômetros por hora", "60 km par heure" (extraction round 12)
    "km_per_hour": ("km/h", "kmh", "kph", "km/hr", "km/hour", "km/hora", "kilometers per hour",
                    "kilometres per hour",
                    "kmph", "stundenkilometern", "stundenkilometer", "km/std",
                    "kilometers an hour", "kilometres an hour", "km an hour", "km per hour",
                    "kilómetros por hora", "kilometros por hora", "km por hora",
                    "quilômetros por hora", "quilómetros por hora", "quilometros por hora",
                    "km orari", "km all'ora", "km all’ora", "km l'ora", "km/ora",
                    "chilometri orari", "chilometri all'ora", "chilometri all’ora",
                    "chilometri l'ora", "km par heure", "kilomètres par heure",
                    "kilomètres à l'heure", "kilomètres à l’heure", "km à l'heure", "km à l’heure",
                    "kilometer pro stunde", "kilometern pro stunde", "km pro stunde",
                    "kilometer per uur", "km per uur",
                    "kilometrów na godzinę", "km na godzinę",
                    "stundenkilometer", "км/ч", "километров в час"),
    "mile_per_hour": ("mph", "miles per hour", "miles an hour", "mi/h", "millas por hora",
                      "miglia orarie", "miglia all'ora"),
    # a temperature: how hot or cold it was (not a bare "grados", "gradi", "graus", "degrés",
    # "graden" or "Grad" but in a sentence about heat, quantities/heat.py: an earthquake's
    # magnitude is said so too, and "grad students"; review 14). Celsius and Fahrenheit are
    # two units ("41.8 degrees Celsius (107.2 Fahrenheit)"); a bare "degrees" is whichever
    # scale the outlet uses (content/units.py: either, as written)
    "degree_Celsius": ("°c", "ºc", "° c", "degrees celsius", "degree celsius", "celsius",
                       "grados centígrados", "grados celsius", "gradi centigradi",
                       "gradi celsius", "graus celsius", "graus centígrados", "degrés celsius",
                       "grad celsius", "graden celsius", "stopni celsjusza"),
    "degree_Fahrenheit": ("°f", "ºf", "° f", "degrees fahrenheit", "degree fahrenheit",
                          "fahrenheit", "grados fahrenheit", "degrés fahrenheit"),
    "degree": ("degrees",),
    "knot": ("knots", "kn", "nœuds", "noeuds", "knoten", "nudos", "nodi"),
    "percent": ("%", "percent", "per cent", "pct", "prozent", "por ciento", "pour cent",
                "pourcent", "per cento", "por cento", "procent", "procento", "procenta",
                "في المئة", "بالمئة", "في المائة", "بالمائة", "la sută", "la suta", "la sutã",
                "процентов", "процента", "відсотків",
                "प्रतिशत", "फीसदी", "फ़ीसदी", "শতাংশ"),
    "usd": ("dollars", "dollar", "dólares", "dolares", "dólar", "dollari", "dolarów",
            "dolarů", "usd", "us-dollar", "dollar", "دولار", "دولارات"),
    # (the sign after the number, as the languages of the euro write it: "15 €", "2,5 Mio. €")
    "eur": ("euros", "euro", "eur", "eura", "euro's", "€"),
    "gbp": ("pounds", "pound sterling", "gbp", "livres sterling"),
    "inr": ("rupees", "rupee", "inr"),
    "magnitude": ("magnitude", "richter", "on the richter scale", "w skali richtera",
                  "sur l'échelle de richter", "sur l’échelle de richter", "en la escala de richter",
                  "en la escala richter", "na escala richter", "na escala de richter",
                  "auf der richterskala", "della scala richter", "sulla scala richter",
                  "op de schaal van richter", "stupně richterovy škály", "درجات على مقياس ريختر",
                  "درجة على مقياس ريختر"),
    "hour": ("hours", "hour", "heures", "heure", "horas", "hora", "stunden", "stunde", "ore",
             "godzin", "godziny", "godzinę", "hodin", "hodinu", "hodiny", "hodina",
             "uur", "hores", "ساعة", "ساعات", "घंटे", "घंटा", "घंटों", "ঘণ্টা", "ঘন্টা"),
    "day": ("days", "day", "jours", "días", "dias", "tage", "tagen", "giorni", "dni", "dní",
            "dagen", "zile", "يوما", "أيام", "يومًا"),
    "week": ("weeks", "week", "semaines", "semanas", "wochen", "settimane", "tygodni",
             "أسابيع", "أسبوعين"),
    "month": ("months", "month", "mois", "meses", "monate", "monaten", "mesi", "miesięcy",
              "أشهر", "شهرا"),
    "year": ("years", "year", "ans", "années", "años", "anos", "jahre", "jahren", "anni",
             "lat", "let", "jaar", "anys", "ani", "عاما", "سنوات", "عامًا", "سنة", "साल", "वर्ष",
             "বছর", "বছরের"),
    "minute": ("minutes", "minute", "minutos", "minuten", "minuti", "minut", "minuts", "دقيقة",
               "دقائق"),
    # plurals only where the singular is also the ordinal ("second", "segundo", "secondo")
    "second": ("seconds", "secondes", "segundos", "sekunden", "sekunde", "secondi", "sekund",
               "sekundy", "sekundę", "seconden", "ثانية", "ثوان"),
}
#: Another country's dollars, named after "dollars" as the Romance languages write it ("dollars
#: hongkongais", "dólares de Hong Kong", "dollari canadesi"): no US dollars (trial 40), as
#: English "Hong Kong dollars", whose country stands before, is no "dollars" read alone.
_DOLLAR_COUNTRIES = (
    r"hong[\s-]?kong|canad|austral|n[ée]o[\s-]?z|new\s+zealand|nueva\s+zelanda|nuova\s+zelanda|"
    r"nova\s+zel|singap|ta[iï]w|jama[iï]c|zimbab|namibi|liberi|libéri|guyan|baham|barbad|belize|"
    r"fidji|fiyi|fiji|brun[eé]i|caribe|caraïb|caribbean")
OTHER_DOLLARS = re.compile(
    r"[\s\u00a0]+(?:(?:de|di|do|da|des|del)\s+)?(?:" + _DOLLAR_COUNTRIES + ")", re.I)
#: ... and as English writes it, the country before: the words of a counted noun before
#: "dollars" ("50 million Hong Kong dollars", "Canadian dollars": trial 40 read US dollars).
OTHER_DOLLARS_BEFORE = re.compile(r"\b(?:" + _DOLLAR_COUNTRIES + r")[\w-]*\s+$", re.I)


def dollars_of(head: str, before: str) -> str:
    """The head of a counted noun: "dollar", not US dollars, when another country's name stands
    ``before`` "dollars" (as "dollars hongkongais" is no "usd": :data:`OTHER_DOLLARS`)."""
    return "dollar" if head == "usd" and OTHER_DOLLARS_BEFORE.search(before) else head

#: German writes a duration as an adjective on its number, with a hyphen after digits or fused
#: with a number word ("nach einer 12-tägigen Fahrt", "einer zwölftägigen Reise", "dreistündige
#: Sitzung"): the suffix is the unit, under the adjective's endings (s18's cruise, "12 d" read
#: as nothing). "-jährig" too: "ein 45-jähriger Mann" is 45 years of age, as English "a
#: 45-year-old man" reads in years (trial 43: with no unit, "34" was shown as a page stating
#: the toll); the readers of figures leave an age out as they do English ages.
DURATION_SUFFIXES: dict[str, dict[str, str]] = {
    "de": {"tägig": "day", "stündig": "hour", "wöchig": "week", "monatig": "month",
           "minütig": "minute", "jährig": "year"},
}
ADJECTIVE_ENDINGS: dict[str, tuple[str, ...]] = {"de": ("", "e", "en", "er", "es", "em")}

#: The reader's currencies: amounts of money, each comparable only with itself, which a scale
#: word may follow in its short form ("$5bn", "€6m", "Rs 2 lakh").
CURRENCIES = frozenset({"usd", "eur", "gbp", "inr"})
#: Currency signs and codes written before a number ("$6.8 million", "US$5bn", "€6m").
UNITS_BEFORE: dict[str, Iterable[str]] = {
    "usd": ("$", "us$", "usd", "u.s.$", "us $"),
    "eur": ("€", "eur"),
    "gbp": ("£", "gbp"),
    "inr": ("₹", "rs", "rs.", "inr"),  # "Rs 2 lakh to each family" (trial 19)
    "magnitude": ("magnitude", "magnitud", "magnitudo", "magnitudine", "stärke", "m", "mw",
                  "ml"),
}

#: An hour in words is a clock time (calendar.word_clocks): before a word that only names the
#: hour of the clock ("drei Uhr", "four o'clock"); after a time preposition and before the word
#: for hours ("à quatre heures", "às quatro horas", "om drie uur"; not "pendant quatre heures");
#: after a preposition of the hour (HOUR_BEFORE, True) before a quarter, a half or the clause's
#: end ("alle quattro e un quarto", "a las cuatro y media", "às quatro.").
CLOCK_WORDS = ("uhr", "o'clock", "o’clock", "oclock")
WORD_HOUR_BEFORE = ("à", "vers", "dès", "às", "a las", "a la", "alle", "verso le", "om", "um",
                    "gegen", "pelas", "desde las", "hasta las", "dalle")
WORD_HOURS = ("heures", "heure", "horas", "hora", "ore", "uur")
CLOCK_FRACTIONS = ("quarto", "cuarto", "quart", "mezza", "mezzo", "media", "meia", "demie")
CLOCK_FRACTION_JOINERS = ("e", "y", "et")
#: What may follow two days joined by a word that also joins two counts ("May 3 and 5", "May
#: 3 to 5"): the clause's end, an article, a preposition, a subject pronoun or "there" (no
#: count stands before one). Any other word ("and 3 more", "and 3 of the crew", "and 3 were
#: killed") makes the second number a count.
DAY_SPAN_FOLLOWERS = frozenset({"the", "a", "an", "in", "at", "on", "when", "as", "after",
                                "before", "during", "while", "from", "with", "by", "for", "but",
                                "amid", "its", "their", "this", "that", "and", "there", "it",
                                "they", "he", "she", "we", "inclusive", "respectively"})

#: Words and marks around a 1-2 digit number that make it an hour ("o 18.50", "um 19 Uhr",
#: "à 19h", "a las 13.50").
TIME_AFTER = ("uhr", "h", "hs", "hrs", "horas", "hora", "godz", "godz.", "heures", "ore",
              "a.m.", "p.m.", "am", "pm", "a. m.", "p. m.", "gmt", "utc", "local time",
              "hora local", "heure locale", "ortszeit", "ora locale", "wib", "wita", "uur")
TIME_BEFORE = ("o", "około", "godz.", "godzinie", "um", "gegen", "à", "vers", "alle", "verso",
               "a las", "a la", "às", "as", "at", "om", "v", "kolem", "الساعة", "pukul", "avant",
               "après", "dès", "rond", "tegen",
               # Russian and Ukrainian, whose decimals take a comma: "в 14.35", "около 6.20"
               "в", "около", "к", "с", "до", "о", "об", "близько")
#: The words of the hour before a bare number, for one rule (calendar.bare_hour): the number is
#: a clock time when only the clause's end or a part of the day follows it ("poco dopo le 18.",
#: "a las 21 de la noche", "pelas 18,"), or, after a preposition of the hour (True), a function
#: word ("alle 9 i soccorritori", "a las 8 de la mañana"). An article alone (False) is also the
#: article of a count ("tra le 20 e le 30 persone"), so it needs the stronger sign after it.
HOUR_BEFORE: dict[str, bool] = {
    "alle": True, "dalle": True, "verso le": True, "a las": True, "a la": True, "desde las": True,
    "hasta las": True, "às": True, "até às": True, "le": False, "las": False, "pelas": False,
    # Italian names the hour before it: "alle ore 18", "dalle ore 9", "verso le ore 20"
    "alle ore": True, "dalle ore": True, "verso le ore": True,
    # Catalan "a les 6 del matí", "cap a les 7.00", "les 6.15"; Romanian "la ora 4.30", "în
    # jurul orei 7"
    "a les": True, "cap a les": True, "les": False, "ora": True, "orei": True, "orele": True}
#: Words that name the clock itself ("kella 19 paiku", "kello 04 jälkeen"): a bare hour after
#: one is the clock's whatever word follows it (:data:`number_words_inflected.TIME_BEFORE`).
CLOCK_BEFORE = frozenset(I.TIME_BEFORE)
#: Words of the hour that are another word in other languages: German, Dutch and the Nordic
#: "alle" is "all" ("alle drei wurden …", "alle 3 sind …" count people, not the clock).
HOUR_BEFORE_NOT_IN: dict[str, frozenset[str]] = {
    "alle": frozenset({"de", "nl", "da", "no", "nb", "sv"}),
    # French "les" is the article of every plural ("les 12 blessés"); Italian "ora" is "now"
    "les": frozenset({"fr"}), "ora": frozenset({"it"})}

#: Russian and Ukrainian write an hour of the day as a count of hours with the part of the day
#: after it ("в три часа ночи", "около 11 часов утра"): the words
#: for hour, then those for the parts of the day. The number before them is a clock time.
HOUR_OF_DAY: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "ru": (("час", "часа", "часов"), ("утра", "дня", "вечера", "ночи")),
    "uk": (("година", "години", "годин"), ("ранку", "дня", "вечора", "ночі")),
}
#: The same with the word for hour left out, or written in other languages: an hour, in digits
#: or in words (Polish and Czech hours are ordinals: "o szóstej rano"), then perhaps the word
#: for hour or "and a half", then a part of the day ("vers quatre heures du matin", "a las tres de
#: la madrugada", "في 7 والنصف مساء"). Not before a word for "to" ("dix heures du matin au soir":
#: from morning to night, a duration). English only after a preposition of the clock
#: (PART_OF_DAY_BEFORE): "at four in the afternoon" had been a second reading of the temperature
#: before it (issue #16), while "the toll rose to 12 in the morning" is a count.
PART_OF_DAY: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "fr": (("heures", "heure", "h", "et demie", "et quart"),
           ("du matin", "du soir", "de l'après-midi", "de l’après-midi", "de la nuit")),
    "es": (("horas", "hora", "y media", "y cuarto"),
           ("de la mañana", "de la tarde", "de la noche", "de la madrugada")),
    "pt": (("horas", "hora", "e meia"), ("da manhã", "da tarde", "da noite", "da madrugada")),
    "it": (("ore", "e mezza", "e mezzo", "e un quarto"),
           ("del mattino", "di mattina", "della mattina", "di sera", "della sera",
            "del pomeriggio", "di notte", "della notte")),
    "nl": (("uur",), ("'s ochtends", "’s ochtends", "'s avonds", "’s avonds", "'s nachts",
                      "’s nachts", "'s middags", "’s middags")),
    "ca": (("hores", "h"), ("de la matinada", "del matí", "de la tarda", "de la nit",
                           "del vespre", "del migdia")),
    "ro": ((), ("dimineața", "dimineaţa", "dimineata", "seara", "noaptea", "după-amiaza")),
    "pl": (("godzinie",), ("rano", "wieczorem", "w nocy", "po południu", "nad ranem")),
    "cs": (("hodin",), ("ráno", "večer", "v noci", "odpoledne")),
    "en": (("o'clock", "o’clock"), ("in the morning", "in the afternoon", "in the evening",
                                    "at night")),
    "ar": (("والنصف", "ونصف", "والربع", "إلا ربع", "الا ربع"),
           ("صباحا", "صباحًا", "صباحاً", "مساء", "مساءً", "مساءا", "ظهرا", "ظهرًا", "فجرا",
            "فجرًا", "ليلا", "ليلًا")),
}
#: Units that are spans of time. Half of one is a time said, not a figure ("meia hora mais
#: tarde"); after a scale abbreviation's full stop, a capitalised one starts the next sentence
#: ("... 300 Mio. Tage später ...") where a capitalised currency or measure is the amount's unit.
TIME_SPANS = frozenset({"hour", "minute", "second", "day", "week", "month", "year"})
#: Spans a fraction word may be a part of, beside the units of the unit table: "a quarter of a
#: century", "un quarto d'ora" ("ora" alone is "now", so it is no unit of the table).
SPANS_OF_A_FRACTION = frozenset({
    "century", "decade", "siglo", "década", "decada", "siècle", "décennie", "secolo",
    "decennio", "século", "eeuw", "jahrhundert", "jahrzehnt", "ora", "uur", "stunde"})
#: "Of" between a fraction word and what it is part of ("a quarter of an hour", "un cuarto de
#: hora", "un quart d'heure").
FRACTION_OF = frozenset({"of", "de", "du", "des", "di", "della", "der", "do", "da", "dei",
                         "delle", "van",
                         # "de" and "di" fused with an article: "um terço das casas", "dois
                         # terços dos moradores", "un tercio del total", "un terzo degli edifici"
                         "das", "dos", "del", "degli", "dello", "dell"})
#: Words after "half" that make an idiom, no share of anything: flags flown at "half staff"
#: (trial 14: read as 50 % of the staff), a "half brother", "half time".
NOT_A_HALF_BEFORE = frozenset({"staff", "mast", "brother", "brothers", "sister", "sisters",
                               "time", "hearted", "heartedly"})
#: Words before "half" that make it a manner, no share: a hull broken, cut or folded "in half"
#: (trial 38: read as 50 %); "in half an hour" is a time, read before this.
NOT_A_HALF_AFTER = frozenset({"in"})
#: Words between an hour and its quarter ("trois heures et quart", "las tres y cuarto", "alle
#: quattro meno un quarto", "drei Uhr und ein Viertel").
CLOCK_JOINERS = frozenset({"and", "et", "y", "e", "und", "en", "moins", "menos", "meno", "past"})
#: Some of a group after an hour's preposition and a number ("a las cuatro de las víctimas",
#: "alle 4 delle vittime", "às quatro das vítimas"): a count of them, not the clock; "del
#: sábado", "di ieri", "da manhã" (singular) keep the hour.
PARTITIVE_AFTER = ("de las", "de los", "de ellas", "de ellos", "de estas", "de estos", "delle",
                   "degli", "dei", "di loro", "das", "dos", "de elas", "de eles", "destas",
                   "destes",
                   # after a weekday ("on Sunday 31 of them were killed"): a count, not the 31st
                   "of them", "of whom", "von ihnen", "d'entre eux", "d’entre eux",
                   "d'entre elles", "d’entre elles")
#: Words for "to" after a part of the day: "du matin au soir" is from morning to night, but
#: only when another part of the day follows the "to" ("à quatre heures du matin à Lyon" is at
#: four in the morning).
PART_OF_DAY_TO = frozenset({"au", "à", "a", "al", "alla", "ao", "até", "tot", "do", "إلى",
                            "الى", "حتى"})
#: Polish and Czech write the hour without its word ("o szóstej rano", "v šest ráno") but so is a
#: count before a part of the day ("zginęło dwóch w nocy", "druhý večer"): there the hour wants
#: a preposition of the hour before it (False: when the word for hour is left out). Spanish,
#: Italian and Portuguese put their hour after an article or a preposition ("a las tres de la
#: madrugada", "alle sei del mattino"), and a count of hours before a part of the day is a
#: duration ("per dieci ore di notte"): there they want it always (True), and so does English,
#: whose "by" after a verb of change is the change ("rose by 6 in the evening": calendar).
PART_OF_DAY_BEFORE: dict[str, tuple[tuple[str, ...], bool]] = {
    "en": (("at", "at around", "at about", "by", "until", "till", "before", "after", "since",
            "from"), True),
    "pl": (("o", "około", "ok.", "koło", "przed", "po", "od", "do", "godz."), False),
    "cs": (("v", "ve", "kolem", "okolo", "před", "po", "od", "do", "k", "ke"), False),
    "es": (("las", "la"), True),
    "it": (("le", "alle", "dalle", "delle", "sulle", "nelle", "ore"), True),
    "pt": (("as", "às", "das", "pelas", "a", "à", "da", "pela"), True),
}
#: The genitive forms of the Russian hours a qualifier takes ("около четырёх часов утра").
HOUR_WORDS = {"ru": {"одного": 1, "двух": 2, "трех": 3, "трёх": 3, "четырех": 4, "четырёх": 4,
                     "пяти": 5, "шести": 6, "семи": 7, "восьми": 8, "девяти": 9, "десяти": 10,
                     "одиннадцати": 11, "двенадцати": 12}}

#: Words before an hour with its minutes after a dot ("dalle 16.40", "le 8.15", "desde las
#: 22.10", "ore 18.30"): the words of the hour, the article too, since a count is never
#: written with two decimals after a dot in these languages ("le 1.200 persone" has three).
DOT_HOUR_BEFORE = frozenset({k.split()[-1] for k in HOUR_BEFORE} | {"ore"})
#: An elided article before the hour ("verso l'1.45", "all'1.45", "dall'1.45").
ELIDED_HOUR_BEFORE = ("l'", "l’")

#: Prepositions that make a following 4-digit number a year ("in 2014", "seit 2013").
YEAR_BEFORE = ("in", "since", "from", "by", "until", "of", "year", "en", "depuis", "de",
               "im", "seit", "von", "bis", "jahr", "jahre", "nel", "dal", "del", "anno",
               "desde", "el", "em", "no", "do", "ano", "w", "roku", "od", "v", "roce", "od",
               "sinds", "sinds", "عام", "سنة", "منذ", "في", "the", "la", "le", "il", "die",
               "der", "das", "dem", "den", "año", "an", "année")
#: Words after a four-digit number that make it a year ("w 1936 r.", "od 1950 roku", Russian
#: "1956 года рождения", "в 2023 году", "2016 г.", Ukrainian "2022 року", "2022 р.").
YEAR_AFTER = frozenset({"r", "roku", "rok", "года", "году", "год", "г", "гг", "року", "рік",
                        "р", "рр", "році", "година", "годината"})

#: Ordinal suffixes after digits ("12th", "1er", "3e", "2º", "15.").
ORDINAL_SUFFIX = ("st", "nd", "rd", "th", "er", "re", "e", "ème", "eme", "è", "º", "ª", "°",
                  "o", "a", "ten", "sten", "de", "ste", "ém", "ème")

#: Nouns that a number counts even though stop lists hold them ("2000 people", "1500 Menschen"):
#: a four-digit number before them is an amount, not a year.
COUNT_NOUNS = frozenset({
    "people", "persons", "years", "men", "women", "children", "homes", "houses", "times",
    "menschen", "personen", "leute", "jahre", "personnes", "gens", "ans", "personas", "años",
    "persone", "anni", "pessoas", "anos", "osób", "ludzi", "lat", "lidí", "let", "mensen",
    "jaar", "شخص", "شخصا",
    # plural nouns of the French stop list: "neuf" before them is nine, not "new"
    "hommes", "femmes", "enfants", "jours", "années", "membres", "habitants",
    # and of the Catalan and Romanian ones ("nou persones", "nouă persoane")
    "persones", "anys", "dones", "nens", "persoane", "oameni", "zile", "copii",
})

#: Words that are nine and also "new" (French "neuf", Catalan "nou", Romanian "nouă"): nine only
#: before a plural noun, which the adjective never precedes ("nou ferits", "nouă răniți";
#: quantities.word_values.nine_before_plural), and the endings of such a plural; not after an
#: article, after which the adjective also stands before its noun ("o nouă explozie").
NINE_OR_NEW: dict[str, tuple[frozenset[str], tuple[str, ...]]] = {
    "fr": (frozenset({"neuf"}), ("s", "x")), "ca": (frozenset({"nou"}), ("s",)),
    "ro": (frozenset({"nouă", "noua"}), ("i", "e"))}

#: The word for "day": a day number follows it directly ("no último dia 2,", "el día 16."); with
#: a comma or a bracket between, the number is what a day holds ("por dia (12)", "el peor día,
#: 16 muertos").
DAY_WORD = {"pt": "dia", "es": "día"}
#: Words read like a weekday's name before a day number with no month: the word for "day", and
#: the Portuguese weekdays written without their hyphen ("sexta feira (22)").
DAY_WORDS: dict[str, tuple[str, ...]] = {
    "pt": (DAY_WORD["pt"], "segunda feira", "terça feira", "quarta feira", "quinta feira",
           "sexta feira"),
    "es": (DAY_WORD["es"],),
}

#: Words for "century": a Roman numeral beside one is the century's ordinal ("siglo XVI", "w XXI
#: wieku", "XIXe siècle"); elsewhere a Roman numeral names a king, a boat or a motorway.
CENTURY_WORDS = frozenset({
    "century", "centuries", "siècle", "siècles", "siglo", "siglos", "século", "séculos", "secolo",
    "secoli", "jahrhundert", "jahrhunderts", "jahrhunderte", "eeuw", "wiek", "wieku", "wieków",
    "století", "век", "века", "веке", "веку", "столітті", "століття",
})

#: Ordinal words ("second", "première", "tercer", "Erste"): read as ordinals, never as counts.
ORDINAL_WORDS: dict[str, dict[str, int]] = {
    # (up to the tenth in each language; not the words that are also a day, a room or a
    # fraction: Portuguese "quarta", "quinta", "sexta" (weekdays), "quarto" (a room), Italian
    # "quarto" (a quarter), German "achten" (to heed))
    "en": {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
           "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10},
    "fr": {"premier": 1, "première": 1, "premiers": 1, "premières": 1, "second": 2,
           "seconde": 2, "deuxième": 2, "troisième": 3, "quatrième": 4, "cinquième": 5,
           "sixième": 6, "septième": 7, "huitième": 8, "neuvième": 9, "dixième": 10},
    "es": {"primer": 1, "primera": 1, "primero": 1, "primeras": 1, "primeros": 1,
           "segundo": 2, "segunda": 2, "tercer": 3, "tercera": 3, "tercero": 3, "cuarto": 4,
           "quinto": 5, "quinta": 5, "sexto": 6, "sexta": 6, "séptimo": 7, "séptima": 7,
           "octavo": 8, "octava": 8, "noveno": 9, "novena": 9, "décimo": 10, "décima": 10},
    "pt": {"primeiro": 1, "primeira": 1, "segundo": 2, "segunda": 2, "terceiro": 3,
           "terceira": 3, "quinto": 5, "sexto": 6, "sétimo": 7, "sétima": 7, "oitavo": 8,
           "oitava": 8, "nono": 9, "nona": 9, "décimo": 10, "décima": 10},
    "it": {"primo": 1, "prima": 1, "primi": 1, "prime": 1, "secondo": 2, "seconda": 2,
           "terzo": 3, "terza": 3, "quinto": 5, "quinta": 5, "sesto": 6, "sesta": 6,
           "settimo": 7, "settima": 7, "ottavo": 8, "ottava": 8, "nono": 9, "nona": 9,
           "decimo": 10, "decima": 10},
    "de": {"erste": 1, "ersten": 1, "erster": 1, "erstes": 1, "zweite": 2, "zweiten": 2,
           "dritte": 3, "dritten": 3, "vierte": 4, "vierten": 4, "fünfte": 5, "fünften": 5,
           "sechste": 6, "sechsten": 6, "siebte": 7, "siebten": 7, "neunte": 9, "neunten": 9,
           "zehnte": 10, "zehnten": 10},
    "nl": {"eerste": 1, "tweede": 2, "derde": 3},
    # not Catalan "quart" (a quarter, and a quarter of the clock)
    "ca": {"primer": 1, "primera": 1, "segon": 2, "segona": 2, "tercer": 3, "tercera": 3,
           "quarta": 4, "cinquè": 5, "cinquena": 5, "sisè": 6, "sisena": 6, "setè": 7,
           "setena": 7, "vuitè": 8, "vuitena": 8, "novè": 9, "novena": 9, "desè": 10,
           "desena": 10},
    # Romanian's after "al" and "a" ("al treilea", "a treia"): the feminine second, "a doua",
    # is also the cardinal "două" spelt without its breve (ORDINAL_AFTER)
    "ro": {"primul": 1, "prima": 1, "primii": 1, "primele": 1, "doilea": 2, "treilea": 3,
           "treia": 3, "patrulea": 4, "patra": 4, "cincilea": 5, "cincea": 5, "șaselea": 6,
           "şaselea": 6, "șasea": 6, "şasea": 6, "șaptelea": 7, "şaptelea": 7, "șaptea": 7,
           "şaptea": 7, "optulea": 8, "nouălea": 9, "zecelea": 10,
           "zecea": 10},
    "pl": {stem + end: n for n, stem in enumerate(("pierwsz", "", "", "czwart", "piąt", "szóst",
           "siódm", "ósm", "dziewiąt", "dziesiąt"), 1) if stem
           for end in ("y", "a", "e", "ego", "ej", "emu", "ym", "ą", "ych", "i")}
    | {"drug" + end: 2 for end in ("i", "a", "ie", "iego", "iej", "im", "ą", "ich")}
    | {"trzec" + end: 3 for end in ("i", "ia", "ie", "iego", "iej", "im", "ią", "ich")},
    # Czech ordinals to ten in their cases ("po druhém zásahu", "na pátém místě"); "první" and
    # "třetí" with the soft endings
    "cs": {stem + end: n for n, stem in enumerate(("", "druh", "", "čtvrt", "pát", "šest",
           "sedm", "osm", "devát", "desát"), 1) if stem
           for end in ("ý", "á", "é", "ého", "ému", "ém", "ým", "ou", "ých", "ými")}
    | {stem + end: n for n, stem in ((1, "prvn"), (3, "třet"))
       for end in ("í", "ího", "ímu", "ím", "ích", "ími")},
    # with and without the article: "أول أيام المهرجان" is the first day of the festival
    "ar": {"الأول": 1, "الأولى": 1, "الثاني": 2, "الثانية": 2, "الثالث": 3, "الثالثة": 3,
           "أول": 1, "ثاني": 2, "ثالث": 3},
    # Russian ordinals to ten in every case ("на третьем этаже", "во втором корпусе", "первым"),
    # "третий" with its soft endings
    "ru": {stem + end: n for n, stem in enumerate(("перв", "втор", "", "четверт", "пят", "шест",
           "седьм", "восьм", "девят", "десят"), 1) if stem
           for end in (("ой", "ая", "ое", "ые", "ого", "ому", "ым", "ом", "ую", "ых", "ыми")
                       if stem in ("втор", "шест", "седьм", "восьм") else
                       ("ый", "ая", "ое", "ые", "ого", "ой", "ому", "ым", "ом", "ую", "ых", "ыми"))}
    | {"трет" + end: 3 for end in ("ий", "ья", "ье", "ьи", "ьего", "ьей", "ьему", "ьим", "ьем",
                                     "ью", "ьих", "ьими")},
    # Ukrainian ordinals to ten in every case ("перший поверх", "п'яту категорію", "другий
    # день"); "третій" with its soft endings
    "uk": {stem + end: n for n, stem in enumerate(("перш", "друг", "", "четверт", "п'ят",
           "шост", "сьом", "восьм", "дев'ят", "десят"), 1) if stem
           for end in ("ий", "а", "е", "і", "ого", "ої", "ому", "ій", "им", "у", "ою", "их",
                       "ими")}
    | {"трет" + end: 3 for end in ("ій", "я", "є", "і", "ього", "ьої", "ьому", "ім", "ю",
                                     "ьою", "іх", "іми")},
}
#: Words before which an ordinal's word is no ordinal: "the other side" ("z drugiej strony",
#: "na druhou stranu", "з другого боку": "second" is "other" there), "the day before yesterday"
#: and "dioxide" (Arabic "first" and "second" without the article).
#: Cardinals that are ordinals after a word of the ordinal: Romanian "a doua zi" (the second
#: day, the next day), where "două zile" are two days.
ORDINAL_AFTER: dict[str, dict[str, dict[str, int]]] = {
    "ro": {"a": {"doua": 2, "două": 2}}}

NOT_ORDINAL_BEFORE = frozenset({"strony", "stronie", "stronę", "stronach", "stranu", "strany",
                                "straně", "stranách", "боку", "бік", "сторони", "стороні",
                                "сторону", "أمس", "امس", "أكسيد", "اكسيد"})
#: Endings of a Russian or Ukrainian ordinal written in digits after a hyphen ("2-й
#: степени", "на 5-м этаже", "1987-го года"); a longer word after the hyphen is a compound
#: ("64-летний", "9-этажный"). "-х" and "-ми" are also the cases of a cardinal ("в течение 3-х
#: часов", "с 2-ми детьми"): an ordinal only as a decade before the word for year ("80-х
#: годов", :data:`DECADE_ENDINGS`).
ORDINAL_ENDINGS: dict[str, frozenset[str]] = {
    "ru": frozenset({"й", "я", "е", "ю", "го", "му", "м", "ой", "ый", "ий", "ая", "ое", "ые",
                     "ых", "ым", "ом", "ую", "ого", "ому"}),
    "uk": frozenset({"й", "я", "е", "ю", "го", "му", "м", "ий", "а", "ої", "ого"}),
}
DECADE_ENDINGS = frozenset({"х"})

#: A dozen, singular and plural, after a count of them ("three dozen", "tres docenas", "3
#: Dutzend"): the count times twelve. The plural alone stays vague ("docenas de heridos").
DOZENS: dict[str, frozenset[str]] = {
    "en": frozenset({"dozen", "dozens"}), "fr": frozenset({"douzaine", "douzaines"}),
    "es": frozenset({"docena", "docenas"}), "it": frozenset({"dozzina", "dozzine"}),
    "pt": frozenset({"dúzia", "dúzias"}), "de": frozenset({"dutzend"}),
    "nl": frozenset({"dozijn"}),
}

#: Nouns of an approximate number ("une centaine", "un centenar", "a dozen"): the value, read
#: as "about" except for a dozen. Each language's whole series of tens, since "una sessantina di
#: volontari" or "een dertigtal gasten" is a figure of the event as much as "une trentaine" (the
#: lead's labelling decision of round 8). Not the words that also name a time or a confinement
#: (Spanish "quincena", "cuarentena"; Portuguese "quinzena").
APPROX_NOUNS: dict[str, dict[str, float]] = {
    "en": {"dozen": 12, "score": 20},
    "fr": {"dizaine": 10, "douzaine": 12, "quinzaine": 15, "vingtaine": 20, "trentaine": 30,
           "quarantaine": 40, "cinquantaine": 50, "soixantaine": 60, "centaine": 100,
           "millier": 1000},
    "es": {"decena": 10, "docena": 12, "veintena": 20, "treintena": 30, "centenar": 100,
           "millar": 1000},
    "it": {"decina": 10, "dozzina": 12, "quindicina": 15, "ventina": 20, "trentina": 30,
           "quarantina": 40, "cinquantina": 50, "sessantina": 60, "settantina": 70,
           "ottantina": 80, "novantina": 90, "centinaio": 100, "migliaio": 1000},
    "pt": {"dezena": 10, "dúzia": 12, "vintena": 20, "centena": 100, "milhar": 1000},
    # not "quinzena" (a fortnight) nor "quarantena" (a quarantine), as in Spanish
    "ca": {"desena": 10, "dotzena": 12, "vintena": 20, "trentena": 30, "cinquantena": 50,
           "centenar": 100, "miler": 1000},
    "de": {"dutzend": 12},
    # Dutch "een dertigtal": every tens word + "tal" (and the Flemish "twaalftal", "vijftiental")
    "nl": {"dozijn": 12, "tiental": 10, "twaalftal": 12, "vijftiental": 15, "twintigtal": 20,
           "dertigtal": 30, "veertigtal": 40, "vijftigtal": 50, "zestigtal": 60,
           "zeventigtal": 70, "tachtigtal": 80, "negentigtal": 90, "honderdtal": 100},
}

#: "several" words that make a following scale word vague ("several hundred", "mehrere
#: Dutzend", "kilka tysięcy", "plusieurs milliers").
SEVERAL = frozenset({"several", "a few", "few", "plusieurs", "quelques", "varios", "varias",
                     "algunos", "algunas", "mehrere", "einige", "alcuni", "alcune", "diversi",
                     "vários", "várias", "alguns", "algumas", "kilka", "kilkanaście",
                     "několik", "verscheidene", "enkele", "paar", "بضعة", "بضع", "عدة"})
#: The least count each "several" word allows, times the scale after it: "a few hundred" is
#: 200 or more, "several hundred" 300 or more (other words: 2).
SEVERAL_FLOOR = {"several": 3, "plusieurs": 3, "mehrere": 3, "varios": 3, "varias": 3,
                 "diversi": 3, "vários": 3, "várias": 3, "verscheidene": 3, "několik": 2,
                 "kilkanaście": 11, "عدة": 3}

#: Fractions and multiples written as words ("half of the city", "a third of", "a double
#: explosion"): a fraction is read as a percentage, a multiple as a count.
FRACTIONS: dict[str, dict[str, float]] = {
    "en": {"half": 50, "third": 100 / 3, "quarter": 25, "fifth": 20, "tenth": 10},
    "fr": {"moitié": 50, "tiers": 100 / 3, "quart": 25},
    "es": {"mitad": 50, "tercio": 100 / 3, "cuarto": 25, "quinta": 20},
    "pt": {"metade": 50, "terço": 100 / 3},
    "it": {"metà": 50, "terzo": 100 / 3, "quarto": 25},
    "de": {"hälfte": 50, "drittel": 100 / 3, "viertel": 25},
    "nl": {"helft": 50, "derde": 100 / 3, "kwart": 25},
    "pl": {"połowa": 50, "połowę": 50, "połowy": 50},
    "cs": {"polovina": 50, "polovinu": 50, "třetina": 100 / 3, "čtvrtina": 25},
    "ar": {"نصف": 50, "ثلث": 100 / 3, "ربع": 25},
}
#: Fractions with a numerator ("two thirds of", "trois quarts des", "dos tercios de"): the
#: plural of the fraction word, after a number word from two to nine. Read as one share; the
#: numerator alone was read as a count of whatever followed (trial 9).
FRACTION_PLURALS: dict[str, dict[str, float]] = {
    "en": {"thirds": 100 / 3, "quarters": 25, "fifths": 20, "tenths": 10},
    "fr": {"tiers": 100 / 3, "quarts": 25, "cinquièmes": 20},
    "es": {"tercios": 100 / 3, "cuartos": 25, "quintos": 20, "quintas": 20},
    "pt": {"terços": 100 / 3, "quartos": 25, "quintos": 20},
    "it": {"terzi": 100 / 3, "quarti": 25, "quinti": 20},
    "de": {"drittel": 100 / 3, "viertel": 25, "fünftel": 20},
    "nl": {"derde": 100 / 3, "kwart": 25, "vijfde": 20},
}
MULTIPLES: dict[str, dict[str, float]] = {
    "en": {"double": 2, "twin": 2, "triple": 3},
    "fr": {"double": 2, "triple": 3},
    "es": {"doble": 2, "triple": 3},
    "pt": {"dupla": 2, "duplo": 2, "tripla": 3},
    "it": {"doppia": 2, "doppio": 2, "tripla": 3},
    "de": {"doppelte": 2, "doppelten": 2, "zweifache": 2},
}

#: Qualifiers written after the counter that follows a number in Korean, Japanese and Chinese
#: ("12명 이상", "12人以上": twelve or more; "12人余り": some twelve and more).
QUALIFIERS_AFTER_COUNTER: dict[str, str] = {"이상": "at-least", "넘게": "more-than",
                                            "以上": "at-least", "余り": "more-than"}
#: "At least" or "about" written after the counted noun: Arabic "N شخصا على الأقل", French
#: "40 morts au moins", "40 maisons environ", "40 maisons ou plus".
QUALIFIERS_AFTER_NOUN: dict[str, dict[str, str]] = {
    "ar": {"على الأقل": "at-least", "على الاقل": "at-least"},
    "fr": {"au moins": "at-least", "environ": "about", "ou plus": "at-least"},
}
#: The counters of people and things before such a qualifier (Korean "명", and the Chinese and
#: Japanese ones of :data:`HAN_COUNTERS`).
COUNTERS = "명" + HAN_COUNTERS

#: Qualifiers written after a number ("one or more pilots", "50 ou plus").
QUALIFIERS_AFTER: dict[str, str] = {
    "or more": "at-least", "or over": "at-least", "ou plus": "at-least", "o más": "at-least",
    "o mas": "at-least", "oder mehr": "at-least", "o più": "at-least", "ou mais": "at-least",
    "or less": "up-to", "or fewer": "up-to", "ou moins": "up-to", "o menos": "up-to",
    "oder weniger": "up-to", "o meno": "up-to", "ou menos": "up-to",
    "and more": "at-least", "et plus": "at-least", "y más": "at-least", "und mehr": "at-least",
    # French "40 au moins", "40 environ"; Spanish "40 y pico", Italian "40 e passa": a few more
    "au moins": "at-least", "environ": "about", "y pico": "more-than", "e passa": "more-than",
}

#: A half, or one and a half, written before a scale word or a noun of an approximate number:
#: "eine halbe Million" is 500,000, "anderthalb Millionen" 1,500,000, "medio centenar" about 50.
#: Read as the scale alone, "halbe Million" had been a million. Russian and Ukrainian glue "пол"
#: and "пів" to the scale word ("полмиллиона"); French hyphenates "demi-million".
HALVES_BEFORE: dict[str, dict[str, float]] = {
    "en": {"half": 0.5},
    "de": {"halbe": 0.5, "halben": 0.5, "halber": 0.5, "halbes": 0.5, "anderthalb": 1.5,
           "eineinhalb": 1.5, "zweieinhalb": 2.5, "dreieinhalb": 3.5},
    "nl": {"half": 0.5, "halve": 0.5, "anderhalf": 1.5, "anderhalve": 1.5},
    "es": {"medio": 0.5, "media": 0.5},
    "pt": {"meio": 0.5, "meia": 0.5},
    "it": {"mezzo": 0.5, "mezza": 0.5},
    "fr": {"demi": 0.5},
    "pl": {"pół": 0.5, "półtora": 1.5, "półtorej": 1.5},
    "cs": {"půl": 0.5},
    "ru": {"пол": 0.5, "полтора": 1.5, "полторы": 1.5},
    "uk": {"пів": 0.5, "півтора": 1.5, "півтори": 1.5},
}
#: "And a half" after a count: "un million et demi", "un millón y medio", "one and a half
#: million", "a million and a half" (each a count and a half of its last unit).
AND_A_HALF: dict[str, tuple[str, ...]] = {
    "en": ("and a half",), "fr": ("et demi", "et demie"), "es": ("y medio", "y media"),
    "it": ("e mezzo", "e mezza"), "pt": ("e meio", "e meia"), "nl": ("en een half",),
    "cs": ("a půl",), "pl": ("i pół",), "ar": ("ونصف",), "ru": ("с половиной",),
    "uk": ("з половиною",),
}

#: One written without a numeral by a word that says there was no other: "the sole survivor",
#: "its only victim", "le seul rescapé", "der einzige Überlebende". A fact sheet's report of 1
#: quoting such words states its value (check/values.py); before a number ("only 3") it is no
#: count of one.
SOLE: dict[str, frozenset[str]] = {
    "en": frozenset({"sole", "lone", "single", "only"}),
    "fr": frozenset({"seul", "seule", "unique"}),
    "es": frozenset({"único", "única", "unico", "unica", "solo", "sola"}),
    "it": frozenset({"unico", "unica", "solo", "sola"}),
    "pt": frozenset({"único", "única", "só"}),
    "de": frozenset({"einzige", "einzigen", "einziger", "einziges", "einzigem"}),
    "nl": frozenset({"enige", "enkele"}),
    "pl": frozenset({"jedyny", "jedyna", "jedyne", "jedynym", "jedynego", "jedyną"}),
    "cs": frozenset({"jediný", "jediná", "jediné", "jediného", "jedinou"}),
}

#: Those who lived through it, by the beginning of the word: "the sole survivor", "le seul
#: rescapé", "der einzige Überlebende" say one with :data:`SOLE`, where "the only way" does not.
SURVIVOR: dict[str, tuple[str, ...]] = {
    "en": ("survivor",), "fr": ("rescapé", "survivant"), "es": ("supervivient", "sobrevivient"),
    "it": ("sopravvissut", "superstit"), "pt": ("sobrevivent",), "de": ("überlebend",),
    "nl": ("overlevende",), "pl": ("ocalał",), "cs": ("přeživší",),
}

#: None, in words, before the noun it counts: "no survivors", "aucun blessé", "keine Toten",
#: "ningún herido". Not alone: "no fewer than", "No. 3", "no doubt" say nothing of a count. A
#: report of 0 quoting such words states its value (check/values.py).
NONE_WORDS: dict[str, frozenset[str]] = {
    "en": frozenset({"no"}),
    "fr": frozenset({"aucun", "aucune", "nul", "nulle"}),
    "es": frozenset({"ningún", "ninguna", "ninguno", "ningun"}),
    "it": frozenset({"nessun", "nessuna", "nessuno"}),
    "pt": frozenset({"nenhum", "nenhuma"}),
    "de": frozenset({"kein", "keine", "keinen", "keiner", "keinem"}),
    "nl": frozenset({"geen"}),
    "pl": frozenset({"żaden", "żadna", "żadne", "żadnych"}),
    "cs": frozenset({"žádný", "žádná", "žádné", "žádných"}),
}
#: Nobody, a pronoun that needs no noun: "nobody was hurt", "nadie murió", "niemand". French
#: "personne" is nobody only before its "ne" ("personne n'a été blessé"): "une personne" is one.
NOBODY: dict[str, frozenset[str]] = {
    "en": frozenset({"nobody", "none", "no-one", "no one"}), "fr": frozenset({"personne"}),
    "es": frozenset({"nadie"}), "it": frozenset({"nessuno"}), "pt": frozenset({"ninguém"}),
    "de": frozenset({"niemand"}), "nl": frozenset({"niemand"}),
    "pl": frozenset({"nikt", "nikogo"}), "cs": frozenset({"nikdo"}),
}

#: Words between two numbers that make them a range ("five to six", "cinq ou six"); Dutch "of" is
#: "or" ("vijf of zes"), in English it is a part ("two of ten victims"): only Dutch reads it.
WORD_RANGE = frozenset({"or", "to", "ou", "à", "o", "a", "oder", "bis", "lub", "do", "nebo",
                        "of", "tot", "e", "y", "أو"})

#: Languages that repeat a number word to say "each" ("चार चार लाख रुपये", four lakh rupees
#: each; "দুই দুই"): the repeated word is read once.
DISTRIBUTIVE_REPEAT = frozenset({"hi", "ne", "bn", "mr", "ur"})


#: The verbs of a count going up, whole words in the press's languages: one table for the
#: readers of a change ("rose to", "rose by", "rose from", "elevada hasta"), which had each
#: spelt their own (read once more, the thirty-second stop: three lists had drifted apart).
RISE_VERBS = (
    r"rose|risen|rises|rising|increased|increases|climbed|climbs|jumped|jumps|grew|grown|"
    r"surged|soared|swelled|doubled|tripled|raised|went\s+up|gone\s+up|"
    r"augmenté|augmentée|augmentés|augmente|augmentent|alourdi|alourdie|alourdit|progressé|crû|"
    r"grimpé|grimpée|grimpe|monté|montée|monte|élevé|élevée|"
    r"aumentó|aumentado|aumentada|aumenta|aumentaron|subió|subido|subida|sube|subieron|creció|"
    r"crecido|crecieron|ascendió|ascendieron|elevaron|"
    r"ascendido|ascendida|asciende|elevó|elevado|elevada|se\s+elevó|"
    r"salito|salita|saliti|salite|aumentato|aumentata|aumentati|cresciuto|cresciuta|crebbe|"
    r"elevato|elevata|"
    r"aumentou|aumentaram|subiu|subiram|sobe|cresceu|cresceram|crescido|elevou|"
    r"gestiegen|angestiegen|stieg|stiegen|steigt|erhöht|erhöhte|erhöhten|gewachsen|wuchs|wächst|"
    r"steeg|stegen|stijgt|gestegen|toegenomen|nam\s+toe")
#: ... going down, or set anew: with a verb of rising, the verbs of a count's change.
FALL_VERBS = (
    r"fell|fallen|dropped|decreased|declined|lowered|reduced|sank|gesunken|gesenkt|daalde|"
    r"gedaald|bajó|bajado|bajada|scesa|sceso|diminué|diminuée|diminuito|diminuita|baissé|"
    r"baissée|réduit|réduite|ridotto|ridotta|reduzido|reduzida")
#: ... passing from one figure to another, as the Romance languages say a change ("est passé
#: de 8 à 20", "pasó de 8 a 20"; "passant de 8 à 20": the gerund, one change).
PASS_VERBS = (r"passé|passée|passe|pasó|pasado|passou|passato|passata|passant|pasando|"
              r"passando")
REVISE_VERBS = (
    r"revised|corrected|moved|went|gone|korrigiert|corregido|corregida|rivisto|rivista|"
    r"révisé|révisée|corrigé|corrigée|revisto|revista|" + PASS_VERBS)
#: A verb of change right before "hasta", "fino a", "jusqu'à", "bis zu", "até": the value it
#: reached ("elevada hasta 95" is 95), not a bound ("hasta 95 personas" is up to 95).
CHANGE_VERBS = rf"(?:{RISE_VERBS}|{PASS_VERBS})\b"
#: ... or "went up", or a toll's copula ("the death toll is now up to 19": trial 35 read at most
#: 19 people); these two only before "up to", not in the verbs of change other rules share.
CHANGED_TO = re.compile(CHANGE_VERBS + r"(?:\s+\w+){0,1}\s*$|\b(?:went|gone)\s*$"
                        r"|\b(?:toll|count)\s+(?:is|was|stands)(?:\s+now)?\s*$", re.I)


#: A count's change from one figure to another, right before the first: a verb of change
#: (perhaps with words between: "rose sharply", "was revised down") and the word that says
#: "from" ("the toll rose from 8 to 20", "est passé de 8 à 20", "stieg von 8 auf 20", "pasó de
#: 8 a 20", "è passato da 8 a 20") or "by" ("rose by 8 to 20", "aumentó en 8 hasta 20"). The
#: two numbers are the count before and after, or the change and the count: never a range of
#: one count (trial 36 proposed 8–20 dead for "rose by 8 to 20").
_CHANGE_ADVERBS = r"(?:\s+[^\W\d_]+){0,3}?"  # "rose sharply", "stieg über Nacht"
CHANGED_FROM_OR_BY = re.compile(
    rf"\b(?:{RISE_VERBS}|{FALL_VERBS}|{REVISE_VERBS})\b" + _CHANGE_ADVERBS
    + r"\s+(?P<word>from|by|de|d['’]|da|di|von|um|van|met|desde|en|em)\s+$", re.I)
#: The word that says "from": with a second number after "to" ("à", "a", "auf", "naar",
#: "para", "até", "hasta"), the first is the count as it stood before; the second in figures
#: or a word its reader must read as a number ("rose from eight to twelve").
FROM_WORDS = frozenset({"from", "de", "d'", "d’", "da", "von", "van", "desde"})
TO_AFTER_FROM = re.compile(r"\s*(?:[^\W\d_]+\s+){0,2}?(?:to|à|a|auf|naar|até|hasta|para|op)"
                           r"\s+(?:about\s+|at\s+least\s+)?(?:\d|(?P<word>[^\W\d_]+))", re.I)
#: German and Dutch close the clause on the verb: "ist von 8 auf 20 gestiegen", "is van 8 naar
#: 20 gestegen" (the verb after the second figure; "von" or "van" right before the first).
FROM_BEFORE_VERB_LAST = re.compile(r"\b(?:von|van)\s+$", re.I)
TO_THEN_VERB_LAST = re.compile(
    r"\s+(?:auf|naar|op|tot)\s+\d[\d.,]*(?:\s+[^\W\d_]+){0,3}?\s+"
    rf"(?:{RISE_VERBS}|{FALL_VERBS}|{REVISE_VERBS})\b", re.I)


#: Units and nouns of an amount after which a glued "m" is a million
#: (:meth:`generator.text.quantities.scanner.Scanner.million_m`).
MILLION_M_UNITS = frozenset({"liter", "cubic_meter", "metric_ton", "kilogram", "kiloton", "usd",
                             "eur", "gbp", "inr"})
MILLION_M_NOUNS = frozenset({"gallons", "barrels", "visitors", "passengers", "homes",
                             "households", "users", "viewers", "followers", "acres",
                             # those a utility or a service counts ("1.5m customers without
                             # power": trial 35 read 1.5 metres of customers)
                             "customers", "subscribers", "consumers", "premises", "properties",
                             "businesses", "accounts"})  # (no unit of the reader)


# Hungarian, Greek, Swedish and Norwegian number words, and the scale words, qualifiers and
# ordinals of these and of Danish (issues 13 and 16), from their own table module; Slovenian,
# Croatian, Estonian and Finnish (issue 16) from theirs, the forms derived by case.
def _merge_more() -> None:
    global TIME_BEFORE
    for module in (M, I):
        TIME_BEFORE += module.TIME_BEFORE
        HOUR_BEFORE.update(dict.fromkeys(module.TIME_BEFORE, True))
    for code, roads in M.ROAD_NOUNS.items():
        NAMED_BY_NUMBER[code] = NAMED_BY_NUMBER.get(code, frozenset()) | roads
    for table, more in ((WORDS, M.WORDS), (ARTICLES, M.ARTICLES), (SCALES, M.SCALES),
                        (QUALIFIERS, M.QUALIFIERS), (ORDINAL_WORDS, M.ORDINAL_WORDS),
                        (WORDS, I.WORDS), (SCALES, I.SCALES), (QUALIFIERS, I.QUALIFIERS),
                        (ORDINAL_WORDS, I.ORDINAL_WORDS), (VAGUE, I.VAGUE),
                        (NINE_OR_NEW, I.NINE_OR_NEW)):
        for code, entries in more.items():
            table[code] = {**table.get(code, {}), **entries} if isinstance(entries, dict) \
                else entries  # type: ignore[index]


_merge_more()
