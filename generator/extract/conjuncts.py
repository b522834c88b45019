"""Two people as one subject: "Governor A and Mayor B expressed “…”", "la gobernadora, A, y el
alcalde, B, expresaron «…»". Both speak; the draft names the first, as the labels and an analyst
do (spent s31: the quotation went to the second person in Spanish and Portuguese, and English
read the whole coordination, titles and all).

Only two names of a person (two capitalised words or more each) joined by a conjunction are
read so; "the Mountain and Cave Rescue Service" is one name, and a body with a person ("Police
and Mayor B") keeps its reading.
"""

from __future__ import annotations

import regex

#: A person's name: two to four capitalised words.
_NAME = r"\p{Lu}[\p{L}’'-]+(?:[\s-]+\p{Lu}[\p{L}’'-]+){1,3}"
#: The conjunctions joining two subjects, in the corpus languages.
_AND = r"(?:and|y|e|et|und|i|oraz|en|ed)"
#: What may stand between the conjunction and the second name: a role in lower case or with
#: capitals, and its article ("y el alcalde,", "and Italian Prime Minister", "e o prefeito").
_ROLE = r"(?:[\p{L}’'.-]+,?\s+){0,4}?"
#: The first name, its apposition between commas, the conjunction and the role before the
#: second name that closes the words read.
_PAIR = regex.compile(rf"(?P<first>{_NAME})\s*,?\s+(?:[^,.;:]{{1,60}},\s+)?{_AND}\s+{_ROLE}"
                      rf"(?P<second>{_NAME})\s*,?\s*$")
#: English's reading of the whole coordination as one phrase.
_WHOLE = regex.compile(rf"^(?:[\p{{L}}’'.-]+\s+){{0,3}}?(?P<first>{_NAME})\s+{_AND}\s+{_ROLE}"
                       rf"{_NAME}$")
#: How far back the sentence's subject may open.
_REACH = 300


def first_conjunct(text: str, at: int, speaker: str) -> str:
    """The first of two people named as one subject before the quotation at ``at``, when
    ``speaker`` is the second or both; else ``speaker``."""
    if (whole := _WHOLE.match(speaker)) is not None:
        return whole["first"]
    if not speaker or speaker[:1].islower():
        return speaker
    lead = text[max(0, at - _REACH):at]
    # the quotation's own sentence only ("A and B were shaken. “…”, wrote B": B's words)
    lead = regex.split(r"[.!?][\"'”’»)]*\s+|\n", lead)[-1]
    where = lead.rfind(speaker)
    if where < 0:
        return speaker
    pair = _PAIR.search(lead[:where + len(speaker)])
    return pair["first"] if pair is not None and pair["second"].endswith(speaker) else speaker
