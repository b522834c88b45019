"""A distance that measures how far the event reached: the radius around it in which it was heard,
felt or did damage ("heard within a radius of 50 km", "se escuchó en un radio de 50 kilómetros",
"entendue à plus de 10 kilomètres à la ronde"), or how far it was heard or felt, the verb right
before the distance ("felt up to 30 km away", "ressentie jusqu'à 8 km"), unless a compass point
or a named place follows ("felt 90 km to the east", "felt 40 km away in Verlo" say where a place
lies).

The corpus convention (tests/corpus/README.md, "What is a figure") counts such a distance as a
figure of the event, and every other distance :func:`.measures.distance` drops stays dropped:
where a place lies ("the port, 20 km from the capital"), how far a named place is from the
event even where the event was felt ("felt in Nessia, 240 km away": the distance of that place,
set after its name), and where the event happened ("ran aground 6 km north of the entrance"),
which the labels of the dev pages do not tell apart from a place's description by its words. A
vague radius ("several hundred metres", "des kilomètres à la ronde") is the outlet's impression,
no amount to compare outlets by: only a number is proposed.
"""

from __future__ import annotations

import re

from generator.text.quantities import QUANTITY

#: Verbs of the event being heard or felt somewhere: a place named with them is where it was
#: felt, not where it happened (:mod:`.locating`).
FELT_VERB = (r"felt|heard|shook|ressentie?s?|entendue?s?|escuch[óo]|escuchad[oa]s?|o[íi]d[oa]s?|"
             r"sinti[óo]|sentid[oa]s?|ouvid[oa]s?|percebid[oa]s?|avvertit[oaie]|sentit[oaie]|"
             r"udit[oaie]|geh[öo]rt|sp[üu]rbar|zu\s+h[öo]ren|zu\s+sp[üu]ren")
#: Verbs of the event's effect reaching out: heard, felt, shaking, breaking, damaging.
REACH_VERB = re.compile(
    r"(?<!\w)(?:" + FELT_VERB + r"|shattered|damaged|broke|endommag\w*|bris[ée]\w*|"
    r"da[ñn][óo]|dañad[oa]s?|danific\w*|danneggi\w*|besch[äa]digt)(?!\w)", re.I)
#: A radius named before the distance: "within a radius of", "en un radio de", "dans un rayon
#: de", "num raio de", "nel raggio di", "im Umkreis von" (a qualifier may stand between).
_RADIUS_BEFORE = re.compile(
    r"(?:radius\s+of|radio\s+de|rayon\s+de|raio\s+de|raggio\s+di|umkreis\s+von)\s+"
    r"(?:[^\W\d_]+\s+){0,2}$", re.I)
#: All around, said after the distance: "à 10 km à la ronde", "a 5 km a la redonda".
_AROUND_AFTER = re.compile(
    r"\s*(?:à\s+la\s+ronde|a\s+la\s+redonda|in\s+every\s+direction|all\s+around|"
    r"tutt['’]\s*intorno|em\s+redor|ringsum)\b", re.I)
#: The verb of hearing or feeling right before the distance, no place between: "felt up to 30
#: km away", "heard at a distance of 5 km", "ressentie jusqu'à 8 km", "sentido a 20 km".
_HEARD_AT_BEFORE = re.compile(
    r"(?:felt|heard|ressentie?s?|entendue?s?|sentid[oa]s?|o[íi]d[oa]s?|escuchad[oa]s?|"
    r"percebid[oa]s?|ouvid[oa]s?|avvertit[oaie]|sentit[oaie]|udit[oaie]|sp[üu]rbar|zu\s+h[öo]ren)"
    r"\s+(?:(?:at|à|a|up\s+to|jusqu['’]à|hasta|fino\s+a|até|bis)\s+)?"
    r"(?:(?:a\s+distance\s+of|une\s+distance\s+de|una\s+distancia\s+de|plus\s+de|more\s+than|"
    r"over|some|about|environ|unos|cerca\s+de|circa|etwa)\s+)?$", re.I)
#: A compass point after a distance, in every corpus language ("45 miles southwest of", "to the
#: east", "à 20 km au nord-est", "a 900 chilometri a est", "70 Kilometer östlich von", "a 35 km
#: ao sul de", "a 175 kilómetros al noroeste de"): where a place lies.
COMPASS = (r"(?:to\s+the\s+)?(?:(?:north|south)-?(?:east|west)?|east|west)|"
           r"(?:nord|süd)?(?:öst|west)lich|nördlich|südlich|"
           r"(?:au|du|al|del|ao|à\s+l['’]|a)\s*(?:(?:nord|sud)(?:-?(?:est|ouest|ovest))?|"
           r"(?:nor|sur|sud)(?:oeste|este)|nordeste|norte|sur|sul|est|este|leste|ouest|oeste|"
           r"ovest|l['’]est|l['’]ouest)")
_COMPASS_AFTER = re.compile(r"\s*(?:" + COMPASS + r")\b", re.I)
#: A named place after the distance, where the event was felt ("heard 40 km away in Verlo",
#: "percebido a 40 km em Verlo", "ressentie à 30 km à Morvel"): how far that place lies, as in
#: "felt in Nessia, 240 km away". What it was heard from ("from the plant", "de Calvera") is
#: the event's own place: the distance stays its reach.
_PLACE_AFTER = re.compile(
    r"\s*(?:away\s+|off\s+)?,?\s*(?:in|at|em|en|à|a|no|na|nel|nella|au|im|in\s+der)\s+"
    r"(?:the\s+|la\s+|le\s+|el\s+|o\s+|il\s+)?(?:(?:city|town|village|island|ville|"
    r"ciudad|pueblo|isla|cidade|ilha|città|isola|paese|Stadt|Ort|Insel)\s+(?:of|de|di|von)"
    r"\s+)?(?-i:[A-ZÀ-Þ])", re.I)
#: The counted head of a reached distance: its own group, apart from the lengths of things.
REACHED = "distance"
#: How far around the number the verb of a radius may stand, within its clause.
_VERB_REACH = 120


def reach(q, text: str) -> bool:
    """Whether the length ``q`` of the sentence ``text`` measures how far the event reached
    (module docstring): a radius with a verb of hearing, feeling or damaging near it, or the
    distance right after such a verb, no compass point after it."""
    if q.kind != QUANTITY or q.value is None:
        return False
    start = q.written_start
    stop = q.written_end
    if _HEARD_AT_BEFORE.search(text, max(0, start - 80), start):
        # "felt 90 km to the east", "percebido a 40 km em Verlo": where a place lies
        return not (_COMPASS_AFTER.match(text, stop) or _PLACE_AFTER.match(text, stop))
    if not (_RADIUS_BEFORE.search(text, max(0, start - 40), start)
            or _AROUND_AFTER.match(text, stop)):
        return False
    # the verb's clause: not past a semicolon, a colon or a dash ("…; the hospital lies within a
    # radius of 5 km" is no reach of the blast named before)
    low = max(max(text.rfind(c, 0, start) for c in ";:—–") + 1, start - _VERB_REACH, 0)
    ends = [i for i in (text.find(c, stop) for c in ";:—–") if i >= 0]
    high = min(ends + [stop + _VERB_REACH])
    return bool(REACH_VERB.search(text, low, high))
