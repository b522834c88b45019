"""Runs of capitalised words in running text, and the name each holds.

Names are found by capitalisation (:func:`names_in`), so in any cased script; a run may carry
more than the name: a possessor, a title and the place it is the title of, a pronoun a page's
lost full stop glued to it. :func:`run_core` keeps the name, for both the spelling hints of
``briefing check`` (:mod:`generator.check.suggestions`) and the name clusters of ``briefing
extract`` (:mod:`generator.extract.names`), so that the two never disagree on what a name is.
"""

from __future__ import annotations

import re
from functools import lru_cache

import regex

from generator.text.languages import calendar_words, stop_words
from generator.text.lexicon import CAPITALISED_FUNCTION_WORDS
from generator.text.names import lower_words, office_word, strip_titles
from generator.text.quantities import QUANTITY, quantities
from generator.text.speech_words import ACCORDING, PRONOUNS

# Lower-case words inside one name: Arabic articles and kinship words, Romance and Dutch/German
# particles ("Viña del Mar", "Rio de Janeiro", "Praça da Sé", "Presidente della Repubblica",
# "Puerto de la Cruz": trial 27 split the first into "Viña" and "Mar"; a person and their party
# are two, :func:`_apart`). German articles (der, den, das) are not among them: German
# capitalises every noun ("Zahl der Toten" is no name).
_CONNECT = (r"(?:al|el|ul|bin|ibn|bint|abu|abul|du|van|von|del|della|da|di|do|dos"
            r"|de(?:[ -](?:la|las|los))?)")
# `regex`, not `re`: a capital letter of any script is \p{Lu}, which `re` cannot say
_CAP = r"\p{Lu}[\w’']*(?:-\p{Lu}?[\w’']+)*"
NAME_RUN = regex.compile(rf"\b{_CAP}(?:[ -](?:{_CONNECT}[ -])?{_CAP}){{0,5}}")
_POSSESSIVE = re.compile(r"[’']s?$")
_ADJECTIVE = re.compile(r"-(?:led|backed|allied|controlled|held|based|linked|run|affiliated)$")
_PRONOUNS = frozenset({"He", "She", "It", "They", "We", "His", "Her", "Their"}
                      | {w.title() for w in PRONOUNS - {"lei", "ze", "on", "ia", "dia", "il"}})
# (not the pronouns that are given names or their syllables too: "Zhang Lei", "Li Ze", "Kim
# On", "Dia", the Korean "Kim Jong Il")
_NUMBER_WORD = re.compile(r"^(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|"
                          r"Dozens|Hundreds|Thousands|Several|Some|Many|Most|All)$")


def names_in(text: str, language: str = "", lower: frozenset[str] | None = None) -> list[str]:
    """Runs of capitalised words ("Hayder al Abadi", "Дерна"), without a leading function word
    or a trailing possessive.

    A leading function word is one of English's, or a stop word of the text's ``language`` that
    the text also writes in lower case (``lower``: the article's words in lower case, read from
    ``text`` when not given): "Dans", "В" and "Министр" go, "Иван" stays, though jusText's long
    lists hold first names too."""
    stops = stop_words(language) if language else frozenset()
    if stops and lower is None:
        lower = lower_words(text)
    out = []
    for run, words in ((r, piece) for r in NAME_RUN.finditer(text)
                       for piece in _apart(r.group(0).split())):
        if _OPENS_SENTENCE.search(text, 0, run.start()) and words[0] == run.group(0).split()[0]:
            words = _without_elided_article(words)  # (mid-sentence "à L'Aquila" is the name)
        while words and (words[0] in CAPITALISED_FUNCTION_WORDS or (
                (low := words[0].lower()) in stops and lower is not None and low in lower)):
            words = words[1:]
        name = _POSSESSIVE.sub("", " ".join(words))
        if len(name) >= 4 and not name.isupper():
            out.append(name)
    return out


#: An article or a preposition elided before a word, capitalised where it opens a sentence
#: ("L'Indonésie", "Nell'Italia", "Qu'Ana"): no part of the name. Not "D'", which opens
#: surnames ("D'Alema"), nor "O'".
_OPENS_SENTENCE = re.compile(r"(?:^|[.!?:;]\s)[\s“\"‘'(\[«„]*$")
_ELIDED_ARTICLE = re.compile(r"^(?:L|Dell|Nell|All|Sull|Dall|Qu|Lorsqu|Jusqu)['’](?=\w)")


