"""Figures for :mod:`generator.extract.draft`: a number, the noun it counts, and who says so.

Numbers
-------
Digits ("308", "20,000", "1.5 million") and number words ("seven", "forty-two", "two thousand";
parsed with ``text2num``, a maintained number-word parser) are read with the qualifier before
them:

=================================================  ==============
"more than", "over", "just over"                    ``more-than``
"at least", "no fewer than"                         ``at-least``
"about", "approximately", "around", "roughly",      ``about``
"some", "nearly", "almost", "an estimated", …
"up to", "as many as", "at most", "no more than"    ``up-to``
"fewer than", "less than"                           ``fewer-than``
"between 300 and 400", "300-400", "300 to 400"      a range ``[300, 400]``
=================================================  ==============

Vague plurals are read as a **lower bound, the smallest value the words allow**, marked
``at-least`` so that ``briefing check`` compares them as open intervals: "dozens of" 24+,
"scores of" 40+, "hundreds of" 200+, "a few hundred" 200+, "several hundred" 300+,
"thousands of" 2,000+, "tens of thousands" 20,000+, "hundreds of thousands" 200,000+. The
analyst narrows them when the context allows.

Not figures: 1 ("one of them"), durations and dates ("six-year war", "three years ago",
"29 August", "2014"), ordinals, compound adjectives ("310-strong"), and any number not followed
by a plural noun (or a unit such as "km" or "percent") within a few words.

The counted noun
----------------
The first plural noun after the number ("40 Iraqi militiamen", "300 Islamic State fighters and
their families", "tens of thousands of fighters"), lemmatised with ``simplemma``.

Grouping across outlets
-----------------------
Two candidates are one figure when (1) their nouns are in the same group of :data:`NOUN_GROUPS`
(fighter ~ militant ~ jihadist ~ gunman; civilian ~ relative ~ family ~ woman ~ child; …; other
nouns only with themselves) and (2) every lower bound in the group is within a factor
:data:`MAGNITUDE` (2) of every other: 308, 310, "about 300" and "hundreds" (200+) are one
figure; "thousands" (2,000+) and "tens of thousands" (20,000+) are two others; "three Hezbollah
fighters" and "two Hezbollah fighters" a fourth. (3) Two reports from one article are one
figure only if both can hold ("hundreds of fighters" and "310 fighters"; not "15 people" and "9
people"). A candidate joins the group whose middle value is closest to its own.

A number whose noun comes first is read too: "the death toll rose to 21" counts the dead, "the
number of evacuees reached 600" evacuees, "the militants, thought to number about 120"
militants, "up from 2,000" what the number before it counts, and "four were killed" the dead.
"over" after a verb it belongs to ("handed over a dozen") is not a qualifier.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from text_to_num import text2num

from generator.extract.attribution import Sentence

NOUN_GROUPS: dict[str, set[str]] = {
    "fighter": {"fighter", "militant", "jihadist", "gunman", "terrorist", "insurgent",
                "combatant", "extremist", "mujahid", "mujahideen"},
    "civilian": {"civilian", "relative", "family", "woman", "child", "dependant", "dependent",
                 "non-combatant", "noncombatant", "wife", "kid"},
    "militiaman": {"militiaman", "militia", "paramilitary"},
    "soldier": {"soldier", "troop", "serviceman", "servicemember", "conscript"},
    "operative": {"operative", "officer", "adviser", "advisor", "guardsman", "agent"},
    "bus": {"bus", "coach"},
    "vehicle": {"vehicle", "truck", "car", "pickup"},
    "person": {"people", "person", "individual"},
    "dead": {"death", "casualty", "dead", "victim", "body"},
    "evacuee": {"evacuee", "refugee", "displaced"},
    "prisoner": {"prisoner", "detainee", "captive", "hostage", "inmate"},
    "wounded": {"wounded", "injured"},
    "airstrike": {"airstrike", "strike", "raid", "sortie"},
    "aircraft": {"aircraft", "jet", "warplane", "plane", "drone"},
}
_GROUP_OF = {noun: key for key, nouns in NOUN_GROUPS.items() for noun in nouns}
MAGNITUDE = 2.0

_IRREGULAR = {"people": "people", "police": "police", "troops": "troop",
              "personnel": "personnel", "children": "child", "women": "woman", "men": "man",
              "staff": "staff", "cattle": "cattle", "families": "family", "aircraft": "aircraft",
              "mujahideen": "mujahideen", "dead": "dead", "displaced": "displaced"}
_UNITS = {"km": "km", "kilometres": "km", "kilometers": "km", "miles": "mile", "metres": "m",
          "meters": "m", "percent": "percent", "per cent": "percent", "%": "percent",
          "dollars": "dollar", "euros": "euro", "tons": "ton", "tonnes": "ton", "kg": "kg"}
_TIME_UNITS = {"second", "minute", "hour", "day", "week", "month", "year", "decade", "century",
               "time", "night", "weekend"}
_STOP = {
    "a", "an", "the", "and", "or", "but", "of", "in", "on", "at", "to", "from", "by", "with",
    "for", "who", "whom", "which", "that", "were", "was", "are", "is", "be", "been", "had",
    "have", "has", "will", "would", "could", "should", "may", "might", "can", "according",
    "said", "says", "after", "before", "as", "than", "while", "including", "also", "its",
    "their", "his", "her", "this", "these", "those", "such", "into", "across", "towards",
    "toward", "during", "since", "until", "not", "no", "ago", "each", "per", "more", "less",
    "them", "they", "he", "she", "it", "we", "you", "i", "out", "up", "down", "there", "here",
    "did", "do", "does", "under", "over", "between", "among", "about", "so", "if", "when",
    "where", "whether", "other", "others",
}
_MONTHS = ("january|february|march|april|may|june|july|august|september|october|november|"
           "december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec")
_ONES = ("one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
         "fifteen|sixteen|seventeen|eighteen|nineteen")
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_WORD = rf"(?:(?:{_TENS})(?:-(?:{_ONES}))?|{_ONES})"
_SCALE = "hundred|thousand|million|billion"
_WORDNUM = rf"(?:{_WORD}|a)(?:\s+(?:and\s+)?(?:{_WORD}|{_SCALE}|dozen))*(?<!\sa)(?<!^a)"
_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_QUALIFIERS = {
    "more than": "more-than", "over": "more-than", "just over": "more-than",
    "upwards of": "more-than", "in excess of": "more-than",
    "at least": "at-least", "no fewer than": "at-least", "no less than": "at-least",
    "about": "about", "approximately": "about", "around": "about", "roughly": "about",
    "some": "about", "nearly": "about", "almost": "about", "an estimated": "about",
    "estimated": "about", "close to": "about", "just under": "about", "circa": "about",
    "up to": "up-to", "as many as": "up-to", "at most": "up-to", "no more than": "up-to",
    "fewer than": "fewer-than", "less than": "fewer-than",
}
_QUAL = "|".join(sorted((re.escape(q).replace(r"\ ", r"\s+") for q in _QUALIFIERS),
                        key=len, reverse=True))
_VAGUE = {"dozens": (24, 1), "scores": (40, 1), "tens": (20, 1), "hundreds": (200, 1),
          "thousands": (2000, 1), "millions": (2_000_000, 1)}
_FEW = {"a few": 2, "a couple of": 2, "a handful of": 2, "several": 3}
_NUMBER = re.compile(
    rf"(?<![\w#$£€.,-])(?:(?P<qual>{_QUAL})\s+)?(?:"
    rf"(?P<between>between\s+(?P<b1>{_DIGITS})\s+and\s+(?P<b2>{_DIGITS}))"
    rf"|(?P<r1>{_DIGITS})\s*(?:-|–|to)\s*(?P<r2>{_DIGITS})(?!\s*(?:{_MONTHS})\b)"
    rf"|(?P<vague>(?:tens|hundreds|thousands|dozens|scores|millions)\s+of"
    rf"(?:\s+(?P<vague2>thousands|millions)\s+of)?)"
    rf"|(?P<few>a\s+few|a\s+couple\s+of|a\s+handful\s+of|several)\s+(?P<fewscale>{_SCALE}|dozen)"
    rf"|(?P<digits>{_DIGITS})(?:\s+(?P<dscale>{_SCALE}))?"
    rf"|(?P<words>{_WORDNUM})"
    rf")(?![\w-])(?!\s*(?:-|–)\s*\w)",
    re.I)


@dataclass
class Figure:
    """One number in one sentence, with what it counts and who says so."""

    value: float | tuple[float, float]
    approx: str | None
    written: str  # the number as written, with its qualifier: "more than 40"
    noun: str  # the noun phrase as written: "Iraqi militiamen"
    head: str  # the counted noun's lemma: "militiaman"
    start: int  # article offsets of the number + noun
    end: int
    confidence: str
    why: list[str] = field(default_factory=list)

    @property
    def low(self) -> float:
        return float(self.value[0] if isinstance(self.value, tuple) else self.value)

    @property
    def group(self) -> str:
        return _GROUP_OF.get(self.head, self.head)


def _lemma(word: str) -> str:
    import simplemma

    return simplemma.lemmatize(word, lang="en")


def plural_head(token: str) -> str | None:
    """The lemma of ``token`` if it is a plural noun or a unit, else None."""
    low = token.lower().strip("’'")
    if low in _UNITS:
        return _UNITS[low]
    if low in _IRREGULAR:
        return _IRREGULAR[low]
    if len(low) < 4 or (low.endswith(("ss", "us", "is", "ous")) and not low.endswith("men")):
        return None
    if not low.endswith(("s", "men")):
        return None
    lemma = _lemma(low)
    if lemma == low or lemma in {"be", "have", "do"}:
        return None
    return lemma


def _number_value(m: re.Match[str]) -> tuple[float | tuple[float, float], str | None, str] | None:
    """(value, approx, kind) for a match; kind is "digits", "words" or "vague"."""
    def num(text: str) -> float:
        return float(text.replace(",", ""))

    qual = _QUALIFIERS.get(re.sub(r"\s+", " ", m.group("qual").lower())) if m.group("qual") \
        else None
    if qual and m.group("qual").lower() == "over" and \
            _PHRASAL_OVER.search(m.string[:m.start()]):
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
        value = float(text2num(words, "en")) * dozens
    except ValueError:
        return None
    return value, qual, "words"


_TOKEN = re.compile(r"[A-Za-z][\w’'-]*|%|,|\S")


def _counted(text: str, offset: int) -> tuple[str, str, int] | None:
    """(noun phrase, head lemma, end offset) of what the number at the start of ``text`` counts."""
    m = re.match(r"\s+(?:of\s+(?:the\s+|those\s+|these\s+|them\s+|its\s+|their\s+)?)?", text)
    at = m.end() if m else 0
    tokens = [(t.start() + at, t.end() + at, t.group(0)) for t in _TOKEN.finditer(text[at:])]
    taken: list[tuple[int, int, str]] = []
    capital_head = None
    for start, end, tok in tokens[:8]:
        if tok == ",":
            # "310 tired, broken, militants": commas between modifiers only
            if taken:
                continue
            break
        low = tok.lower()
        acronym = tok.isupper() and len(tok) > 1  # "IS fighters" is not "is"
        if not re.match(r"[A-Za-z%]", tok) or (low in _STOP and not acronym):
            break
        taken.append((start, end, tok))
        lemma = plural_head(tok)
        if lemma is None:
            continue
        if lemma in _TIME_UNITS:
            return None
        if tok[:1].isupper() and not tok.isupper():
            capital_head = capital_head or (start, end, lemma)
            continue
        first = taken[0][0]
        return text[first:end], lemma, offset + end
    if capital_head is not None:
        first = taken[0][0]
        return text[first:capital_head[1]], capital_head[2], offset + capital_head[1]
    return None


_PHRASAL_OVER = re.compile(
    r"\b(?:hand|hands|handed|handing|turn|turns|turned|turning|take|takes|took|taken|taking|"
    r"give|gives|gave|given|pass|passed|win|won|fight|fought|hold|held|argue|argued)\s*$", re.I)
_SUBJECT_NUMBER = re.compile(
    r"\b(?:number|numbering|numbered|total|totalling|totaling|totalled|totaled)\s*$", re.I)
_IMPLICIT = re.compile(r"\s+(?:(?:were|have\s+been|had\s+been|are|was)\s+)?(?:(?P<dead>killed|"
                       r"dead|died)|(?P<wounded>wounded|injured))\b", re.I)
_TOLL = re.compile(r"\b(?P<noun>death\s+toll|casualty\s+toll|toll|number\s+of\s+(?P<of>[a-z]+))"
                   r"\b[^.;:]{0,60}?\b(?:rose|risen|climbed|jumped|reached|stood|stands|hit|"
                   r"is|was|has\s+reached|at|to|of)(?:\s+(?:to|at))?\s*$", re.I)
_ELLIPSIS = re.compile(r"\b(?:up|down|rising|falling|compared)\s+(?:from|with)\s*$", re.I)


def _counted_before(before: str, earlier: list[Figure], end: int) -> tuple[str, str, int] | None:
    """What a number counts when the noun comes before it: "the death toll rose to 21",
    "the number of evacuees reached 600", or an earlier figure's "up from 2,000"."""
    m = _TOLL.search(before)
    if m:
        if m.group("of"):
            head = plural_head(m.group("of"))
            if head is None:
                return None
            return m.group("of"), head, end
        return re.sub(r"\s+", " ", m.group("noun")), "death", end
    if _ELLIPSIS.search(before) and earlier:
        return earlier[-1].noun, earlier[-1].head, end
    m = _SUBJECT_NUMBER.search(before)  # "the militants, thought to number about 120"
    if m:
        for word in reversed(re.findall(r"[A-Za-z][\w’'-]*", before[max(0, m.start() - 60):
                                                                      m.start()])):
            head = plural_head(word)
            if head and head not in _TIME_UNITS:
                return word, head, end
    return None


