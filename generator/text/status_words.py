"""The outcomes of the people an event's inquiry holds or names, and where the people at the
scene stand, a rule table merged into :data:`generator.text.counted_words.COUNTED`: "eleven
were detained", "some 30 are under investigation", "twelve are still trapped", "1,500 attended
the concert", "64 have been located" are counts of their own kinds (s11 and trial 24, issue
#16: drafted as generic "people", they joined the crowd at the scene and each other). Entries
are lower-case beginnings of words, as there.
"""

from __future__ import annotations

#: Cut off from the world, or left without power, water or a telephone line, by language
#: (beginnings of words, lower case): what a storm, a flood or a fire does to people, homes and
#: places it reaches without hurting anyone, an ``affected`` count (chk50f, the figure
#: checklist: "300 homes without power", "500 foyers privés d'électricité", "12 Gemeinden
#: abgeschnitten", "viviendas sin luz", "famiglie senza corrente", "aldeias isoladas").
CUT_OFF: dict[str, tuple[str, ...]] = {
    "en": ("without power", "without electricity", "without water", "without running water",
           "without heat", "cut off", "isolated"),
    "fr": ("privé d", "privés d", "privée d", "privées d", "sans électricité", "sans courant",
           "sans eau", "coupés du monde",
           "coupées du monde", "coupé du monde", "isolé", "plongés dans le noir"),
    "es": ("sin luz", "sin electricidad", "sin suministro", "sin agua", "sin corriente",
           "aislad", "incomunicad"),
    "it": ("senza corrente", "senza luce", "senza elettricità", "senza energia", "senz'acqua",
           "senza acqua", "isolat", "al buio"),
    "pt": ("sem eletricidade", "sem electricidade", "sem energia", "sem luz", "sem água",
           "isolad"),
    "de": ("ohne strom", "ohne wasser", "abgeschnitten", "von der außenwelt abgeschnitten"),
}
#: Homes, and the people living in them counted by household, by language (beginnings of the
#: last word of a counted noun, lower case).
_HOMES: dict[str, tuple[str, ...]] = {
    "en": ("homes", "houses", "households", "properties", "customers", "families"),
    "fr": ("foyers", "logements", "maisons", "habitations", "abonnés", "clients", "familles"),
    "es": ("viviendas", "casas", "hogares", "abonados", "clientes", "familias"),
    "it": ("case", "abitazioni", "famiglie", "utenze", "utenti", "clienti"),
    "pt": ("casas", "residências", "habitações", "domicílios", "lares", "clientes", "famílias"),
    "de": ("haushalt", "häuser", "wohnungen", "gebäude", "kunden", "familien"),
}
#: Places people live in, by language (the same kind of table): a count of them the event
#: struck is a figure (the corpus labels' ``affected``), one merely named is not.
PLACES: dict[str, tuple[str, ...]] = {
    "en": ("villages", "towns", "communities", "hamlets", "neighbourhoods", "neighborhoods",
           "districts", "counties", "municipalities", "localities", "settlements"),
    "fr": ("villages", "communes", "hameaux", "quartiers", "localités"),
    "es": ("pueblos", "municipios", "localidades", "aldeas", "barrios", "pedanías", "comunidades"),
    "it": ("frazioni", "comuni", "paesi", "borghi", "località", "quartieri"),
    "pt": ("aldeias", "municípios", "localidades", "povoações", "bairros", "comunidades"),
    "de": ("gemeinden", "dörfer", "ortschaften", "ortsteile", "stadtteile"),
}
#: Homes and places: counted with a word of :data:`CUT_OFF` after them, the homes and places
#: the event reached (:func:`generator.extract.counts.people_counted.homes_reached`); without one,
#: the things they are.
HOMES_AND_PLACES: dict[str, tuple[str, ...]] = {
    lang: _HOMES[lang] + PLACES[lang] for lang in _HOMES}
