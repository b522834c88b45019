"""A number set before its subject in Italian, Spanish and Portuguese: "dodici sono stati invece
i mezzi inviati" (twelve were the vehicles sent), "una trentina i tecnici sul posto" (some
thirty the technicians there, with no verb), "Tres fueron los heridos", "cinco
os feridos". The counted noun follows the copula, if any, and its definite plural article;
without the article the words after the number are its own ("quindici mezzi"). Read only for
a plain count: a year, a time or a measured amount before an article is something else ("nel
2019 i vigili")."""

from __future__ import annotations

import re

from generator.extract.counts.counted import counted_in, plural_after
from generator.text.adverbs import BEFORE_INVERTED_SUBJECT, alternation


def _adverb(lang: str) -> str:
    """The adverbs a language puts between the copula and the subject's article ("invece")."""
    return alternation(BEFORE_INVERTED_SUBJECT, lang=lang)


#: The copula ("sono stati", "fueron", "foram"), an adverb of the table's, then the definite
#: plural article.
_INVERTED = {
    "it": re.compile(r"\s+(?:(?:sono|erano|furono|saranno)\s+(?:stat[ie]\s+)?)?"
                     rf"(?:{_adverb('it')}\s+)?(?:i|gli|le)\s+(?=\w)", re.I),
    "es": re.compile(r"\s+(?:(?:son|eran|fueron|serán|han\s+sido)\s+)?"
                     rf"(?:{_adverb('es')}\s+)?(?:los|las)\s+(?=\w)", re.I),
    "pt": re.compile(r"\s+(?:(?:são|eram|foram|serão)\s+)?"
                     rf"(?:{_adverb('pt')}\s+)?(?:os|as)\s+(?=\w)", re.I),
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
