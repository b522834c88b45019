"""The words for animals, by language: a spill, a flood or a fire counts the animals it kills
and those rescuers save, and a count of them is never a count of people
(:mod:`generator.extract.counts.animals` reads what befell them)."""

from __future__ import annotations

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
