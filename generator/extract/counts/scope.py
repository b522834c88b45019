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
       r"nello|nell['’]|negli|nei|w|we|v|ve|op)")
_BETWEEN = (r"(?:(?:the|la|le|el|il|l’|l'|der|dem|den|het|o|a)\s+)?(?-i:neighbou?ring\s+|nearby\s+|"
            r"(?:north|south)?(?:-?(?:east|west))?ern\s+|central\s+)?")
#: Country names in a row: "Turkey and Syria", "Mozambique, Zimbabwe and Malawi", "en Turquie
#: et en Syrie".
_CAPITAL = r"(?-i:[A-ZÀ-ÖØ-ÞĀ-ŽΑ-ΩА-Я])"
#: One name: a capitalised word, or a run of them, which may be tied by "of", "del", "do"
#: ("New Zealand", "Corea del Sur", "África do Sul": a country of several words is one name).
_NAME = (rf"{_CAPITAL}[\w’'-]*(?:\s+(?:(?:of(?:\s+the)?|de|del|do|da|du|di|dos)\s+)?"
         rf"{_CAPITAL}[\w’'-]*)*")
_NAMES = (rf"(?P<names>{_NAME}(?:\s*(?:,|and|y|e|et|und|i)\s+(?:{_IN}\s+{_BETWEEN})?"
          rf"{_NAME})*)(?![\w’'-]|\s+(?-i:[A-Z]))")
#: Words that open another clause, or another place's preposition, between a count and a
#: country: the country is then not where the count holds ("40 people were flown to hospitals
#: in Germany", "30 people, while in Austria …", "5 people in Georgia and 3 in Alabama").
_NOT_BETWEEN = (r"(?:and|while|whereas|but|when|after|before|to|from|into|at|near|by|with|"
                r"y|et|und|e|mientras|tandis|während|mentre|enquanto|hacia|vers|nach|verso|para)")
_GAP = rf"(?:(?!\b{_NOT_BETWEEN}\b)[^\d,]){{0,60}}?"
#: A country after the count: "… people in Syria", "… muertos en Turquía y Siria".
_AFTER = re.compile(rf"^{_GAP}\b{_IN}\s+{_BETWEEN}{_NAMES}", re.I)
#: A row of countries that goes on with a count or "other" ("in Turkey and 2 other countries",
#: "in Syria and elsewhere"): not these countries alone.
_MORE = re.compile(r"\s*(?:,|and|y|et|und|e)\s+(?:(?:\d[\d,.]*\s+)?(?:other|otr|autres|altr|"
                   r"outr|ander)|elsewhere)", re.I)
#: A country before the count in its clause: "In Syria, 2,000 …", "the death toll in Turkey
#: stood at", "the toll across Mozambique, Zimbabwe and Malawi is 608"; or its possessive:
#: "Libya's toll rose to".
_BEFORE = re.compile(rf"\b{_IN}\s+{_BETWEEN}{_NAMES}", re.I)
_OWN = re.compile(rf"(?P<names>(?:{_CAPITAL}[\w-]*\s+){{0,3}}[^\W\d_][\w-]*)['’]s?\s+"
                  r"(?:death\s+)?toll\b", re.I)
#: Another place after the names, past an adjective ("nello Zimbabwe orientale, nel Mozambico
#: centrale e in Malawi"): a row of places the reader did not read whole, so no scope.
_PLACE_AFTER = re.compile(rf"(?:\s+[a-zà-ÿ]\w*)?\s*(?:,|\band\b|\by\b|\be\b|\bet\b|\bund\b)\s*"
                          rf"{_IN}\s", re.I)
#: How far before the count its country may stand, in the same sentence.
_BEFORE_REACH = 80
#: Words saying the count is of other places than the event's: "in four other states", "en
#: otras cuatro entidades", "elsewhere", "dans d'autres régions".
_PLACES = (r"(?:states|countries|provinces|regions|districts|counties|cities|towns|villages|areas|"
           r"parts|places|municipalities|departments|cantons|prefectures|islands|estados|países|"
           r"provincias|regiones|entidades|ciudades|localidades|municipios|comunidades|pays|"
           r"régions|départements|villes|communes|paesi|province|regioni|città|comuni|"
           r"províncias|regiões|cidades|municípios|Ländern|Staaten|Provinzen|Regionen|Städten|"
           r"Orten|Gemeinden|Bundesländern)")
_ELSEWHERE = re.compile(
    rf"^[^\d.;:,]{{0,40}}?\b(?:in\s+(?:\w+\s+)?other\s+{_PLACES}|elsewhere|"
    rf"en\s+(?:\w+\s+)?otr[oa]s\s+(?:\w+\s+)?{_PLACES}|dans\s+d['’]autres\s+{_PLACES}|"
    rf"in\s+altr[ie]\s+(?:\w+\s+)?{_PLACES}|em\s+outr[oa]s\s+(?:\w+\s+)?{_PLACES}|"
    rf"in\s+(?:\w+\s+)?anderen\s+{_PLACES})\b", re.I)
