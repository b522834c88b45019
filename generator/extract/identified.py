"""The dead identified so far are a count of identifications, not the toll: "the identities of
10 victims were confirmed", "21 cuerpos …, de los cuales diez han sido identificados". The
number grows as forensic work goes on and stays below the toll an outlet gives beside it, so
grouped with the toll it reads as a second, smaller report of the dead (trial 12, a port
explosion in four languages). The stem "identif-" (identified, identificados, identifiés,
identificati, identificados, identifiziert) and "identit-" before the number (identities,
identités, identidades, identità, Identität) are shared by every Latin-script corpus language.
"Identified as …" names who they were ("two victims identified as dock workers") and leaves
the count a toll."""

from __future__ import annotations

import re

from generator.text.quantities import QUANTITY, quantities

#: The head a count of identified dead is given: no noun group, so never grouped with the toll.
IDENTIFIED = "identified"

#: "identities of 10 victims", "l'identification de 12 corps", "die Identität von 8 Opfern".
_BEFORE = re.compile(r"\bidenti(?:t|fica)\w*\s+(?:\w+\s+){0,2}$", re.I)
#: "… have been identified", "han sido identificados", "ont été identifiées", "wurden identifiziert"
#: up to the clause's end; not "identified as" (naming them), nor past another number.
#: A negation between says none was ("40 dead, not yet identified": still the toll).
_AFTER = re.compile(r"[^.;:,\d()–—]{0,40}?\bidentif\w*\b(?!\s+(?:as|como|comme|come|als)\b)",
                    re.I)

_NOT = re.compile(r"(?<!\w)(?:not|no|non|ne|n['’]|pas|nicht|noch\s+nicht|kein\w*|não|yet\s+to|"
                  r"unidentif\w*)(?!\w)", re.I)


#: "of the 64" after a part ("ten of the 64 victims have been identified"): the words after the
#: whole's noun say what befell the part; the whole, after the part and "of the", is the toll.
_OF_THE = (r"(?:of\s+(?:the|its|their)|d[oa]s|de\s+l[oa]s|des|de[il]|degli|delle|dai|von\s+den|"
           r"der|van\s+de)")
_OF_A_WHOLE = re.compile(r"\s+" + _OF_THE + r"\s+\d(?:[\d.,\u00a0]*\d)?(?=\s)", re.I)
_PART_BEFORE = re.compile(r"(?P<part>\S+)\s+" + _OF_THE + r"\s+$", re.I)
_QUANTIFIERS = frozenset({"some", "most", "half", "several", "few", "many", "dozen", "dozens"})


def _a_part(word: str) -> bool:
    """A number, in any corpus language, or a quantifier: the part of "ten of the 64"."""
    word = word.lower().strip(",;:")
    return any(c.isdigit() for c in word) or word in _QUANTIFIERS or any(
        q.kind == QUANTITY for lang in ("en", "fr", "es", "it", "pt", "de", "nl")
        for q in quantities(word, lang))


def identified(before: str, after: str) -> bool:
    """Whether the number counts the dead (or bodies, victims) identified so far."""
    part = _PART_BEFORE.search(before[-40:])
    if part and _a_part(part.group("part")):
        return False  # the whole of "ten of the 64 victims have been identified"
    whole = _OF_A_WHOLE.match(after)
    m = _AFTER.match(after, whole.end() if whole else 0)
    return bool(_BEFORE.search(before[-60:]) or (m and not _NOT.search(m.group(0))))
