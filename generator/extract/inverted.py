"""A number set before its subject in Italian, Spanish and Portuguese: "dodici sono stati invece
i mezzi inviati" (twelve were the vehicles sent), "una trentina i tecnici sul posto" (some
thirty the technicians there, with no verb), "Tres fueron los heridos", "cinco
os feridos". The counted noun follows the copula, if any, and its definite plural article;
without the article the words after the number are its own ("quindici mezzi"). Read only for
a plain count: a year, a time or a measured amount before an article is something else ("nel
2019 i vigili")."""

from __future__ import annotations

import re

from generator.extract.counted import counted_in, plural_after

#: The copula ("sono stati", "fueron", "foram"), an adverb, then the definite plural article.
_INVERTED = {
    "it": re.compile(r"\s+(?:(?:sono|erano|furono|saranno)\s+(?:stat[ie]\s+)?)?"
                     r"(?:(?:invece|poi|inoltre|già|anche)\s+)?(?:i|gli|le)\s+(?=\w)", re.I),
    "es": re.compile(r"\s+(?:(?:son|eran|fueron|serán|han\s+sido)\s+)?"
                     r"(?:(?:además|también|ya)\s+)?(?:los|las)\s+(?=\w)", re.I),
    "pt": re.compile(r"\s+(?:(?:são|eram|foram|serão)\s+)?"
                     r"(?:(?:ainda|também|já)\s+)?(?:os|as)\s+(?=\w)", re.I),
}


def inverted_subject(after: str, lang: str, end: int, value: float
                     ) -> tuple[str, str, int] | None:
    """What a number set before its copula and its subject counts, or None."""
    shape = _INVERTED.get(lang)
    m = shape.match(after) if shape else None
    if m is None:
        return None
    rest = after[m.end():]
    return plural_after(rest, lang, end + m.end(), value) or counted_in(rest, lang, end + m.end())
