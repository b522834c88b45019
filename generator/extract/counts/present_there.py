"""People counted as there when the event struck, by a verb of being and a place: "there were 47
people on the island", "c'erano 47 persone", "había menos de 50 personas en la isla", "bis zu
50 Menschen auf der Insel waren", "47 people were on the island".

The labels count the people the event put at risk as ``affected`` figures (tests/corpus/
README.md, thirty-eighth stop), and extract measured those on board so
(:mod:`generator.content.measured`), but a count stated by existence and a place was people of
no outcome: the spent set s38 gave five such counts in five languages on five sites. The verb
of being before the number, or after the noun with a place right after it (before it in a
German subordinate clause), says they were there; a hospital is no place of the event ("there
were 30 people in hospital" are the injured, read elsewhere), nor is a time alone.
"""

from __future__ import annotations

import re

from generator.text.number_words import QUALIFIERS

#: The qualifiers a number may take ("about", "menos de", "bis zu"): the number reader's table.
_QUALIFIER = "(?:" + "|".join(sorted(
    (re.escape(q).replace(r"\ ", r"\s+") for qs in QUALIFIERS.values() for q in qs),
    key=len, reverse=True)) + ")"
#: The verb of existence right before the number, with at most a qualifier between.
_THERE_WERE = re.compile(
    r"(?:\bthere\s+(?:were|was|had\s+been)|\bc['’]er(?:ano|a)|\bvi\s+erano|\bhabía|\bhabían"
    r"|\bil\s+y\s+avait|\bes\s+waren|\bbefanden\s+sich|\bhavia|\bestavam)\s+"
    rf"(?:{_QUALIFIER}\s+)?$", re.I)
#: A place word after the count's noun (its copula first, in English), or, in German, the place
#: then the verb closing the clause.
_WERE_ON = re.compile(
    r"^\s*(?:(?:were|was|had\s+been)\s+(?:on|in|at|near|inside|aboard)\b"
    r"|(?:auf|in|an)\s+(?:der|dem|den)\s+\w+\s+(?:waren|gewesen\s+waren|gewesen\s+sind)\b"
    r"|(?:étaient|se\s+trouvaient)\s+(?:sur|dans|à|près)\b"
    r"|(?:erano|si\s+trovavano)\s+(?:su|sul|sull|nel|nell|in|a|vicino)\b"
    r"|(?:estaban|se\s+encontraban)\s+(?:en|sobre|cerca)\b)", re.I)
#: What the place must not be: a hospital's people are the injured.
_HOSPITAL = re.compile(r"\b(?:hospital|ospedal|hôpital|krankenhaus|klinik)", re.I)
#: What the place must not be either: a gathering after the event (a vigil, a funeral, a march),
#: whose people came after it struck ("there were 300 people at the vigil"; the rev39 review).
_GATHERING = re.compile(
    r"\b(?:vigil\b|memorial\s+service|funeral|ceremon|mass\b|rally|protest|demonstration"
    r"|veill[ée]e|marche\s+blanche|obs[èe]ques|fun[ée]railles|messe\b|c[ée]r[ée]monie"
    r"|rassemblement|fiaccolata|messa\b|cerimonia|manifestazione|misa\b|velatorio|vigilia"
    r"|manifestaci[óo]n|trauer|mahnwache|gottesdienst|beerdigung|beisetzung|kundgebung)", re.I)
#: Their group: people there when it struck, as those on board are; not the status "present",
#: whose words hold people who gather after the event too ("300 people gathered").
THERE = "there"
#: The groups of people of no role ("people", "personas", "Menschen").
_NO_ROLE = frozenset({"person", "people", "individual"})
#: How far after the noun the place may be named, in characters.
_REACH = 60


def present_there(before: str, rest: str, group: str) -> str | None:
    """:data:`THERE` when the people counted were there when it struck: the verb of existence
    before the number, or the verb and a place after the noun; never in a hospital. Only for
    people of no role: firefighters at the scene are responders, passengers passengers."""
    place = rest[:_REACH]
    if group not in _NO_ROLE or _HOSPITAL.search(place) or _GATHERING.search(place):
        return None
    return THERE if _THERE_WERE.search(before[-60:]) or _WERE_ON.match(rest) else None
