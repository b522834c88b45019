"""The definite articles of the languages the readers handle, in one table.

Several readers skip or test a definite article: the place a distance is measured from ("the
capital"), the role that opens a speaker phrase ("la ministra"), the group a number belongs to
("among the dead", "tra i feriti"), a subject before a copula ("le vittime sono"). Each used to
keep its own list, and the lists drifted apart (one knew Italian "gli", another did not). They
now take the forms they need from here, by language and by number.

Other article tables hold other rules and stay where those rules are:
:data:`generator.text.speech_words.ARTICLES` (every determiner that opens a subject, possessives
too) and :data:`generator.text.number_words.ARTICLES` (indefinite articles, which are the number
one only before a scale word).
"""

from __future__ import annotations

from collections.abc import Iterable

#: Singular definite articles, bare and with the elision mark French and Italian write ("l'"),
#: plus the bare "l" a tokenizer leaves when it splits at the apostrophe. German gives every case
#: (a place "nahe dem Dorf", a role "des Ministers").
SINGULAR: dict[str, tuple[str, ...]] = {
    "en": ("the",),
    "fr": ("le", "la", "l", "l'", "l’"),
    "es": ("el", "la", "lo"),
    "it": ("il", "lo", "la", "l", "l'", "l’"),
    "pt": ("o", "a"),
    "de": ("der", "die", "das", "dem", "den", "des"),
    "nl": ("de", "het"),
}
#: Plural definite articles: the forms that make a noun after them a group ("los heridos", "i
#: morti", "die Toten").
PLURAL: dict[str, tuple[str, ...]] = {
    "en": ("the",),
    "fr": ("les",),
    "es": ("los", "las"),
    "it": ("i", "gli", "le"),
    "pt": ("os", "as"),
    "de": ("die", "der", "den"),
    "nl": ("de",),
}


def definite(langs: Iterable[str] | None = None, *, singular: bool = True,
             plural: bool = True) -> frozenset[str]:
    """The definite articles of ``langs`` (every language of the table when None), singular,
    plural or both, as one set of lower-case forms."""
    chosen = SINGULAR.keys() if langs is None else langs
    forms: set[str] = set()
    for lang in chosen:
        if singular:
            forms.update(SINGULAR.get(lang, ()))
        if plural:
            forms.update(PLURAL.get(lang, ()))
    return frozenset(forms)
