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


def larger_scale(tokens: list, j: int, base: float | None, lang: Language,
                 folded: str) -> tuple[float, int, int] | None:
    """A larger scale right after a vague "several hundred" or "plusieurs dizaines" (the
    token at ``j``): "thousand" ("several hundred thousand homes", or "thousands"), or "de
    milliers", "of thousands" ("plusieurs dizaines de milliers d'abonnés"). Its factor, the
    end of its last word and how many tokens it takes; None when none follows. Trial 35 read
    the two as two amounts, 300 and 1,000, of a figure of several hundred thousand."""
    if base is None or j >= len(tokens) or folded[tokens[j - 1][1]:tokens[j][0]].strip():
        return None
    word = tokens[j][2]
    if (lang.scales.get(word) or 0) > base:
        return lang.scales[word], tokens[j][1], 1
    if word in lang.vague and lang.vague[word] / 2 > base:  # "several hundred thousands of"
        return lang.vague[word] / 2, tokens[j][1], 1  # (review 31: read as 300 and 2,000)
    if word in W.OF and j + 1 < len(tokens) and tokens[j + 1][2] in lang.vague \
            and not folded[tokens[j][1]:tokens[j + 1][0]].strip():
        unit = lang.vague[tokens[j + 1][2]] / 2  # "thousands" are 2,000 or more: one is 1,000
        return (unit, tokens[j + 1][1], 2) if unit > base else None
    return None


def noun_homonym(word: str, after: str, lang: str) -> bool:
    """Whether a number word is the noun it is spelt like, by the words after it
    (:data:`~generator.text.number_words.NOUN_HOMONYMS`: "venti gelidi" are winds)."""
    nexts = W.NOUN_HOMONYMS.get(lang, {}).get(word)
    if not nexts or not re.match(r"[ \u00a0]", after):  # "saliti a venti, fino a ieri": twenty
        return False
    words = re.findall(r"[^\W\d_]+", after[:40].lower())
    return any(" ".join(words[:k]) in nexts for k in range(1, min(len(words), 3) + 1))


def lower_case_eight(text: str, s: int, w: str, lang: str) -> bool:
    """German "acht" is eight ("bisher acht Todesfälle", "Acht Menschen starben", "Acht
    Millionen") except as the noun of "in Acht nehmen", "außer Acht lassen", "Acht geben",
    which keeps its capital (:data:`NOT_NUMBERS` holds the word for that reason)."""
    if lang != "de" or w != "acht":
        return False
    if text[s:s + 1] == "a":
        return True
    before = text[max(0, s - 8):s].lower().split()
    after = text[s + 4:s + 20].lower().split()
    return not ((before and before[-1] in ("in", "außer", "ausser"))
                or (after and after[0].startswith(("nehm", "lass", "geb", "gelass",
                                                   "genomm", "gegeb"))))


def nine_before_plural(folded: str, s: int, e: int, w: str, lang: Language) -> bool:
    """French "neuf", Catalan "nou" and Romanian "nouă" are "new" (:data:`~generator.text.
    number_words.NOT_NUMBERS`: "un bâtiment neuf", "el nou incident") except before a plural noun,
    which the adjective never precedes ("neuf morts", "nou ferits", "nouă răniți"); a function
    word after it ("neuf dans la ville") keeps it the adjective, but not a noun that the stop
    list also holds ("neuf personnes": s18), nor an article before it ("o nouă explozie")."""
    words, endings = W.NINE_OR_NEW.get(lang.code, (frozenset(), ()))
    if w not in words:
        return False
    before = re.search(r"([^\W\d_]+)[ \u00a0]+$", folded[max(0, s - 20):s])
    if before and before.group(1) in W.ARTICLES.get(lang.code, ()):
        return False
    m = re.match(r"[ \u00a0]+([^\W\d_]+)", folded[e:e + 30])
    return bool(m) and m.group(1).endswith(endings) \
        and (m.group(1) not in lang.stopwords or m.group(1) in W.COUNT_NOUNS)


def noun_after_article(tokens: list, i: int, folded: str, lang: Language) -> bool:
    """Whether the word token ``i`` stands right after an article in a language whose number
    words the table lists (Catalan "un set de claus", Romanian "o nouă"): the article's noun or
    adjective, not a count; a scale word after it is the article's "one" ("o sută")."""
    return lang.code not in W.TEXT2NUM and tokens[i - 1][2] in W.ARTICLES.get(lang.code, ()) \
        and tokens[i][2] not in lang.scales \
        and not folded[tokens[i - 1][1]:tokens[i][0]].strip(" \u00a0")


def joins_tens(tokens: list, j: int, words: list[str], lang: Language) -> bool:
    """Whether the word token ``j`` joins the tens just read to a unit after it, in a language
    whose number words the table lists (:data:`~generator.text.number_words.JOINERS_OF`: Romanian
    "douăzeci și doi" is 22, not 20 and 2), and nothing else ("doi și trei": two and three); or
    joins the number read to the scale after it (Romanian "două sute de mii": de_before_scale)."""
    if de_before_scale(tokens, j, words, lang):
        return True
    if tokens[j][2] not in W.JOINERS_OF.get(lang.code, ()) or not words or j + 1 >= len(tokens):
        return False
    tens, unit = lang.words.get(words[-1]), lang.words.get(tokens[j + 1][2])
    return tens is not None and unit is not None and 20 <= tens < 100 and tens % 10 == 0 \
        and 1 <= unit <= 9


def de_before_scale(tokens: list, j: int, words: list[str], lang: Language) -> bool:
    """Whether the word token ``j`` joins the number of twenty or more just read to a scale of a
    thousand or more after it (:data:`~generator.text.number_words.SCALE_JOINERS`: Romanian
    "două sute de mii" is 200,000, not 200 and then thousands); not before a noun ("două sute
    de oameni") nor after a number under twenty ("trei de mii" is no Romanian)."""
    if tokens[j][2] not in W.SCALE_JOINERS.get(lang.code, ()) or not words \
            or j + 1 >= len(tokens) or lang.scales.get(tokens[j + 1][2], 0) < 1e3:
        return False
    value = combine([lang.words.get(w) for w in words])
    return value is not None and value >= 20
