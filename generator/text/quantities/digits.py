"""Runs of digits and separators, split into numbers."""

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