#: Verbs of destruction or of striking, right before a count of :data:`PLACES` they took as
#: their object, by language (whole words, lower case): "the water swept away two villages",
#: "l'eau a balayé deux villages", "arrasó dos aldeas" count places the event struck, an
#: ``affected`` figure (chk52b; tests/corpus/README.md). Homes destroyed stay a count.
LAID_WASTE: dict[str, tuple[str, ...]] = {
    "en": ("swept away", "washed away", "wiped out", "wiped away", "destroyed", "razed",
           "flattened", "devastated", "engulfed", "submerged", "flooded", "buried", "struck",
           "hit", "ravaged", "cut off", "isolated"),
    "fr": ("balayé", "rasé", "détruit", "dévasté", "englouti", "submergé", "emporté", "inondé",
           "ravagé", "frappé", "touché", "enseveli", "isolé"),
    "es": ("arrasó", "arrasaron", "arrasado", "destruyó", "destruyeron", "destruido", "devastó",
           "devastado", "sepultó", "sepultado", "inundó", "inundado", "anegó", "barrió",
           "golpeó", "azotó", "afectó", "aisló"),
    "it": ("spazzato via", "distrutto", "devastato", "travolto", "sommerso", "allagato",
           "inondato", "colpito", "sepolto", "isolato", "raso al suolo"),
    "pt": ("arrasou", "arrasaram", "arrasado", "destruiu", "destruíram", "destruído", "devastou",
           "devastado", "varreu", "soterrou", "inundou", "inundado", "atingiu", "isolou"),
    "de": ("zerstörte", "zerstört", "verwüstete", "verwüstet", "überflutete", "überflutet",
           "verschüttete", "verschüttet", "traf", "getroffen", "überschwemmte", "überschwemmt",
           "isolierte", "isoliert"),
}
#: The same said after the count, in the passive (beginnings of words, lower case): "8,000
#: villages have been swept away", "trois villages ont été balayés", "dos aldeas fueron
#: arrasadas", "drei Dörfer wurden zerstört".
LAID_WASTE_DONE: dict[str, tuple[str, ...]] = {
    "en": ("washed away", "swept away", "wiped out", "wiped off", "destroyed", "razed",
           "flattened", "devastated", "engulfed", "submerged", "flooded", "buried", "struck",
           "hit by", "ravaged"),
    "fr": ("balayé", "rasé", "détruit", "dévasté", "englouti", "submergé", "emporté", "inondé",
           "ravagé", "frappé", "enseveli"),
    "es": ("arrasad", "destruid", "devastad", "sepultad", "inundad", "anegad", "golpead",
           "azotad"),
    "it": ("spazzat", "distrutt", "devastat", "travolt", "sommers", "allagat", "inondat",
           "colpit", "sepolt", "rasi al suolo", "rase al suolo"),
    "pt": ("arrasad", "destruíd", "devastad", "varrid", "soterrad", "inundad", "atingid"),
    "de": ("zerstört", "verwüstet", "überflutet", "überschwemmt", "verschüttet", "getroffen",
           "weggespült", "weggerissen", "isoliert", "abgeschnitten"),
}

