"""The outcomes of the people an event's inquiry holds or names, and where the people at the
scene stand, a rule table merged into :data:`generator.text.counted_words.COUNTED`: "eleven
were detained", "some 30 are under investigation", "twelve are still trapped", "1,500 attended
the concert", "64 have been located" are counts of their own kinds (s11 and trial 24, issue
#16: drafted as generic "people", they joined the crowd at the scene and each other). Entries
are lower-case beginnings of words, as there.
"""

from __future__ import annotations

#: group -> language -> beginnings of the words that name it (lower case).
STATUS: dict[str, dict[str, tuple[str, ...]]] = {
    "arrested": {
        "en": ("arrested", "detained", "in custody", "taken into custody"),
        "fr": ("arrêté", "interpellé", "placé en garde à vue", "placés en garde à vue"),
        "es": ("detenid", "arrestad"), "it": ("arrestat",), "pt": ("detid",),
        "de": ("festgenommen", "verhaftet", "in gewahrsam"), "nl": ("gearresteerd",),
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
    # held where the event struck, not yet out: not the missing (whose place is unknown)
    "trapped": {
        "en": ("trapped", "stuck", "entombed"), "fr": ("piégé", "bloqué", "coincé", "prisonnier"),
        "es": ("atrapad", "bloquead"), "it": ("intrappolat", "bloccat"),
        "pt": ("soterrad", "encurralad"), "de": ("eingeschlossen", "verschüttet"),
        "nl": ("ingesloten",),
    },
    # who the event reached without saying how (a gas's cloud, a flood, "personnes
    # concernées"): their own count, neither the injured nor the people present (s15, opened)
    "affected": {
        "en": ("affected",), "fr": ("concerné", "touchées par", "touchés par", "affecté"),
        "es": ("afectad",), "it": ("coinvolt", "colpite da", "colpiti da"),
        "pt": ("afetad", "afectad", "atingid"), "de": ("betroffen",), "nl": ("getroffen",),
    },
    # who was there when it struck (a venue's audience, a shift underground): not the victims
    "present": {
        "en": ("attended", "attending", "were present", "in attendance", "gathered", "congregat"),
        "fr": ("assistai", "assistant", "présent", "se trouvai", "rassemblé"),
        "es": ("asistía", "asistían", "asistentes", "presentes", "se encontraba", "congregad"),
        "it": ("presenti", "assistevano", "radunat"), "pt": ("presentes", "assistiam", "reunid"),
        "de": ("anwesend", "aufgehalten", "aufhielten", "versammelt"), "nl": ("aanwezig",),
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
        "it": ("estratt",), "pt": ("retirad", "resgatados dos escombros"),
        "de": ("aus den trümmern",), "nl": ("onder het puin vandaan",),
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
