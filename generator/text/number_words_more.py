"""Number words of Hungarian, Greek, Swedish and Norwegian, which text2num does not read, and the
scale words, qualifiers and ordinals of these and of Danish (issues 13 and 16): a table module
that :mod:`generator.text.number_words` merges into its own tables, kept apart because the
Hungarian forms are derived by rule, not listed.

Hungarian writes a number as one word ("negyvenkét", "huszonöt", "kétszáz") and glues its case
endings on ("hárman": three of them; "tizenketten megsérültek": twelve were hurt; "ötöt": five,
the object). The forms are derived here from each word's stem and its vowel harmony: the
collective "-an"/"-en" of a group of people and the accusative, for the units, the tens, the
compounds of a tens prefix ("tizen-", "huszon-", "harminc-") and a unit, and the hundreds."""

from __future__ import annotations

#: Hungarian units: the word, the stem its endings take ("három" -> "hárm-an"), whether its
#: vowels are back ones (endings in "a") and its accusative ("hármat", "ötöt", "hatot").
_HU_UNITS: dict[str, tuple[int, str, bool, str]] = {
    "egy": (1, "egy", False, "egyet"), "két": (2, "kett", False, "kettőt"),
    "kettő": (2, "kett", False, "kettőt"), "három": (3, "hárm", True, "hármat"),
    "négy": (4, "négy", False, "négyet"), "öt": (5, "öt", False, "ötöt"),
    "hat": (6, "hat", True, "hatot"), "hét": (7, "het", False, "hetet"),
    "nyolc": (8, "nyolc", True, "nyolcat"), "kilenc": (9, "kilenc", False, "kilencet"),
}
#: Hungarian tens alone, with the stem of their endings ("tíz" -> "tízen", "húsz" -> "húszan"),
#: their back vowels and the prefix a unit is glued to ("tizen-hárman", "huszon-öt").
_HU_TENS: dict[str, tuple[int, str, bool, str]] = {
    "tíz": (10, "tíz", False, "tizen"), "húsz": (20, "húsz", True, "huszon"),
    "harminc": (30, "harminc", True, "harminc"), "negyven": (40, "negyven", False, "negyven"),
    "ötven": (50, "ötven", False, "ötven"), "hatvan": (60, "hatvan", True, "hatvan"),
    "hetven": (70, "hetven", False, "hetven"), "nyolcvan": (80, "nyolcvan", True, "nyolcvan"),
    "kilencven": (90, "kilencven", False, "kilencven"),
}


def _hu_endings(stem: str, back: bool, accusative: str | None = None) -> dict[str, str]:
    """The collective ("-an", "-en": "hatan", "öten") and the accusative ("-at", "-et") of a
    stem by its vowel harmony; a unit's own accusative where it is irregular ("hatot")."""
    return {stem + ("an" if back else "en"): "collective",
            accusative or stem + ("at" if back else "et"): "accusative"}


def hungarian_words() -> dict[str, float]:
    """Every Hungarian number word to 999 with its endings, and the thousands' word. Not "egy"
    alone, which is also the article (a casualty written with it is no number written)."""
    out: dict[str, float] = {}
    units = {w: v for w, v in _HU_UNITS.items() if w != "egy"}
    for word, (value, stem, back, acc) in units.items():
        out[word] = value
        out.update(dict.fromkeys(_hu_endings(stem, back, acc), value))
    below_hundred: dict[str, float] = dict(out)
    for word, (value, stem, back, prefix) in _HU_TENS.items():
        below_hundred[word] = value
        below_hundred.update(dict.fromkeys(_hu_endings(stem, back), value))
        for unit, (n, ustem, uback, uacc) in _HU_UNITS.items():
            below_hundred[prefix + unit] = value + n  # "huszonöt", "negyvenkét"
            below_hundred.update(dict.fromkeys(
                (prefix + f for f in _hu_endings(ustem, uback, uacc)), value + n))
    out.update(below_hundred)
    # the hundreds: "száz", "kétszáz", "háromszázötven", and their endings ("százan")
    for unit, (n, _s, _b, _a) in {"": (1, "", False, ""), **_HU_UNITS}.items():
        if unit in ("egy", "kettő"):
            continue
        head = unit + "száz"
        out[head] = 100 * n
        out.update(dict.fromkeys(_hu_endings(head, True), 100 * n))
        out.update({head + rest: 100 * n + v for rest, v in below_hundred.items()})
    out.update({"ezer": 1e3, "ezren": 1e3, "ezret": 1e3, "millió": 1e6, "milliárd": 1e9})
    return out


