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

People held or at work in the struck place are there as well, with the verbs that say so: "donde
hay unas 900 reclusas", "900 femmes étaient emprisonnées dans le secteur", "waren rund 900 Frauen
untergebracht", "Había 580 mineros durante la explosión", "787 mineros que se hallaban en la
zona", "ci fossero 580 persone al lavoro", "787 employés se trouvaient dans la mine" (the spent
set s39, a mine, four sites in three languages; pool spfig4, a prison, three sites in three
languages). The inmates, the miners and the workers of the place count as people of no role
here (:func:`held_or_at_work`): they have no measure of their own, unlike the responders.
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
    r"|\bhay|\bci\s+(?:fossero|fosse|sono)"
    r"|\bil\s+y\s+avait|\bes\s+waren|\bbefanden\s+sich|\bhavia|\bestavam)\s+"
    rf"(?:{_QUALIFIER}\s+)?$", re.I)
#: A place word after the count's noun (its copula first, in English), or, in German, the place
#: then the verb closing the clause.
_WERE_ON = re.compile(
    r"^\s*(?:(?:were|was|had\s+been)\s+(?:on|in|at|near|inside|aboard)\b"
    r"|(?:auf|in|an)\s+(?:der|dem|den)\s+\w+\s+(?:waren|gewesen\s+waren|gewesen\s+sind)\b"
    r"|(?:étaient|se\s+trouvaient)\s+(?:sur|dans|à|près)\b"
    r"|(?:erano|si\s+trovavano)\s+(?:su|sul|sull|nel|nell|in|a|vicino)\b"
    r"|(?:estaban|se\s+encontraban|(?:que\s+)?se\s+hallaban)\s+(?:en|sobre|cerca)\b"
    # held there: "étaient emprisonnées dans", "were held in", "estaban recluidas en", "waren …
    # untergebracht" (the German participle closes the clause, right after the noun)
    r"|(?:were|are)\s+(?:held|housed|imprisoned|incarcerated|detained)\s+(?:in|at)\b"
    r"|(?:étaient|sont)\s+(?:emprisonn|détenu|incarcér)\w*\s+(?:dans|à)\b"
    r"|(?:estaban|están)\s+(?:recluid|detenid|encarcelad|alojad)\w*\s+en\b"
    r"|(?:erano|sono)\s+(?:detenut|rinchius|reclus)\w*\s+(?:in|nel|nell|a)\b"
    r"|(?:untergebracht|inhaftiert|eingesperrt|interniert)\b)", re.I)
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
#: People held or at work in the place the event struck, by their noun or its lemma: its
#: inmates and its workers, whom no measure of their own names (the responders and those on
#: board have theirs).
_HELD_OR_AT_WORK = re.compile(
    r"(?:employ|emplead|dipendent|ouvri|trabajador|lavorator|arbeiter|worker|miner|minatore"
    r"|minatori|mineur|bergleute|bergmann|kumpel|détenu|detenut|detenid|reclus|prisonn|prisoner"
    r"|inmate|häftling|gefangen|carcerat)\w*$", re.I)


def held_or_at_work(noun: str) -> bool:
    """Whether the last word of a counted noun (or a group's lemma) names people held or at
    work in a place: "reclusas", "mineros", "employés", "prisoner"."""
    words = noun.split()
    return bool(words) and bool(_HELD_OR_AT_WORK.match(words[-1]))
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


def present_then(refined: str | None, rest: str, noun: str = "") -> str | None:
    """:data:`THERE` for people read as present (``refined``) whose clause says they were so
    when the event struck ("se trouvaient … au moment de son éruption"), or who are held or at
    work in a place named right after ("787 employés se trouvaient dans la mine": ``noun``, the
    counted noun or its group),
    else ``refined``."""
    if refined != _PRESENT:
        return refined
    at_work = held_or_at_work(noun) and _WERE_ON.match(rest) and not (
        _HOSPITAL.search(rest[:_REACH]) or _GATHERING.search(rest[:_REACH]))
    return THERE if _then(rest) or at_work else refined


def present_there(before: str, rest: str, group: str) -> str | None:
    """:data:`THERE` when the people counted were there when it struck: the verb of existence
    before the number, or the verb and a place after the noun; never in a hospital. Only for
    people of no role, or held or at work there (:func:`held_or_at_work`): firefighters at the
    scene are responders, passengers passengers."""
    place = rest[:_REACH]
    if not (group in _NO_ROLE or held_or_at_work(group)) or _HOSPITAL.search(place) \
            or _GATHERING.search(place):
        return None
    return THERE if _THERE_WERE.search(before[-60:]) or _WERE_ON.match(rest) or _then(rest) \
        else None
