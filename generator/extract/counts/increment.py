"""A count of the dead added to an earlier one is not the toll: "three more bodies were
recovered", "fünf weitere Leichen", "trois corps de plus", "tres cuerpos más". Outlets give the
rise beside the total or before it ("… fünf weitere Leichen gefunden; die Zahl der Toten wuchs
auf neun"), so grouped with the toll the rise reads as a second, smaller report of the dead
that contradicts the total (s11, a building collapse). It is a count of its own, never grouped
with the toll; a total after the rise ("bringing the toll to 12") stays the toll.

"Other(s)" is not a rise: "two died at the scene and three others in hospital" are part of the
toll (:data:`generator.text.counted_words.OTHERS`, read elsewhere).

A rise is also the number a toll rose *by* ("the toll rose by 8", "a augmenté de 9", "ist um
8 gestiegen") and deaths *added* to an earlier count ("health officials added 6 deaths on Friday
to the 11 they had reported"); trial 35 drafted both as tolls, one as a county's latest toll.
The total a rise brings ("Two more deaths were reported, bringing the valley's total to 15") is
the toll, though the number leaves its noun out and so took the rise's (trial 35: "7 more
dead")."""

from __future__ import annotations

import re

from generator.text import number_words as W
from generator.text.lexicon import NOUN_GROUPS

#: The head a rise of the dead is given: no noun group, so never grouped with the toll.
MORE_DEAD = "more dead"
#: The heads that count the dead: the group's name and the English lemmas in it.
_DEAD = frozenset({"dead", *NOUN_GROUPS["dead"]})
#: "three more bodies", "fünf weitere Leichen", "3 zusätzliche Tote" (not "3 more than").
_RIGHT_AFTER = re.compile(
    r"\s+(?:more|further|additional|weitere[nr]?|zusätzliche[nr]?)\s+(?!than\b)", re.I)
#: "another three bodies", "a further 3 dead", "weitere drei Tote": a number that is a rise on an
#: earlier count, which is a count of its own between commas too (:mod:`.abstain`).
MORE_BEFORE = re.compile(
    r"(?<!\w)(?:another|further|additional|weitere[nr]?|zusätzliche[nr]?)\s+$", re.I)
#: After the noun: "trois corps de plus", "tres cuerpos más", "tre corpi in più".
_AFTER_NOUN = re.compile(r"\s+[^\W\d_]+\s+(?:de\s+plus|más|in\s+più|a\s+mais)(?!\w)", re.I)


#: What a toll rose by, right before the number: "rose by", "a augmenté de", "s'est alourdi
#: de", "aumentó en", "è salito di", "aumentou em", "steeg met" (the verbs of rising of
#: :data:`generator.text.number_words.RISE_VERBS`; "passé de 8 à 12" is from, no rise; "subió
#: de 8 a 12" is dropped as the count before, :mod:`.habits`).
_RISEN_BY = re.compile(rf"\b(?:{W.RISE_VERBS})\s+(?:by|de|en|di|em|met)\s+$", re.I)
#: German puts the rise's verb around "um": "ist um 8 gestiegen", "stieg über Nacht um 8".
_UM = re.compile(r"\bum\s+$", re.I)
_RISE_DE = re.compile(rf"\b(?:{W.RISE_VERBS})\b", re.I)
#: Deaths added to a count: "added 6 deaths on Friday to the 11", "a ajouté 5 décès au
#: bilan" (not "the mayor added 5 people had died": his words, with nothing added to).
_ADDED = re.compile(r"\b(?:added|adds|adding|ajouté|ajoute|ajoutant)\s+$", re.I)
_ADDED_TO = re.compile(r"^[^.;:!?]{0,80}?(?:\bto\s+(?:the|its|their|this|that|an?|\d)\b|"
                       r"\b(?:au|aux)\s|,\s*(?:bringing|taking|raising|pushing)\b)", re.I)
#: The total a rise brings, right before the number: "bringing the valley's total to",
#: "taking the toll to".
_TOTAL_TO = re.compile(
    r"\b(?:bringing|brings|brought|taking|takes|took|raising|raises|raised|pushing|pushes|"
    r"pushed)\s+(?:[\w'’.-]+\s+){0,5}?(?:total|toll|tally|count)\s+to\s+$"
    # "portant le total à 20", "portant ainsi à cinq …", "faisant passer le bilan à 13",
    # "elevando a nueve …", "portando il bilancio a 7", "womit die Zahl … auf 9" (trial 48: the
    # French total took the rise's noun and was read as a rise)
    r"|\b(?:portant|faisant\s+passer|ce\s+qui\s+(?:porte|fait\s+passer))\s+"
    r"(?:[\w'’.-]+\s+){0,5}?à\s+$"
    r"|\b(?:elevando|llevando|lo\s+que\s+eleva|portando)\s+(?:[\w'’.-]+\s+){0,5}?a\s+$"
    r"|\b(?:womit|wodurch)\s+(?:[\w'’.-]+\s+){0,6}?auf\s+$", re.I)


#: A count of the dead followed, in its clause, by the total it brings: "Four bodies were found
#: near the tracks, bringing the toll to five", "huit nouveaux corps ont été récupérés, faisant
#: passer le bilan à 13", "quatre morts ont été retrouvés …, portant ainsi à cinq le nombre de
#: victimes" (trial 48: three outlets; each rise was grouped with the toll). The count is the
#: rise; the total after it is the toll (:data:`_TOTAL_TO`, and the reader of each language).
_BRINGS_TOTAL = re.compile(
    r"^[^.;!?\d]{0,200}?,\s*(?:bringing|taking|raising|pushing|portant|faisant\s+passer|"
    r"ce\s+qui\s+(?:porte|fait\s+passer)|llevando|elevando|lo\s+que\s+eleva|portando|"
    r"womit|wodurch)\b"
    # and the total it brings, named, with the number it reaches, in its clause (rev42: "…,
    # raising fears about the line", "…, bringing traffic to a standstill", "portando il paese
    # nel lutto" bring no total: the count there is the toll)
    r"(?=[^.;!?]{0,100}?\b(?:total|toll|tally|count|number|figure|bilan|nombre|chiffre|"
    r"número|cifra|balance|bilancio|numero|totale|\w*zahl|\w*bilanz)\b)"
    r"(?=[^.;!?]{0,100}?(?:\bto|\bà|\ba|\bauf)\s+\w)", re.I)


def more_dead(head: str, before: str, after: str) -> str:
    """``head``, or :data:`MORE_DEAD` when the count of the dead is a rise on an earlier one;
    the toll's head for a total a rise brings, which took the rise's noun."""
    if head == MORE_DEAD and _TOTAL_TO.search(before[-80:]):
        return "dead"  # "Two more deaths were reported, bringing the valley's total to 15"
    if head in _DEAD and (_RIGHT_AFTER.match(after) or MORE_BEFORE.search(before[-30:])
                          or _AFTER_NOUN.match(after) or _risen_by(before, after)
                          or _BRINGS_TOTAL.match(after)
                          or (_ADDED.search(before[-20:]) and _ADDED_TO.match(after))):
        return MORE_DEAD
    return head


def _risen_by(before: str, after: str) -> bool:
    """Whether the number is what a toll rose by ("the toll rose by 8", "um 8 gestiegen")."""
    if _RISEN_BY.search(before[-40:]):
        return True
    return bool(_UM.search(before[-10:])) and bool(
        _RISE_DE.search(before[-60:]) or _RISE_DE.search(after[:60]))
