"""What the reader knows of a language: its tables compiled once, and text folded for reading.

Digits of every script are folded to ASCII and letters to lower case without moving any offset,
so every pass reads one string and reports positions in the original text.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import regex

from generator.text import number_words as W
from generator.text.languages import MONTH_KEYS, WEEKDAY_KEYS, locale_info, stop_words

# --------------------------------------------------------------------------------------------
# Characters
# --------------------------------------------------------------------------------------------

def digit_table() -> dict[int, str]:
    table = {}
    for cp in range(0x110000):
        ch = chr(cp)
        if cp > 0x7F and unicodedata.category(ch) == "Nd":
            table[cp] = str(unicodedata.digit(ch))
    table[0x066B] = "."  # ARABIC DECIMAL SEPARATOR
    table[0x066C] = ","  # ARABIC THOUSANDS SEPARATOR
    table[0x2212] = "-"  # MINUS SIGN
    return table


DIGIT_TABLE = digit_table()


def fold(text: str) -> str:
    """Digits of every script as ASCII and letters in lower case, keeping every offset."""
    text = text.translate(DIGIT_TABLE)
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


SEPARATORS = ",.\u00a0\u202f\u2009 '’"
CORE = re.compile(r"\d+(?:[,.\u00a0\u202f\u2009 '’]\d+)*")
#: A word keeps its combining marks (to `re` a Devanagari or Bengali vowel sign is no letter:
#: "सैकड़ों", hundreds, fell into pieces no table names).
WORD = regex.compile(r"\p{L}[\p{L}\p{M}]*(?:['’-]\p{L}[\p{L}\p{M}]*)*")
SPACE = " \u00a0\u202f\u2009\t"


# --------------------------------------------------------------------------------------------
# Tables compiled per language
# --------------------------------------------------------------------------------------------

#: The end of a word: no letter after it, and no letter or vowel sign of an Indic script (to
#: `re` a vowel sign is no letter, so "শত", hundred, would end inside "শতাংশ", percent).
WORD_END = r"(?![^\W\d_]|[\u0900-\u0dff])"


def alternation(words) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=len,
                                                                           reverse=True))


@dataclass(frozen=True)
class Language:
    code: str
    scales: dict[str, float]
    scale_after: re.Pattern[str]
    vague: dict[str, float]
    qualifier: re.Pattern[str]
    qualifiers: dict[str, str]
    unit_after: re.Pattern[str]
    unit_of: dict[str, str]
    words: dict[str, float]
    months: re.Pattern[str]
    weekdays: re.Pattern[str]
    decimal_comma: bool
    stopwords: frozenset[str]


#: Languages written without spaces between words: letters glued to digits are normal there.
NO_SPACES = frozenset({"zh", "ja", "ko", "th"})
COMMA_DECIMAL = frozenset({"fr", "es", "pt", "de", "it", "nl", "pl", "cs", "da", "sv", "no",
                            "fi", "ru", "uk", "tr", "el", "ro", "hu", "id", "ca", "hr", "sk",
                            "sl", "bg", "sr"})


def month_names(code: str) -> list[str]:
    """Month names of a language from dateparser's locale data (three letters or more)."""
    names: list[str] = []
    for lang in {code, "en"}:
        info = locale_info(lang)
        for key in MONTH_KEYS:
            names += [n.lower() for n in info.get(key, []) if len(n) >= 3]
    if code == "ar":  # Levantine month names (Lebanon, Syria) beside the Egyptian ones
        names += ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب",
                  "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول"]
    return names


def day_names(code: str) -> tuple[list[str], list[str]]:
    """Weekday names of a language and English, written out (five letters or more: "mar",
    "die", "sam" are words of other meanings), and its words for today, yesterday and
    tomorrow ("hoje", "ontem"), from dateparser's locale data."""
    weekdays: list[str] = []
    days: list[str] = []
    for lang in {code, "en"}:
        info = locale_info(lang)
        for key in WEEKDAY_KEYS:
            weekdays += [n.lower() for n in info.get(key, []) if len(n) >= 5]
        for key in ("0 day ago", "1 day ago", "in 1 day"):
            days += [n.lower() for n in info.get("relative-type", {}).get(key, []) if " " not in n]
    return weekdays, days


