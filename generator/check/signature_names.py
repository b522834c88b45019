"""Which words of an article are names, for the off-event test (:mod:`.event_signature`).

A word is a name when the briefing's articles write it capitalised nearly every time; German
capitalises every noun, so there a word is a name only when another language writes it too or
German articles seldom put it after an article, a number or an adjective
(:mod:`generator.text.german_names`). Kept apart from the signature so that each stays short.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable

from rapidfuzz import fuzz

from generator.content.cache import BuildCache
from generator.content.model import Article
from generator.text.agencies import agency
from generator.text.countries import MAX_ENDING, MIN_STEM, countries_in, country_code
from generator.text.german_names import names_in
from generator.text.languages import INFLECTING_LANGUAGES, NOUNS_CAPITALISED, stop_words
from generator.text.lexicon import CAPITALISED_FUNCTION_WORDS
from generator.text.names import (
    capitalised_inside,
    inflecting,
    latin,
    latin_spellings_pattern,
    latin_stem,
    main_script,
    normal,
    similar,
    spells_one_of,
)
from generator.text.recalled import written_words
from generator.text.speech_words import ARTICLES

#: A word written in lower case once for every this many capitalised uses (or more often) is
#: no name.
LOWER_SLIPS = 5
LATIN = re.compile(r"[A-Za-zÀ-ɏ]")
#: An elided article or conjunction before a lower-case word ("L’immeuble", "Lorsqu'il"): the
#: capital is the sentence's, not a name's ("D'Alema", "O’Brien" keep theirs).
_ELIDED = re.compile(r"[^\W\d_]{1,6}['’][^\W\d_A-ZÀ-Þ]")


def _opens_a_sentence(word: str, lang: str) -> bool:
    """A capitalised determiner ("Cet", "Cette") or elision: no name, however seldom the
    briefing writes it in lower case."""
    return bool(_ELIDED.match(word)) or word.casefold() in ARTICLES.get(lang, ())


def words_of(articles: list[Article], cache: BuildCache) -> dict[str, Counter]:
    """Each article's words, as written, with how often it writes each (found once: names and
    script both read them)."""
    return {a.id: cache.on(a, "written-word-counts-elided", None,
                           lambda a=a: Counter(written_words(a.written)))
            for a in articles}


def mostly_latin(words: Counter) -> bool:
    """Whether most of the distinct words are in Latin script (a name read from Latin-script
    pages can be looked for in it)."""
    # (the matches counted by a filter, not one generator step per word: every word of every
    # article, twice a build)
    return bool(words) and sum(1 for _w in filter(LATIN.match, words)) >= len(words) / 2


def names_of(articles: list[Article], tokens: dict[str, Counter]) -> dict[str, set[str]]:
    # a word is a name when the corpus writes it capitalised nearly every time: "the", "after"
    # are written in lower case far more often than at the start of a sentence, while one
    # page's slip ("the hospital in lembara", a lower-case address in a heading) leaves "Lembara"
    # a name
    lower: Counter = Counter()
    upper: Counter = Counter()
    for ws in tokens.values():
        for w, k in ws.items():
            (lower if w[0].islower() else upper)[w.casefold()] += k
    found = {a.id: {f for w in tokens[a.id] if w[0].isupper() and len(w) > 2
                    and lower[f := w.casefold()] * LOWER_SLIPS < upper[f]
                    and not _opens_a_sentence(w, a.language)}
             for a in articles}
    # on a page alone in its language, which no other page shows in lower case, a function
    # word of the language capitalised only where a sentence opens ("Wśród", "Kilka") is no
    # name: a name is written with its capital inside sentences too
    alone = Counter(a.language for a in articles)
    for a in articles:
        if alone[a.language] == 1 and (spare := found[a.id] & stop_words(a.language)):
            found[a.id] -= spare - capitalised_inside(a.written)
    # a function word one article alone writes, and only where a sentence opens, is that
    # sentence's capital, not a name's ("Selon", "Ciò", "Erano"), though its page is not alone
    # in its language
    found = _without_openers(articles, found)
    # German capitalises every noun: there, a capitalised word is a name if an article in
    # another language writes it too ("Baltimore", not "Autofahrer"), or if the language's own
    # articles seldom put it after an article, a number or an adjective ("in Simbach", "die Flut")
    by_language: dict[str, set[str]] = defaultdict(set)
    for a in articles:
        by_language[a.language].update(found[a.id])
    unmarked = names_in((a.written for a in articles if a.language == "de"), lower)
    out = {}
    for a in articles:
        names = found[a.id]
        if a.language in NOUNS_CAPITALISED:
            elsewhere = set().union(*(v for k, v in by_language.items() if k != a.language))
            names = names & (elsewhere | (unmarked if a.language == "de" else set()))
        elif not mostly_latin(tokens[a.id]):
            # a page in another script is often one of few in its language, whose words the
            # briefing seldom writes in lower case: there a word is a name only when the page
            # also writes it with a capital inside a sentence (not "Вечером" opening one)
            names = names & capitalised_inside(a.written)
        out[a.id] = names
    return out


def countries_as_one(articles: list[Article], names: dict[str, set[str]],
                     tokens: dict[str, Counter], cache: BuildCache) -> dict[str, set[str]]:
    """``names`` with each country whose name runs to several words ("Nueva Zelanda", "United
    States", "Stanach Zjednoczonych") one name, its words together: read word by word, a page
    writing the event's country in its own language wrote two names no other page shares
    ("nueva", "zelanda"), and one in English wrote "new" and "zealand" that no other
    language does. A word stays a name of its own when the page also writes it outside the
    country's name ("United" of another "United"); a country's name inside a longer one ("Air
    New Zealand") is no country (:func:`generator.text.countries.countries_in`)."""
    out = {}
    for a in articles:
        found = names[a.id]
        spans = cache.on(a, "country-names-of-words", None, lambda a=a: [
            (start, end) for start, end, _code in countries_in(a.written, a.language, alone=True,
                                                               least=2)
            if len(a.written[start:end].split()) > 1])
        inside: Counter = Counter()
        countries = set()
        for start, end in spans:
            words = [w.casefold() for w in written_words(a.written[start:end])]
            if not found.isdisjoint(words):
                inside.update(words)
                countries.add(" ".join(words))
        if countries:
            total: Counter = Counter()
            for word, k in tokens[a.id].items():
                total[word.casefold()] += k
            found = {n for n in found if inside[n] < total[n]} | countries
        out[a.id] = found
    return out


def _without_openers(articles: list[Article], found: dict[str, set[str]]) -> dict[str, set[str]]:
    """``found`` less each stop word of its article's language that only that article uses and
    that no article writes with a capital inside a sentence. Other words opening a sentence
    once ("Malheureusement", "Abandoned") stay: measured on the fresh pages of round 11, taking
    them out too cost the cross-validation twelve slipped pages whose few names were such
    words, for two false flags fewer."""
    users = Counter(w for a in articles for w in found[a.id])
    inside = frozenset().union(*(capitalised_inside(a.written) for a in articles))
    return {a.id: {w for w in found[a.id] if users[w] > 1 or w in inside
                   or w not in stop_words(a.language)}
            for a in articles}


def shown_first(names: list[str], written: Counter) -> list[str]:
    """The names an off-event warning gives as examples, the ones the article writes most
    first, and words that open sentences or name a month or weekday ("According", "April")
    last: a capital at a sentence's start makes them names by the rule, not to a reader."""
    shown = [n.title() for n in names]
    # only the words that are one of these names counted (not every word the article writes)
    wanted = {n.casefold() for n in shown}
    count: Counter = Counter()
    for word, k in written.items():
        if (folded := word.casefold()) in wanted:
            count[folded] += k
    return sorted(shown, key=lambda n: (n in CAPITALISED_FUNCTION_WORDS, -count[n.casefold()], n))


class AnchoredNames:
    """The names the articles naming the event use, compared in Latin letters: a name written
    in another script is the same name as its Latin spelling ("Лембара", "Lembara"), and in
    an inflecting script any of its case forms is ("в Лембаре"). Latin-script names are
    compared as written, as they always were, except a country's: in any language and case it
    is its country ("Grecji", "Grecia", "Greece": :mod:`generator.text.countries`), given
    each article's language (``languages``, by article id)."""

    def __init__(self, languages: dict[str, str] | None = None,
                 core: frozenset[str] = frozenset()) -> None:
        self.languages = languages or {}
        #: the event's core names (:func:`generator.check.event_signature._core`): the only
        #: names another language's spelling is looked for of
        self.core = core
        self.keys: Counter = Counter()
        self.stems: Counter = Counter()
        #: the Latin names by first letter, with the languages that write each: where another
        #: language's spelling of a place is looked for (:meth:`spelt_elsewhere`)
        self.by_initial: dict[str, dict[str, set[str]]] = {}
        #: the weight of the articles naming the event in each script
        self.scripts: Counter = Counter()

    @staticmethod
    def key(name: str, language: str = "") -> str:
        if (code := country_code(name, language)) is not None:
            return "@" + code
        return name if LATIN.match(name) else latin(name)

    def add(self, names: set[str], script: str, weight: float, article: str = "") -> None:
        self.scripts[script] += weight
        language = self.languages.get(article, "")
        keys = {self.key(n, language) for n in names}
        self.keys.update(keys)
        for k in keys & self.core:
            if LATIN.match(k):
                self.by_initial.setdefault(_initial(k), {}).setdefault(k, set()).add(language)
        self.stems.update({latin_stem(k) for k in keys if not k.startswith("@")})

    def uses(self, name: str, own: int, article: str = "") -> bool:
        """Whether articles naming the event, besides the one judged (``own``: 1 when it is one
        of them), use the name (``article``: the one judged, whose language reads it). In a
        language that inflects names, a case form is the name in Latin script too: the stem
        of a name they use and an ending of a few letters ("Milana", "Milanom" for "Milan";
        "Cremony" for "Cremona")."""
        language = self.languages.get(article, "")
        if self.keys[self.key(name, language)] > own or (
                inflecting(name) and self.stems[latin_stem(name)] > own):
            return True
        if self.spelt_elsewhere(name, own, language):
            return True
        if language not in INFLECTING_LANGUAGES or not LATIN.match(name):
            return False
        text = latin(name)
        return any(self.stems[text[:len(text) - cut]] > own
                   for cut in range(1, MAX_ENDING + 1) if len(text) - cut >= MIN_STEM)

    def spelt_elsewhere(self, name: str, own: int, language: str) -> bool:
        """Whether ``name`` is another language's spelling (:func:`generator.text.names.similar`)
        of one of the event's core names that articles naming it write in another language than
        the judged one: each language spells a city its own way ("Genova", "Genua", "Génova"
        for "Genoa"), and compared as written a page alone in its language named no place of
        the event (trial 26). Only the core names, and only across languages: any two names
        alike enough ("Derna", "drone"; "Marie", "Marine") are as often two names."""
        if len(name) < MIN_SPELT or not LATIN.match(name):
            return False
        near = self.by_initial.get(_initial(name), {})
        return any(self.keys[key] > own and languages - {language}
                   and similar(name, key, True) for key, languages in near.items()
                   if key != name)

    def using(self, own: int, article: str) -> Callable[[str], bool]:
        """:meth:`uses` for one judged article."""
        return lambda name: self.uses(name, own, article)

    def telling(self, names: set[str], own: int, article: str) -> set[str]:
        """The names that say something of the event: less the news agencies (whose copy any
        event's report may carry; names are compared title-cased, "Afp") and the countries the
        articles naming it name too. The event's country is also its near misses' country (a
        fire in another town of it), and each language spells it its own way; a country none
        of them names (the next country a storm reached) still points away."""
        language = self.languages.get(article, "")
        return {n for n in names if not ((key := self.key(n, language)).startswith("@")
                                         and self.keys[key] > own)
                and not an_agency(n)}


def an_agency(name: str) -> bool:
    """A news agency's name, as the names are kept: title-cased ("Afp"), maybe after an elided
    article ("L'Afp", "dell'Ansa")."""
    bare = re.sub(r"^\w{1,4}['’]", "", name)
    return agency(bare) is not None or agency(bare.upper()) is not None


#: The shortest name looked for in another language's spelling
#: (:meth:`AnchoredNames.spelt_elsewhere`).
MIN_SPELT = 5


def _initial(name: str) -> str:
    """The first letter of a name in plain Latin letters ("Génova" and "Genoa" share "g")."""
    return normal(name)[:1]


def core_country(spellings: set[str], languages: set[str]) -> str | None:
    """The country a name most sources use is, in any of the briefing's languages ("greece"),
    or None: the core name a page names in its own language's name for it."""
    return next((code for spelling in sorted(spellings) for language in sorted(languages)
                 if (code := country_code(spelling, language)) is not None), None)


def named_across_scripts(spellings: set[str], written: str, spelt: str | None,
                         words: Counter, language: str = "", country: str | None = None) -> bool:
    """Whether a page in a script that spells names in full (``spelt``: its text in Latin
    letters, None for any other page) names one of the Latin ``spellings``: in its Latin
    letters, with the case endings of its script, or as a capitalised word that looks like
    another spelling of one ("Товира" for "Tovyra"); or, when the spellings are a country's
    (``country``), whether any page names that country in its ``language`` ("Grecia",
    "اليونان" for "Greece": a word of a script without capitals may be one too; "Estados
    Unidos" for "United States"). A German page's own spelling of a place ("Peloponnes" where
    others write "Péloponnèse") is no name to :func:`names_of`, which keeps German nouns only
    when another language writes them: it is looked for the same way."""
    if country is not None and (any(country_code(w, language) == country for w in words
                                    if w[0].isupper() or w[0].lower() == w[0].upper())
                                or any(code == country for *_, code in countries_in(
                                    written, language, alone=True))):
        return True
    if spelt is None:
        return language in NOUNS_CAPITALISED and spells_one_of(
            {w for w in words if w[0].isupper() and LATIN.match(w)}, spellings)
    if latin_spellings_pattern(spellings, main_script(written)).search(spelt):
        return True
    return spells_one_of({w for w in words if w[0].isupper() and not LATIN.match(w)}, spellings)


#: The most used names whose spellings in other languages are counted with them.
POOLED_NAMES = 40


#: The languages whose names of countries tell a country from a name spelt like it, whatever
#: the briefing's own languages: a German page may write "Libyen" in a briefing of English pages.
COUNTRY_LANGUAGES = ("en", "fr", "de", "es", "it", "pt", "nl", "pl")


def _countries(name: str) -> frozenset[str]:
    return frozenset(c for lang in COUNTRY_LANGUAGES if (c := country_code(name, lang)))


def variants(main: str, names: Counter) -> set[str]:
    """``main`` and the names spelt like it (Beirut, Beyrouth, Bejrut; Libya, Libye, Libyen;
    Emilia-Romagna, Émilie-Romagne: the first letters are compared without their accents).
    A country and a name that is no country, or another one, are never spellings of one name,
    however alike: "France" is no "Francesco" (trial 47: a French page naming France was taken
    to name the ship's captain), nor "Iraq" an "Iran"."""
    first = normal(main)[:1]
    alike = [n for n in names if n != main and normal(n)[:1] == first
             and fuzz.ratio(n, main) >= 70]
    if not alike:
        return {main}
    own = _countries(main)
    return {main} | {n for n in alike if (found := _countries(n)) == own or found & own}


#: How alike a name and a place given in ``briefing.yaml`` must be, compared without case or
#: accents, for the name to be another spelling of the place ("Péloponnèse", "Peloponeso" for
#: "Peloponnese"); stricter than :func:`variants`, under which "Iran" took "Iraq" and "Ireland".
GIVEN_LIKENESS = 80
_VOWELS = "aeiouy"


def given_variants(given: str, names: dict[str, set[str]], languages: set[str]) -> set[str]:
    """``given`` (a place the briefing names, lower case) and the ``names`` (each with the
    languages of the pages using it) that are other spellings of that same place: alike
    (:data:`GIVEN_LIKENESS`, the same first letter; in a language that inflects names, its
    form less an ending of a few letters against the place less its final vowels: Polish
    "Kemerowie" for "Kemerovo") and never read, in any of the briefing's ``languages``, as
    another country than the place ("Iraq", "Australia", "Nigeria" are other countries than
    "Iran", "Austria", "Niger"; to a place that is no country, every country is another)."""
    def country(name: str) -> set[str | None]:
        return {country_code(name, language) for language in languages}

    place, own = normal(given), country(given) - {None}
    stem = place.rstrip(_VOWELS)

    def alike(name: str, used_in: set[str]) -> bool:
        folded = normal(name)
        if folded[:1] != place[:1]:
            return False
        if fuzz.ratio(folded, place) >= GIVEN_LIKENESS:
            return True
        return bool(used_in & INFLECTING_LANGUAGES) and any(
            fuzz.ratio(folded[:len(folded) - cut], stem) >= GIVEN_LIKENESS
            for cut in range(1, MAX_ENDING + 1) if len(folded) - cut >= MIN_STEM)

    return {given} | {n for n, used_in in names.items()
                      if alike(n, used_in) and country(n) <= own | {None}}


def pooled(df: Counter, names: dict[str, set[str]], weights: dict[str, float],
           latin: dict[str, bool]) -> Counter:
    """Each of the most used names weighed by the sources using any of its spellings: a place
    every language spells its own way (Peloponnes, Péloponnèse, Peloponneso) is named by most
    sources although no one spelling is, and must not lose to a name spelt alike everywhere
    that is no place of the event (the broadcaster each outlet quotes). Only the
    :data:`POOLED_NAMES` most used names are pooled, so the work stays linear in the names."""
    top = sorted(df, key=lambda m: (-df[m], m))[:POOLED_NAMES]
    out = Counter(df)
    for name in top:
        spellings = variants(name, df)
        out[name] = sum(weights[aid] for aid, ns in names.items()
                           if latin[aid] and not ns.isdisjoint(spellings))
    return out
