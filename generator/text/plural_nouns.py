"""Is a word a plural noun? In every language of the corpus, so that a number followed by one
counts it ("400 sapeurs-pompiers", "80 camiones", "20 autobotti", "60 viaturas", "3 Polizisten")
even when the noun is in no table.

English reads any plural noun after a number as what it counts (:mod:`generator.extract.figures`);
the other languages only knew the nouns of :mod:`generator.text.counted_words`, so a count of
anything the table did not foresee (fire engines, police officers, hectares, beams) was never
proposed. The test is general, not a word list: simplemma (the lemmatiser English already uses;
its tables cover every corpus language and ship in the package) gives the dictionary form, and a
word is a plural noun when it is that form plus the language's plural ending ("policiers" =
"policier" + s; "camiones" = "camión" + es; "autobotti" / "autobotte": Italian plurals change the
last vowel; a German noun is capitalised). Verbs and participles do not pass ("mobilisés" is not
"mobiliser" + s).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from functools import lru_cache

from generator.text import lemmas

#: English plurals and units after a number whose head is not the word less its "s" (the
#: reader of English counts in :mod:`generator.extract.figures`). A unit's head is the quantity
#: reader's name for it (:data:`generator.text.number_words.UNITS_AFTER`), which the other
#: languages' figures are grouped by: "1,800 tonnes" and "1 800 tonnes" are one measure (trial
#: 38: English tonnes and French ones were two figures).
IRREGULAR_EN = {"people": "people", "police": "police", "troops": "troop",
              "personnel": "personnel", "children": "child", "women": "woman", "men": "man",
              "staff": "staff", "cattle": "cattle", "families": "family", "aircraft": "aircraft",
              "mujahideen": "mujahideen", "dead": "dead", "displaced": "displaced", "crew": "crew",
              "lives": "life"}  # not the verb "live": "the loss of 25 lives" counts the dead
UNITS_EN = {"km": "km", "kilometres": "km", "kilometers": "km", "miles": "mile", "metres": "m",
          "meters": "m", "percent": "percent", "per cent": "percent", "%": "percent",
          "dollars": "usd", "euros": "eur", "tons": "metric_ton", "tonnes": "metric_ton",
          "kg": "kilogram"}
#: Languages whose plurals add an ending to the dictionary form, and the endings.
_ADDED = {"fr": ("s", "x"), "es": ("s", "es"), "pt": ("s", "es", "is"), "ca": ("s", "es"),
          "nl": ("s", "en", "eren", "'s")}
#: Italian plurals change the last vowel (o/a/e -> i/e).
_ITALIAN_ENDINGS = ("i", "e")
#: Words after a number that are never what it counts: "five times", "deux fois", "tres veces".
NOT_COUNTED = frozenset({"fois", "veces", "volte", "vezes", "mal", "keer", "razy", "krát",
                         "autres", "otros", "otras", "altri", "altre", "outros", "outras",
                         "weitere", "andere", "anderen", "dont", "cuales"})


def _plain(word: str) -> str:
    """Lower case without accents: "camión" and "camiones" compare by their letters."""
    return "".join(c for c in unicodedata.normalize("NFD", word.lower())
                   if unicodedata.category(c) != "Mn")


#: The languages whose simplemma dictionary extract reads: these plurals, English lemmas
#: (:func:`generator.text.lexicon.lemma`) and German nouns (:mod:`generator.text.german_names`).
LEMMATISED = frozenset({*_ADDED, "it", "pl", "cs", "de", "en"})


def load_dictionaries(languages: Iterable[str]) -> None:
    """Load simplemma's dictionary of each language now, once. A dictionary takes seconds to
    load the first time a word of its language is looked up (Polish: 3.7 million entries, 14 s
    on a loaded machine), and inside an article's time limit that first article of a language
    was stopped and left out of `briefing extract` for the cost of the load alone."""
    for lang in sorted(set(languages) & LEMMATISED):
        lemmas.lemmatize("a", lang)  # each loaded dictionary is kept (generator.text.lemmas)


@lru_cache(maxsize=4096)
def plural_lemma(word: str, lang: str) -> str | None:
    """The dictionary form of ``word`` when it is a plural noun of ``lang``, else None."""
    low = word.lower()
    if len(low) < 3 or low in NOT_COUNTED or (not word.isalpha() and "-" not in word):
        return None
    try:
        found = lemmas.lemmatize(word, lang)
    except ValueError:  # a language simplemma does not know
        return None
    base, plain = _plain(found), _plain(low)
    if lang == "de":
        # German nouns are capitalised; many plurals equal the singular ("Arbeiter")
        return found if word[:1].isupper() and found[:1].isupper() else None
    if base == plain:
        return None
    if lang in _ADDED:
        # Portuguese nouns in -m make their plural in -ns ("item"/"itens", "homem"/"homens")
        return found if any(plain == base + end for end in _ADDED[lang]) or (
            lang == "pt" and base.endswith("m") and plain == base[:-1] + "ns") or (
            "-" in plain and plain.replace("s-", "-").rstrip("s") == base.rstrip("s")) else None
    if lang == "it":
        return found if plain.endswith(_ITALIAN_ENDINGS) and plain[:-1] == base[:-1] \
            and base[-1:] in "oae" else None
    if lang in ("pl", "cs"):
        # Slavic counted nouns are in the genitive plural: same stem, another ending; verbs
        # (infinitives: Polish -ć, Czech -at, -it, -ět, -out, -ýt, -ít) are not nouns
        verb = ("ć",) if lang == "pl" else ("at", "it", "ět", "out", "ýt", "ít")
        return found if base[:4] == plain[:4] and not found.endswith(verb) else None
    return None
