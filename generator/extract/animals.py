"""Animals counted with what befell them: birds killed and birds rescued are two figures, and
neither is the human toll (trial 38: ten dolphins that died were a count of dolphins with no
outcome, birds rescued and birds killed one figure, and French "phoques … morts" read as the
dead). The outcome is read as for people (:func:`.people_counted.people_outcome`); the group
names the animal as written and what befell it ("birds dead"), so that it is grouped with no
count of people and labelled by both."""

from __future__ import annotations

import re
from functools import lru_cache

from generator.extract.people_counted import people_outcome
from generator.text.counted_words import OUTCOMES

#: Animals a spill, a flood or a fire kills or that rescuers save, by language: the plural
#: nouns after a number, as whole words.
ANIMALS: dict[str, tuple[str, ...]] = {
    "en": ("animals", "birds", "seabirds", "dolphins", "porpoises", "seals", "sea lions",
           "whales", "turtles", "fish", "otters", "cattle", "cows", "sheep", "horses", "dogs",
           "cats", "pets", "livestock", "pigs", "goats", "chickens", "ducks", "pelicans",
           "penguins", "gulls", "swans"),
    "fr": ("animaux", "oiseaux", "dauphins", "phoques", "baleines", "tortues", "poissons",
           "loutres", "bovins", "vaches", "moutons", "chevaux", "chiens", "chats", "cochons",
           "porcs", "volailles", "canards", "mouettes", "goélands", "cygnes", "pingouins"),
    "es": ("animales", "aves", "pájaros", "delfines", "focas", "ballenas", "tortugas", "peces",
           "nutrias", "vacas", "ovejas", "caballos", "perros", "gatos", "cerdos", "gaviotas",
           "patos", "pingüinos", "cabezas de ganado"),
    "it": ("animali", "uccelli", "delfini", "foche", "balene", "tartarughe", "pesci", "lontre",
           "mucche", "pecore", "cavalli", "cani", "gatti", "maiali", "gabbiani", "anatre",
           "capi di bestiame"),
    "pt": ("animais", "aves", "pássaros", "golfinhos", "focas", "baleias", "tartarugas",
           "peixes", "lontras", "vacas", "ovelhas", "cavalos", "cães", "gatos", "porcos",
           "gaivotas", "patos", "pinguins", "cabeças de gado"),
    "de": ("tiere", "vögel", "seevögel", "wasservögel", "delfine", "delphine", "robben",
           "seehunde", "wale", "schildkröten", "fische", "otter", "kühe", "rinder", "schafe",
           "pferde", "hunde", "katzen", "schweine", "möwen", "enten", "schwäne", "pinguine"),
    "nl": ("dieren", "vogels", "zeevogels", "dolfijnen", "bruinvissen", "zeehonden", "walvissen",
           "schildpadden", "vissen", "koeien", "schapen", "paarden", "honden", "katten",
           "varkens", "meeuwen", "eenden", "zwanen"),
}
#: What befell them, as a label says it.
_FATE = {"dead": "dead", "wounded": "injured", "rescued": "rescued", "survivor": "rescued",
         "missing": "missing", "evacuee": "evacuated"}
_FATE_END = re.compile(r" \((?:" + "|".join(sorted(set(_FATE.values()))) + r")\)$")


def animal(noun: str, lang: str) -> str | None:
    """The animal word of ``noun`` (as written, lower case), when it counts animals."""
    m = _animals(lang).search(noun.lower())
    return m.group(0) if m else None


@lru_cache(maxsize=16)
def _animals(lang: str) -> re.Pattern[str]:
    """The language's animal words, whole ("fishermen" is no "fish")."""
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, ANIMALS.get(lang, ("\x00",))))
                      + r")(?!\w)")


def animal_fate(counted: tuple[str, str, int], before: str, rest: str, lang: str
                ) -> tuple[str, str, int]:
    """``counted`` (noun, group, end), its group made the animal and what befell it ("birds
    (dead)") when the noun counts animals and an outcome is read for them; the group the
    table gave when no outcome is read ("bird"), never an outcome of people alone."""
    noun, group, end = counted
    found = animal(noun, lang)
    if found is None:
        return counted
    fate = group if group in _FATE else people_outcome((noun, "person", end), before, rest,
                                                       lang)[1]
    if fate in _FATE and fate in OUTCOMES:
        return noun, f"{found} ({_FATE[fate]})", end
    return (noun, found, end) if group in OUTCOMES else counted


def fate_of_animals(group: str) -> bool:
    """Is ``group`` animals with what befell them (:func:`animal_fate`)? Its label names it."""
    return bool(_FATE_END.search(group))
