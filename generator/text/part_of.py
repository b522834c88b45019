"""Where a member of a counted group is named, in the words before it: "including", "dont",
"darunter", "entre ellas", "tra cui", "one of them", "among the dead was", "les victimes sont
deux X et". One table for extract, which reads the member as a figure
(:mod:`generator.text.casualty.members`), and for check, which must accept the "one" it drafts from
a sentence whose numeral counts the whole group ("nine died, including a teenager": the quote's
number is nine, the member's value one, chk51b).
"""

from __future__ import annotations

import re

from generator.text.adverbs import FOCUS
from generator.text.adverbs import alternation as adverbs_of
from generator.text.copulas import AMONG_VERBS, DEFINITE_PLURAL, PLURAL, SINGULAR, alternation
from generator.text.counted_words import SEVERITY
from generator.text.lexicon import AMONG
from generator.text.quantities import read

#: "one of the", "uno de los", "l'une des", "eine der", "één van": a part of a group, not a count.
OF = re.compile(r"\s*(?:of|de|des|del|d[’']|di|dei|degli|delle|della|do|dos|das|da|der|den|"
                 r"van|z|ze|from|among|entre|tra|fra|parmi|unter)\b", re.I)
#: "Of them" in the press's languages, the one table of the partitive pronouns: after a
#: number ("30 of them", "80 de ellas", "dont 3"), after "one" ("l'une d'entre elles", "eine
#: von ihnen") and opening a part of a group
#: (:data:`generator.text.casualty.outcomes.PART_OF_THEM`);
#: with the relative and glued partitives ("delle quali", "delas", "de las cuales", "das quais":
#: chk51b; review 51 made the three lists one); "of those" only before a verb ("95 of those have
#: been recaptured": trial 39), not before a participle that names them ("of those injured").
OF_THEM = (r"of\s+(?:them|whom)|of\s+those(?=\s+(?:have|has|had|were|are|was|is|now|still)\b)"
           r"|de\s+(?:ell[oa]s|el[ae]s)|d['’](?:entre\s+)?(?:eux|elles)"
           r"|di\s+(?:loro|essi|esse)|de(?:i|gli|lle)\s+quali|del[ae]s|dentre\s+el[ae]s"
           r"|d[oa]s\s+quais|de\s+l[ao]s\s+cuales|davon|von\s+ihnen|z\s+nich|van\s+hen")
#: "Including" in the press's languages, the one table of the words: before a part of a group
#: just counted (:data:`generator.text.casualty.asides.PART_OF_THEM`: "45 people, incluidas 7
#: mujeres, died": round ffig7) and before one member named (:data:`PART_OF`: review 26, the
#: ffig7 words were a second list there, and "incluyendo un niño" was no member).
INCLUDING = (r"including|incluid[oa]s|incluyendo|incluindo|inclusive|compres[oaie]|inclus[ei]|"
             r"y\s+compris|einschlie(?:ß|ss)lich|waaronder")
#: "One of them", right before the member's article ("two died, one of them a boy", s14
#: unsealed): a member named by what they are; the number the outlet wrote is that "one".
_ONE_OF = rf"(one|l['’]une?|un[oa]|uma?|ein(?:e|er)?)\s+(?:{OF_THEM})"
ONE_OF_THEM = re.compile(r"\b" + _ONE_OF + r"\s+(?:(?:was|is|est|était|es|era|fue|è|ist|war|é|"
                          r"foi)\s+)?$", re.I)
#: One person named as a member of a group already counted ("the deaths included a man who was
#: killed", "two died, including a firefighter", "dont un pompier", "darunter ein Kind", or
#: "one of them"): a part of that figure, not a figure of its own.
PART_OF = re.compile(r"(?:^|\W)(?:includ\w*|among(?:st)?|dont|darunter|" + INCLUDING
                      + r"|incluid\w*|inclus\w*|inclusi\w*|tra\s+cui|"
                      r"entre\s+(?:ellos|ellas|eles|elas|los\s+que|las\s+que)|parmi\s+(?:eux|elles|lesquels|lesquelles)|"
                      r"unter\s+ihnen|" + _ONE_OF + r")\s+(?:\w+\s+){0,3}$", re.I)


