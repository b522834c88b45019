"""The outcomes of the people an event's inquiry holds or names, a rule table merged into
:data:`generator.text.counted_words.COUNTED`: "eleven were detained" and "some 30 are under
investigation" are counts of their own kinds (s11, issue #16: drafted as generic "people", they
joined the crowd at the scene and each other). Entries are lower-case beginnings of words, as
there.
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
        "en": ("under investigation", "investigated"), "fr": ("mis en examen", "mises en examen"),
        "es": ("investigad", "imputad"), "it": ("indagat",),
    },
}
