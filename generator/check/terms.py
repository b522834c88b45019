"""The words a figure or an event is found by in an article, and one sentence read for them.

A figure's terms are its ``terms:``; by default, the words of its label (up to its first function
word: what it counts, not what it is about) and of its unit, less the words that name nothing in
particular ("number", "people", "reported"), each with the words news copy states that kind of
count with (:data:`generator.text.lexicon.COUNT_TERMS`: a label "Deaths" is stated by "killed",
"died", "toll" …; in the other languages, by the words of
:data:`generator.text.counted_words.COUNTED`: "morts", "Toten", "tewas") and the nouns that
count the same thing (:data:`generator.text.lexicon.NOUN_GROUPS`: "fighters" by "militants").
Single words match by lemma ("deaths" is "death"); phrases match as whole words,
case-insensitively, except short all-capital names ("IS"), which match only as written.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace

import regex

from generator.check.country_counts import country_of_figure, holds_country
from generator.check.term_tables import GROUPS, elsewhere, table_group
from generator.content.model import Content
from generator.content.schema import Event, Figure
from generator.text.counted_words import counted_group
from generator.text.lexicon import (
    COUNT_TERMS,
    FUNCTION_WORDS,
    GENERIC_FIGURE_WORDS,
    NOUN_GROUPS,
)
from generator.text.names import spelling_pattern, spelling_probe
from generator.text.presumed import names_presumed, presumed
from generator.text.sentences import Sentence

#: A word: letters with their combining marks (`regex`'s \p{M}: a Bengali or Devanagari vowel
#: sign is no letter to `re`, which cut "নিহত" in three and missed every stem in it).
WORD = regex.compile(r"\p{L}[\p{L}\p{M}]*(?:['’-]\p{L}[\p{L}\p{M}]*)*")


@functools.lru_cache(maxsize=1 << 16)
def forms(word: str) -> frozenset[str]:
    """A word lower-cased, with the forms an English plural or possessive may stand for:
    "deaths" {deaths, death}, "buses" {buses, buse, bus}, "casualties" {…, casualty},
    "militiamen" {militiamen, militiaman}. A term and a word of the text match when their forms
    meet; this needs no dictionary (a lemmatiser takes a second to load, for every check)."""
    low = word.lower().strip("'’").removesuffix("'s").removesuffix("’s")
    out = {low}
    if low.endswith("men") and len(low) > 4:
        out.add(low[:-3] + "man")
    if low.endswith("ies") and len(low) > 4:
        out.add(low[:-3] + "y")
    if low.endswith("es") and len(low) > 3:
        out.add(low[:-2])
    if low.endswith("s") and not low.endswith("ss") and len(low) > 3:
        out.add(low[:-1])
    return frozenset(out)


#: What ends a clause after a number (:meth:`Scanned.outcome_near`).
_CLAUSE = re.compile(r"[:;,()]")
#: Statuses that undo or follow what befell people first (escaped, then caught again): a
#: number they name counts no figure of another outcome (:meth:`Scanned.undone_after`).
UNDOING = ("recaptured",)


@dataclass(frozen=True)
class Terms:
    """What a record is found by: single words (each in every form) and phrases."""

    words: frozenset[str]
    phrases: tuple[str, ...]
    #: beginnings of words, in the languages that glue endings and particles on ("погиб" of
    #: "погибли", "사망" of "사망하고"); in Chinese and Japanese, found anywhere ("死亡")
    stems: tuple[str, ...] = ()
    #: beginnings of words in one language's copy ("desaparec" of "desaparecieron", "ferit" of
    #: "feriti"), as (language, stems): read only in articles of that language, where they
    #: cannot begin another language's word ("péri" is not "period")
    own_stems: tuple[tuple[str, tuple[str, ...]], ...] = ()
    #: a figure of the presumed dead: stated only with the words of
    #: :mod:`generator.text.presumed` after its number
    presumed: bool = False
    #: a figure of one country's people: that country's code ("FR" of "nationals of France"),
    #: read by its people's words in every language (:mod:`.country_counts`), and the language
    #: of the article being read (:meth:`for_language`)
    country: str = ""
    language: str = ""

    def counts(self, after: str) -> bool:
        """Whether the words after a number (to its sentence's end) may state this figure: a
        figure of the presumed dead only "eight more were presumed dead", not every toll. (Any
        other figure may be stated so: "12 people are believed to have died" is an outlet's
        toll, hedged, not its silence; review 13.)"""
        return presumed(after) if self.presumed else True

    def __bool__(self) -> bool:
        return bool(self.words or self.phrases or self.stems or self.country)

    def stem_in(self, word: str) -> bool:
        """Whether a word (lower-cased) of the text is written on one of the stems (an Arabic
        word without its short vowels, and without "and" or the article glued on)."""
        if _ARABIC.search(word):
            bare = _HARAKAT.sub("", word)
            return any(w.startswith(stem) for w in {bare, _PROCLITIC.sub("", bare)}
                       for stem in self.stems)
        return any((stem in word) if _UNSPACED_STEM.search(stem) else word.startswith(stem)
                   for stem in self.stems)

    def for_language(self, language: str | None) -> Terms:
        """These terms as an article in ``language`` is read: with its own beginnings of
        words."""
        own = next((stems for lang, stems in self.own_stems if lang == language), ())
        out = replace(self, stems=self.stems + own, own_stems=()) if own else self
        return replace(out, language=language or "") if self.country else out

    def in_text(self, low: str, text: str) -> bool:
        """A cheap test on a whole article (lower-cased, and as written): may a sentence of it
        hold one of these terms?"""
        if _HARAKAT.search(low):
            low = _HARAKAT.sub("", low)
        return bool(self.country) or any(w in low for w in self.words) or any(
            st in low for st in self.stems) or any(_probe(p, text, low) for p in self.phrases)


#: Arabic letters; the short vowels and other marks Arabic copy writes on a few words
#: ("وأُصيب"); "and", "so" and the article glued before a word.
_ARABIC = re.compile(r"[\u0620-\u064a]")
_HARAKAT = re.compile(r"[\u064b-\u0652\u0670]")
_PROCLITIC = re.compile(r"^(?:[وف]?(?:ال|بال|لل)|[وف])(?=\w\w)")


def _arabic_forms(word: str) -> frozenset[str]:
    """An Arabic word as written, without its short vowels, and without "and" or the article."""
    bare = _HARAKAT.sub("", word)
    return frozenset({word, bare, _PROCLITIC.sub("", bare)})


#: Kana and ideographs: a stem written in them has no word boundary to start at.
_UNSPACED_STEM = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]")


@functools.lru_cache(maxsize=16384)
def _stem_pattern(stem: str) -> re.Pattern[str]:
    body = r"\s+".join(re.escape(p) for p in stem.split())
    return re.compile(rf"(?<!\w){body}", re.I)


def _probe(phrase: str, text: str, low: str) -> bool:
    """Whether ``text`` (``low``: lower-cased) may hold the phrase: a cheap substring test."""
    return (phrase in text) if phrase.isupper() and len(phrase) <= 5 \
        else spelling_probe(phrase) in low


#: Kept for every phrase of a briefing: a draft of many pages holds more than a thousand, and
#: a smaller cache compiled each of them again for every sentence (trial 27: a check of a
#: draft grouped page by page ran 80 s → 15 min).
@functools.lru_cache(maxsize=16384)
def _phrase_pattern(phrase: str) -> re.Pattern[str]:
    """Phrases are found as names are (:func:`generator.text.names.spelling_pattern`): whole
    words, short all-capital ones as written, an inflecting script's words in any case."""
    return re.compile(spelling_pattern(phrase))


def terms_of(texts: list[str], derive: bool) -> Terms:
    """Terms from the analyst's words (``derive`` false) or from a label and unit."""
    words: set[str] = set()
    phrases: list[str] = []
    own: set[str] = set()  # the label's and unit's own words, as written (lower case)
    for text in texts:
        if derive:  # the draft lists the values in brackets: "(dutzende: at least 24)"
            text = text.split("(")[0]
        parts = WORD.findall(text)
        if not derive and len(parts) > 1:
            phrases.append(" ".join(parts))
            continue
        if derive:
            parts = _leading(parts)
        for part in parts:
            low = part.lower()
            if derive and (low in FUNCTION_WORDS or low in GENERIC_FIGURE_WORDS or len(low) < 3):
                continue
            words |= forms(low)
            own.add(low)
    stems: list[str] = []
    by_language: dict[str, list[str]] = {}
    if not derive:
        return Terms(frozenset(words), tuple(phrases),
                     presumed=any(names_presumed(text) for text in texts))
    given = frozenset(words)
    joined: dict[str, bool] = {}  # groups of the table of counted words -> their English too
    for name, group in COUNT_TERMS.items():
        every = frozenset().union(*(forms(w) for w in group))
        if words & every:
            words |= every
            if name in GROUPS:
                joined[GROUPS[name]] = False
    # a label's word that the table of counted words names a group by, in English or in the
    # language the draft kept it in ("trapped", "discharged", "navires"): that group's words
    # too (spsilent: a figure of the trapped was found in English copy only)
    for word in sorted(own):
        if (group := table_group(word)) is not None:
            joined.setdefault(group, True)
    for group, english in joined.items():
        # the same count in the other languages' copy ("morts", "Toten", "tewas"; "trouvé
        # la mort"): an outlet writing in French that gives the toll is not silent on it
        other, glued, beginnings = elsewhere(group, english)
        for word in other:
            if " " in word:
                phrases.append(word)
            else:
                words |= forms(word)
        stems.extend(glued)
        for lang, begun in beginnings:
            by_language.setdefault(lang, []).extend(begun)
    # a group of nouns joins through the label's and unit's own words only: "casualties", one
    # of the injured's count words, is also among the nouns of the dead, and "36 dead" would
    # otherwise state a figure of the injured
    for group in NOUN_GROUPS.values():
        every = frozenset().union(*(forms(w) | forms(f"{w}s") for w in group))
        if given & every:
            words |= every
    return Terms(frozenset(words), tuple(phrases), tuple(dict.fromkeys(stems)),
                 tuple((lang, tuple(dict.fromkeys(own))) for lang, own in by_language.items()),
                 any(names_presumed(text) for text in texts))


def _leading(parts: list[str]) -> list[str]:
    """The words of a label up to its first function word other than "and" and "of"
    ("Civilians and relatives" of "Civilians and relatives travelling with the fighters")."""
    out = []
    for part in parts:
        if part.lower() in FUNCTION_WORDS and part.lower() not in ("and", "of"):
            break
        out.append(part)
    return out


def figure_terms(figure: Figure) -> Terms:
    """What a figure is found by: its ``terms:``, else the words of its label and unit; a
    figure of one country's people by that country too (:mod:`.country_counts`)."""
    if figure.terms:
        return terms_of(list(figure.terms), derive=False)
    return replace(terms_of([figure.label, figure.unit], derive=True),
                   country=country_of_figure(figure.label, figure.unit))


def event_terms(event: Event, content: Content) -> tuple[Terms, ...]:
    """What one sentence must hold, each Terms at least once: the event's terms (any); else
    its place (any spelling) and one of its actors (any); else every actor."""
    def spellings(*entities) -> Terms:
        names = [n for e in entities for n in (e.name, *e.variants)]
        return Terms(frozenset(), tuple(dict.fromkeys(names)))

    if event.terms:
        return (Terms(frozenset(), tuple(event.terms)),)
    actors = [content.actors[a] for a in event.actors if a in content.actors]
    if event.place in content.places:
        return ((spellings(content.places[event.place]),)
                + ((spellings(*actors),) if actors else ()))
    return tuple(spellings(a) for a in actors)


@dataclass
class Scanned:
    """One sentence read once for every record: its words with their positions and forms."""

    sentence: Sentence
    words: list[tuple[int, int, str]]  # (start, end, word) in the sentence
    forms: frozenset[str]  # every word in every form (:func:`forms`)
    low: str
    #: function words of the article's language, which state no term: the German article
    #: "die" is not the English verb
    ignore: frozenset[str] = frozenset()

    @classmethod
    def of(cls, sentence: Sentence, ignore: frozenset[str] = frozenset()) -> Scanned:
        words = [(m.start(), m.end(), m.group(0)) for m in WORD.finditer(sentence.text)]
        every = frozenset().union(*(_arabic_forms(w) if _ARABIC.search(w) else forms(w)
                                    for _s, _e, w in words
                                    if w.lower() not in ignore)) if words else frozenset()
        return cls(sentence, words, every, sentence.text.lower(), ignore)

    def holds(self, terms: Terms) -> bool:
        return bool(terms.words & self.forms) or self.hits_stem(terms) or any(
            _phrase_pattern(p).search(self.sentence.text) for p in terms.phrases
            if _probe(p, self.sentence.text, self.low)) or bool(
            terms.country and holds_country(self.sentence.text, terms.country, terms.language))

    def hits(self, terms: Terms) -> list[int]:
        """Offsets in the sentence where a term stands."""
        found = [start for start, _end, w in self.words if w.lower() not in self.ignore
                 and ((_arabic_forms(w) if _ARABIC.search(w) else forms(w)) & terms.words
                      or (terms.stems and terms.stem_in(w.lower())))]
        for stem in terms.stems:
            if " " in stem:  # "hayatını kaybet": its words, the last with an ending
                found += [m.start() for m in _stem_pattern(stem).finditer(self.sentence.text)]
        for phrase in terms.phrases:
            found += [m.start() for m in _phrase_pattern(phrase).finditer(self.sentence.text)]
        return sorted(found)

    def hits_stem(self, terms: Terms) -> bool:
        return bool(terms.stems) and (
            any(terms.stem_in(w.lower()) for _s, _e, w in self.words)
            or any(_stem_pattern(st).search(self.sentence.text) for st in terms.stems if " " in st))

    def outcome_near(self, start: int, end: int, terms: Terms, lang: str) -> bool:
        """Whether a term naming an outcome (the dead, the hurt, the missing) stands in the four
        words before the number at ``start``-``end`` or in its clause after it: "12 passengers
        died" and "killed 12 passengers" count the dead among the passengers, where "150
        passengers on board" counts the passengers alone."""
        text, at = self.sentence.text, set(self.hits(terms))
        near = [(s, w) for s, _e, w in self.words if s < start][-4:] + [
            (s, w) for s, _e, w in self.words if s >= end and not _CLAUSE.search(text, end, s)][:6]
        return any(s in at and counted_group(w.lower() + " ", lang, ("dead", "wounded", "missing"))
                   for s, w in near)

    def undone_after(self, end: int, terms: Terms, lang: str) -> bool:
        """Whether the clause after the number ending at ``end`` says the people it counts were
        caught again or let go (:data:`UNDOING`: "95 der geflohenen Häftlinge wieder gefasst"),
        and the figure (``terms``) counts no such thing: a count of the recaptured is no
        mention of the escape (trial 39)."""
        text = self.sentence.text
        words = [s for s, _e, _w in self.words if s >= end and not _CLAUSE.search(text, end, s)
                 and not any(c.isdigit() for c in text[end:s])][:8]
        found = next((g for s in words if (g := counted_group(text[s:], lang, UNDOING))), None)
        return found is not None and not any(
            counted_group(w + " ", "en", (found,)) for w in terms.words)

    def word_index(self, at: int) -> int:
        """How many words stand before offset ``at`` of the sentence."""
        return sum(1 for start, _e, _w in self.words if start < at)

    def words_after(self, at: int, n: int) -> list[str]:
        return [w for start, _e, w in self.words if start >= at][:n]

    def phrase_at(self, at: int, terms: Terms) -> str:
        """The term as the sentence writes it."""
        text = self.sentence.text
        for phrase in sorted(terms.phrases, key=len, reverse=True):
            m = _phrase_pattern(phrase).match(text, at)
            if m:
                return m.group(0)
        m = WORD.match(text, at)
        return m.group(0) if m else text[at:at + 20]


def other_figures_terms(fid: str, own: dict[str, Terms]) -> Terms:
    """The terms of the figures other than ``fid`` that are not its own: the words that say a
    number counts another of the fact sheets' quantities (crew, passengers) than this one."""
    mine = own[fid]
    words = frozenset().union(*(t.words for f, t in own.items() if f != fid))
    # a phrase holding one of this figure's words is no other thing ("lost their lives" of
    # the dead on board, for a figure of all deaths found by "lives")
    phrases = {p for f, t in own.items() if f != fid for p in t.phrases if p not in mine.phrases
               and not any(forms(w) & mine.words for w in p.split())}
    return Terms(words - mine.words - GENERIC_FIGURE_WORDS, tuple(sorted(phrases)))


def rival_terms(fid: str, own: dict[str, Terms]) -> Terms:
    """The words of the other figures that share a word with this one ("militiamen" of
    "militiamen killed", for a figure of operatives killed): what they count beside a shared
    outcome is theirs."""
    mine = own[fid].words - GENERIC_FIGURE_WORDS
    return Terms(frozenset().union(*(t.words for f, t in own.items()
                                     if f != fid and t.words & mine)) - own[fid].words, ())
