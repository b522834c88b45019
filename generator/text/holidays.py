"""Holidays and the days named after them ("Christmas Eve", "Boxing Day", "Heiligabend"): days,
no one's name.

Copy capitalises them as it does names, so the name reader takes them for actors: trial 35 (a
blizzard over the Christmas weekend) was offered "Christmas Day", "Christmas Eve" and
"Christmas" as one actor's three spellings. A day is a date, as the weekdays and the months
(:data:`generator.text.lexicon.NOT_NAMES`) are.
"""

from __future__ import annotations

import re
from calendar import month_name

#: Holidays of the corpus languages, as copy writes them (not those that are also surnames or
#: places: "Natal", "Pasqua", "Toussaint", "Ramadan").
HOLIDAYS = frozenset({
    "Christmas", "Xmas", "Easter", "Thanksgiving", "Halloween", "Hanukkah", "Passover",
    "Pentecost", "Whitsun", "Good Friday", "New Year", "New Year's", "New Year’s",
    "Weihnachten", "Heiligabend", "Silvester", "Ostern", "Pfingsten", "Neujahr",
    "Noël", "Pâques", "Réveillon", "Saint-Sylvestre", "Nouvel An",
    "Navidad", "Nochebuena", "Nochevieja", "Año Nuevo", "Semana Santa",
    "Natale", "Capodanno", "Ferragosto", "Vigilia di Natale", "Ano Novo",
    "Kerstmis", "Kerstavond", "Oudjaarsavond", "Nieuwjaar", "Koningsdag",
})
#: Words that are a holiday only with the word of its day after them ("Labor Day", not the
#: party "Labor"; "Independence Day", not the town).
_WITH_DAY = frozenset({"Independence", "Memorial", "Labor", "Labour", "Veterans", "Veterans'",
                       "Boxing", "Valentine's", "Valentine’s", "Election", "Remembrance"})
#: Words that name a holiday's day after it ("Christmas Day", "Easter Monday", "New Year's
#: Eve").
_DAY_WORDS = ("Day", "Eve", "Sunday", "Monday", "Weekend", "Holiday", "Holidays")


def is_holiday(name: str) -> bool:
    """Whether ``name`` is a holiday or a day named after one ("Christmas Eve", "Easter
    Monday", "Labor Day"), not an actor."""
    words = name.split()
    stem = words[:-1] if len(words) > 1 and words[-1] in _DAY_WORDS else words
    return " ".join(stem) in HOLIDAYS or (stem != words and " ".join(stem) in _WITH_DAY)


#: Holidays on a fixed day of the year, as copy dates an event by them ("on Christmas Day", "am
#: ersten Weihnachtstag", "le jour de Noël", "el día de Navidad", "il giorno di Natale", "no
#: dia de Natal"): a pattern of the corpus languages, and the day and month it names. Trial 39
#: (a jailbreak on Christmas Day) got no date, and "Christmas Day after a riot" became a
#: placeholder "Day after a riot". Movable feasts (Easter, Pentecost) are left out.
FIXED_DAYS: tuple[tuple[str, int, int], ...] = (
    (r"Christmas\s+Day|(?:ersten\s+)?Weihnachts(?:feier)?tag|jour\s+de\s+No[ëe]l|"
     r"d[íi]a\s+de\s+Navidad|giorno\s+di\s+Natale|dia\s+de\s+Natal", 25, 12),
    (r"zweiten\s+Weihnachts(?:feier)?tag|Boxing\s+Day", 26, 12),
    (r"Christmas\s+Eve|Heilig(?:abend|en\s+Abend)|veille\s+de\s+No[ëe]l|r[ée]veillon\s+de\s+"
     r"No[ëe]l|Nochebuena|vigilia\s+di\s+Natale|v[ée]spera\s+de\s+Natal", 24, 12),
    (r"New\s+Year['’]s\s+Eve|Silvester(?:abend|nacht)?|Saint-Sylvestre|Nochevieja", 31, 12),
    (r"New\s+Year['’]s\s+Day|Neujahr(?:stag)?|jour\s+de\s+l['’]an|d[íi]a\s+de\s+A[ñn]o\s+Nuevo|"
     r"dia\s+de\s+Ano\s+Novo", 1, 1),
)
#: Every fixed holiday in one pattern, whole words, any case of the first letter.
FIXED_DAY = r"(?<![\w-])(?:" + "|".join(p for p, _d, _m in FIXED_DAYS) + r")(?![\w-])"


def fixed_day(expression: str) -> str | None:
    """The day a fixed holiday names, written as the date resolver reads it ("25 December"),
    or None."""
    for pattern, day, month in FIXED_DAYS:
        if re.fullmatch(pattern, expression.strip(), re.I):
            return f"{day} {month_name[month]}"
    return None