def _without_elided_article(words: list[str]) -> list[str]:
    """The run without an elided article glued to its first word: the name after it
    ("L'Indonésie" -> "Indonésie"), or nothing left of a common noun it opened ("L'éruption du
    Marapi" -> "Marapi"; trial 29 offered "L'éruption" and "L’éruption" as one name's
    spellings)."""
    m = _ELIDED_ARTICLE.match(words[0]) if words else None
    if m is None:
        return words
    rest = words[0][m.end():]
    if rest[:1].isupper():
        return [rest, *words[1:]]
    words = words[1:]
    while words and not words[0][:1].isupper():
        words = words[1:]
    return words


def _apart(words: list[str]) -> list[list[str]]:
    """A run cut at a particle between two names of two words or more: a person and the body or
    the place they are of ("Marco Rossi di Forza Italia", "Ana Ruiz del Partido Popular": review
    26), while one word before it is a place's or a title's first ("Viña del Mar", "Presidente
    della Repubblica") and one after it a surname ("Luiz Inácio Lula da Silva")."""
    pieces, start = [], 0
    for i, word in enumerate(words):
        if word[:1].isupper() or (i + 1 < len(words) and not words[i + 1][:1].isupper()):
            continue  # not a particle, or the first of two ("de la")
        first = i
        while first > start and not words[first - 1][:1].isupper():
            first -= 1
        after = next((j for j in range(i + 1, len(words)) if not words[j][:1].isupper()),
                     len(words))
        if first - start >= 2 and after - i - 1 >= 2:
            pieces.append(words[start:first])
            start = i + 1
    return [*pieces, words[start:]]


@lru_cache(maxsize=4096)
def _calendar_or_number(word: str, language: str) -> bool:
    """Whether one capitalised word is a month's or a weekday's name or a number word of the
    page's language ("Januar", "Douze", "Zwölf" opening a sentence: trial 29 listed them among
    the names several outlets use), by dateparser's calendar and the one number reader; once
    per word and language, as every one-word name of every article asks."""
    low = word.lower()
    months, weekdays = calendar_words((language,))
    if low in months or low in weekdays:
        return True
    return any(q.kind == QUANTITY and q.start == 0 and q.end == len(low)
               for q in quantities(low, language))


#: The one-word "according to" of every language (:data:`.speech_words.ACCORDING`).
_CREDITING = frozenset(w for words in ACCORDING.values() for w in words
                       if " " not in w and w.islower())


def run_core(run: str, language: str = "") -> str:
    """The name a run of capitalised words holds, as a reader would cite it: without a possessor
    ("Hezbollah's Hassan Nasrallah"), a leading adjective or number word, a trailing pronoun, or
    the place and title before a person ("Viña del Mar Mayor Ana Ruiz" -> "Ana Ruiz"); "" for
    a run that is no name ("Iran-backed", "We'll")."""
    words = run.split()
    # "Hezbollah's Hassan Nasrallah" -> "Hassan Nasrallah"; "Iran-backed" is an adjective
    for i in range(len(words) - 1, -1, -1):
        if re.search(r"[’']s$", words[i]) and i < len(words) - 1:
            words = words[i + 1:]
            break
    while words and (_ADJECTIVE.search(words[0]) or _NUMBER_WORD.match(words[0])):
        words = words[1:]
    # "according to", opening the sentence before the name it credits ("Laut Polizeichef Anton
    # Berger war …", "Selon Claire Roux": trial 39 proposed the actor "Laut Polizeichef …")
    if len(words) > 1 and words[0].lower() in _CREDITING:
        words = words[1:]
    if words and _ADJECTIVE.search(words[-1]):
        return ""
    if re.search(r"[’'](?:ll|ve|re|d|m)$", " ".join(words)):
        return ""  # "We'll"
    # a pronoun ends no name: a page that lost a full stop ("President Ana Ruiz He said", trial
    # 27; "Marco Rossi Lui", "Hans Weber Er", "Ana Ruiz Ella": review 26)
    while len(words) > 1 and words[-1] in _PRONOUNS:
        words = words[:-1]
    # (a title inside the run, after the place it is the title of: strip_titles); an office of
    # any language opening the run before a name of two words ("Bürgermeister Hans Weber")
    words = strip_titles(" ".join(words)).split()
    if len(words) > 2 and office_word(words[0]):
        words = words[1:]
    if language and len(words) == 1 and _calendar_or_number(words[0], language):
        return ""
    return " ".join(words)
