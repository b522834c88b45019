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

from generator.text.lexicon import AND_WORDS

#: A person's name: two to four capitalised words.
_NAME = r"\p{Lu}[\p{L}’'-]+(?:[\s-]+\p{Lu}[\p{L}’'-]+){1,3}"
#: The conjunctions joining two subjects, in the corpus languages (the lexicon's one table).
_AND = rf"(?:{'|'.join(AND_WORDS)})"
#: What may stand between the conjunction and the second name: a role in lower case or with
#: capitals, and its article ("y el alcalde,", "and Italian Prime Minister", "e o prefeito").
_ROLE = r"(?:[\p{L}’'.-]+,?\s+){0,4}?"
#: The first name, its apposition between commas, the conjunction and the role before the
#: second name that closes the words read.
_PAIR = regex.compile(rf"(?P<first>{_NAME})\s*(?P<comma>,)?\s+(?P<aside>[^,.;:]{{1,60}},\s+)?"
                      rf"{_AND}\s+{_ROLE}(?P<second>{_NAME})\s*,?\s*$")
#: English's reading of the whole coordination as one phrase.
_WHOLE = regex.compile(rf"^(?:[\p{{L}}’'.-]+\s+){{0,3}}?(?P<first>{_NAME})\s+{_AND}\s+{_ROLE}"
                       rf"{_NAME}$")
#: The words that make the names after them their object, not the subject ("the families of
#: A and B said", "los vecinos de A y B"): the pair is not who speaks (review 36).
_OBJECT_OF = frozenset({"of", "for", "with", "by", "from", "to", "de", "del", "da", "do", "das",
                        "dos", "di", "della", "dello", "von", "für", "mit", "avec", "pour", "par",
                        "con", "por", "para", "van", "voor", "met", "od", "dla", "z"})
#: How far back the sentence's subject may open.
_REACH = 300


def first_conjunct(text: str, at: int, speaker: str) -> str:
    """The first of two people named as one subject before the quotation at ``at``, when
    ``speaker`` is the second or both; else ``speaker``."""
    if (whole := _WHOLE.match(speaker)) is not None:
        return speaker if _object(speaker[:whole.start("first")]) else whole["first"]
    if not speaker or speaker[:1].islower():
        return speaker
    lead = text[max(0, at - _REACH):at]
    # the quotation's own sentence only ("A and B were shaken. “…”, wrote B": B's words)
    lead = regex.split(r"[.!?][\"'”’»)]*\s+|\n", lead)[-1]
    where = lead.rfind(speaker)
    if where < 0:
        return speaker
    pair = _PAIR.search(lead[:where + len(speaker)])
    if pair is None or not pair["second"].endswith(speaker):
        return speaker
    before = lead[:pair.start()]
    # a comma before the conjunction closes the first name's apposition ("la gobernadora, A,
    # y el alcalde, B"); after a name that stands in no apposition it ends a clause ("Rescuers
    # reached Port Elma, and Governor B said": B speaks; review 36)
    if pair["comma"] and not pair["aside"] and not before.rstrip().endswith(","):
        return speaker
    return speaker if _object(before) else pair["first"]


def _object(before: str) -> bool:
    """The words before the first name end on a word that makes it an object
    (:data:`_OBJECT_OF`)."""
    last = before.split()[-1:]
    return bool(last) and last[0].lower() in _OBJECT_OF