#: group -> language -> beginnings of the words that name it (lower case).
STATUS: dict[str, dict[str, tuple[str, ...]]] = {
    "arrested": {
        # and the arrests themselves, each one a person held ("police made 6 arrests",
        # "6 interpellations", "6 Festnahmen", "6 detenciones", "6 arresti", "6 detenções")
        "en": ("arrested", "detained", "in custody", "taken into custody", "arrests ",
               "detentions"),
        "fr": ("arrêté", "interpellé", "placé en garde à vue", "placés en garde à vue",
               "interpellations", "arrestations", "gardes à vue"),
        # (and captured: "tendo as autoridades capturado 95"; "caught again" is recaptured)
        "es": ("detenid", "arrestad", "detenciones", "arrestos", "capturad"),
        "it": ("arrestat", "arresti "), "pt": ("detid", "detenções", "prisões", "capturad"),
        "de": ("festgenommen", "verhaftet", "in gewahrsam", "festnahmen", "verhaftungen"),
        "nl": ("gearresteerd", "arrestaties"),
    },
    "investigated": {
        # English "investigated" only as a passive ("Twelve people investigated the site" are
        # the investigators), Spanish as whole words ("investigadores" are too; review 22)
        "en": ("under investigation", *(f"{be} investigated" for be in (
            "is", "are", "was", "were", "been", "being"))),
        "fr": ("mis en examen", "mises en examen"),
        "es": ("investigado ", "investigada ", "investigados ", "investigadas ", "imputad"),
        "it": ("indagat",),
    },
    # held where the event struck, not yet out: measured as the missing (content/measured.py),
    # as their fate is not yet known and outlets give the one count both ways
    "trapped": {
        # buried by what fell, not by the family ("buried by their relatives": a funeral)
        "en": ("trapped", "stuck", "entombed", "buried under", "buried beneath", "buried by the ",
               "buried by a ", "buried by an ", "buried by mud", "buried by debris",
               "buried by rubble", "buried by snow", "buried by rock", "buried by earth",
               "buried by falling", "buried by tons", "buried by tonnes"),
        "fr": ("piégé", "bloqué", "coincé", "prisonnier", "enseveli"),
        "es": ("atrapad", "bloquead"), "it": ("intrappolat", "bloccat"),
        "pt": ("soterrad", "encurralad"), "de": ("eingeschlossen", "verschüttet"),
        "nl": ("ingesloten",), "ca": ("atrapat", "bloquejat"), "ro": ("blocat",),
    },
    # pinned in a crashed car ("trei victime încarcerate"): where they are is known, their
    # count is of the people the crash reached, not of the missing (pool splang)
    "pinned": {"ro": ("încarcerat", "incarcerat", "prinș", "prinş", "prinsi")},
    # who the event reached without saying how (a gas's cloud, a flood, "personnes
    # concernées"): their own count, neither the injured nor the people present (s15, opened)
    "affected": {
        # and who, or which homes and places, it cut off or left without power or water
        # ("3,400 homes without power", "12 villages cut off"; the corpus labels' "affected":
        # tests/corpus/README.md): read for homes and places by people_counted.homes_reached
        "en": ("affected", *CUT_OFF["en"]),
        # ("500 familles ont été touchées", with or without "par": chk52b)
        "fr": ("concerné", "touché", "affecté", *CUT_OFF["fr"]),
        "es": ("afectad", *CUT_OFF["es"]),
        "it": ("coinvolt", "colpite da", "colpiti da", *CUT_OFF["it"]),
        "pt": ("afetad", "afectad", "atingid", *CUT_OFF["pt"]),
        "de": ("betroffen", *CUT_OFF["de"]), "nl": ("getroffen",), "ca": ("afectat",),
        "ro": ("afectat", "afectaț", "afectaţ"),
    },
    # who was there when it struck (a venue's audience, a shift underground): not the victims
    "present": {
        "en": ("attended", "attending", "were present", "in attendance", "gathered", "congregat"),
        "fr": ("assistai", "assistant", "présent", "se trouvai", "rassemblé"),
        "es": ("asistía", "asistían", "asistentes", "presentes", "se encontraba", "congregad"),
        "it": ("presenti", "assistevano", "radunat"), "pt": ("presentes", "assistiam", "reunid"),
        "de": ("anwesend", "aufgehalten", "aufhielten", "versammelt"), "nl": ("aanwezig",),
        "ca": ("presents", "es trobaven"), "ro": ("prezente", "prezenți", "se aflau"),
    },
    # found, alive or dead, after a count of the missing: what the search has settled
    "located": {
        "en": ("located",), "fr": ("localisé",),
        "es": ("localizad", "ubicad"), "it": ("localizzat", "rintracciat"),
        "pt": ("localizad",), "de": ("ausfindig gemacht",),
    },
    # brought out of the ruins, alive or not: a part of those saved or found, not all of them
    # ("41 personnes secourues, dont trois tirées des gravats")
    "from rubble": {
        "en": ("pulled from the rubble", "pulled from rubble", "pulled out of the rubble",
               "dug out of the rubble", "dug from the rubble"),
        "fr": ("extrait", "dégagé des décombres", "dégagés des décombres", "sortis des décombres"),
        "es": ("extraíd", *(f"sacad{e} de {w}" for e in ("o", "a", "os", "as")
                            for w in ("los escombros", "entre los escombros"))),
        # Portuguese "retirados" only with the ruins after it: alone, or off a ship, people
        # taken out are evacuated (counted_words "evacuee"; chk51a)
        "it": ("estratt",), "pt": (*(f"retirad{e} {of}" for e in ("o", "a", "os", "as") for of in (
            "dos escombros", "de entre os escombros", "com vida", "das ruínas", "dos destroços",
            "da água", "do mar", "do rio")),
            "resgatados dos escombros"),
        "de": ("aus den trümmern",), "nl": ("onder het puin vandaan",),
    },
    # escapees caught again: a count of its own, never the escape it undoes nor the inmates
    # ("95 of them have since been recaptured", "140 wieder eingefangen": trial 39)
    "recaptured": {
        "en": ("recaptured", "re-captured", "rearrested", "re-arrested", "caught again",
               "back in custody", "returned to custody", "recapture"),
        "fr": ("repris", "reprises", "rattrapé", "réincarcéré", "réinterpellé", "réarrêté"),
        "es": ("recapturad", "recapturaron", "recapturó", "reaprehendid", "recapturar"),
        "it": ("ricatturat", "ripres", "riacciuffat", "riarrestat"),
        "pt": ("recapturad", "recapturaram", "recapturou", "recapturar"),
        "de": ("wieder eingefangen", "wieder gefasst", "wieder festgenommen", "wieder gefangen",
               "wieder aufgegriffen", "wieder inhaftiert", "zurück ins gefängnis"),
    },
    # who got out by themselves: neither rescued nor missing ("the others got out on their own")
    "escaped": {
        "en": ("managed to get out", "managed to escape", "made it out", "escaped"),
        "fr": ("ont pu sortir", "ont réussi à sortir", "sont parvenus à sortir",
               "ont pu s'échapper", "ont pu s’échapper"),
        "es": ("lograron salir", "consiguieron salir", "pudieron salir", "lograron escapar"),
        "it": ("sono riusciti a uscire", "sono riusciti a fuggire"),
        "pt": ("conseguiram sair", "conseguiram escapar"),
        "de": ("konnten sich selbst retten", "konnten sich retten", "konnten sich selbst befreien",
               "konnten sich befreien", "entkamen"),
    },
}

#: Participles that, counted right after a number or an article, are nouns of their own, not
#: people they befell: the French "arrêté" is an authority's order ("un arrêté préfectoral",
#: "12 arrêtés de catastrophe naturelle"; trial 25, review 22); people arrested are named
#: ("12 personnes arrêtées").
NOT_STATUS_NOUNS: dict[str, frozenset[str]] = {"fr": frozenset({"arrêté", "arrêtés"})}
