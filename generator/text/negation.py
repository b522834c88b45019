"""Negation, in every corpus language: the words that deny what follows them.

Six rules had each spelt their own list of "not" words (an outcome nobody suffered, a severity
nobody reached, survivors denied, a presumption undone, "not one"), each in the languages its
own pages had shown it, so a German denial was read by one rule and missed by the next. The
table is here once; a rule adds only the words of its own question ("außer" for out of danger,
"no longer" for survivors).
"""

from __future__ import annotations

#: Words that deny what follows them, per language: "not", "nicht", "pas", "no", "non", "não",
#: "niet", "nie", with "without" and "no/none" as determiners. English also denies with a
#: word ending in "n't" (:func:`is_negation`). One table, so that a rule that reads a denial (an
#: outcome nobody suffered, a severity nobody reached, survivors denied) reads the same words.
NEGATIONS: dict[str, frozenset[str]] = {
    "en": frozenset({"not", "never", "no", "without"}),
    "de": frozenset({"nicht", "nie", "niemals", "kein", "keine", "keiner", "keinen", "keinem",
                     "keines", "ohne"}),
    "fr": frozenset({"pas", "jamais", "sans", "aucun", "aucune", "ni"}),
    "es": frozenset({"no", "nunca", "sin", "ni", "ningún", "ninguno", "ninguna"}),
    "it": frozenset({"non", "mai", "senza", "nessun", "nessuno", "nessuna", "né"}),
    "pt": frozenset({"não", "nunca", "sem", "nenhum", "nenhuma", "nem"}),
    "nl": frozenset({"niet", "nooit", "zonder", "geen"}),
    "pl": frozenset({"nie", "bez", "żaden", "żadna", "żadne"}),
}
#: Every language's negations together, for rules that read a clause whose language they do
#: not know (a quote in another language than the page's).
ANY_NEGATION = frozenset().union(*NEGATIONS.values())
#: Auxiliaries and linking verbs that may stand between a negation and the outcome it denies:
#: "were not *been* hurt", "n'ont pas *été* blessés", "no *resultaron* heridos", "non sono
#: *rimasti* feriti", "não *ficaram* feridos". Nothing else may: "who could not escape died"
#: denies the escape, "not seriously injured" the severity, and both leave the outcome.
DENIAL_LINKS: dict[str, frozenset[str]] = {
    "en": frozenset({"be", "been", "being", "get", "got", "gotten", "yet", "have", "has"}),
    "de": frozenset({"worden"}),  # not "mehr": "nicht mehr in Lebensgefahr" is still hurt
    "fr": frozenset({"été", "être", "ont", "sont", "a", "est"}),
    "es": frozenset({"resultaron", "resultó", "resultado", "han", "ha", "hubo", "sido",
                     "quedaron", "quedó", "salieron", "salió", "fueron", "fue", "están", "está",
                     "sufrieron", "sufrió", "sufrido", "presentaron", "presentan"}),
    "it": frozenset({"sono", "è", "stati", "stato", "state", "stata", "rimasti", "rimasto",
                     "rimaste", "rimasta", "restati", "hanno", "ha", "riportato", "riportate",
                     "riportando", "ci"}),
    "pt": frozenset({"ficaram", "ficou", "foram", "foi", "sido", "houve", "saíram", "saiu",
                     "estão", "está", "sofreram", "sofreu"}),
    "nl": frozenset({"zijn", "is", "raakten", "raakte", "geraakt", "werden", "werd", "worden"}),
    "pl": frozenset({"zostali", "został", "została", "zostały", "są", "było", "byli"}),
}


def is_negation(word: str, lang: str) -> bool:
    """Whether one word (any case) denies what follows it in ``lang``."""
    word = word.lower()
    return word in NEGATIONS.get(lang, ANY_NEGATION) or (
        lang == "en" and word.endswith(("n't", "n’t")))


def denied(words: list[str], i: int, lang: str) -> bool:
    """Whether ``words[i]`` is denied by a negation before it with nothing but the language's
    auxiliaries (:data:`DENIAL_LINKS`) between: "were not injured", "n'ont pas été blessés"."""
    links = DENIAL_LINKS.get(lang, frozenset())
    j = i - 1
    while j >= 0 and words[j].lower() in links and i - j <= 3:
        j -= 1
    return j >= 0 and i - j <= 3 and is_negation(words[j], lang)
