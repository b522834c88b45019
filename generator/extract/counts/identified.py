"""The dead identified so far are a count of identifications, not the toll: "the identities of
10 victims were confirmed", "21 cuerpos …, de los cuales diez han sido identificados". The
number grows as forensic work goes on and stays below the toll an outlet gives beside it, so
grouped with the toll it reads as a second, smaller report of the dead (trial 12, a port
explosion in four languages). The stem "identif-" (identified, identificados, identifiés,
identificati, identificados, identifiziert) and "identit-" before the number (identities,
identités, identidades, identità, Identität) are shared by every Latin-script corpus language.
"Identified as …" names who they were ("two victims identified as dock workers") and leaves
the count a toll.

The rest of the dead not yet identified ("the remaining 17 bodies still had to be identified",
"los 17 cuerpos restantes aún no han sido identificados") are a part of the toll left over once
the identified are counted, not the toll (trial 40: a second, smaller toll beside it). Without
the remainder ("40 people who have not yet been identified") the count stays the toll; a part
named with "of the" ("four of the dead are not yet identified") is no toll either."""

from __future__ import annotations

import re

from generator.text.negation import negation_pattern

#: The head a count of identified dead is given: no noun group, so never grouped with the toll.
IDENTIFIED = "identified"

#: The head a count of the dead not yet identified is given (no noun group, as above).
UNIDENTIFIED = "unidentified"

#: "identities of 10 victims", "l'identification de 12 corps", "die Identität von 8 Opfern".
_BEFORE = re.compile(r"\bidenti(?:t|fica|fied|fié|fiz)\w*\s+(?:\w+\s+){0,2}$", re.I)
#: "… have been identified", "han sido identificados", "ont été identifiées", "wurden identifiziert"
#: up to the clause's end; not "identified as" (naming them), nor past another number. English
#: "have been named" is an identification too ("named as" names who they were). The stem ends
#: at a word's end, so that "identified as" cannot be read as "identifie" and "d as".
#: A negation between says none was ("40 dead, not yet identified": still the toll).
_AFTER = re.compile(r"[^.;:,\d()–—]{0,40}?\b(?:identif\w*|(?:been|were|was)\s+named)\b"
                    r"(?!\s+(?:as|after|como|comme|come|als)\b)", re.I)

_NOT = re.compile(negation_pattern() + r"|(?<!\w)(?:yet\s+to|unidentif\w*)(?!\w)", re.I)


def identified(before: str, after: str) -> bool:
    """Whether the number counts the dead (or bodies, victims) identified so far."""
    m = _AFTER.match(after)
    return bool(_BEFORE.search(before[-60:]) or (m and not _NOT.search(m.group(0))))


#: What is left over: "the remaining 17", "the other 17", "los 17 … restantes", "die übrigen 17".
_REMAINDER = re.compile(r"\b(?:remaining|other|rest\s+of\s+the|restant[es]*|restantes?|rimanenti|"
                        r"altr[ie]|übrigen|restlichen|remanescentes|demais)\b", re.I)
#: Up to a negated identification in the number's clause ("yet to be identified").
_NOT_YET = re.compile(r"[^.;:,\d()–—]{0,70}?\bidentif\w*\b", re.I)


#: A part of the dead named by "of the" right after the number ("four of the dead are not yet
#: identified", "tres de las víctimas", "trois des victimes"): with a negated
#: identification, a part left over too (trial 41: a second toll of three beside the toll).
_PART_OF = re.compile(r"\s+(?:of\s+(?:the|those)|de\s+l[oa]s|des|d['’]entre\s+(?:les|eux|elles)|"
                      r"dei|degli|delle|der|d[oa]s)\s", re.I)


def unidentified(before: str, after: str) -> bool:
    """Whether the number counts the rest of the dead, or a part of them, not yet identified
    (module docstring)."""
    m = _NOT_YET.match(after)
    return bool(m and _NOT.search(m.group(0)) and (_PART_OF.match(after) or
        _REMAINDER.search(before[-25:].split(",")[-1]) or _REMAINDER.search(m.group(0))))


def identified_head(head: str, before: str, after: str, rest: str, part: bool) -> str:
    """The head of a count of the dead: :data:`IDENTIFIED` for identifications (``rest``, the
    words after the noun of a part, when ``part``), :data:`UNIDENTIFIED` for the rest not yet
    identified, else ``head``: the toll."""
    if identified(before, after) or (part and identified("", rest)):
        return IDENTIFIED
    return UNIDENTIFIED if after and unidentified(before, after) else head
