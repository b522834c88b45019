"""Capitalised names and their spelling-variant clusters, for ``briefing extract``.

Names are the capitalised runs :func:`generator.text.name_runs.names_in` finds ("Hayder al Abadi",
"Deir Al Zor"), with leading titles dropped ("Iraqi Prime Minister Haider Al Abadi" -> "Haider
Al Abadi", "Col. Ryan Dillon" -> "Ryan Dillon"). Two spellings are one name when

- they differ only in case, hyphens, apostrophes or spacing around "al-" (Deir al-Zor / Deir Al
  Zor, Shi’ite / Shiite);
- :func:`generator.text.names.similar` says so: edit-distance ratio ≥ 85 or the same consonant
  skeleton (Humeima / Humaymah, Haider / Hayder al Abadi);
- they are the same without a leading article "Al"/"El" (Al Bukamal / Bukamal), or without
  spaces their ratio is ≥ 85 (Abul Kamal / Al Bukamal);
- both start with a vowel and have the same consonants (Arsal / Ersal, Idlib / Edlib);
- one is a single word that is the surname of exactly one multi-word name used as a person's
  (Dillon / Ryan Dillon, Hojjaji / Mohsen Hojjaji).

Inflections (Syria / Syrian, Iraqi / Iraqis) are not variants. Clusters are built with
union-find over those links, so "Bukamal", "Al Bukamal" and "Abul Kamal" end as one cluster.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

from generator.content.model import Article
from generator.extract.speakers.people import looks_like_person
from generator.text.blocking import candidate_pairs
from generator.text.countries import country_code, people_and_country
from generator.text.german_names import is_noun
from generator.text.holidays import is_holiday
from generator.text.lexicon import (
    NATIONALITIES,
    NOT_NAMES,
    ORG_WORDS,
    PLACE_BEFORE,
    TITLES,
    is_known_word,
)
from generator.text.name_runs import names_in, run_core
from generator.text.names import (
    NAME_PARTICLES,
    demonym,
    inflected,
    latin,
    lower_words,
    normal,
    similar,
    skeleton,
)
from generator.text.sentences import Sentence
from generator.text.told_apart import other_by_a_word, told_apart

_PLACE_BEFORE = re.compile(
    r"(?:\b(?:in|near|outside|inside|reach|reaching|around|called|named|at|towards|toward)\s+"
    r"|\b(?:east|west|north|south)\s+of\s+|\b(?:town|city|village|province)\s+of\s+)"
    r"(?:the\s+)?$", re.I)


@dataclass
class Mention:
    article: str
    spelling: str
    start: int  # article offsets of the spelling
    end: int
    initial: bool = False  # first word of its sentence (or quotation)


@dataclass
class NameCluster:
    """Spellings judged to be one name, with where each is used."""

    spellings: list[str]  # most used first
    mentions: list[Mention]
    kind: str  # "person", "place" or "actor" (a guess from context)
    links: list[str] = field(default_factory=list)  # why the spellings were joined
    score: float = 100.0

    @property
    def name(self) -> str:
        return self.spellings[0]

    @property
    def articles(self) -> list[str]:
        return sorted({m.article for m in self.mentions})


def _find(text: str, spelling: str, start: int = 0) -> int:
    m = re.compile(rf"(?<![\w’'-]){re.escape(spelling)}(?![\w-])").search(text, start)
    return m.start() if m else -1


def mentions_in(article: Article, sents: list[Sentence],
                german: set[str] | None = None) -> list[Mention]:
    """Every capitalised name in the article's cleaned text, with its offsets; in a German
    article, one-word runs that are nouns are left out (``german``: the German names of the
    briefing, :func:`generator.text.german_names.names_among`)."""
    text = article.text
    out: list[Mention] = []
    cursor: dict[str, int] = defaultdict(int)
    lower = lower_words(text)
    for sentence in sents:
        for run in names_in(sentence.text, article.language or "", lower):
            core = run_core(run, article.language or "")
            if len(core) < 4 or core in NOT_NAMES or core.isupper() or (
                    german is not None and is_noun(core, article.language, german)):
                continue
            at = _find(text, core, max(cursor[core], sentence.start))
            if at < 0 or at >= sentence.end:
                continue
            # a name only at the start of a sentence that is also a common word is not a name
            cursor[core] = at + len(core)
            initial = not text[sentence.start:at].strip(" “\"‘'([") or \
                text[max(0, at - 1):at] in {"“", "\"", "‘"}
            out.append(Mention(article.id, core, at, at + len(core), initial))
    return out


def is_name(spelling: str, mentions: list[Mention]) -> bool:
    """Not a common word that is capitalised only because it starts a sentence ("Press reports
    say", "“Irreconcilable …"), nor a holiday's day ("Christmas Eve": a date, trial 35)."""
    if spelling in NOT_NAMES or is_holiday(spelling):
        return False
    if len(spelling.split()) > 1 or not all(m.initial for m in mentions):
        return True
    return not is_known_word(spelling.lower())


class _Union:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str) -> None:
        self.parent[self.find(a)] = self.find(b)


