"""A measured amount that is forecast, not what fell or blew: "up to 100 mm of rain are
expected", "another 20 cm of snow could fall", "forecasters expected 50 mm", "the hills could
get up to 30 cm more", "se esperan hasta 100 mm". One rule for ``extract``, which proposes
no figure of it (:func:`generator.extract.amounts.rain.not_the_events`, shared by rain, temperatures
and winds), and for ``check``, which shows no outlet as stating a measured figure by it
(:mod:`generator.check.mentions`; trial 35: the snow that fell "stated but not cited" by
forecasts of more).

Each test reads only the words right next to the amount, within its clause: "Forecasters had
expected 50 mm, but 180 mm fell" (the 180) stays what fell."""

from __future__ import annotations

import re

from generator.text.future import MODALS, may_come
from generator.text.lexicon import BUT
from generator.text.quantities import Quantity

__all__ = ["clause_before", "foretold"]

#: A forecast: said right after the amount ("up to 100 mm of rain are expected", "could fall",
#: "sont attendus", "son esperados", "sono previsti", "werden erwartet") or right before it
#: ("forecasters expected 50 mm", "warned of up to 100 mm", "se esperan hasta 100 mm").
_FORECAST_AFTER = re.compile(
    r"\s*(?:(?:of|de|di)\s+(?:rain|rainfall|snow|precipitation|pluie|neige|lluvia|nieve|"
    r"pioggia|neve|chuva)\s+|(?:regen|schnee|niederschlag)\s+)?"
    r"(?:(?:is|are|was|were|had\s+been|has\s+been|have\s+been|(?:will|" + MODALS + r")\s+be|"
    r"sont|étaient|seront|est|était|son|eran|serán|están|sono|erano|saranno|são|eram|serão|"
    r"werden|wurden)\s+)?"
    r"(?:forecast|expected|predicted|(?:will|" + MODALS + r")\s+(?:fall|accumulate)|"
    r"attendu|prévu|annoncé|previst|esperad|pronosticad|attes|erwartet|vorhergesagt|"
    r"prognostiziert)", re.I)
_FORECAST_BEFORE = re.compile(
    r"\b(?:forecasts?|forecasters?|forecasting|expect(?:s|ed|ing)?|predict(?:s|ed|ing)?|"
    r"warn(?:s|ed|ing)?\s+of|prévoi\w*|prévu\w*|attend\w*|prévisions?|se\s+esperan|esperan|"
    r"prevé|prevén|pronostic\w*|previst\w*|previsioni|si\s+attendono|previsão|prevê\w*|"
    r"erwartet\w*|vorhergesagt|prognostiziert\w*|prognose\w*|rechnen\s+mit)\s+"
    r"(?:(?:up\s+to|as\s+much\s+as|about|around|some|another|a\s+further|more\s+than|over|"
    r"between|of|for|jusqu['’]à|environ|de|d['’]|entre|hasta|unos|unas|fino\s+a|circa|di|tra|"
    r"até|cerca\s+de|bis\s+zu|rund|etwa|über|von)\s*)*$", re.I)
#: Where a clause begins before the amount: punctuation, or "but" in the corpus languages.
_CLAUSE_START = re.compile(r".*(?:[,;:.!?()–—]|\b(?:" + BUT + r")\b)",
                           re.I | re.S)


def clause_before(text: str, start: int) -> str:
    """The words of the clause of ``text`` before ``start``, at most 80 characters of them."""
    before = text[max(0, start - 80):start]
    return before[m.end():] if (m := _CLAUSE_START.match(before)) else before


def foretold(text: str, q: Quantity) -> bool:
    """Whether the amount ``q`` of ``text`` is forecast: by the words right after it, right
    before it in its clause (its qualifier aside), or a future or modal wording that governs
    it (:func:`generator.text.future.may_come`)."""
    start, stop = q.written_start, q.written_end
    clause = clause_before(text, start)
    return bool(_FORECAST_AFTER.match(text, stop) or _FORECAST_BEFORE.search(clause)
                or may_come(clause, text[stop:stop + 60]))