def _nordic_tens(units: dict[str, int], tens: dict[str, int]) -> dict[str, float]:
    """Swedish and Norwegian write the tens and their unit as one word ("tjugofem",
    "førtito"); every such compound with the words alone."""
    out: dict[str, float] = {**units, **tens}
    out.update({t + u: tv + uv for t, tv in tens.items() for u, uv in units.items()
                if uv < 10})
    return out


WORDS: dict[str, dict[str, float]] = {
    "hu": hungarian_words(),
    # not "en"/"ett" (the article, which a casualty written with it is: no number written)
    "sv": _nordic_tens(
        {"två": 2, "tre": 3, "fyra": 4, "fem": 5, "sex": 6, "sju": 7, "åtta": 8, "nio": 9,
         "tio": 10, "elva": 11, "tolv": 12, "tretton": 13, "fjorton": 14, "femton": 15,
         "sexton": 16, "sjutton": 17, "arton": 18, "nitton": 19, "hundra": 100, "tusen": 1e3},
        {"tjugo": 20, "trettio": 30, "fyrtio": 40, "femtio": 50, "sextio": 60, "sjuttio": 70,
         "åttio": 80, "nittio": 90}),
    # Bokmål, with the older "tyve", "tredve", "syv" too; not "en"/"ei"/"et" (the article)
    "no": _nordic_tens(
        {"to": 2, "tre": 3, "fire": 4, "fem": 5, "seks": 6, "sju": 7, "syv": 7, "åtte": 8,
         "ni": 9, "ti": 10, "elleve": 11, "tolv": 12, "tretten": 13, "fjorten": 14,
         "femten": 15, "seksten": 16, "sytten": 17, "atten": 18, "nitten": 19, "hundre": 100,
         "tusen": 1e3},
        {"tjue": 20, "tyve": 20, "tretti": 30, "tredve": 30, "førti": 40, "femti": 50,
         "seksti": 60, "sytti": 70, "åtti": 80, "nitti": 90}),
    # Greek, in the genders and the genitive the counted noun asks ("τρεις νεκροί", "τρία
    # άτομα", "τριών"); the tens and units written apart ("είκοσι πέντε") add up
    "el": {"δύο": 2, "δυο": 2, "τρεις": 3, "τρία": 3, "τριών": 3, "τέσσερις": 4,
           "τέσσερα": 4, "τεσσάρων": 4, "πέντε": 5, "έξι": 6, "έξη": 6, "επτά": 7, "εφτά": 7,
           "οκτώ": 8, "οχτώ": 8, "εννέα": 9, "εννιά": 9, "δέκα": 10, "έντεκα": 11,
           "ένδεκα": 11, "δώδεκα": 12, "δεκατρείς": 13, "δεκατρία": 13, "δεκατέσσερις": 14,
           "δεκατέσσερα": 14, "δεκαπέντε": 15, "δεκαέξι": 16, "δεκαεπτά": 17, "δεκαεφτά": 17,
           "δεκαοκτώ": 18, "δεκαοχτώ": 18, "δεκαεννέα": 19, "δεκαεννιά": 19, "είκοσι": 20,
           "τριάντα": 30, "σαράντα": 40, "πενήντα": 50, "εξήντα": 60, "εβδομήντα": 70,
           "ογδόντα": 80, "ενενήντα": 90, "εκατό": 100, "εκατόν": 100,
           **{f"{stem}{end}": 100 * n for stem, n in (
               ("διακόσι", 2), ("τριακόσι", 3), ("τετρακόσι", 4), ("πεντακόσι", 5),
               ("εξακόσι", 6), ("επτακόσι", 7), ("οκτακόσι", 8), ("εννιακόσι", 9))
              for end in ("οι", "ες", "α", "ων")},
           "χίλιοι": 1e3, "χίλιες": 1e3, "χίλια": 1e3, "χιλίων": 1e3},
}

#: The articles, "one" and the indefinite article at once: a casualty written with one is no
#: number written (tests/corpus/README.md), as the other languages' articles.
ARTICLES: dict[str, frozenset[str]] = {
    "sv": frozenset({"en", "ett"}), "no": frozenset({"en", "ei", "et", "ett"}),
    "hu": frozenset({"egy"}), "el": frozenset({"ένας", "μία", "μια", "ένα", "έναν", "ενός"}),
}

