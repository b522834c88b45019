"""Holidays and the days named after them ("Christmas Eve", "Boxing Day", "Heiligabend"): days,
no one's name.

Copy capitalises them as it does names, so the name reader takes them for actors: trial 35 (a
blizzard over the Christmas weekend) was offered "Christmas Day", "Christmas Eve" and
"Christmas" as one actor's three spellings. A day is a date, as the weekdays and the months
(:data:`generator.text.lexicon.NOT_NAMES`) are.
"""

from __future__ import annotations

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
