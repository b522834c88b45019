"""Temperatures as heat pages write them beyond the unit table (issue #16): a scale glued to the
number ("39.9C", "104F") and the other languages' bare degrees ("42 degrés", "41,2 Grad", "44,5
grados", "43 gradi", "45 graus", "39 graden"), read as an English bare "degrees" is. Only in a
sentence about heat (:data:`TEMPERATURE_SENTENCE`): elsewhere "40C" is a seat or a class and "6
degrés" may be an earthquake's magnitude, which review 14 kept out of the reader. A minus in
words before a temperature ("minus 12 degrees", "moins 8 °C") is its sign, as "−12 °C"'s is."""

from __future__ import annotations

import re

#: A sentence that speaks of a temperature, in any of the corpus languages: its scale written
#: out, or a word of heat, cold or the thermometer. A figure in a temperature unit is stated by
#: such a sentence's number in that unit, whatever the label's words ("42,4 °C"); "turned 180
#: degrees" or "51 degrees north" is none (review 14).
TEMPERATURE_SENTENCE = re.compile(
    r"[°º]\s?[CF]\b|celsius|fahrenheit|temp[eé]ratuu?r|\bth?erm[oóô]m|\bheat|\bhot(?:ter|test)?\b|"
    r"\bscorch|\bswelter|\bwarm|\bcold\b(?!\s+(?:rain|front|water))|"
    r"\bchaleur|\bcanicule|hitze|\bhitte|\bcalor|\bcaldo|\bfrost|\bfroid|\bk[äa]lte|\bmercur|"
    # a record, not a record rainfall or flood (review 17)
    r"quecksilber|\b(?:records?|rekord|récord|recorde)\b"
    r"(?!\s+(?:rain|rainfall|snow|flood|floods|water|levels?|lluvia|pluie|chuva|regen))", re.I)
#: The reader's temperature units.
TEMPERATURE_UNITS = frozenset({"degree", "degree_Celsius", "degree_Fahrenheit"})
#: A minus in words right before the number (the text is folded to lower case); not the same
#: word in "at least" ("au moins", "du moins", "al menos", "por lo menos", "pelo menos", "ao
#: menos", "per lo meno": "au moins 41 °C" had been -41 °C).
_MINUS_BEFORE = re.compile(r"(?<![^\W\d_])(?<!\b(?:au|du|al|lo|ao)[ \u00a0])(?<!\bpelo[ \u00a0])"
                           r"(?:minus|moins|menos|meno|min)[ \u00a0]$")
#: Each language's bare word for degrees, lower case (English "degrees" is in the unit table).
_BARE_DEGREES = {"fr": "degrés", "es": "grados", "it": "gradi", "pt": "graus", "de": "grad",
                 "nl": "graden"}
#: A scale glued to the number: "40c", "104f" (the text is folded to lower case).
_GLUED_SCALE = re.compile(r"(?P<s>[cf])(?![^\W\d_])")
_SCALES = {"c": "degree_Celsius", "f": "degree_Fahrenheit"}


def about_heat(text: str) -> bool:
    """Whether ``text`` speaks of a temperature, and not of an earthquake on the Richter scale."""
    return bool(TEMPERATURE_SENTENCE.search(text)) and "richter" not in text.lower()


def degree_after(folded: str, at: int, lang: str) -> tuple[str, int] | None:
    """(the reader's unit, its end) of a glued scale or the language's bare degrees right after
    a number ending at ``at`` in ``folded``; the caller has checked :func:`about_heat`."""
    m = _GLUED_SCALE.match(folded, at)
    if m:
        return _SCALES[m.group("s")], m.end()
    word = _BARE_DEGREES.get(lang)
    m = re.compile(rf"[ \u00a0]{{1,2}}{word}(?![^\W\d_])").match(folded, at) if word else None
    return ("degree", m.end()) if m else None


def minus_before(folded: str, at: int) -> int | None:
    """Where a minus in words right before ``at`` starts, if one does."""
    m = _MINUS_BEFORE.search(folded, max(0, at - 8), at)
    return m.start() if m else None
