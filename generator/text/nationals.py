"""The words news counts a country's people with, per language: its citizens or nationals
("37 ressortissants azerbaïdjanais", "16 ciudadanos rusos", "42 cittadini dell'…", "die 37
aserbaidschanischen Bürger"), and the prepositions that name where they are from ("42 aus
Aserbaidschan", "3 del Kirghizistan").

Found on fresh pages about an airliner crash (extract round 24): every outlet listed the people
on board by nationality, and these nouns had no table, so a small count of them ("six
ressortissants") was dropped as a count of things and the others were grouped by the noun as
written, one group per language. The demonyms themselves are read off the country names
(:func:`generator.text.countries.country_of_people`).
"""

from __future__ import annotations

from generator.text.speech_words import ARTICLES

#: Plural nouns for the citizens of a country, lower case, per language.
CITIZENS: dict[str, frozenset[str]] = {
    "en": frozenset({"nationals", "citizens"}),
    "fr": frozenset({"ressortissants", "ressortissantes", "citoyens", "citoyennes"}),
    "es": frozenset({"ciudadanos", "ciudadanas", "nacionales"}),
    "it": frozenset({"cittadini", "cittadine"}),
    "pt": frozenset({"cidadãos", "cidadãs", "nacionais"}),
    "de": frozenset({"bürger", "bürgern", "staatsbürger", "staatsbürgern", "staatsangehörige",
                     "staatsangehörigen"}),
    "nl": frozenset({"burgers", "onderdanen"}),
}
#: Words between a count of people and their country that say they are from it ("from", "of",
#: "aus", "de", "dell'"), per language.
FROM: dict[str, frozenset[str]] = {
    "en": frozenset({"from", "of"}),
    "fr": frozenset({"de", "du", "d"}),
    "es": frozenset({"de", "del", "procedentes", "provenientes"}),
    "it": frozenset({"del", "della", "dell", "dello", "di", "provenienti", "da", "dal", "dalla",
                     "dall"}),
    "pt": frozenset({"de", "do", "da"}),
    "de": frozenset({"aus", "von"}),
    "nl": frozenset({"uit", "van"}),
}
#: The article a page may put before a country's name, as a word of its own (an elided one
#: without its apostrophe: "l'Italie"), whatever the page's language: the determiners of the
#: one table of them (:data:`generator.text.speech_words.ARTICLES`, which opens subjects in the
#: languages that have articles), and the forms only a name's article takes there, English
#: "the" and the German dative ("from the Philippines", "aus dem Iran", "aus den USA").
BEFORE_A_COUNTRY: frozenset[str] = frozenset(
    {a.rstrip("'’") for articles in ARTICLES.values() for a in articles} | {"the", "dem", "den"})
