"""A height that says where a place stands, not a size of the event: above the sea ("3.343 m
a.s.l.", "1420 m.ü.M."), a mountain's or a range's height or extent ("un cerro de 2950
metros", "uma montanha com 2.950 metros", "the 2,950m (9,678ft) Vargo mountain"), a place's
altitude after a verb of where it stands ("que está a 2.950 metros de altura"); and the
altitude words that tell how high something flew (read by :mod:`.measures`)."""

from __future__ import annotations

import re

from generator.extract.amounts.locating import tells_of_event
from generator.extract.amounts.temperature import READING_BEFORE
from generator.text.number_words import qualifier_words
from generator.text.place_words import (
    ABOVE_SEA,
    LANDFORM_AFTER,
    LANDFORM_BEFORE,
    LIES_AT,
    NO_HEIGHT_AFTER,
)

LENGTH_UNITS = {"km", "m", "cm", "mile", "foot", "yard", "nautical_mile", "metre", "meter"}
_ABOUT = qualifier_words("about", "nearly")
#: An altitude named before the number ("at an altitude of 9,000 metres", "à une altitude de",
#: "a una altitud de", "in una quota di", "in einer Flughöhe von") or a verb of flying right
#: before it ("flying at 30,000 feet", "climbed to 35,000ft", "volaba a", "volait à", "flog in").
ALTITUDE_BEFORE = re.compile(
    r"(?:\b(?:altitude|altitud|altitudine|quota|Flugh[öo]he|cruising\s+height)\s+(?:of|de|d['’]|"
    r"di|von)|\b(?:fl(?:ying|ew|ies|y)|cruis\w*|climb\w*|descend\w*|plung\w*\s+from|"
    r"volaba|volaban|volait|volaient|volava|volavano|voava|voavam|flog|fliegt)\s+"
    r"(?:at|to|à|a|in|auf|en|em)|\bat\s+an?\s+(?:altitude|height)\s+of)"
    rf"\s+(?:(?:{_ABOUT})\s+)?$", re.I)
#: An altitude named after the number, a preposition of place before it: "à 10 000 pieds
#: d'altitude", "a 9.000 metros de altitud", "a 10.000 piedi di quota", "in 10.000 Fuß Höhe",
#: "a 30.000 pies de altura" ("un edificio de 40 metros de altura" is a size: no "a" before).
ALTITUDE_AFTER = re.compile(r"\s*(?:d['’]altitude|de\s+(?:altitud|altitude|altura)|"
                            r"di\s+(?:quota|altitudine)|(?:Flug)?h[öo]he)\b", re.I)


#: The same height in another unit, in brackets between the height and what it is ("at 2,200m
#: (7,200ft) above sea level": spent s37, as "the 2,950m (9,678ft) Vargo mountain" in s34).
_RESTATED = re.compile(r"\s*\([^()]{1,25}\)")


def _after_restated(text: str, stop: int) -> int:
    """Where the words after a height begin, past a bracketed restatement of it."""
    restated = _RESTATED.match(text, stop)
    return restated.end() if restated else stop


def above_sea_level(q, text: str, lang: str = "en") -> bool:
    """Whether the length ``q`` is a height above the sea (``place_words.ABOVE_SEA``) that
    describes a place: not said of something flying ("flying at 10,000 feet above sea level"
    stays an altitude), nor in a clause that tells of the event ("the plane crashed at 1,800 metres
    above sea level", "la valanga si è staccata a 3.200 metri sul livello del mare"): there it
    says where the event happened, which outlets give and may disagree on, as a distance that
    locates the event (:func:`.locating.tells_of_event`); nor a level reached ("the surge
    peaked at 3.1 metres above sea level", "stieg auf 1,8 Meter über dem Meeresspiegel"),
    which is a reading of the event as a temperature is (:data:`.temperature.READING_BEFORE`)."""
    start = q.written_start
    stop = q.written_end
    return (q.unit in LENGTH_UNITS and bool(ABOVE_SEA.match(text, _after_restated(text, stop)))
            and not ALTITUDE_BEFORE.search(text, max(0, start - 60), start)
            and not tells_of_event(text, start, stop, lang)
            and not READING_BEFORE.search(text, max(0, start - 60), start))


#: A verb of reaching a few words before a height: "reached a peak of 5.2 metres", "alcanzó un
#: pico de 5 metros" tell a reading of the event, where "el Giewont, un pico de 1.895 metros"
#: tells a mountain's height (s40: peaks' heights on three sites).
_REACHED = re.compile(r"\b(?:reach\w*|hit|hits|hitting|alcanz\w*|lleg\w*|atteint|atteign\w*"
                      r"|raggiun\w*|toccat\w*|erreicht\w*|stieg|atingi\w*|osiągn\w*|sięg\w*)"
                      r"\s+(?:\w+\s+){0,2}\w+\s+(?:of|de|di|von|o)\s+$", re.I)


def landform_height(q, text: str) -> bool:
    """Whether the length ``q`` is the height of a mountain or a volcano, its noun right before
    ("un cerro de 2950 metros", "le mont Vargo, haut de 2950 m", "uma montanha com 2.950
    metros") or the length its attribute ("the 2,950-metre summit", "ein 2950 Meter hoher
    Berg"), or the altitude a place stands at ("que está a 2.950 metros de altura",
    ``place_words.LIES_AT``): the place described, which every outlet gives alike, not a size
    of the event (``place_words.LANDFORM_BEFORE``)."""
    start = q.written_start
    stop = q.written_end
    if NO_HEIGHT_AFTER.match(text, stop):
        return False  # "the volcano, 8 km long": a lava flow's length, not the volcano's height
    if _REACHED.search(text, max(0, start - 40), start):
        return False  # "the river reached a peak of 5.2 metres": a reading, not a mountain
    return bool(LANDFORM_BEFORE.search(text, max(0, start - 60), start)
                or LANDFORM_AFTER.match(text, stop)
                or (LIES_AT.search(text, max(0, start - 60), start)
                    and (ALTITUDE_AFTER.match(text, stop) or ABOVE_SEA.match(text, stop))))