def _implicit(after: str, end: int) -> tuple[str, str, int] | None:
    """"four were killed", "12 died", "30 wounded": the dead or wounded, unnamed."""
    m = _IMPLICIT.match(after)
    if not m:
        return None
    if m.group("dead"):
        return "killed", "dead", end + m.end()
    return "wounded", "wounded", end + m.end()


def figures_in(sentence: Sentence) -> list[Figure]:
    """Every counted number in one sentence."""
    out: list[Figure] = []
    text = sentence.text
    for m in _NUMBER.finditer(text):
        before = text[:m.start()]
        after = text[m.end():]
        if re.search(rf"\b(?:{_MONTHS})\.?\s*$", before, re.I) or \
                re.match(rf"\s*(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTHS})\b", after, re.I) or \
                re.match(r"(?:st|nd|rd|th|:\d|/\d)", after):
            continue
        parsed = _number_value(m)
        if parsed is None:
            continue
        value, approx, kind = parsed
        low = value[0] if isinstance(value, tuple) else value
        if low == 1 and kind != "vague":
            continue
        counted = _counted(after, sentence.start + m.end())
        if counted is None:
            counted = _counted_before(before, out, sentence.start + m.end())
        if counted is None:
            counted = _implicit(after, sentence.start + m.end())
        if counted is None:
            continue
        noun, head, end = counted
        if head in _TIME_UNITS:
            continue
        if kind == "digits" and not isinstance(value, tuple) and 1800 <= low <= 2100 \
                and float(low).is_integer() and "," not in m.group(0):
            continue  # a year
        why = []
        if kind == "vague":
            confidence = "low"
            why.append(f"vague plural read as a lower bound ({_fmt(low)}+)")
        elif kind == "words":
            confidence = "medium"
            why.append("number written in words")
        else:
            confidence = "high"
        if head not in _GROUP_OF:
            confidence = "medium" if confidence == "high" else "low"
            why.append(f"'{head}' is not in the noun table")
        value_out: float | tuple[float, float] = (
            (_int(value[0]), _int(value[1])) if isinstance(value, tuple) else _int(value))
        out.append(Figure(value_out, approx, re.sub(r"\s+", " ", m.group(0)), noun, head,
                          sentence.start + m.start(), end, confidence, why))
    return out


