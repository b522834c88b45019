"""A count of the dead added to an earlier one is not the toll: "three more bodies were
recovered", "fünf weitere Leichen", "trois corps de plus", "tres cuerpos más". Outlets give the
rise beside the total or before it ("… fünf weitere Leichen gefunden; die Zahl der Toten wuchs
auf neun"), so grouped with the toll the rise reads as a second, smaller report of the dead
that contradicts the total (s11, a building collapse). It is a count of its own, never grouped
with the toll; a total after the rise ("bringing the toll to 12") stays the toll.

"Other(s)" is not a rise: "two died at the scene and three others in hospital" are part of the
toll (:data:`generator.text.counted_words.OTHERS`, read elsewhere)."""

from __future__ import annotations

import re

from generator.text.lexicon import NOUN_GROUPS

#: The head a rise of the dead is given: no noun group, so never grouped with the toll.
MORE_DEAD = "more dead"
#: The heads that count the dead: the group's name and the English lemmas in it.
_DEAD = frozenset({"dead", *NOUN_GROUPS["dead"]})
#: "three more bodies", "fünf weitere Leichen", "3 zusätzliche Tote" (not "3 more than").
_RIGHT_AFTER = re.compile(
    r"\s+(?:more|further|additional|weitere[nr]?|zusätzliche[nr]?)\s+(?!than\b)", re.I)
#: "another three bodies", "a further 3 dead", "weitere drei Tote".
_RIGHT_BEFORE = re.compile(
    r"(?<!\w)(?:another|further|additional|weitere[nr]?|zusätzliche[nr]?)\s+$", re.I)
#: After the noun: "trois corps de plus", "tres cuerpos más", "tre corpi in più".
_AFTER_NOUN = re.compile(r"\s+[^\W\d_]+\s+(?:de\s+plus|más|in\s+più|a\s+mais)(?!\w)", re.I)


def more_dead(head: str, before: str, after: str) -> str:
    """``head``, or :data:`MORE_DEAD` when the count of the dead is a rise on an earlier one."""
    if head in _DEAD and (_RIGHT_AFTER.match(after) or _RIGHT_BEFORE.search(before[-30:])
                          or _AFTER_NOUN.match(after)):
        return MORE_DEAD
    return head
