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

A verb of being with "at the time" in the count's clause says the same with no place ("about 50
people are believed to have been nearby at the time"), and so does "at the time" after people
read as present ("une centaine de touristes se trouvaient lundi près du volcan au moment de son
éruption", which the status words read "present", a count of no measure because people who
gather after the event are "present" too): the spent set s38, two sites, in English and French.
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
#: The moment the event struck, named after the count ("at the time", "au moment de son
#: éruption", "al momento del derrumbe", "zum Zeitpunkt des Unglücks").
_AT_THE_TIME = re.compile(
    r"\b(?:at\s+the\s+time|au\s+moment\s+d|al\s+momento\s+de|en\s+el\s+momento\s+de"
    r"|nel\s+momento\s+d|no\s+momento\s+d|zum\s+Zeitpunkt)", re.I)
#: The count's own verb of being, right after its noun: perhaps after an apposition set off by
#: commas (", New Zealanders and tourists,") and a hedge ("are believed to have been"); a being
#: verb further on is another subject's ("which 10,000 people visit, was busy at the time").
_BEING = re.compile(
    r"^(?:\s*,[^,.;]{1,60},)?\s+(?:(?:are|were|is|was)\s+(?:believed|thought|said|reported|"
    r"feared|estimated)\s+to\s+have\s+)?(?:been|were|was|étaient|se\s+trouvaient|estaban|"
    r"se\s+encontraban|erano|si\s+trovavano|waren|befanden\s+sich|estavam)\b", re.I)
#: Where the count's clause ends, for the time's search.
_CLAUSE_END = re.compile(r"[.;:!?]")
#: The status of people present (:data:`generator.text.status_words.STATUS`).
_PRESENT = "present"


def _then(rest: str) -> bool:
    """Whether the count's clause says its people were there when the event struck: its own
    verb of being, then "at the time" (or its like), and no hospital nor gathering between."""
    clause = _CLAUSE_END.split(rest[:160], maxsplit=1)[0]
    being = _BEING.match(clause)
    time = being and _AT_THE_TIME.search(clause, being.end())
    return bool(time) and not (_HOSPITAL.search(clause) or _GATHERING.search(clause))


def present_then(refined: str | None, rest: str) -> str | None:
    """:data:`THERE` for people read as present (``refined``) whose clause says they were so
    when the event struck ("se trouvaient … au moment de son éruption"), else ``refined``."""
    return THERE if refined == _PRESENT and _then(rest) else refined


def present_there(before: str, rest: str, group: str) -> str | None:
    """:data:`THERE` when the people counted were there when it struck: the verb of existence
    before the number, or the verb and a place after the noun; never in a hospital. Only for
    people of no role: firefighters at the scene are responders, passengers passengers."""
    place = rest[:_REACH]
    if group not in _NO_ROLE or _HOSPITAL.search(place) or _GATHERING.search(place):
        return None
    return THERE if _THERE_WERE.search(before[-60:]) or _WERE_ON.match(rest) or _then(rest) \
        else None
