"""Negation, in every corpus language: the words that deny what follows them.

Six rules had each spelt their own list of "not" words (an outcome nobody suffered, a severity
nobody reached, survivors denied, a presumption undone, "not one"), each in the languages its
own pages had shown it, so a German denial was read by one rule and missed by the next. The
table is here once; a rule adds only the words of its own question ("außer" for out of danger,
"no longer" for survivors).
"""

from __future__ import annotations

import re
from functools import cache

from generator.text.number_words import NOBODY, NONE_WORDS

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


#: Words of "none/nobody" that are also a noun: French "personne" is nobody only before its "ne"
#: ("personne n'a survécu"), and "une personne retrouvée vivante" is one person found alive.
_ALSO_A_NOUN = frozenset({"personne"})
#: French denies with "ne"/"n'" before the verb; its second word ("plus", "que", "guère") says
#: something else alone ("plus de 30"), so a rule that searches a stretch of text reads the clitic.
_CLITICS = frozenset({"ne"})


def negation_pattern(*, without: frozenset[str] = frozenset()) -> str:
    """One regex that finds a denial anywhere in a stretch of text of any corpus language.

    Rules that search a clause rather than the word before an outcome (survivors no longer
    alive, the dead not yet identified, a presumption undone) had each spelt their own list, and
    each missed another's words ("sin identificar", "senza nome", "ya no"). This joins the
    negations, the words for none and nobody of :mod:`generator.text.number_words`, the French
    clitic and English "n't", with word boundaries of its own; ``without`` leaves out words a
    rule reads otherwise (a bare "no" that is also "No. 3").
    """
    words = set(ANY_NEGATION) | _CLITICS
    for table in (NONE_WORDS, NOBODY):
        words.update(w for ws in table.values() for w in ws)
    words -= _ALSO_A_NOUN | set(without)
    alternation = "|".join(re.escape(w).replace(r"\ ", r"\s+")
                           for w in sorted(words, key=len, reverse=True))
    return (r"(?<![^\W\d_])(?:" + alternation + r")(?![^\W\d_])"
            r"|(?<![^\W\d_])[^\W\d_]+n['’]t(?![^\W\d_])|(?<![^\W\d_])n['’](?=[^\W\d_])")


#: A negation right before the article or the numeral: "not one", "pas un", "ni un", "nem um" say
#: there was none.
@cache
def negation_right_before(lang: str) -> re.Pattern[str]:
    """The page language's negations right before the article or numeral (review 21: French
    "le 3 mai un ouvrier" is a date, not Italian "never")."""
    words = NEGATIONS.get(lang, ANY_NEGATION)
    return re.compile(r"(?<![\w’'-])(?:" + "|".join(sorted(words, key=len, reverse=True))
                      + r")\s+$", re.I)


#: A bound on "more than" or "fewer than" that a negation denies turns round ("did not exceed
#: 12", "ne devrait pas dépasser 100", "no va a superar los 100", "not more than 12": 12 at
#: most; "not fewer than 12": 12 at least).
DENIED_BOUND = {"more-than": "up-to", "fewer-than": "at-least"}
#: How many words may stand between the negation and the bound (a modal, an auxiliary, "va
#: a", "expected to"): "is not expected to exceed 100".
_BOUND_REACH = 3


def denies_bound(before: str, lang: str) -> bool:
    """Whether the words right before a qualifier of a bound (``before`` ends where it starts)
    hold a negation of ``lang``, no punctuation between."""
    clause = re.split(r"[.,;:!?()\[\]]", before)[-1]
    words = re.findall(r"[^\W\d_]+(?:['’][^\W\d_]+)?", clause)[-_BOUND_REACH - 1:]
    return any(is_negation(w, lang) or (lang == "fr" and w.lower() in _CLITICS) for w in words)