def _no_article(name: str) -> str:
    return re.sub(r"^(?:al|el)\s*", "", normal(name))


def variant_link(a: str, b: str, languages_apart: bool = False) -> tuple[float, str] | None:
    """Why two spellings are one name, or None (``languages_apart``: no language writes both,
    :func:`generator.text.names.similar`)."""
    from rapidfuzz import fuzz

    if a == b or (inflected(a, b) and normal(a) != normal(b)
                  and (not languages_apart or demonym(a, b))):
        return None
    if normal(a) == normal(b):
        return 100.0, "the same but for case, hyphens or apostrophes"
    if len(a.split()) != len(b.split()) and (a.split()[-1] == b or b.split()[-1] == a):
        return None  # surnames are linked separately, only for people
    na, nb = _no_article(a), _no_article(b)
    if na == nb:
        return 100.0, "the same without the article al-"
    if not languages_apart and other_by_a_word(a, b):
        return None  # "Hurricane Ian", "Hurricane Fiona": two storms, however alike
    hit = similar(a, b, languages_apart)
    if hit:
        return hit
    sa, sb = normal(a).replace(" ", ""), normal(b).replace(" ", "")
    vowels = "aeiou"
    if min(len(sa), len(sb)) >= 5 and sa[0] in vowels and sb[0] in vowels and \
            re.sub(r"[aeiouyhw]", "", sa) == re.sub(r"[aeiouyhw]", "", sb):
        return fuzz.ratio(sa, sb), "same consonants, different first vowel (a transliteration?)"
    if min(len(sa), len(sb)) >= 6 and not _a_word_more(a, b):
        ratio = fuzz.ratio(sa, sb)
        if ratio >= 85:
            return ratio, "nearly the same spelling without spaces"
    return None


def _a_word_more(a: str, b: str) -> bool:
    """Whether one name is the other with a whole word more, of three letters or more and no
    name's particle ("Christmas", "Christmas Day"): another name, however close their letters
    run without spaces (trial 35); "Deir Zor", "Deir ez Zor" differ by a particle."""
    wa, wb = normal(a).split(), normal(b).split()
    short, long_ = (wa, wb) if len(wa) < len(wb) else (wb, wa)
    extra = list(long_)
    for word in short:
        if word not in extra:
            return False
        extra.remove(word)
    return any(len(w) >= 3 and w not in NAME_PARTICLES for w in extra)


@lru_cache(maxsize=64)
def _place_before(language: str) -> re.Pattern[str] | None:
    """The words before a place in ``language`` (:data:`PLACE_BEFORE`), ending ``before``."""
    words = PLACE_BEFORE.get(language)
    if not words:
        return None
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?i)(?<![\w’'])(?:{alternatives})(?:\s+|(?<=['’]))$")


