"""Runs of digits and separators, split into numbers.

What a separator is depends on the language and on the lengths of the groups around it (a
thousands group, a decimal mark, lakhs and crores, a telephone number, two numbers side by
side), so a run is split here, apart from the pass that then asks what each number is and
counts (:mod:`.numerals`)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from generator.text.quantities.languages import Language

# --------------------------------------------------------------------------------------------
# Reading digits
# --------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Digits:
    start: int
    end: int
    value: float
    decimals: int
    grouped: bool  # written with thousands separators


GROUPING = " \u00a0\u202f\u2009'’"
_SPACES = re.compile("[ \u00a0\u202f\u2009]")


def phone_number(core: str, plus: bool) -> bool:
    """Is a run of digit groups apart by spaces a telephone number, not one amount or several?

    Every language of the press writes a telephone number in groups the thousands never take:
    after a "+" ("+44 20 7946 0958"), from a leading zero ("0800 123 456", "01 23 45 67 89",
    "030 1234567"), or in three groups or more of other lengths ("91 123 45 67", "21 345
    6789"). Groups of three after a short first group are thousands ("1 200 000"), and a year
    may open the run of a count ("En 2019 12 345 personas")."""
    groups = _SPACES.split(core)
    if len(groups) < 2 or not all(g.isdigit() for g in groups):
        return False
    digits = sum(len(g) for g in groups)
    if plus or groups[0].startswith("0"):
        return digits >= 6
    thousands = len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:])
    year = len(groups[0]) == 4 and groups[0].startswith(("19", "20"))
    return not thousands and not year and len(groups) >= 3 and digits >= 8


def parse_core(core: str, start: int, lang: Language) -> list[Digits]:
    """Read a run of digits and separators as one number, or as several where it cannot be one
    ("In 2019 40 people" is 2019 and 40; "157 105" two numbers).

    Left to right, in one pass: a first group of one to three digits may take groups of exactly
    three after one kind of separator (thousands); then "," or "." before more digits is the
    decimal mark. A lone "." before three digits is a decimal mark in English ("1.200" is 1.2)
    and groups thousands in the languages that write a decimal comma ("2.750 Tonnen"). Commas
    before pairs of digits, then three, group lakhs and crores ("8,17,000" is 817,000), as
    South Asian papers write them in every language."""
    parts = re.split(r"([,.\u00a0\u202f\u2009 '’])", core)
    digits, seps = parts[0::2], parts[1::2]
    out: list[Digits] = []
    pos = i = 0
    n = len(digits)
    while i < n:
        j, whole, grouped, group_sep = i, digits[i], False, None
        k = i  # South Asian grouping: lakhs and crores in pairs, then the thousands
        while len(digits[i]) <= 2 and k + 1 < n and seps[k] == "," and len(digits[k + 1]) == 2:
            k += 1
        if k > i and k + 1 < n and seps[k] == "," and len(digits[k + 1]) == 3 \
                and not (k + 2 < n and seps[k + 1] == ","):
            j, whole, grouped, group_sep = k + 1, "".join(digits[i:k + 2]), True, ","
        elif len(digits[i]) <= 3:
            while j + 1 < n:
                sep, nxt = seps[j], digits[j + 1]
                if (group_sep is not None and sep != group_sep) or len(nxt) != 3:
                    break
                if (sep == "." and group_sep is None and not lang.decimal_comma
                        and not (j + 2 < n and seps[j + 1] == ".")):
                    break
                group_sep, whole, grouped, j = sep, whole + nxt, True, j + 1
        decimals = ""
        if j + 1 < n and seps[j] in ",." and seps[j] != group_sep:
            decimals, j = digits[j + 1], j + 1
        length = sum(len(d) for d in digits[i:j + 1]) + sum(len(s) for s in seps[i:j])
        value = float(f"{whole}.{decimals}" if decimals else whole)
        out.append(Digits(start + pos, start + pos + length, value, len(decimals), grouped))
        pos += length + (len(seps[j]) if j < len(seps) else 0)
        i = j + 1
    return out