#: A member of the dead or the hurt named by a copula: "among the dead was a boy", "parmi les
#: morts figure un enfant", "one of the two victims was a child", "eines der beiden Opfer ist ein
#: Kind" (s14, unsealed); listed after it ("les victimes sont deux X, une Y et un Z": s17,
#: opened). The outcome is the group's noun; the number, the "one".
_COPULA = alternation(SINGULAR + PLURAL + AMONG_VERBS)
MEMBER_NAMED = re.compile(
    r"(?:^|\W)" + alternation(DEFINITE_PLURAL) + r"\s+(?P<listed>[^\W\d_]+)\s+" + _COPULA
    + r"\s+(?P<items>[^.;:!?]{1,80}?)(?:,|\s(?:and|et|y|e|und))\s+$"
    r"|(?:\b(?:" + "|".join(AMONG) + r")\s+(?:the|les|los|las|den|i|le|gli|os|as)"
    r"|\b(?P<one>one|une?|un[oa]|eine[sr]?)\s+(?:of\s+the|des|de\s+l[oa]s|delle|dei|degli|"
    r"der|dos|das))\s+(?:(?P<pre>[^\W\d_]+)\s+)?(?P<noun>[^\W\d_]+)\s+(?:[^\W\d_]+\s+){0,3}?"
    + _COPULA + r"(?:\s+" + adverbs_of(FOCUS) + r")?\s+$", re.I)


#: How badly a member is hurt, by its words (:data:`~generator.text.counted_words.SEVERITY`;
#: "*" ends a beginning).
SEVERE = re.compile(r"(?<![\w’'-])(?:" + "|".join(sorted(
    (re.escape(w[:-1]) + r"\w*" if w.endswith("*") else re.escape(w) + r"(?![\w-])"
     for words in SEVERITY.values() for w in words), key=len, reverse=True)) + r")", re.I)


#: The words that open an item of a list of members: a number in figures, an indefinite
#: article, or a number word (read by the quantity reader, any of the six languages).
_ITEM_ARTICLES = frozenset({"a", "an", "un", "une", "una", "uno", "um", "uma", "ein", "eine",
                            "einer", "un'", "un’"})
_LIST_LANGUAGES = ("en", "fr", "de", "es", "it", "pt")


def _a_list(items: str) -> bool:
    """Whether the words after the copula open a list of members ("deux X, une Y", "six
    adults"), not a clause of their own ("the injured were taken to hospital, and a doctor
    said …": the doctor is no member; review 51)."""
    first = items.split(None, 1)[0].lower() if items.split() else ""
    if first[:1].isdigit() or first in _ITEM_ARTICLES:
        return True
    return any(q.start == 0 for lang in _LIST_LANGUAGES for q in read(first, lang))


def member_phrase(text: str, start: int = 0, end: int | None = None) -> re.Match[str] | None:
    """:data:`MEMBER_NAMED` in ``text[start:end]``, a listed member only after a list's first
    item (:func:`_a_list`)."""
    found = MEMBER_NAMED.search(text, start, len(text) if end is None else end)
    if found and found.group("listed") and not _a_list(found.group("items")):
        return None
    return found


def member_opened(before: str) -> bool:
    """Whether ``before`` ends where a member of a group just counted is named ("including",
    "dont au moins", "among the dead was", "the victims are two X and")."""
    return bool(PART_OF.search(before[-60:]) or member_phrase(before[-90:]))


_PARTITIVE = re.compile(rf"\s*(?:{OF_THEM})\b", re.I)


def partitive_end(after: str) -> int:
    """Where a partitive pronoun right after a number ends ("12 de ellos", "3 davon"), or 0."""
    m = _PARTITIVE.match(after)
    return m.end() if m else 0