def _kind(spellings: list[str], mentions: list[Mention], texts: dict[str, str],
          languages: dict[str, str] | None = None) -> str:
    person = place = 0
    for m in mentions:
        text = texts[m.article]
        before, after = text[max(0, m.start - 60):m.start], text[m.end:m.end + 80]
        own = _place_before((languages or {}).get(m.article, ""))
        if looks_like_person(m.spelling, before, after) or \
                re.search(r"(?:" + "|".join(re.escape(t) for t in TITLES if len(t) > 2) +
                          r")\s+$", before, re.I):
            person += 1
        elif _PLACE_BEFORE.search(before) or (own is not None and own.search(before)):
            place += 1
    if person and person >= place:
        return "person"
    if place:
        return "place"
    return "actor"


def clusters(mentions: list[Mention], texts: dict[str, str],
             languages: dict[str, str] | None = None) -> list[NameCluster]:
    """Spelling-variant clusters over all the mentions (singletons included); ``languages``
    (article id -> language) lets a place be told by its own language's prepositions."""
    by_spelling: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        by_spelling[m.spelling].append(m)
    spellings = sorted(s for s in by_spelling if is_name(s, by_spelling[s]))
    union = _Union()
    why: dict[tuple[str, str], tuple[float, str]] = {}
    for a in spellings:
        union.find(a)
    written_in = {s: {(languages or {}).get(m.article, "") for m in by_spelling[s]}
                  for s in spellings}
    # every pair when they are few, near neighbours in sorted orders when many (text.blocking)
    for i, j in sorted(candidate_pairs(spellings, block=lambda _s: "", normal=latin,
                                       keys=(latin, lambda s: latin(s)[::-1], skeleton),
                                       cutoff=0)):
        a, b = spellings[i], spellings[j]
        link = variant_link(a, b, bool(languages) and not (written_in[a] & written_in[b]))
        if link and people_and_country(a, b, written_in[a] | written_in[b]):
            continue  # "French" and "France": a people and its country, not one name
        if link and told_apart((texts[x] for x in {m.article for m in by_spelling[a]}
                                & {m.article for m in by_spelling[b]} if x in texts), a, b):
            continue  # "not to be confused with …" (trial 29)
        if link:
            union.union(a, b)
            why[(a, b)] = link
    # surnames: "Dillon" joins "Ryan Dillon" when exactly one person-like full name ends so
    people_names = {}
    for s in spellings:
        words = s.split()
        if len(words) >= 2 and words[0].lower() not in NATIONALITIES \
                and words[-1].lower() not in ORG_WORDS \
                and not any(country_code(words[-1], lang) for lang in written_in[s]) \
                and _kind([s], by_spelling[s], texts, languages) == "person":
            people_names.setdefault(words[-1], []).append(s)
    for s in spellings:
        if len(s.split()) == 1 and len(people_names.get(s, [])) == 1:
            full = people_names[s][0]
            union.union(s, full)
            why[(s, full)] = (100.0, "surname of a person named in full")
    groups: dict[str, list[str]] = defaultdict(list)
    for s in spellings:
        groups[union.find(s)].append(s)
    links_of: dict[str, list[tuple[tuple[str, str], tuple[float, str]]]] = defaultdict(list)
    for pair, link in why.items():
        links_of[union.find(pair[0])].append((pair, link))
    out = []
    for root, members in groups.items():
        ms = [m for s in members for m in by_spelling[s]]
        kind = _kind(members, ms, texts, languages)
        if kind == "person":  # the full name first: "Ryan Dillon", not "Dillon"
            members.sort(key=lambda s: (-len(s.split()), -len(by_spelling[s]), s))
        else:
            members.sort(key=lambda s: (-len(by_spelling[s]), -len(s.split()), s))
        links = [f"{a} ~ {b}: {reason}" for (a, b), (_score, reason) in links_of[root]]
        scores = [score for _pair, (score, _r) in links_of[root]]
        out.append(NameCluster(members, ms, kind, links,
                               min(scores) if scores else 100.0))
    out.sort(key=lambda c: (-len(c.spellings), -len(c.mentions), c.name))
    return out
