"""What a number counts in Slovenian, Croatian, Estonian and Finnish (issue 16): the counted words
of :mod:`generator.text.counted_words`, kept in a module of their own and merged into its table
by group, as :mod:`generator.text.counted_words_more` is. Entries are lower-case beginnings of
words, as there.

All four languages decline the counted noun, and the table's beginnings are the stems the
cases share ("poškodovan" covers "poškodovani", "poškodovanih"; "loukkaantu" covers
"loukkaantui", "loukkaantunut", "loukkaantuneet"; "hukk" covers "hukkus", "hukkunud"). A noun
after a number is in the genitive (Slovenian, Croatian: "šest oseb", "pet osoba") or the
partitive singular (Estonian, Finnish: "neli inimest", "kolme matkustajaa"), which the stems
cover too. The verb of what befell them often comes first ("hukkus 22-aastane mees", "sai
vigastada neli inimest"), which the outcome reader finds before the number as it does in the
other languages.
"""

from __future__ import annotations

COUNTED_INFLECTED: dict[str, dict[str, tuple[str, ...]]] = {
    "dead": {
        # (the stems of four letters with their forms written out: a stem under five letters
        # matches only itself where a figure's terms look for the dead, check/terms.py)
        "sl": ("mrtv", "mrtvih", "mrtvi", "umrl", "umrla", "umrli", "umrlo", "smrtn", "žrtev",
               "žrtve", "trupl",
               "izgubil življenje", "izgubila življenje", "izgubili življenje",
               "življenje izgubil", "preminil", "utonil", "zgorel"),
        "hr": ("mrtv", "mrtvih", "mrtvi", "poginu", "preminu", "umro", "umrl", "umrli", "umrla",
               "smrtno stradal", "stradal",
               "izgubio život", "izgubila život", "izgubili život", "život izgubi", "žrtv",
               "tijel", "beživotn", "utopi", "izgorje"),
        "et": ("hukk", "hukkus", "hukkusid", "hukkunud", "hukkunu", "surn", "surnud",
               "sai surma", "said surma", "suri", "surid", "kaotas elu",
               "kaotasid elu", "jättis elu", "jätsid elu", "uppus", "uppunu"),
        "fi": ("kuol", "kuoli", "kuolivat", "kuollut", "kuolleet", "kuolleita", "menehty",
               "sai surmansa", "saivat surmansa", "menetti henkensä",
               "menettivät henkensä", "hukku"),
    },
    "wounded": {
        "sl": ("ranjen", "poškodovan", "poškodoval", "huje poškodovan", "lažje poškodovan",
               "hudo poškodovan", "v bolnišnic", "prepeljali v bolnišnic",
               "odpeljali v bolnišnic", "nadihal", "zastrupil", "opečen"),
        "hr": ("ozlijeđ", "ozljeđ", "ozlijedi", "ranjen", "povrijeđ", "povređ", "prevezen",
               "u bolnic", "hospitaliz", "zbrinut", "opečen", "otrovan"),
        "et": ("vigast", "sai viga", "said viga", "viga saanud", "kannatan", "haiglasse",
               "toimetati haiglasse", "viidi haiglasse", "põletushaav", "mürgistus"),
        "fi": ("loukkaantu", "loukkaantun", "vammautu", "haavoittu", "sairaala",
               "vakavasti loukkaantu", "lievästi loukkaantu", "vammoja", "palovamm",
               "savumyrkytyk"),
    },
    "missing": {
        "sl": ("pogreša", "pogrešan"), "hr": ("nestal", "nestao", "nestale"),
        "et": ("kadunud", "kadunuks", "kadunut"), "fi": ("kadoksissa", "kadonn", "kateissa"),
    },
    "evacuee": {
        "sl": ("evakuiran", "evakuiral", "evakuacij", "brez strehe", "brez doma"),
        "hr": ("evakuiran", "evakuira", "evakuacij", "bez krova", "bez doma", "beskućn"),
        "et": ("evakueer", "kodu kaotanud", "kodutu"),
        "fi": ("evakuoi", "evakuoiti", "kodittom"),
    },
    "rescued": {
        "sl": ("rešen", "rešil", "preživel"), "hr": ("spašen", "spasil", "spasio", "preživ"),
        "et": ("päästeti", "päästetud", "ellujää"), "fi": ("pelastet", "pelastettiin",
                                                           "eloonjää", "selvisi"),
    },
    "person": {
        "sl": ("oseb", "ljudi", "ljudje", "otrok", "otroci", "odrasl", "moški", "moških",
               "žensk", "delavc", "voznik", "voznic", "državljan", "udeleženc", "pešc",
               "turist", "mladoletn"),
        "hr": ("osob", "ljudi", "djec", "dijete", "djece", "odrasl", "muškar", "žen", "radnik",
               "vozač", "državljan", "pješa", "turist", "maloljet", "mladić", "djevojk"),
        "et": ("inimes", "inimest", "isik", "last ", "lapse", "lapsed", "meest", "mehed",
               "naist", "naised", "noort", "noored", "täiskasvan", "töötaja", "juhti",
               "jalakäija", "turist"),
        "fi": ("ihmi", "henkilö", "lasta", "lapsi", "lapset", "aikuis", "nuorta", "nuoret",
               "miestä", "miehet", "naista", "naiset", "kuljettaja", "työntekijä",
               "jalankulkija", "turisti"),
    },
    "resident": {
        "sl": ("prebival", "stanovalc", "stanovalk", "stanovalec", "občan"),
        "hr": ("stanovnik", "stanovnic", "stanar"),
        "et": ("elanik",), "fi": ("asukas", "asukkaat", "asukkai"),
    },
    "responder": {
        "sl": ("gasilc", "gasilec", "gasilk", "reševalc", "reševalec", "potaplja"),
        "hr": ("vatrogas", "spasioc", "spasilac", "spasilaca", "ronioc", "ronilac"),
        "et": ("päästja", "tuletõrju", "päästekomando", "kiirabibrigaad"),
        "fi": ("palomie", "pelastaja", "sammuttaj", "pelastusyksik"),
    },
    "police": {
        "sl": ("policist",), "hr": ("policaj", "policijskih službenik",
                                    "policijska službenik", "policijski službenic"),
        "et": ("politseinik",), "fi": ("poliisia", "poliisit", "poliiseja"),
    },
    "soldier": {
        "sl": ("vojak", "vojaki"), "hr": ("vojnik", "vojnic"), "et": ("sõdur",),
        "fi": ("sotila",),
    },
    "building": {
        "sl": ("stanovanj", "hiš", "stavb", "objekt"),
        "hr": ("kuć", "zgrad", "stanova", "stana ", "stanovi", "objekt"),
        "et": ("maja", "hoone", "korter"), "fi": ("talo", "rakennu", "asunto", "asuntoa"),
    },
}

#: The services' vehicles, as :data:`.counted_words.EMERGENCY_VEHICLES`: Slovenian writes them
#: in the instrumental after a number ("z desetimi vozili", with ten vehicles), the one case no
#: vehicle of the crash itself is counted in.
EMERGENCY_VEHICLES_INFLECTED: dict[str, tuple[str, ...]] = {
    "sl": ("vozili", "gasilskimi vozili", "reševalnimi vozili", "helikopter"),
    "hr": ("vatrogasnih vozila", "vatrogasna vozila", "vozila hitne", "helikopter"),
    "et": ("päästeautot", "päästeautoga", "kiirabibrigaadi", "päästemeeskonda"),
    "fi": ("yksiköllä", "yksikköä", "paloautoa", "ambulanssia", "helikopteri"),
}
