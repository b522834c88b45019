"""The value of numbers written in words: a run of number words ("trzysta dwadzieścia"), a numeral
in Chinese characters ("三十二"), a plural scale word ("hundreds"). Split from
:mod:`generator.text.quantities.words` (the pass that finds them in a text) when that module
reached its size cap."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from text_to_num import text2num

from generator.text import number_words as W
from generator.text.quantities.languages import Language

#: Chinese and Japanese numerals written in characters, read only before a counter of people
#: or things ("两名", "三十二人", "五架"): elsewhere the same characters make words ("一些",
#: "万一", "十分") far more often than counts. Not after "第", which makes an ordinal.
_HAN = W.WORDS["zh"]
# (a match starts only where a run of numerals does: linear time on any run)
HAN_COUNT = re.compile(rf"(?<![第{''.join(_HAN)}])[{''.join(_HAN)}]+(?=[{W.HAN_COUNTERS}])")


def han_number(written: str) -> float:
    """The value of a numeral in Chinese characters: "三十二" 32, "十二" 12, "两千" 2000."""
    total, section, digit = 0.0, 0.0, 0.0
    for c in written:
        value = _HAN[c]
        if value < 10:
            digit = value
        elif value < 1e4:  # 十, 百, 千: times the digit before ("十二": one ten)
            section += (digit or 1) * value
            digit = 0
        else:  # 万, 亿: times all that came since the last of them
            total += (section + digit) * value
            section, digit = 0.0, 0
    return total + section + digit


def plural_scale(word: str, lang: Language) -> bool:
    return word.endswith(("s", "e", "y", "i")) and word[:-1] in lang.scales


@lru_cache(maxsize=8192)
def text2num_cached(words: str, lang: str) -> float | None:
    try:
        return float(text2num(words, lang))
    except (ValueError, TypeError):
        return None


def combine(values: list[float | None]) -> float | None:
    """Value of a sequence of number words: units and tens add, a scale multiplies what came
    before it ("أربعة آلاف" 4 x 1,000; "trzysta dwadzieścia" 320)."""
    if not values or any(v is None for v in values):
        return None
    total = 0.0
    current = 0.0
    for v in values:
        assert v is not None
        if v >= 1000:
            total += (current or 1) * v
            current = 0
        elif v == 100 and current and current < 100:
            current *= 100
        else:
            current += v
    return total + current


def fused_duration(word: str, lang: Language,
                   value_of: Callable[[list[str]], float | None]) -> tuple[float, str] | None:
    """A number word fused with a duration's adjective ("zwölftägigen", "dreistündige":
    :data:`~generator.text.number_words.DURATION_SUFFIXES`): its value and unit. "mehrtägig"
    (several days) has no number before its suffix and gives none."""
    for suffix, unit in W.DURATION_SUFFIXES.get(lang.code, {}).items():
        stem, found, ending = word.rpartition(suffix)
        if found and stem.isalpha() and ending in W.ADJECTIVE_ENDINGS[lang.code]:
            value = value_of([stem])
            return (value, unit) if value is not None else None
    return None


def one_at_a_time(parts: list[str], tokens: list[tuple[int, int, str]], i: int) -> bool:
    """"One by one", "un par un", "uno a uno", or one hyphenated token "one-by-one": "one" twice
    around a word of :data:`~generator.text.number_words.ONE_AT_A_TIME` counts nothing."""
    if len(parts) == 1 and i + 2 < len(tokens):
        parts = [parts[0], tokens[i + 1][2], tokens[i + 2][2]]
    return len(parts) == 3 and parts[0] in W.ONE_OF and parts[1] in W.ONE_AT_A_TIME \
        and parts[2] in W.ONE_OF