SCALES: dict[str, dict[str, float]] = {
    "hu": {"ezer": 1e3, "millió": 1e6, "milliárd": 1e9, "mrd": 1e9},
    "sv": {"tusen": 1e3, "miljon": 1e6, "miljoner": 1e6, "miljard": 1e9, "miljarder": 1e9,
           "mkr": 1e6},
    "no": {"tusen": 1e3, "million": 1e6, "millioner": 1e6, "milliard": 1e9, "milliarder": 1e9,
           "mill": 1e6, "mrd": 1e9},
    "da": {"tusind": 1e3, "million": 1e6, "millioner": 1e6, "milliard": 1e9, "milliarder": 1e9,
           "mio": 1e6, "mia": 1e9},
}

#: "At least", "more than", "about", "nearly", "up to" before a number.
QUALIFIERS: dict[str, dict[str, str]] = {
    "hu": {"legalább": "at-least", "minimum": "at-least", "több mint": "more-than",
           "mintegy": "about", "körülbelül": "about", "kb.": "about", "nagyjából": "about",
           "csaknem": "nearly", "közel": "nearly", "majdnem": "nearly",
           "kevesebb mint": "fewer-than", "akár": "up-to"},
    "el": {"τουλάχιστον": "at-least", "πάνω από": "more-than", "περισσότεροι από": "more-than",
           "περισσότερα από": "more-than", "περισσότερες από": "more-than", "περίπου": "about",
           "σχεδόν": "nearly", "έως": "up-to", "μέχρι": "up-to",
           "λιγότεροι από": "fewer-than"},
    "sv": {"minst": "at-least", "åtminstone": "at-least", "över": "more-than",
           "mer än": "more-than", "fler än": "more-than", "drygt": "more-than",
           "cirka": "about", "ca": "about", "omkring": "about", "runt": "about",
           "ungefär": "about", "närmare": "nearly", "nästan": "nearly", "upp till": "up-to",
           "färre än": "fewer-than", "mindre än": "fewer-than"},
    "no": {"minst": "at-least", "over": "more-than", "mer enn": "more-than",
           "flere enn": "more-than", "drøyt": "more-than", "cirka": "about", "ca": "about",
           "omkring": "about", "rundt": "about", "om lag": "about", "nesten": "nearly",
           "opptil": "up-to", "færre enn": "fewer-than"},
    "da": {"mindst": "at-least", "over": "more-than", "mere end": "more-than",
           "flere end": "more-than", "knap": "nearly", "cirka": "about", "ca": "about",
           "omkring": "about", "næsten": "nearly", "op til": "up-to", "færre end": "fewer-than"},
}

#: Ordinals written as words; not Swedish "andra" nor Norwegian and Danish "andre" ("other").
ORDINAL_WORDS: dict[str, dict[str, int]] = {
    "hu": {"első": 1, "második": 2, "harmadik": 3, "negyedik": 4, "ötödik": 5, "hatodik": 6,
           "hetedik": 7, "nyolcadik": 8, "kilencedik": 9, "tizedik": 10},
    "sv": {"första": 1, "tredje": 3, "fjärde": 4, "femte": 5, "sjätte": 6, "sjunde": 7,
           "åttonde": 8, "nionde": 9, "tionde": 10},
    "no": {"første": 1, "tredje": 3, "fjerde": 4, "femte": 5, "sjette": 6, "sjuende": 7,
           "åttende": 8, "niende": 9, "tiende": 10},
    "el": {f"{stem}{end}": n for n, stem in ((1, "πρώτ"), (2, "δεύτερ"), (3, "τρίτ"),
                                               (4, "τέταρτ"), (5, "πέμπτ"), (6, "έκτ"))
           for end in ("ος", "η", "ο", "ου", "ης", "ον", "οι", "ες", "α")},
}

#: Roads a number names, in lower case before it ("rv 27", "fylkesvei 382", "Riksvei 15"):
#: the number is the road's, not a count.
ROAD_NOUNS: dict[str, frozenset[str]] = {
    "sv": frozenset({"rv", "riksväg", "riksvägen", "länsväg", "länsvägen", "motorväg"}),
    "no": frozenset({"rv", "fv", "riksvei", "riksveg", "fylkesvei", "fylkesveg", "europavei"}),
    "da": frozenset({"motorvej", "rute", "landevej", "primærrute"}),
}

#: The Nordic words of the clock before an hour ("klokken 21.30", "klokka 17", "klockan
#: 07.01", "kl. 04.20"), which none of the other languages writes.
TIME_BEFORE = ("klokken", "klokka", "klockan", "kl", "kl.")