_NAME_SPLIT = re.compile(rf"\s*(?:,|\band\b|\by\b|\be\b|\bet\b|\bund\b|\bi\b)\s*"
                         rf"(?:\b{_IN}\s+{_BETWEEN})?", re.I)


#: Country names that in English stories are as often a state or a person: never a scope.
_AMBIGUOUS = {"en": frozenset({"georgia", "jordan", "chad"})}


_TIE = re.compile(r"\s+(?:of|de|del|do|da|du|di|dos)\s+")
#: A compass word after the tie makes the run another country's name, not a country and a tied
#: name ("Irlanda del Norte" is no Ireland, "Sudan del Sud" no Sudan; review 17).
_COMPASS_AFTER_TIE = re.compile(r"\s(?:of|de|del|do|da|du|di|dos)\s+(?:North|South|East|West|"
                                r"Norte|Sur|Sul|Nord|Sud|Est|Este|Oeste|Ouest|Centro|Central)\b")


def _countries(names: str, lang: str) -> set[str]:
    parts = _NAME_SPLIT.split(names)
    if len(parts) > 1 and not any(re.sub(r"['’]s?$", "", p).casefold() in _AMBIGUOUS["en"]
                                  for p in parts):
        whole = country_code(names, lang) or country_code(names, "en")
        if whole is not None:  # "Bosnia and Herzegovina", "Trinidad y Tobago" (review 17)
            return {whole}
    codes = set()
    for name in parts:
        if name[:1].isupper():
            if re.sub(r"['’]s?$", "", name).casefold() in _AMBIGUOUS["en"]:  # (any language)
                return set()
            code = country_code(name, lang) or country_code(name, "en")  # "Malawi" in pt
            if code is None and (cut := _TIE.split(name, maxsplit=1)[0]) != name \
                    and not _COMPASS_AFTER_TIE.search(name):
                # "Portugal da Silva": the country, then a name tied to it (review 16)
                code = country_code(cut, lang) or country_code(cut, "en")
            if code is None:
                return set()  # "in Turkey and Hatay province": not countries alone
            codes.add(code)
    return codes


#: How far into its sentence a place may open the clause of a count set off by a comma ("In
#: the Varno region, in Zimbabwe, the dead were at least 31").
_OPENING = 40


def _opens_the_clause(before: str, m: re.Match) -> bool:
    """A country before the count and a comma between them holds for it only when it opens the
    sentence ("In Syria, 2,000 died"), not when it ends another clause ("… missing in
    Zimbabwe, as well as 56 who died")."""
    gap = before[m.end():]
    return "," not in gap or not gap.rsplit(",", 1)[1].strip() or m.start() <= _OPENING


def scope_of(text: str, start: int, end: int, lang: str) -> tuple[str, ...]:
    """The countries (ISO codes, sorted), or ``("elsewhere",)``, that the words around the count
    at ``text[start:end]`` (its number and counted noun, in one sentence) put it in; ``()`` when
    they name none."""
    after = _CLAUSE_END.split(text[end:], maxsplit=1)[0]
    if _ELSEWHERE.match(after):
        return ("elsewhere",)
    m = _AFTER.match(after)
    if m and (_MORE.match(text[end:], m.end()) or _PLACE_AFTER.match(text[end:], m.end())):
        return ()
    if m and (codes := _countries(m.group("names"), lang)):
        return tuple(sorted(codes))
    before = re.split(r"[.;:!?]", text[:start])[-1]
    found = [m for pattern in (_BEFORE, _OWN) for m in pattern.finditer(before)
             if len(before) - m.end() <= _BEFORE_REACH and not re.search(r"\d", before[m.end():])
             and _opens_the_clause(before, m)
             and not re.search(r"\b(?:and|while|whereas|but|y|et|und|mientras|tandis|während|"
                               r"mentre|enquanto)\b", before[m.end():], re.I)]
    for m in sorted(found, key=lambda m: -m.end()):
        if _PLACE_AFTER.match(before, m.end()):
            continue
        if codes := (_own(m.group("names"), lang) if m.re is _OWN
                     else _countries(m.group("names"), lang)):
            return tuple(sorted(codes))
    return ()


def _own(names: str, lang: str) -> set[str]:
    """The country of a possessive toll: the longest run of the capitalised words before it
    that is one ("New Zealand's toll"; "But Libya's toll" is Libya's)."""
    words = names.split()
    return next((codes for k in range(len(words))
                 if (codes := _countries(" ".join(words[k:]), lang))), set())