def _int(x: float) -> float:
    return int(x) if float(x).is_integer() else x


def _fmt(x: float) -> str:
    return f"{int(x):,}" if float(x).is_integer() else f"{x:,}"


def interval(f: Figure) -> tuple[float, float]:
    """The values a report allows, as ``briefing check`` reads them (FORMAT.md)."""
    low = float(f.value[0] if isinstance(f.value, tuple) else f.value)
    high = float(f.value[1] if isinstance(f.value, tuple) else f.value)
    match f.approx:
        case "about":
            return low * 0.9, high * 1.1
        case "more-than" | "at-least":
            return low, float("inf")
        case "fewer-than" | "up-to":
            return 0.0, high
    return low, high


def same_figure(a: list[Figure], b: Figure, same_article: list[Figure] | None = None) -> bool:
    """May ``b`` join the group ``a``? Same noun group, lower bounds within MAGNITUDE, and
    values that can both hold when ``same_article`` (the group's reports from ``b``'s article)
    is not empty: one article giving 15 and 9 speaks of two quantities, one giving "hundreds"
    and 310 of one."""
    if any(x.group != b.group for x in a):
        return False
    lows = [x.low for x in a] + [b.low]
    if min(lows) <= 0 or max(lows) / min(lows) > MAGNITUDE:
        return False
    low, high = interval(b)
    for x in same_article or []:
        x_low, x_high = interval(x)
        if x_high < low or high < x_low:
            return False
    return True


def magnitude_gap(a: list[Figure], b: Figure) -> float:
    """How far ``b`` is from the group's middle value, as a ratio (1 = the same)."""
    lows = sorted(x.low for x in a)
    middle = lows[len(lows) // 2]
    return max(middle, b.low) / max(min(middle, b.low), 1e-9)


def numbers_in(text: str) -> list[tuple[float | tuple[float, float], str, str]]:
    """Every number written in ``text``: (value, kind, as written), kind "digits", "words" or
    "vague". Used by ``briefing check`` to compare a figure report's value with its quote."""
    out = []
    for m in _NUMBER.finditer(text):
        parsed = _number_value(m)
        if parsed is not None:
            out.append((parsed[0], parsed[2], m.group(0)))
        if m.group("dscale"):  # "1.2 million" also stands for a value of 1.2 (unit: million)
            out.append((float(m.group("digits").replace(",", "")), "digits", m.group(0)))
    return out
