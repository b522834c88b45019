"""Pages about another event: a flood in the next country, a fire in another cathedral a year on.

A page saved into the wrong briefing does quiet harm: its toll joins the main figures, its outlet
shows as "silent" on claims it could not make. It cannot be told by its kind of event (that is
the same) but by *what it names and when*. An article is flagged when it does not name the
event's place, and one more thing points away from the event:

- **names**: most of the names it uses (capitalised words never written in lower case anywhere
  in the corpus: places, people, institutions) appear in no other article;
- **date**: its publication date (or the date in its address) is before the event, or a year or
  more after it;
- **text**: its words are unlike the rest of the corpus (cosine of IDF-weighted word counts with
  the other articles' summed counts).

The event's place and date are ``place:`` and ``date:`` in briefing.yaml when the analyst gives
them; otherwise the place is the name most articles use (with its spellings in other languages:
Beirut, Beyrouth, Bejrut) and the date the earliest date most articles fall after. The thresholds
were set on the corpus's development pages and scored on pages they were not set on (FIDELITY.md,
"Off-event pages").
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime

from rapidfuzz import fuzz

from generator.content.model import Article, Content
from generator.text.dates import FuzzyDate

#: The share of an article's names found in other articles below which they are "not shared".
NAMES_SHARED = 0.4
#: A name this share of the articles use is one an article about the event is expected to use.
CORE_SHARE = 0.6
#: Languages that capitalise every noun.
NOUNS_CAPITALISED = frozenset({"de", "lb"})
#: Fewer names than this say nothing either way (a short or non-Latin-script page).
MIN_NAMES = 3
#: Likeness to the rest of the corpus below which the text is "unlike it".
TEXT_LIKENESS = 0.05
#: Days before the event, and after it, beyond which a page's date is "far from it".
DAYS_BEFORE, DAYS_AFTER = 1, 365

_NAME = re.compile(r"\b[^\W\d_]\w*(?:['’-]\w+)*")
_WORD = re.compile(r"[^\W\d_]{3,}")
_URL_DATE = re.compile(r"(?<!\d)(20\d\d|19\d\d)([/-]?)(0[1-9]|1[0-2])\2(0[1-9]|[12]\d|3[01])(?!\d)")


@dataclass(frozen=True)
class OffEvent:
    """An article that looks like it is about another event, and why."""

    article: str
    reasons: tuple[str, ...]

    @property
    def text(self) -> str:
        return "; ".join(self.reasons)


@dataclass
class _Corpus:
    names: dict[str, set[str]] = field(default_factory=dict)  # article -> its names, folded
    name_df: Counter = field(default_factory=Counter)


def article_date(article: Article) -> date | None:
    """Its publication date, or the date in its address (``/2023/09/12/``), or None."""
    published = article.published
    if isinstance(published, datetime):
        return published.date()
    if isinstance(published, date):
        return published
    m = _URL_DATE.search(article.url or "")
    if m:
        try:
            return date(int(m.group(1)), int(m.group(3)), int(m.group(4)))
        except ValueError:
            return None
    return None


def _corpus(articles: list[Article]) -> _Corpus:
    corpus = _Corpus()
    texts = {a.id: a.written for a in articles}
    tokens = {aid: set(_NAME.findall(t)) for aid, t in texts.items()}
    lower = {w.casefold() for ws in tokens.values() for w in ws if w[0].islower()}
    found = {}
    for a in articles:
        found[a.id] = {f for w in tokens[a.id]
                       if w[0].isupper() and len(w) > 2 and (f := w.casefold()) not in lower}
    # German capitalises every noun: there, a capitalised word is a name only if an article in
    # another language writes it too ("Baltimore", not "Autofahrer").
    by_language: dict[str, set[str]] = {}
    for a in articles:
        by_language.setdefault(a.language, set()).update(found[a.id])
    for a in articles:
        names = found[a.id]
        if a.language in NOUNS_CAPITALISED:
            elsewhere = set().union(*(v for k, v in by_language.items() if k != a.language))
            names = names & elsewhere
        corpus.names[a.id] = names
        corpus.name_df.update(names)
    return corpus


def _likeness(articles: list[Article]) -> dict[str, float]:
    """Each article's likeness to the others: cosine of its IDF-weighted word counts with the
    sum of theirs (each normalised). Only asked for when an article does not name the event."""
    likeness: dict[str, float] = {}
    texts = {a.id: a.written for a in articles}
    counts = {aid: Counter(_WORD.findall(t.casefold())) for aid, t in texts.items()}
    df: Counter = Counter()
    for c in counts.values():
        df.update(c.keys())
    n = len(articles)
    idf = {w: math.log((n + 1) / k) for w, k in df.items() if k > 1}
    log = math.log
    vectors = {}
    total: Counter = Counter()
    for aid, c in counts.items():
        v = {w: (1 + log(k)) * idf[w] for w, k in c.items() if w in idf}
        norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
        vectors[aid] = {w: x / norm for w, x in v.items()}
        total.update(vectors[aid])
    total_sq = sum(x * x for x in total.values())
    for aid, v in vectors.items():
        # the other articles' sum is total - v: |total - v|² = |total|² - 2 total·v + |v|²
        dot = sum(x * total[w] for w, x in v.items())
        own = sum(x * x for x in v.values())
        rest_norm = math.sqrt(max(total_sq - 2 * dot + own, 0.0)) or 1.0
        likeness[aid] = (dot - own) / rest_norm
    return likeness


def _variants(main: str, names: Counter) -> set[str]:
    """``main`` and the names spelt like it (Beirut, Beyrouth, Bejrut; Libya, Libye, Libyen)."""
    return {n for n in names if n == main or (n[0] == main[0] and fuzz.ratio(n, main) >= 70)}


def _core(content: Content, corpus: _Corpus, n: int) -> tuple[list[set[str]], str]:
    """What an article about the event names: the given place (any of its spellings), or else
    each name that :data:`CORE_SHARE` of the articles use (with its spellings)."""
    given = [p.casefold() for p in content.meta.place]
    if given:
        return [set(given)], ", ".join(content.meta.place)
    common = [m for m, k in corpus.name_df.most_common() if k >= max(2, CORE_SHARE * n)]
    if not common:
        common = [m for m, k in corpus.name_df.most_common(1) if k >= 2]
    core: list[set[str]] = []
    for name in common:
        if not any(name in spellings for spellings in core):
            core.append(_variants(name, corpus.name_df))
    return core, " and ".join(sorted(min(c, key=len).title() for c in core))


def _event_window(content: Content, dates: dict[str, date]) -> tuple[date, date] | None:
    given: FuzzyDate | None = content.meta.date
    if given is not None:
        return given.first, given.last
    known = sorted(dates.values())
    if len(known) < 5:
        return None
    start = known[len(known) // 5]  # the earliest date most articles fall after
    return start, start


def _names_shared(names: set[str], anchored: Counter, own: bool) -> float:
    """The share of ``names`` that some other article naming the event uses too."""
    return sum(1 for n in names if anchored[n] > own) / len(names)


def off_event_pages(content: Content) -> list[OffEvent]:
    """The articles that look like they are about another event, with the reasons."""
    articles = list(content.articles.values())
    if len(articles) < 3:
        return []
    corpus = _corpus(articles)
    core, core_text = _core(content, corpus, len(articles))
    if not core:
        return []
    texts = {a.id: a.written.casefold() for a in articles}
    lacking = {aid: not all(any(name in text for name in spellings) for spellings in core)
               for aid, text in texts.items()}
    anchored: Counter = Counter()
    for aid, names in corpus.names.items():
        if not lacking[aid]:
            anchored.update(names)
    # likeness only decides for an article that does not name the event
    likeness_of = _likeness(articles) if any(lacking.values()) else {}
    languages = Counter(a.language for a in articles)
    dates = {a.id: d for a in articles if (d := article_date(a)) is not None}
    window = _event_window(content, dates)
    out = []
    for article in articles:
        reasons = []
        if lacking[article.id]:
            reasons.append(f"does not name {core_text}")
        names = corpus.names[article.id]
        low_names = False
        if len(names) >= MIN_NAMES:
            shared = _names_shared(names, anchored, not lacking[article.id])
            if shared < NAMES_SHARED:
                low_names = True
                rare = sorted(n.title() for n in names if not anchored[n])
                reasons.append(f"{1 - shared:.0%} of the names it uses are in no article that "
                               f"names the event ({', '.join(rare[:4])} …)")
        when = dates.get(article.id)
        far = False
        if window is not None and when is not None:
            before, after = (window[0] - when).days, (when - window[1]).days
            if before > DAYS_BEFORE:
                far = True
                reasons.append(f"dated {when.isoformat()}, {before} days before the event")
            elif after > DAYS_AFTER:
                far = True
                reasons.append(f"dated {when.isoformat()}, {after} days after the event")
        likeness = likeness_of.get(article.id, 1.0)
        if likeness < TEXT_LIKENESS and languages[article.language] >= 3:
            reasons.append(f"its words are unlike the other articles' (likeness {likeness:.2f})")
        if (lacking[article.id] and len(reasons) >= 2) or (far and low_names):
            out.append(OffEvent(article.id, tuple(reasons)))
    return out