#: A word some languages put between a number and its scale word, read as part of the scale.
SCALE_DE = {"ro": rf"(?:de[{SPACE}]+)?"}

#: The languages the reader takes their own function words for; any other reads with English's.
OWN_STOP_WORDS = frozenset({"en", "fr", "de", "es", "it", "pt", "nl", "pl", "cs", "ar", "ne",
                            "ko", "da", "ca", "ro"})


def stopwords_of(code: str) -> frozenset[str]:
    """Function words of a language: jusText's stop lists, read by
    :func:`generator.text.languages.stop_words` as the cleaner reads them; English's for a
    language outside :data:`OWN_STOP_WORDS`."""
    return stop_words(code if code in OWN_STOP_WORDS else "en")


@lru_cache(maxsize=64)
def language(code: str) -> Language:
    code = (code or "en").split("-")[0].lower()
    scales = {**W.SCALES["*"], **W.SCALES.get(code, {})}
    quals = {**W.QUALIFIERS["en"], **W.QUALIFIERS.get(code, {})}
    # "de" elided before a vowel: "près d'un milliard", "moins d'une heure", "autour d'un
    # millier" are "près de", "moins de", "autour de"
    quals.update({k[:-2] + e: v for k, v in list(quals.items()) if k.endswith(" de")
                  for e in ("d'", "d’") if k[:-2] + e not in quals})
    unit_of = {}
    for unit, names in W.UNITS_AFTER.items():
        for name in names:
            unit_of.setdefault(name, unit)
    for suffix, unit in W.DURATION_SUFFIXES.get(code, {}).items():  # "12-tägigen"
        unit_of.update({suffix + end: unit for end in W.ADJECTIVE_ENDINGS[code]})
    if code in ("pl",):
        unit_of["mil"] = "mile"  # Polish "mil" is miles; Spanish/Portuguese "mil" a thousand
    if code in ("es", "pt"):
        unit_of.pop("mil", None)
    scale_words = [w for w in scales if w not in ("m", "b", "k")]
    no_space = code in NO_SPACES
    weekdays = day_names(code)[0] + list(W.DAY_WORDS.get(code, ()))
    return Language(
        code=code,
        scales=scales,
        # Romanian puts "de" between twenty or more and the scale ("20 de mii", "35 de milioane")
        scale_after=re.compile(rf"[{SPACE}]{{0,2}}-?{SCALE_DE.get(code, '')}"
                               rf"(?P<s>{alternation(scale_words)})"
                               + ("" if no_space else WORD_END)),
        vague=W.VAGUE.get(code, {}) | (W.VAGUE["en"] if code != "es" else {}),
        qualifier=re.compile(rf"(?:^|[^\w])(?P<q>{alternation(quals)})[{SPACE}]*"
                             r"(?:de\s+|d['’]|of\s+)?(?:(?:the|la|le|el|die|der|a|un|una)\s+)?"
                             r"[$€£]?[{SPACE}]*$".replace(
                                 "{SPACE}", SPACE)),
        qualifiers={re.sub(r"\s+", " ", k): v for k, v in quals.items()},
        unit_after=re.compile(
            rf"(?:[{SPACE}]{{0,2}}|-)(?:(?:de|of|di)\s+|d['’]\s?)?(?P<u>{alternation(unit_of)})"
            + WORD_END),
        unit_of=unit_of,
        words=W.WORDS.get(code, {}),
        months=re.compile(rf"(?:{alternation(month_names(code))})(?![^\W\d_])"),
        weekdays=re.compile(rf"(?<![^\W\d_])(?:(?P<w>{alternation(weekdays)})"
                            rf"|(?P<d>{alternation(day_names(code)[1])}))(?![^\W\d_])"),
        decimal_comma=code in COMMA_DECIMAL,
        stopwords=stopwords_of(code),
    )
