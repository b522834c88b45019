"""Halves of a scale: "eine halbe Million", "pół miliona", "un million et demi"; halves and
other fractions of a unit ("pół metra", "an hour and a half", "a quarter of an hour").

A scale word alone is a count of one of it, so "einer halben Million Menschen" was read as a
million people and "one and a half million" as one, a half (50 %) and a million: three numbers,
none of them the outlet's. Each language's words are in one table (``HALVES_BEFORE`` and
``AND_A_HALF`` in :mod:`generator.text.number_words`); this module only says where they stand.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from generator.text import number_words as W
from generator.text.quantities.languages import SPACE, Language, alternation

Token = tuple[int, int, str]


def _scale(word: str, lang: Language) -> float | None:
    """The scale ``word`` names, with an inflected ending too ("milioni", "miliony"); never a
    letter's abbreviation with one ("by" is no "b": "cut in half by the storm" read as 500
    million, trial 38)."""
    return lang.scales.get(word) or (lang.scales.get(word[:-1]) if len(word) > 3
                                     and word.endswith(("s", "e", "y", "i", "a")) else None)


def share_of_a(tokens: list[Token], i: int, lang: Language,
               value_of: Callable[[list[str]], float | None]) -> tuple[int, int, float] | None:
    """A share written in English before "a" and what it is of: "half a mile", "half a
    million", "(a) quarter of a million", "three quarters of a million" (trial 43: "quarter of a
    million pounds" was read as 25 % and a million). The token the phrase opens on, the token
    after "a" and the share; the caller takes a scale after any of them, a unit after "half"."""
    if lang.code != "en":
        return None
    w, words = tokens[i][2], [t[2] for t in tokens[i + 1:i + 5]]
    if w == "half" and words[:1] in (["a"], ["an"]) and len(words) > 1:
        return i, i + 2, 0.5
    if w in W.FRACTIONS["en"] and words[:2] in (["of", "a"], ["of", "an"]) and len(words) > 2:
        return (i - 1 if i and tokens[i - 1][2] == "a" else i), i + 3, W.FRACTIONS["en"][w] / 100
    share = W.FRACTION_PLURALS["en"].get(words[0]) if words else None
    if share and words[1:3] in (["of", "a"], ["of", "an"]) and len(words) > 3 and (
            n := value_of([w])) in range(2, 10):
        return i, i + 4, n * share / 100
    return None


def before_scale(tokens: list[Token], i: int, folded: str,
                 lang: Language) -> tuple[int, float, bool] | None:
    """A half word at ``tokens[i]`` and the scale or approximate noun it halves: the tokens
    taken, the value and whether it is an approximate noun ("medio centenar": about 50)."""
    halves = W.HALVES_BEFORE.get(lang.code)
    if not halves:
        return None
    w = tokens[i][2]
    glued = next((h for h in halves if len(h) == 3 and w.startswith(h) and len(w) > 5), None)
    if glued is not None and (scale := _scale(w[len(glued):], lang)):  # "полмиллиона"
        return 1, halves[glued] * scale, False
    head, _, tail = w.partition("-")
    if tail and head in halves and (scale := _scale(tail, lang)):  # "demi-million"
        return 1, halves[head] * scale, False
    if w not in halves or i + 1 >= len(tokens) or \
            folded[tokens[i][1]:tokens[i + 1][0]].strip(SPACE):
        return None
    nxt = tokens[i + 1][2]
    if scale := _scale(nxt, lang):
        return 2, halves[w] * scale, False
    noun = W.APPROX_NOUNS.get(lang.code, {}).get(nxt)
    if noun is not None and noun != 12:  # "media docena" is six, said as six
        return 2, halves[w] * noun, True
    return None


@lru_cache(maxsize=64)
def _and_a_half(code: str) -> re.Pattern[str] | None:
    phrases = W.AND_A_HALF.get(code)
    if not phrases:
        return None
    # hyphens may join the words ("two-and-a-half miles", "a metre-and-a-half deep")
    return re.compile(r"[\s-]+(?:" + alternation(phrases).replace(r"\s+", r"[\s-]+") + r")\b")


def and_a_half(tokens: list[Token], k: int, end: int, value: float, folded: str,
               lang: Language) -> tuple[int, float, bool] | None:
    """A count that ends at ``end`` (its last token ``tokens[k - 1]``) followed by "and a half":
    the new end and value. After a scale word the half is of the scale ("un million et demi");
    otherwise of one, and a scale word after it multiplies the whole ("one and a half
    million"). The flag says whether a scale word was part of it: without one, "cinco y media"
    and "tre e mezza" are clock times, and the caller takes the half only before a unit
    ("two and a half hours")."""
    pattern = _and_a_half(lang.code)
    m = pattern.match(folded, end) if pattern else None
    if m is None:
        return None
    scale = _scale(tokens[k - 1][2], lang)
    if scale:
        return m.end(), value + scale / 2, True
    j = next((n for n in range(k, len(tokens)) if tokens[n][0] >= m.end()), None)
    after = tokens[j] if j is not None else None
    if after is not None and not folded[m.end():after[0]].strip(SPACE) and \
            (scale := _scale(after[2], lang)):
        return after[1], (value + 0.5) * scale, True
    return m.end(), value + 0.5, False


def with_unit(tokens: list[Token], i: int, folded: str,
              lang: Language) -> tuple[int, int, float, str] | None:
    """A half of a unit, or a unit and a half, the unit's own word its count: "полкилометра",
    "pół metra", "einen halben Meter" (half a unit); "an hour and a half", "une heure et
    demie", "godzinę i pół", "متر ونصف" (one and a half). Read as a fraction or as nothing, "an
    hour and a half" had been 50 %. The start (with the article that is the unit's "one"), the
    end, the value and the unit."""
    s, e, w = tokens[i]
    halves = W.HALVES_BEFORE.get(lang.code, {})
    glued = next((h for h in halves if len(h) == 3 and w.startswith(h)), None)
    if glued is not None and (unit := lang.unit_of.get(w[3:])):  # "полкилометра"
        return s, e, halves[glued], unit
    found = None
    if w in halves and i + 1 < len(tokens) and not folded[e:tokens[i + 1][0]].strip(SPACE) \
            and (unit := lang.unit_of.get(tokens[i + 1][2])) and _word_unit(tokens[i + 1][2]) \
            and unit not in W.TIME_SPANS:  # half an hour: no figure
        found = tokens[i + 1][1], halves[w], unit  # "pół metra", "einen halben Meter"
    elif (unit := lang.unit_of.get(w)) and _word_unit(w) and (pattern := _and_a_half(lang.code)) \
            and (m := pattern.match(folded, e)):
        found = m.end(), 1.5, unit  # "an hour and a half", "متر ونصف"
    if found is None:
        return None
    if i and tokens[i - 1][2] in W.ARTICLES.get(lang.code, ()) and \
            not folded[tokens[i - 1][1]:s].strip(SPACE):
        s = tokens[i - 1][0]
    return s, *found


def hyphened(tokens: list[Token], i: int, lang: Language,
             value_of) -> tuple[int, int, float, str | None] | None:
    """"Two-and-a-half" or "a metre-and-a-half" written as one hyphened word (a token of its
    own, so :func:`and_a_half` never sees it): a number word and a half, or a unit's word
    standing for one of it; the start (with the unit's article), end, value and unit. Read by
    its head alone, "two-and-a-half miles" had been 2 and "a metre-and-a-half" nothing (s19).
    ``value_of`` reads a number word (the reader's)."""
    s, e, w = tokens[i]
    tail = next((p for p in W.AND_A_HALF.get(lang.code, ())
                 if w.endswith("-" + p.replace(" ", "-"))), None)
    if tail is None:
        return None
    head = w[:-len(tail) - 1]
    if (unit := lang.unit_of.get(head)) and _word_unit(head) and unit not in W.TIME_SPANS:
        if i and tokens[i - 1][2] in W.ARTICLES.get(lang.code, ()):
            s = tokens[i - 1][0]
        return s, e, 1.5, unit
    value = value_of(head)
    return (s, e, value + 0.5, None) if value not in (None, False) else None


def _word_unit(word: str) -> bool:
    """A unit's word, not its sign ("m", "km", "h"): only a word stands for "one" of it."""
    return len(word) > 2 or not word.isascii()


def _elided(word: str) -> str:
    return word.rsplit("'", 1)[-1].rsplit("’", 1)[-1]


#: "Of the" written as one word: what follows it is a whole the fraction is a share of.
_OF_THE = frozenset({"des", "du", "della", "dei", "delle", "der", "do", "da", "das", "dos", "del",
                     "degli", "dello", "dell"})
#: Units a fraction word is a part of, not a share of: time and length.
_SPAN_UNITS = frozenset({"hour", "minute", "day", "week", "month", "year", "km", "mile", "m",
                         "foot", "cm", "nautical_mile"})


def _a_span(word: str, lang: Language) -> bool:
    return lang.unit_of.get(word) in _SPAN_UNITS or word in W.SPANS_OF_A_FRACTION


def part_of_a_span(tokens: list[Token], i: int, lang: Language) -> bool:
    """A fraction word at ``tokens[i]`` that is part of a unit of time or length, not a share
    of anything: before "of" and the unit ("a quarter of an hour", "un cuarto de hora", "un quart
    d'heure", "a third of a mile", "a quarter of a century"), or after an hour and "and" ("trois
    heures et quart", "las tres y cuarto de la tarde"). As with "half an hour", no figure: it
    had been read as 25 % (extraction round 14: three sites of the pooled fresh sets)."""
    articles = W.ARTICLES.get(lang.code, frozenset()) | {"the", "la", "le", "las", "l"}
    # a unit of time or length after "of" and an indefinite article or none: "a quarter of the
    # hectares", "un quart des hectares", "a third of the dollars" are shares of a whole
    indefinite = W.ARTICLES.get(lang.code, frozenset()) | (W.FRACTION_OF - _OF_THE)
    j = i + 1
    while j < len(tokens) and j <= i + 3 and tokens[j][2] in indefinite:
        j += 1
    if i + 1 < j < len(tokens) and _a_span(_elided(tokens[j][2]), lang):
        return True
    if j == i + 1 and i + 1 < len(tokens) and tokens[i + 1][2].startswith(("d'", "d’")) \
            and _a_span(_elided(tokens[i + 1][2]), lang):
        return True  # "un quart d'heure": "of" glued to the unit
    k = i - 1
    while k >= 0 and tokens[k][2] in articles:
        k -= 1
    if k < 1 or tokens[k][2] not in W.CLOCK_JOINERS:
        return False
    hour = tokens[k - 1][2]
    return lang.unit_of.get(hour) == "hour" or hour.isdigit() or hour in lang.words
