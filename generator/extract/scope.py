"""Where a count holds, when its own words say so: "5,000 dead in Turkey", "in Syria, 2,000
died", "Libya's toll", "killed 14 people in four other states".

A disaster that crosses borders is counted country by country, and outlets give each country's
toll beside the total. Grouped by the counted noun and the day alone, the tolls of two
countries (or the event's place and "four other states") became one running count, and the
comparison showed one country's toll as a rise of the other's (trial 14, a tornado outbreak over
several states: the factory's dead, the state's dead and "at least 14 in four other states" in
one group). A count read here as holding in a country, or elsewhere than the event, is kept apart
from a count that holds in another; a count whose words name no place joins either. Only
countries are read (by :func:`generator.text.countries.country_code`, CLDR's names in the page's
language), and only where a preposition ties the country to the count: a country named anywhere
else in the sentence ("the quake, which struck southern Turkey, killed …") says nothing of
where the count holds.
"""

from __future__ import annotations

import re

from generator.text.countries import country_code

#: Where the clause of a count ends: its country must stand before this.
_CLAUSE_END = re.compile(r"[.;:()–—!?]|\d")
#: Prepositions that put a count in a place, in the corpus languages ("in", "en", "au", "im",
#: "no"), with what may stand between them and the country (an article, "neighbouring").
_IN = (r"(?:in|across|inside|throughout|en|au|aux|dans|à|a|em|no|na|nos|nas|in|im|nel|nella|"
       r"negli|nei|w|we|v|ve|op)")
_BETWEEN = (r"(?:(?:the|la|le|el|il|l’|l'|der|dem|het|o|a)\s+)?(?:neighbou?ring\s+|nearby\s+|"
            r"(?:north|south)?(?:-?(?:east|west))?(?:ern)?\s+|central\s+)?")
#: Country names in a row: "Turkey and Syria", "Mozambique, Zimbabwe and Malawi", "en Turquie
#: et en Syrie".
_NAMES = (rf"(?P<names>[^\W\d_][\w’'-]*(?:\s*(?:,|and|y|e|et|und|i)\s+(?:{_IN}\s+{_BETWEEN})?"
          r"[^\W\d_][\w’'-]*)*)(?!\s+(?-i:[A-Z]))")
#: A country after the count: "… people in Syria", "… muertos en Turquía y Siria".
_AFTER = re.compile(rf"^[^\d,]{{0,60}}?\b{_IN}\s+{_BETWEEN}{_NAMES}", re.I)
#: A country before the count in its clause: "In Syria, 2,000 …", "the death toll in Turkey
#: stood at", "the toll across Mozambique, Zimbabwe and Malawi is 608"; or its possessive:
#: "Libya's toll rose to".
_BEFORE = re.compile(rf"\b{_IN}\s+{_BETWEEN}{_NAMES}", re.I)
_OWN = re.compile(r"(?P<names>[^\W\d_][\w-]*)['’]s?\s+(?:death\s+)?toll\b", re.I)
#: How far before the count its country may stand, in the same sentence.
_BEFORE_REACH = 80
#: Words saying the count is of other places than the event's: "in four other states", "en
#: otras cuatro entidades", "elsewhere", "dans d'autres régions".
_ELSEWHERE = re.compile(
    r"^[^\d.;:]{0,40}?\b(?:in\s+(?:\w+\s+)?other\s+\w+|elsewhere|en\s+otr[oa]s\s+|"
    r"dans\s+d['’]autres\s+|in\s+altr[ie]\s+|em\s+outr[oa]s\s+|in\s+(?:\w+\s+)?anderen\s+)",
    re.I)
_NAME_SPLIT = re.compile(rf"\s*(?:,|\band\b|\by\b|\be\b|\bet\b|\bund\b|\bi\b)\s*"
                         rf"(?:\b{_IN}\s+{_BETWEEN})?", re.I)


def _countries(names: str, lang: str) -> set[str]:
    codes = set()
    for name in _NAME_SPLIT.split(names):
        if name[:1].isupper():
            code = country_code(name, lang)
            if code is None:
                return set()  # "in Turkey and Hatay province": not countries alone
            codes.add(code)
    return codes


def scope_of(text: str, start: int, end: int, lang: str) -> tuple[str, ...]:
    """The countries (ISO codes, sorted), or ``("elsewhere",)``, that the words around the count
    at ``text[start:end]`` (its number and counted noun, in one sentence) put it in; ``()`` when
    they name none."""
    after = _CLAUSE_END.split(text[end:], maxsplit=1)[0]
    if _ELSEWHERE.match(after):
        return ("elsewhere",)
    m = _AFTER.match(after)
    if m and (codes := _countries(m.group("names"), lang)):
        return tuple(sorted(codes))
    before = re.split(r"[.;:!?]", text[:start])[-1]
    found = [m for pattern in (_BEFORE, _OWN) for m in pattern.finditer(before)
             if len(before) - m.end() <= _BEFORE_REACH and not re.search(r"\d", before[m.end():])]
    for m in sorted(found, key=lambda m: -m.end()):
        if codes := _countries(m.group("names"), lang):
            return tuple(sorted(codes))
    return ()
