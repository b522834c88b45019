"""Suggest spelling variants the fact sheets do not list yet (hints from ``briefing check``).

Outlets transliterate names differently: Humeima / Humaymah, Hayder al Abadi / Haider al-Abadi,
Abu Kamal / Abul Kamal. We collect capitalised names from the cleaned article text and compare
them with the listed names and with each other. Two signals, both cheap:

- rapidfuzz's edit-distance ratio on a normalised form (case, hyphens, "al-" joined), for typos
  and small spelling differences;
- a consonant skeleton (vowels and the weak letters h, w, y dropped after the first letter), for
  transliterations that differ in every vowel but keep the consonants (Humeima ~ Humaymah).

These are hints, never errors: the analyst decides.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass

from generator.content.model import Content

_CONNECT = r"(?:al|el|ul|bin|ibn|bint|abu|abul|de|du|van|von)"
_CAP = r"[A-Z][\w’']*(?:-[A-Z]?[\w’']+)*"
_NAME = re.compile(rf"\b{_CAP}(?:[ -](?:{_CONNECT}[ -])?{_CAP}){{0,5}}")
_POSSESSIVE = re.compile(r"[’']s?$")
_STOP = {
    "The", "A", "An", "In", "On", "At", "But", "And", "Or", "It", "He", "She", "They", "We", "I",
    "His", "Her", "Their", "Its", "This", "That", "These", "Those", "There", "When", "While",
    "After", "Before", "Under", "Over", "Since", "For", "With", "As", "If", "By", "From", "To",
    "Of", "Our", "Earlier", "Later", "Several", "Some", "Both", "Each", "Monday", "Tuesday",
    "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March",
    "April", "May", "June", "July", "August", "September", "October", "November", "December",
}
MIN_RATIO = 85.0
MIN_SKELETON_RATIO = 60.0


def normal(name: str) -> str:
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = re.sub(r"[’'`]", "", text)
    text = re.sub(r"\b(al|el|ul)[- ]", r"\1", text)
    return re.sub(r"[\s-]+", " ", text).strip()


def skeleton(name: str) -> str:
    text = normal(name).replace(" ", "")
    if not text:
        return ""
    return text[0] + re.sub(r"[aeiouyhw]", "", text[1:])


def names_in(text: str) -> list[str]:
    """Runs of capitalised words ("Hayder al Abadi"), without a leading function word or a
    trailing possessive."""
    out = []
    for m in _NAME.finditer(text):
        words = m.group(0).split()
        while words and words[0] in _STOP:
            words = words[1:]
        name = _POSSESSIVE.sub("", " ".join(words))
        if len(name) >= 4 and not name.isupper():
            out.append(name)
    return out


def tails(name: str) -> list[str]:
    """The name and its shorter endings: titles come first ("Prime Minister Hayder al Abadi")."""
    words = name.split()
    out = [" ".join(words[i:]) for i in range(len(words))]
    return [t for t in out if len(t) >= 4 and t.split()[0][:1].isupper()]


def _inflected(a: str, b: str) -> bool:
    """Syria / Syrian, Iraqi / Iraqis: the same word with an ending, not a spelling variant."""
    na, nb = normal(a), normal(b)
    short, long_ = sorted((na, nb), key=len)
    return long_.startswith(short) and len(long_) - len(short) <= 3


@dataclass(frozen=True)
class Suggestion:
    found: str  # the spelling found in articles
    articles: tuple[str, ...]
    like: str  # the listed (or other found) name it resembles
    entity: str | None  # entity id when ``like`` is a listed name
    score: float
    reason: str


def _similar(a: str, b: str) -> tuple[float, str] | None:
    from rapidfuzz import fuzz

    na, nb = normal(a), normal(b)
    if na == nb or _inflected(a, b):
        return None
    ratio = fuzz.ratio(na, nb)
    if ratio >= MIN_RATIO:
        return ratio, "nearly the same spelling"
    if len(na) >= 5 and ratio >= MIN_SKELETON_RATIO and skeleton(a) == skeleton(b):
        return ratio, "same consonants (a transliteration?)"
    return None


def suggest(content: Content) -> list[Suggestion]:
    """Names in the articles that look like unlisted spellings of listed or of each other."""
    found: dict[str, set[str]] = defaultdict(set)
    outlets: dict[str, set[str]] = defaultdict(set)
    for article in content.articles.values():
        in_article = content.cache.on(
            article, "names", None, lambda a=article: names_in(a.headline + "\n" + a.text))
        for name in in_article:
            found[name].add(article.id)
            outlets[name].add(article.outlet or "")
    listed: dict[str, tuple[str, str]] = {}
    for _kind, entity in content.entities():
        for name in (entity.name, *entity.variants):
            listed[normal(name)] = (name, entity.id)
    listed_by_skeleton: dict[str, list[str]] = defaultdict(list)
    for key in listed:
        listed_by_skeleton[skeleton(key)[:1]].append(key)
    out: list[Suggestion] = []
    # a run that ends in a listed name ("Prime Minister Hayder al Abadi") holds nothing new
    unlisted = sorted(n for n in found if not any(normal(t) in listed for t in tails(n)))
    seen: set[str] = set()
    for run in unlisted:
        best = None
        for name in tails(run):
            for key in listed_by_skeleton.get(skeleton(name)[:1], []):
                hit = _similar(name, listed[key][0])
                if hit and (best is None or hit[0] > best[0]):
                    best = (hit[0], hit[1], key, name)
        if best is not None and best[3] not in seen:
            seen.add(best[3])
            like, entity_id = listed[best[2]]
            out.append(Suggestion(best[3], tuple(sorted(found[run])), like, entity_id, best[0],
                                  best[1]))
    # unlisted names that resemble each other, used by different outlets
    rest = [n for n in unlisted if not any(s.found == n for s in out)]
    buckets: dict[str, list[str]] = defaultdict(list)
    for name in rest:
        buckets[skeleton(name)[:1]].append(name)
    for names in buckets.values():
        for i, a in enumerate(names):
            for b in names[i + 1:]:
                if outlets[a] == outlets[b]:
                    continue
                hit = _similar(a, b)
                if hit:
                    out.append(Suggestion(b, tuple(sorted(found[b])), a, None, hit[0], hit[1]))
    return out
