"""Numbers as prose writes them, and as Briefing writes them back.

**Reading.** :data:`NUMBER` finds digits ("308", "20,000", "1.5 million"), number words ("seven",
"forty-two", "two thousand"; parsed with ``text2num``, a maintained number-word parser), ranges
("between 300 and 400", "300-400") and vague plurals ("hundreds of", "tens of thousands"), each
with the qualifier before it ("more than", "about", "up to"); :func:`read_number` gives a match's
value, qualifier (the ``approx`` words of the fact-sheet format) and kind. Vague plurals are read
as a lower bound, the smallest value the words allow ("dozens of" 24+, "hundreds of" 200+).
``briefing check`` uses :func:`numbers_in` to compare a figure report's value with its quote;
``briefing extract`` reads the same matches with the noun they count. A reader of whole
quantities (a number with its unit or counted noun) belongs beside this module, in
``quantities.py``.

**Writing.** :func:`number` is the one way a number is shown, on pages, in charts, in messages and
in drafts: 308, 1,200, 277.2, with float noise such as 341.00000000000006 rounded away.
"""

from __future__ import annotations

import re

from generator.text.lexicon import MONTH


def number(x: float) -> str:
    """308 -> "308", 277.2 -> "277.2", 1200 -> "1,200" (float noise rounded away)."""
    x = round(float(x), 6)
    if x.is_integer():
        return f"{int(x):,}"
    return f"{x:,.6f}".rstrip("0").rstrip(".")


_ONES = ("one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
         "fifteen|sixteen|seventeen|eighteen|nineteen")
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_WORD = rf"(?:(?:{_TENS})(?:-(?:{_ONES}))?|{_ONES})"
_SCALE = "hundred|thousand|million|billion"
_WORDNUM = rf"(?:{_WORD}|a)(?:\s+(?:and\s+)?(?:{_WORD}|{_SCALE}|dozen))*(?<!\sa)(?<!^a)"
_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
QUALIFIERS = {
    "more than": "more-than", "over": "more-than", "just over": "more-than",
    "upwards of": "more-than", "in excess of": "more-than",
    "at least": "at-least", "no fewer than": "at-least", "no less than": "at-least",
    "about": "about", "approximately": "about", "around": "about", "roughly": "about",
    "some": "about", "nearly": "about", "almost": "about", "an estimated": "about",
    "estimated": "about", "close to": "about", "just under": "about", "circa": "about",
    "up to": "up-to", "as many as": "up-to", "at most": "up-to", "no more than": "up-to",
    "fewer than": "fewer-than", "less than": "fewer-than",
}
_QUAL = "|".join(sorted((re.escape(q).replace(r"\ ", r"\s+") for q in QUALIFIERS),
                        key=len, reverse=True))
_VAGUE = {"dozens": (24, 1), "scores": (40, 1), "tens": (20, 1), "hundreds": (200, 1),
          "thousands": (2000, 1), "millions": (2_000_000, 1)}
_FEW = {"a few": 2, "a couple of": 2, "a handful of": 2, "several": 3}
NUMBER = re.compile(
    rf"(?<![\w#$£€.,-])(?:(?P<qual>{_QUAL})\s+)?(?:"
    rf"(?P<between>between\s+(?P<b1>{_DIGITS})\s+and\s+(?P<b2>{_DIGITS}))"
    rf"|(?P<r1>{_DIGITS})\s*(?:-|–|to)\s*(?P<r2>{_DIGITS})(?!\s*(?:{MONTH})\b)"
    rf"|(?P<vague>(?:tens|hundreds|thousands|dozens|scores|millions)\s+of"
    rf"(?:\s+(?P<vague2>thousands|millions)\s+of)?)"
    rf"|(?P<few>a\s+few|a\s+couple\s+of|a\s+handful\s+of|several)\s+(?P<fewscale>{_SCALE}|dozen)"
    rf"|(?P<digits>{_DIGITS})(?:\s+(?P<dscale>{_SCALE}))?"
    rf"|(?P<words>{_WORDNUM})"
    rf")(?![\w-])(?!\s*(?:-|–)\s*\w)",
    re.I)


PHRASAL_OVER = re.compile(
    r"\b(?:hand|hands|handed|handing|turn|turns|turned|turning|take|takes|took|taken|taking|"
    r"give|gives|gave|given|pass|passed|win|won|fight|fought|hold|held|argue|argued)\s*$", re.I)


def read_number(m: re.Match[str]) -> tuple[float | tuple[float, float], str | None, str] | None:
    """(value, approx, kind) for a match; kind is "digits", "words" or "vague"."""
    def num(text: str) -> float:
        return float(text.replace(",", ""))

    qual = QUALIFIERS.get(re.sub(r"\s+", " ", m.group("qual").lower())) if m.group("qual") \
        else None
    if qual and m.group("qual").lower() == "over" and \
            PHRASAL_OVER.search(m.string[:m.start()]):
        qual = None  # "handed over a dozen prisoners"
    if m.group("between"):
        return (num(m.group("b1")), num(m.group("b2"))), None, "digits"
    if m.group("r1"):
        low, high = num(m.group("r1")), num(m.group("r2"))
        if high <= low:
            return None
        return (low, high), None, "digits"
    scales = {"hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000,
              "dozen": 12}
    if m.group("vague"):
        first = m.group("vague").split()[0].lower()
        value = _VAGUE[first][0]
        if m.group("vague2"):
            value *= scales[m.group("vague2").lower().rstrip("s")]
        return value, "at-least", "vague"
    if m.group("few"):
        few = re.sub(r"\s+", " ", m.group("few").lower())
        return _FEW[few] * scales[m.group("fewscale").lower()], "at-least", "vague"
    if m.group("digits"):
        value = num(m.group("digits"))
        if m.group("dscale"):
            value *= scales[m.group("dscale").lower()]
        return value, qual, "digits"
    words = re.sub(r"\s+", " ", m.group("words").lower())
    if words.startswith("a "):
        words = "one " + words[2:]
    if words in {"a", "one"}:
        return None
    dozens = 1
    if words.endswith(" dozen"):  # "two dozen" (text2num knows no dozens)
        words, dozens = words[:-len(" dozen")], 12
    elif words == "dozen" or words == "one dozen":
        words, dozens = "one", 12
    try:
        value = _text2num(words) * dozens
    except ValueError:
        return None
    return value, qual, "words"


def numbers_in(text: str) -> list[tuple[float | tuple[float, float], str, str]]:
    """Every number written in ``text``: (value, kind, as written), kind "digits", "words" or
    "vague". Used by ``briefing check`` to compare a figure report's value with its quote."""
    out = []
    for m in NUMBER.finditer(text):
        parsed = read_number(m)
        if parsed is not None:
            out.append((parsed[0], parsed[2], m.group(0)))
        if m.group("dscale"):  # "1.2 million" also stands for a value of 1.2 (unit: million)
            out.append((float(m.group("digits").replace(",", "")), "digits", m.group(0)))
    return out


def _text2num(words: str) -> float:
    from text_to_num import text2num  # third-party: loaded only when a number is in words

    return float(text2num(words, "en"))
