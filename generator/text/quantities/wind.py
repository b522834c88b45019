"""A wind's speed written without "per hour" (issue #16, trial 19's leftover): weather copy drops
the hour ("winds of 110 km", "gusts up to 90 km", "des rafales de 110 km", "Böen von bis zu 110
Kilometern"), and read as a length the speed grouped with the story's distances. A kilometre or
mile count right after a word of the wind, with only words of measuring or of reaching between
("of", "up to", "reaching", "de", "hasta", "von bis zu"), is a speed; a length the wind drove
something ("pushed the fire 12 km"), felt from afar ("felt 200 km inland") or any other stays a
length, and so does one a length word follows ("winds over 200 km of coast", "at 10 km
altitude", "de 40 kilómetros de ancho": review 19)."""

from __future__ import annotations

import re
from dataclasses import replace

from generator.text.quantities.model import QUANTITY, Quantity

#: A word of the wind, in the corpus languages (lower case).
WIND_WORDS = (r"winds?|gusts?|gusting|wind\s+speeds?|rafales?|vents?|vientos?|rachas?|"
              r"raffiche|raffica|venti|vento|ventos|rajadas?|böen|windböen|sturmböen|orkanböen|"
              r"wind(?:geschwindigkeiten)?|wiatr|wiatru|wiatrem|porywy|windstoten")
#: A word of the wind, then only words of measuring or reaching, right before the amount (the
#: text is folded to lower case).
_WIND_BEFORE = re.compile(
    rf"(?<![^\W\d_])(?:{WIND_WORDS})"
    r"(?:[ \u00a0]+(?:of|up|to|reaching|reached|topping|topped|exceeding|exceeded|over|above|"
    r"more|than|at|hit|hitting|peaked|peaking|blowing|gusting|as|high|as\s+much|strong|"
    r"was|were|de|des|d['’]|jusqu['’]à|atteignant|allant|plus|hasta|alcanzando|más|superiores|"
    r"a|à|di|fino|oltre|superiori|von|mit|bis|zu|über|até|acima|com|with|speeds?|vitesse|"
    r"velocidad|velocità|velocidade))*[ \u00a0]+$")
#: A length word after the amount (review 19): "winds at 10 km altitude", "winds over 200 km of
#: coast", "vientos de 40 kilómetros de ancho", "30 km wide", "felt 200 km inland": the wind's
#: reach or height, not its speed ("gusts of 90 km de velocidad" stays a speed).
_LENGTH_AFTER = re.compile(
    r"[ \u00a0]*(?:of[ \u00a0]+[^\W\d_]|de[ \u00a0]+(?!velocidad|vitesse|velocit)[^\W\d_]|"
    r"d['’][^\W\d_]|(?:in[ \u00a0]+)?altitude|inland|wide|long|across|above[ \u00a0]+"
    r"(?:the[ \u00a0]+)?(?:ground|sea)|high\b|away|tierra[ \u00a0]+adentro)")
#: "At" or "over" between the wind word and the amount is its speed's only after a word of speed
#: or gusts, "of" or a verb of blowing ("gusts at 90 km", "speeds over 100", "winds of over
#: 120"); "winds at 10 km altitude", "winds over 200 km of coast" are places.
_AT_OR_OVER = re.compile(r"(?<![^\W\d_])(?:at|over)(?![^\W\d_])")
_SPEED_BEFORE_AT = re.compile(
    r"(?<![^\W\d_])(?:speeds?|gusts?|gusting|of|blowing|blew|reaching|reached|peaking|peaked|"
    r"topping|hitting)[ \u00a0]+$")
#: The lengths such a speed is written in, and the speed each stands for.
_SPEED_OF = {"km": "km_per_hour", "mile": "mile_per_hour"}
_SPEEDS = frozenset(_SPEED_OF.values()) | {"knot"}


def as_speeds(found: list[Quantity], folded: str) -> list[Quantity]:
    """``found`` with each kilometre or mile count right after a word of the wind read as a
    speed, and no number read in the wind word itself (module docstring)."""
    out = []
    for q in found:
        start = q.written_start
        m = (_WIND_BEFORE.search(folded, max(0, start - 60), start)
             if q.kind == QUANTITY and (q.unit in _SPEED_OF or q.unit in _SPEEDS) else None)
        if m and q.unit in _SPEED_OF and not _LENGTH_AFTER.match(folded, q.written_end) \
                and all(_SPEED_BEFORE_AT.search(folded, m.start(), a.start())
                        for a in _AT_OR_OVER.finditer(folded, m.start(), start)):
            q = replace(q, unit=_SPEED_OF[q.unit])
        if m and q.unit in _SPEEDS:  # Italian "venti di 230 km/h": winds, not twenty
            out = [p for p in out if p.start != m.start()]
        out.append(q)
    return out


#: A word of the wind right after the amount, its unit between ("140mph winds", "a 250 km/h
#: gust").
_WIND_AFTER = re.compile(rf"[ \u00a0‐‑-]*(?:{WIND_WORDS})(?![^\W\d_])")
#: A word of the wind a few words before the amount in its clause, no comma or number between
#: ("gusts of wind that reached 300 km/h", "vientos que alcanzaron 230 km/h").
_WIND_NEAR_BEFORE = re.compile(rf"(?<![^\W\d_])(?:{WIND_WORDS})"
                               r"(?:[ \u00a0]+[^\W\d_]+(?:['’][^\W\d_]+)?){0,4}[ \u00a0]+$")


def of_the_wind(q, text: str) -> bool:
    """Whether the speed ``q`` of ``text`` is the wind's: a word of the wind stands right before
    it, a few words of its clause between, or right after it. A train's or a convoy's
    speed in a sentence that also tells of a storm's winds is not (review 25: "the train, at 120
    km/h, derailed as the hurricane's winds …" had kept the train's speed as the storm's)."""
    start = q.written_start
    end = q.written_end
    return bool(_WIND_NEAR_BEFORE.search(text[max(0, start - 60):start].lower())
                or _WIND_AFTER.match(text[end:end + 40].lower()))
