"""Hints for spellings the fact sheets do not list yet (``briefing check`` shows them).

Names found in the articles are compared with the listed names of actors, places and terms and
with each other by the rules of :mod:`generator.text.names`; a close match the fact sheets do not
list becomes a hint on the entity (or on the article, for two unlisted spellings). These are hints,
never errors: the analyst decides. Which pairs are compared is decided by
:mod:`generator.text.blocking`: all of them in a briefing of ordinary size, near neighbours in
sorted orders beyond, so that the hints cost time linear in the number of names.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from generator.content.model import Article, Content
from generator.content.problems import Problems, Severity
from generator.text import german_names
from generator.text.blocking import candidate_pairs, candidates_between
from generator.text.countries import people_and_country
from generator.text.lexicon import AND_WORDS
from generator.text.name_runs import names_in, run_core
from generator.text.names import (
    MIN_SKELETON_RATIO,
    SAME_CONSONANTS,
    inflected_stem,
    latin,
    normal,
    similar,
    skeleton,
    spelling_pattern,
    tails,
)
from generator.text.told_apart import other_by_a_word, told_apart


@dataclass(frozen=True)
class Suggestion:
    found: str  # the spelling found in articles
    articles: tuple[str, ...]
    like: str  # the listed (or other found) name it resembles
    entity: str | None  # entity id when ``like`` is a listed name
    score: float
    reason: str


def _names(text: str, language: str) -> list[str]:
    """The names the article's capitalised runs hold, as ``briefing extract`` reads them: not
    "President Ana Ruiz He" or "Viña del Mar Mayor Ana Ruiz" beside "Ana Ruiz" (trial 27)."""
    return [core for run in names_in(text, language) if len(core := run_core(run, language)) >= 4]


def suggest(content: Content) -> list[Suggestion]:
    """Names in the articles that look like unlisted spellings of listed or of each other."""
    found: dict[str, set[str]] = defaultdict(set)
    outlets: dict[str, set[str]] = defaultdict(set)
    languages: dict[str, set[str]] = defaultdict(set)  # the languages that write a name
    german = german_names.names_among((a.language, a.written) for a in content.articles.values())
    for article in content.articles.values():
        in_article = content.cache.on(
            article, "names", None, lambda a=article: _names(a.written, a.language or ""))
        for name in in_article:
            if german_names.is_noun(name, article.language, german):
                continue  # a German noun ("Tragödie"), capitalised as every noun is
            found[name].add(article.id)
            outlets[name].add(article.outlet or "")
            languages[name].add(article.language or "")
    listed: dict[str, tuple[str, str]] = {}
    for _kind, entity in content.entities():
        for name in (entity.name, *entity.variants):
            listed[normal(name)] = (name, entity.id)
    best_index: dict[str, tuple[int, int]] = {}
    out: list[Suggestion] = []
    # a run that ends in a listed name ("Prime Minister Hayder al Abadi") holds nothing new,
    # nor one in a case of a listed name that mentions are found in every case of ("в Келбе")
    inflecting = [re.compile(spelling_pattern(name)) for name, _id in listed.values()
                  if any(inflected_stem(w, 3) for w in name.split())]
    unlisted = sorted(n for n in found if not any(
        normal(t) in listed or any(p.fullmatch(t) for p in inflecting) for t in tails(n)))
    keys = list(listed)
    # each tail of each unlisted run against the listed names it may be a spelling of
    queries = [(run, name) for run in unlisted for name in tails(run)]
    best_of: dict[str, tuple[float, str, str, str]] = {}
    for qi, ki in candidates_between([q[1] for q in queries], [listed[k][0] for k in keys],
                                     **_BLOCKING):
        run, name = queries[qi]
        like = listed[keys[ki]][0]
        hit = similar(name, like, not (languages.get(like, set()) & languages[name]))
        if hit and people_and_country(name, like, languages.get(like, set()) | languages[name]):
            continue  # "French" beside a listed "France": its people, no spelling of it
        best = best_of.get(run)
        if hit and (best is None or hit[0] > best[0] or (hit[0] == best[0] and
                                                         (qi, ki) < best_index[run])):
            best_of[run] = (hit[0], hit[1], keys[ki], name)
            best_index[run] = (qi, ki)
    seen: set[str] = set()
    for run in unlisted:
        best = best_of.get(run)
        if best is not None and best[3] not in seen:
            seen.add(best[3])
            like, entity_id = listed[best[2]]
            out.append(Suggestion(best[3], tuple(sorted(found[run])), like, entity_id, best[0],
                                  best[1]))
    # unlisted names that resemble each other, used by different outlets
    suggested = {s.found for s in out}
    rest = [n for n in unlisted if n not in suggested]
    rank: dict[str, int] = {}
    for name in rest:  # buckets in order of their first name, as the hints always came
        rank.setdefault(_BLOCKING["block"](name), len(rank))
    pairs = sorted(candidate_pairs(rest, **_BLOCKING),
                   key=lambda p: (rank[_BLOCKING["block"](rest[p[0]])], p))
    for i, j in pairs:
        a, b = rest[i], rest[j]
        if outlets[a] == outlets[b]:
            continue
        apart = not (languages[a] & languages[b])
        hit = similar(a, b, apart)
        if hit and not apart and other_by_a_word(a, b):
            continue  # "Hurricane Ian", "Hurricane Fiona": two storms (trial 31)
        if hit and people_and_country(a, b, languages[a] | languages[b]):
            continue  # a people and its country ("French", "France"), not one name
        both = found[a] & found[b]
        if hit and hit[1] == SAME_CONSONANTS and any(
                listed_together(content.articles[aid].written, a, b) for aid in both):
            continue  # a writer who lists both tells them apart: two islands, not one name's
            # transliterations (trial 20)
        if hit and told_apart((content.articles[aid].written for aid in both), a, b):
            continue  # "not to be confused with …" (trial 29)
        if hit and apart and (_common_word(a, found[a], content)
                              or _common_word(b, found[b], content)):
            continue  # "Police" and "Policía", "Methanol" and "Metanol": one noun's two
            # languages, capitalised where a sentence opens (trials 33 and 34)
        if hit:
            out.append(Suggestion(b, tuple(sorted(found[b])), a, None, hit[0], hit[1]))
    return out


def listed_together(text: str, a: str, b: str) -> bool:
    """Whether a text joins two names as a list ("Kalo and Kelewe", "between Kalo Bay and
    Kelewe Bay"): two things, not one name and its variant ("Kelbe (also spelled Kalba)")."""
    own_a = [w for w in a.split() if w not in b.split()] or a.split()
    own_b = [w for w in b.split() if w not in a.split()] or b.split()
    joined = rf"(?:\s+\S+){{0,2}}?\s*(?:,|\s(?:{'|'.join(AND_WORDS)})\s)\s*"
    first, second = re.escape(" ".join(own_a)), re.escape(" ".join(own_b))
    return re.search(rf"\b(?:{first}{joined}{second}|{second}{joined}{first})\b", text) is not None


#: Names are compared within the bucket of their skeleton's first letter (transliterations keep
#: it), and only pairs at least MIN_SKELETON_RATIO alike can pass :func:`similar`; all three
#: in Latin letters, so that one name in two scripts lands in one bucket.
_BLOCKING = {"block": lambda name: skeleton(name)[:1], "normal": latin,
             "keys": (latin, lambda name: latin(name)[::-1], skeleton),
             "cutoff": MIN_SKELETON_RATIO}


def report_spellings(content: Content, problems: Problems) -> None:
    """Every suggestion as a hint: on the entity it resembles, or on the article."""
    entities = {e.id: e for _kind, e in content.entities()}
    for s in suggest(content):
        where = ", ".join(s.articles[:3]) + (" …" if len(s.articles) > 3 else "")
        if s.entity is not None:
            path, line, col = entities[s.entity].at("variants") if entities[s.entity].variants \
                else entities[s.entity].at()
            problems.add(path, line, col,
                         f"{s.found!r} (in {where}) looks like a spelling of {s.like!r} "
                         f"({s.reason})", f"add it to the variants of {s.entity!r}",
                         Severity.HINT)
        else:
            article = content.articles[s.articles[0]]
            line, col = _first_use(article, s.found)
            problems.add(article.rel_path, line, col,
                         f"{s.found!r} (in {where}) and {s.like!r} look like spellings of one "
                         f"name ({s.reason})", "list them as variants of one actor, place or term",
                         Severity.HINT)


def _common_word(name: str, articles: set[str], content: Content) -> bool:
    """Whether a one-word name is a common word of its articles' language, which they write in
    lower case too ("police" beside a sentence's "Police"): no name to list."""
    if " " in name or not name[:1].isupper():
        return False
    word = re.compile(rf"(?<![\w-]){re.escape(name.lower())}(?![\w-])")
    return any(word.search(content.articles[aid].written) for aid in articles)


def _first_use(article: Article, name: str) -> tuple[int, int]:
    """The line and column of a name's first use in an article's headline and story, so the
    hint points at it (trial 33: hints on articles gave no line); (0, 0) when it is not there
    as written."""
    for block in (b for b in [article.headline_block, *article.paragraphs] if b is not None):
        at = block.text.find(name)
        if at >= 0:
            before = block.text[:at]
            return block.line + before.count("\n"), at - (before.rfind("\n") + 1) + 1
    return 0, 0
