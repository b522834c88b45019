"""A number whose noun is left out, read by what befell those it counts, named after it.

English has a few fixed shapes ("four were killed", "12 died", "30 wounded"). In the other
languages the same report is a number that opens its clause (the sentence's start, a comma, a
semicolon or "and"), maybe a partitive pronoun, then a verb phrase naming the outcome in the
words of :mod:`generator.text.counted_words` ("…, y 12 de ellos fueron dados de alta", "De
ellos, 3 siguen ingresados"), or a grave condition, which only the injured are in ("…, e 2
estão graves"). A noun right after the number is what it counts and is read elsewhere; a number
after an article or a preposition ("el 14 murieron", "a las 8") is no subject of its clause.
"""

from __future__ import annotations

import re

from generator.extract.counted import WORD, outcome_after, partitive_end, severity_of
from generator.text.counted_words import counted_group
from generator.text.plural_nouns import plural_lemma

_IMPLICIT = re.compile(
    r"\s+(?:others?\s+)?(?:(?:were|have\s+been|had\s+been|are|was|remain|remained|are\s+still|"
    r"were\s+still)\s+)?(?:(?:reported|feared|presumed|believed|thought|confirmed)\s+)?"
    r"(?:(?P<dead>killed|dead|died)|(?P<wounded>wounded|injured)|(?P<missing>missing)|"
    r"(?P<rescued>rescued)|(?P<displaced>displaced|evacuated))\b", re.I)
#: Where a clause opens: the sentence's start, a comma, a semicolon, a colon or "and".
_OPENS = re.compile(r"(?:^|[,;:]|\b(?:y|e|et|und|en|ed|and)\b)\s*$", re.I)
#: How many words after the number a grave condition may be named: the people it is said of are
#: injured ("dos estaban graves"; the levels of :data:`~generator.text.counted_words.SEVERITY`).
_GRAVE_WORDS = 4


def implicit_outcome(before: str, after: str, lang: str, end: int
                     ) -> tuple[str, str, int] | None:
    """(outcome word, group, end) of a number whose noun is left out, or None."""
    if lang == "en":
        m = _IMPLICIT.match(after)
        if not m:
            return None
        for group, noun in (("dead", "dead"), ("wounded", "wounded"), ("missing", "missing"),
                            ("rescued", "rescued"), ("displaced", "evacuee")):
            if m.group(group):
                return m.group(group), noun, end + m.end()
        return None
    if not _OPENS.search(before):
        return None
    rest = after[partitive_end(after):]
    words = list(WORD.finditer(rest))
    if not words or words[0].start() != len(rest) - len(rest.lstrip()) \
            or plural_lemma(words[0].group(0), lang) or counted_group(rest.lstrip(), lang):
        return None  # punctuation or a noun after the number: not this shape
    done = outcome_after(rest, lang)
    if done is None and any(severity_of(w.group(0)) in ("serious", "critical")
                            for w in words[:_GRAVE_WORDS]):
        done = "wounded"
    return (done, done, end) if done else None
