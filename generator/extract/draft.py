"""The curation assistant: candidate facts from the articles, as a YAML draft to review.

``briefing extract [ARTICLE…]`` reads the cleaned text of the articles and proposes, in the
fact-sheet format of ``FORMAT.md``:

- **figures**: a number with the noun it counts and the attribution in its sentence ("308
  militants … according to Hezbollah", "more than 40 Iraqi militiamen", "tens of thousands of
  fighters"), grouped across outlets into one figure when the counted noun matches
  (:mod:`generator.extract.figures`);
- **quotes**: direct quotations with the speaker the sentence names, grouped when outlets quote
  the same statement in different words (:mod:`generator.extract.quotes`);
- **events**: absolute and relative date expressions resolved against the publication date with
  the rules ``briefing check`` uses, with the clause of the event (:mod:`generator.extract.dates`);
- **names**: capitalised names and their spelling-variant clusters across outlets, as actors and
  places (:mod:`generator.extract.names`).

Every report's evidence is copied from the article's cleaned text (a clause of under
:data:`.attribution.MAX_WORDS` words), so the draft passes ``briefing check`` as it
is. A candidate already in the fact sheets is not proposed again: a quotation, date or figure
whose words overlap an existing report of the same kind in the same article, a figure with the
same value and counted noun in the same article, a spelling already listed for an actor, place
or term.

The draft is a proposal, never a fact sheet: ``briefing extract`` writes it to standard output
or to a file the analyst names, never into ``content/facts/``. Each record carries ``#``
comments saying how confident the rule is and why reports were grouped; the analyst keeps,
edits or deletes, then moves what stays into ``content/facts/``.

Everything is rule-based (no model, nothing downloaded at run time): number words are parsed
with ``text2num``, nouns lemmatised with ``simplemma``, dates resolved by
:mod:`generator.text.relative_dates` (``dateparser`` for calendar dates) and spellings compared with
``rapidfuzz`` through :mod:`generator.text.names`.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TextIO

from generator.content.figure_value import FigureValue
from generator.content.model import Article, Content
from generator.extract.attribution import attribution, evidence, resolve_pronoun, strip_titles
from generator.extract.dates import DateMention, dates_in
from generator.extract.figures import Figure as FigureHit
from generator.extract.figures import figure_group, figures_in, magnitude_gap, same_figure
from generator.extract.names import NameCluster, clusters, mentions_in
from generator.extract.quotes import Quotation, content_words, quotations, same_statement
from generator.text.dates import FuzzyDate
from generator.text.lexicon import ID_STOP_WORDS, PRONOUN_SUBJECTS
from generator.text.matching import SearchableText, Span
from generator.text.numbers import number
from generator.text.sentences import Sentence, sentences

# ---------------------------------------------------------------------------- candidates


@dataclass(kw_only=True)
class Candidate:
    """One thing found in one article, with the exact words that support it."""

    kind: str  # "figure", "quote", "date" or "name"
    article: str
    evidence: str  # exact words of Article.text
    start: int  # offsets of ``evidence`` in Article.text
    end: int
    summary: str  # one line for a reader
    confidence: str  # "high", "medium" or "low"
    why: list[str] = field(default_factory=list)
    draft_id: str = ""  # the id of the draft record it belongs to


@dataclass(kw_only=True)
class FigureCandidate(Candidate):
    kind: str = "figure"
    value: float | tuple[float, float]
    approx: str | None
    number: str  # as written: "more than 40"
    noun: str  # as written: "Iraqi militiamen"
    head: str  # lemma of the counted noun: "militiaman"
    group: str  # its noun group: "militiaman"
    attributed_to: str  # as the sentence names the source; "" when it names none
    attributed_id: str = ""  # the actor id when the source is a listed actor
    number_start: int = 0

    @property
    def low(self) -> float:
        return FigureValue(self.value, self.approx).low


@dataclass(kw_only=True)
class QuoteCandidate(Candidate):
    kind: str = "quote"
    text: str  # the quotation as it stands in the article
    speaker: str  # as the article names the speaker, or who "he" is
    speaker_written: str  # exactly as written ("he", "the statement")
    speaker_id: str = ""
    attribution: str = ""  # exact words of the attribution ("Dillon said in a telephone …")
    partial: bool = False


@dataclass(kw_only=True)
class DateCandidate(Candidate):
    kind: str = "date"
    expression: str  # as written: "on Wednesday morning"
    date: FuzzyDate
    rule: str
    resolved: bool  # False: relative to another event; the date is a placeholder
    explicit: bool = False  # the report must give the date: check cannot resolve the wording
    expression_start: int = 0


@dataclass(kw_only=True)
class NameCandidate(Candidate):
    kind: str = "name"
    spelling: str
    cluster: str  # the cluster's main spelling


# ---------------------------------------------------------------------------- proposals


@dataclass
class FigureProposal:
    id: str
    label: str
    unit: str
    reports: list[FigureCandidate]
    why: list[str] = field(default_factory=list)


@dataclass
class QuoteProposal:
    id: str
    label: str
    speaker_id: str
    reports: list[QuoteCandidate]
    why: list[str] = field(default_factory=list)


@dataclass
class EventProposal:
    id: str
    title: str
    date: FuzzyDate
    reports: list[DateCandidate]
    actors: list[str] = field(default_factory=list)
    place: str = ""
    why: list[str] = field(default_factory=list)

    @property
    def placeholder(self) -> bool:
        return not any(r.resolved for r in self.reports)


@dataclass
class NameProposal:
    id: str
    name: str
    list: str  # "actors" or "places"
    kind: str  # "person", "place", "actor": a guess from context
    spellings: list[str]
    reports: list[NameCandidate]  # the first use of each spelling in each article
    existing: str = ""  # an entity id when the spellings extend a listed actor/place/term
    new_spellings: list[str] = field(default_factory=list)
    singleton: bool = False
    why: list[str] = field(default_factory=list)


@dataclass
class Draft:
    """Everything proposed, grouped; see :func:`draft_yaml` and :func:`candidates_by_article`."""

    figures: list[FigureProposal]
    quotes: list[QuoteProposal]
    events: list[EventProposal]
    names: list[NameProposal]
    articles: list[str]
    skipped: Counter = field(default_factory=Counter)  # already curated, by kind

    def candidates(self) -> list[Candidate]:
        out: list[Candidate] = []
        for proposal in [*self.figures, *self.quotes, *self.events, *self.names]:
            out.extend(proposal.reports)
        return out


# ---------------------------------------------------------------------------- entities


class _Entities:
    """Listed actors, places and terms, to name ids and to skip listed spellings."""

    def __init__(self, content: Content) -> None:
        self.by_name: dict[str, tuple[str, str]] = {}  # casefolded spelling -> (list, id)
        self.patterns: list[tuple[re.Pattern[str], str, str]] = []
        for kind, entity in content.entities():
            plural = {"actor": "actors", "place": "places", "term": "terms"}[kind]
            for name in (entity.name, *entity.variants):
                bare = re.sub(r"^the\s+", "", name, flags=re.I)
                self.by_name.setdefault(name.casefold(), (plural, entity.id))
                self.by_name.setdefault(bare.casefold(), (plural, entity.id))
                flags = 0 if len(bare) <= 3 else re.I
                self.patterns.append((re.compile(rf"(?<![\w-]){re.escape(bare)}(?![\w-])", flags),
                                      plural, entity.id))
        self.patterns.sort(key=lambda p: -len(p[0].pattern))
        self.outlets = {o.name.casefold() for o in content.outlets.values()}

    def listed(self, spelling: str) -> tuple[str, str] | None:
        bare = re.sub(r"^the\s+", "", spelling, flags=re.I)
        for form in (spelling, strip_titles(spelling), bare):
            hit = self.by_name.get(form.casefold())
            if hit:
                return hit
        return None

    def actor_in(self, text: str) -> str:
        """The id of the listed actor a phrase names ("The Coalition's press release" ->
        coalition), or ""."""
        hit = self.listed(text)
        if hit and hit[0] == "actors":
            return hit[1]
        for pattern, plural, entity_id in self.patterns:
            if plural == "actors" and pattern.search(text):
                return entity_id
        return ""

    def mentioned(self, text: str, plural: str) -> list[str]:
        out: list[str] = []
        for pattern, kind, entity_id in self.patterns:
            if kind == plural and entity_id not in out and pattern.search(text):
                out.append(entity_id)
        return out


# ---------------------------------------------------------------------------- already curated


class _Curated:
    """Where the fact sheets already cite each article."""

    def __init__(self, content: Content) -> None:
        self.content = content
        self._texts: dict[str, SearchableText] = {}
        self.figures: dict[str, list[tuple[float, float, Span | None, str, str]]] = \
            defaultdict(list)
        self.quotes: dict[str, list[tuple[Span, str]]] = defaultdict(list)
        self.events: dict[str, list[tuple[Span, str, str]]] = defaultdict(list)
        for figure in content.figures.values():
            group = figure_group(figure.unit, figure.label)
            for r in figure.reports:
                self.figures[r.article].append((r.low, r.high, self.find(r.article, r.quote),
                                                group, figure.id))
        for quote in content.quotes.values():
            for r in quote.reports:
                for words in (r.text, r.quote):
                    span = self.find(r.article, words) if words else None
                    if span:
                        self.quotes[r.article].append((span, quote.id))
        for event in content.events.values():
            for r in event.reports:
                span = self.find(r.article, r.quote)
                if span:
                    self.events[r.article].append((span, r.date_text.casefold(), event.id))

    def find(self, article_id: str, words: str) -> Span | None:
        article = self.content.articles.get(article_id)
        if article is None or not words:
            return None
        if article_id not in self._texts:
            self._texts[article_id] = SearchableText(article.text)
        return self._texts[article_id].find(words)

    def figure(self, c: FigureCandidate) -> str:
        for low, high, span, group, figure_id in self.figures.get(c.article, []):
            value = FigureValue(c.value, c.approx)
            same_value = (low, high) == (value.low, value.high)
            inside = span is not None and span.start <= c.number_start < span.end
            if same_value and (inside or c.group == group):
                return figure_id
        return ""

    def quote(self, c: QuoteCandidate) -> str:
        for span, quote_id in self.quotes.get(c.article, []):
            if span.start < c.end and c.start < span.end:
                return quote_id
        return ""

    def date(self, c: DateCandidate) -> str:
        for span, date_text, event_id in self.events.get(c.article, []):
            if span.start <= c.expression_start < span.end:
                return event_id
            if span.start < c.end and c.start < span.end and \
                    date_text == c.expression.casefold():
                return event_id
        return ""


# ---------------------------------------------------------------------------- per article


def _sentence_of(sents: list[Sentence], offset: int) -> Sentence:
    for s in sents:
        if s.start <= offset < s.end:
            return s
    return min(sents, key=lambda s: abs(s.start - offset))


def _figure(article: Article, sentence: Sentence, hit: FigureHit, quotes: list[Quotation],
            entities: _Entities) -> FigureCandidate:
    who, how = "", ""
    inside = next((q for q in quotes if q.start <= hit.start < q.end), None)
    why = list(hit.why)
    if inside is not None:
        who, how = inside.resolved or inside.speaker, "inside a quotation by"
    else:
        found = attribution(sentence, near=hit.start)
        if found is not None:
            who, how = found.who, found.how
            if who.lower() in PRONOUN_SUBJECTS:
                resolved = resolve_pronoun(article.text, found.at,
                                           [(q.start, q.resolved) for q in quotes])
                if resolved:
                    why.append(f"“{who} {how}” read as {resolved}")
                    who = resolved
    a, b = evidence(sentence, hit.start, hit.end)
    written = f"{hit.written} {hit.noun}"
    if who:
        why.append(f"attribution ({how}): {who}")
    else:
        why.append("the sentence names no source")
    summary = written + (f" — {how} {who}" if who else "")
    return FigureCandidate(
        article=article.id, evidence=article.text[a:b], start=a, end=b, summary=summary,
        confidence=hit.confidence, why=why, value=hit.value, approx=hit.approx,
        number=hit.written, noun=hit.noun, head=hit.head, group=hit.group,
        attributed_to=who, attributed_id=entities.actor_in(who) if who else "",
        number_start=hit.start)


def _quote(article: Article, q: Quotation, entities: _Entities) -> QuoteCandidate:
    attr = article.text[q.attribution[0]:q.attribution[1]] if q.attribution else ""
    speaker = q.resolved if q.resolved != q.speaker else q.speaker
    why = list(q.why)
    why.insert(0, f"speaker: {q.how}")
    short = q.text if len(q.text) <= 90 else q.text[:87].rstrip() + "…"
    return QuoteCandidate(
        article=article.id, evidence=q.text, start=q.start, end=q.end,
        summary=f"{speaker}: “{short}”", confidence=q.confidence, why=why, text=q.text,
        speaker=speaker, speaker_written=q.speaker,
        speaker_id=entities.actor_in(q.resolved) or entities.actor_in(q.speaker),
        attribution=attr, partial=q.partial)


def _date(article: Article, sentence: Sentence, d: DateMention) -> DateCandidate:
    a, b = evidence(sentence, d.start, d.end)
    return DateCandidate(
        article=article.id, evidence=article.text[a:b], start=a, end=b,
        summary=f"{d.expression} → {d.date.display()}", confidence=d.confidence,
        why=[d.rule, *d.why], expression=d.expression, date=d.date, rule=d.rule,
        resolved=d.resolved, explicit=d.explicit, expression_start=d.start)


# ---------------------------------------------------------------------------- grouping


def _order(content: Content) -> dict[str, tuple]:
    from generator.text.dates import utc

    def key(article: Article) -> tuple:
        return (utc(article.published).isoformat() if article.published else "~", article.id)

    return {a.id: key(a) for a in content.articles.values()}


_UNITS = {"fighter": "fighters", "civilian": "civilians", "militiaman": "militiamen",
          "soldier": "soldiers", "operative": "operatives", "bus": "buses",
          "vehicle": "vehicles", "person": "people", "dead": "dead", "evacuee": "evacuees",
          "airstrike": "air strikes", "aircraft": "aircraft"}


def _group_figures(cands: list[FigureCandidate], content: Content) -> list[FigureProposal]:
    groups: list[list[FigureCandidate]] = []
    for c in cands:
        hit = _as_hit(c)
        fits = [g for g in groups
                if same_figure([_as_hit(x) for x in g], hit,
                               [_as_hit(x) for x in g if x.article == c.article])]
        if fits:
            min(fits, key=lambda g: magnitude_gap([_as_hit(x) for x in g], hit)).append(c)
        else:
            groups.append([c])
    out = []
    for g in groups:
        unit = _UNITS.get(g[0].group) or g[0].noun.split()[-1].lower()
        values = []
        for c in g:
            text = FigureValue(c.value, c.approx).text()
            if text not in values:
                values.append(text)
        label = f"Number of {unit} ({', '.join(values[:4])}{', …' if len(values) > 4 else ''})"
        why = []
        if len(g) > 1:
            nouns = sorted({c.head for c in g})
            lows = [c.low for c in g]
            span = (number(min(lows)) if min(lows) == max(lows)
                    else f"{number(min(lows))} to {number(max(lows))}")
            why.append(f"grouped: counted nouns {', '.join(nouns)} are one group "
                       f"('{g[0].group}') and the values ({span}) are within a factor 2")
            exact = {c.value for c in g if not c.approx}
            if len(exact) > 1:
                why.append("the exact values differ: the sources may disagree")
            if len({c.article for c in g}) < len(g):
                why.append("several reports from one article: keep the one you mean")
        for figure in content.figures.values():
            lows = [r.low for r in figure.reports] + [c.low for c in g]
            if g[0].group == figure_group(figure.unit, figure.label) and min(lows) > 0 \
                    and max(lows) / min(lows) <= 2:
                why.append(f"the fact sheets' figure '{figure.id}' counts the same at a similar "
                           f"magnitude: these reports may belong there")
        out.append(FigureProposal("", label, unit, g, why))
    return out


def _as_hit(c: FigureCandidate) -> FigureHit:
    return FigureHit(c.value, c.approx, c.number, c.noun, c.head, 0, 0, c.confidence)


def _group_quotes(cands: list[QuoteCandidate], content: Content) -> list[QuoteProposal]:
    groups: list[list[QuoteCandidate]] = []
    reasons: dict[int, list[str]] = defaultdict(list)
    for c in cands:
        best, best_shared = None, 0
        for i, g in enumerate(groups):
            if any(x.article == c.article for x in g):
                continue
            for x in g:
                ok, shared, overlap = same_statement(x.text, c.text)
                if ok and shared > best_shared:
                    best, best_shared = i, shared
                    reason = (f"grouped: {x.article} and {c.article} share {shared} content "
                              f"words ({overlap:.0%} of the shorter rendering)")
        if best is None:
            groups.append([c])
        else:
            groups[best].append(c)
            reasons[best].append(reason)
    out = []
    for i, g in enumerate(groups):
        first = g[0]
        ids = [c.speaker_id for c in g if c.speaker_id]
        speaker_id = Counter(ids).most_common(1)[0][0] if ids else ""
        words = first.text.split()
        head = " ".join(words[:9]) + (" …" if len(words) > 9 else "")
        who = strip_titles(first.speaker)
        why = list(reasons[i])
        for quote in content.quotes.values():
            if any(same_statement(r.text, c.text)[0] for r in quote.reports for c in g):
                why.append(f"looks like the fact sheets' quote '{quote.id}': "
                           f"another rendering of it?")
        who = who[:1].upper() + who[1:]
        out.append(QuoteProposal("", f"{who}: “{head}”", speaker_id, g, why))
    return out


def _event_words(c: DateCandidate) -> set[str]:
    text = c.evidence.replace(c.expression, " ")
    return content_words(text)


def _group_events(cands: list[DateCandidate], content: Content, entities: _Entities
                  ) -> list[EventProposal]:
    groups: list[list[DateCandidate]] = []
    for c in cands:
        placed = False
        if c.resolved:
            for g in groups:
                if not g[0].resolved or g[0].date.iso() != c.date.iso() or \
                        any(x.article == c.article for x in g):
                    continue
                shared = _event_words(g[0]) & _event_words(c)
                small = min(len(_event_words(g[0])), len(_event_words(c))) or 1
                if len(shared) >= 3 and len(shared) / small >= 0.4:
                    g.append(c)
                    placed = True
                    break
        if not placed:
            groups.append([c])
    out = []
    for g in groups:
        first = g[0]
        title = _title(first)
        why = []
        if len(g) > 1:
            why.append("grouped: the same resolved date and words in common ("
                       + ", ".join(sorted(set.intersection(*(_event_words(c) for c in g)))[:6])
                       + ")")
        if not first.resolved:
            why.append("PLACEHOLDER DATE: the wording is relative to another event; date that "
                       "event, then this one from it, before you keep it")
        text = " ".join(c.evidence for c in g)
        actors = entities.mentioned(text, "actors")
        places = entities.mentioned(text, "places")
        for event in content.events.values():
            if event.date.iso() == first.date.iso() and any(
                    len(content_words(event.title) & _event_words(c)) >= 2 for c in g):
                why.append(f"the fact sheets' event '{event.id}' has the same date and similar "
                           f"words: these reports may belong there")
        out.append(EventProposal("", title, first.date, g, actors, places[0] if places else "",
                                 why))
    return out


def _title(c: DateCandidate) -> str:
    text = c.evidence.replace(c.expression, " ")
    text = re.sub(r"\s+", " ", text)
    text = re.sub(r"\s+([,.;:])", r"\1", text).strip(" ,;:–—-")
    words = text.split()
    title = " ".join(words[:14]) + (" …" if len(words) > 14 else "")
    return (title[:1].upper() + title[1:]) if title else c.expression


def _names(content: Content, articles: list[Article], entities: _Entities,
           skip_curated: bool, skipped: Counter) -> list[NameProposal]:
    mentions = []
    texts: dict[str, str] = {}
    sents: dict[str, list[Sentence]] = {}
    for article in articles:
        sents[article.id] = sentences(article)
        texts[article.id] = article.text
        mentions.extend(mentions_in(article, sents[article.id]))
    out: list[NameProposal] = []
    for cluster in clusters(mentions, texts):
        listed = {s: entities.listed(s) for s in cluster.spellings} if skip_curated else {}
        new = [s for s in cluster.spellings if not listed.get(s)]
        if not new:
            skipped["name cluster"] += len(cluster.spellings) > 1
            continue
        singleton = len(cluster.spellings) == 1
        if singleton and (len(cluster.articles) < 2 or cluster.name.casefold() in entities.outlets):
            continue
        reports = _name_reports(cluster, texts, sents, content)
        existing = next((hit for s in cluster.spellings if (hit := listed.get(s))), None)
        plural = "places" if cluster.kind == "place" else "actors"
        why = list(cluster.links)
        if existing:
            plural = existing[0]
            why.insert(0, f"{', '.join(new)} not listed; {existing[0][:-1]} '{existing[1]}' "
                          f"lists {', '.join(s for s in cluster.spellings if listed.get(s))}")
        out.append(NameProposal("", cluster.name, plural, cluster.kind, cluster.spellings,
                                reports, existing[1] if existing else "", new, singleton, why))
    return out


def _name_reports(cluster: NameCluster, texts: dict[str, str],
                  sents: dict[str, list[Sentence]], content: Content) -> list[NameCandidate]:
    seen: set[tuple[str, str]] = set()
    out = []
    for m in sorted(cluster.mentions, key=lambda m: (m.article, m.start)):
        if (m.article, m.spelling) in seen:
            continue
        seen.add((m.article, m.spelling))
        sentence = _sentence_of(sents[m.article], m.start)
        a, b = evidence(sentence, m.start, m.end, max_words=20)
        confidence = "high" if cluster.score >= 85 else "medium"
        if len(cluster.spellings) == 1:
            confidence = "low"
        out.append(NameCandidate(
            article=m.article, evidence=texts[m.article][a:b], start=a, end=b,
            summary=(f"{m.spelling}" + (f" (spelling of {cluster.name})"
                                        if m.spelling != cluster.name else "")),
            confidence=confidence, why=list(cluster.links), spelling=m.spelling,
            cluster=cluster.name))
    return out


# ---------------------------------------------------------------------------- ids


def _slug(text: str, limit: int = 48) -> str:
    import unicodedata

    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = re.sub(r"[’']", "", text)
    slug = re.sub(r"[^a-z0-9]+", "-", text).strip("-")
    if len(slug) > limit:
        slug = slug[:limit].rsplit("-", 1)[0]
    return slug or "candidate"


def _key_words(text: str, n: int) -> str:
    words = [w for w in re.findall(r"[A-Za-z0-9]+", text.lower()) if w not in ID_STOP_WORDS]
    return "-".join(words[:n])


def _assign_ids(draft: Draft, content: Content) -> None:
    used = {record_id for kind in ("eras", "events", "figures", "quotes", "actors", "places",
                                   "terms") for record_id in getattr(content, kind)}

    def unique(base: str) -> str:
        base = _slug(base)
        candidate, n = base, 2
        while candidate in used:
            candidate, n = f"{base}-{n}", n + 1
        used.add(candidate)
        return candidate

    for f in draft.figures:
        first = f.reports[0]
        f.id = unique(f"{f.unit} {int(first.low)}")
    for q in draft.quotes:
        speaker = strip_titles(q.reports[0].speaker).split()
        q.id = unique(f"{speaker[-1] if speaker else 'quote'} {_key_words(q.reports[0].text, 4)}")
    for e in draft.events:
        e.id = unique(_key_words(e.title, 5) or e.reports[0].expression)
    for n in draft.names:
        n.id = n.existing or unique(n.name)
    for proposal in [*draft.figures, *draft.quotes, *draft.events, *draft.names]:
        for c in proposal.reports:
            c.draft_id = proposal.id


# ---------------------------------------------------------------------------- the API


def extract(content: Content, article_ids: list[str] | None = None, *,
            skip_curated: bool = True) -> Draft:
    """Candidates from ``article_ids`` (default: every article), grouped across them.

    ``skip_curated=False`` proposes also what the fact sheets already hold (to measure the
    extractor, or to start a briefing over). Raises KeyError for an unknown article id.
    """
    ids = list(article_ids) if article_ids else list(content.articles)
    unknown = [i for i in ids if i not in content.articles]
    if unknown:
        raise KeyError("unknown article(s): " + ", ".join(unknown)
                       + " (known: " + ", ".join(sorted(content.articles)) + ")")
    order = _order(content)
    ids.sort(key=lambda i: order[i])
    articles = [content.articles[i] for i in ids]
    entities = _Entities(content)
    curated = _Curated(content) if skip_curated else None
    skipped: Counter = Counter()
    figs: list[FigureCandidate] = []
    quotes: list[QuoteCandidate] = []
    dates: list[DateCandidate] = []
    for article in articles:
        sents = sentences(article)
        found = quotations(article, sents)
        quotes.extend(_quote(article, q, entities) for q in found)
        for sentence in sents:
            figs.extend(_figure(article, sentence, hit, found, entities)
                        for hit in figures_in(sentence))
            dates.extend(_date(article, sentence, d) for d in dates_in(sentence, article.published))
    if curated is not None:
        kept_f = [c for c in figs if not curated.figure(c)]
        kept_q = [c for c in quotes if not curated.quote(c)]
        kept_d = [c for c in dates if not curated.date(c)]
        skipped.update(figure=len(figs) - len(kept_f), quote=len(quotes) - len(kept_q),
                       date=len(dates) - len(kept_d))
        figs, quotes, dates = kept_f, kept_q, kept_d
    draft = Draft(
        figures=_group_figures(figs, content),
        quotes=_group_quotes(quotes, content),
        events=_group_events(dates, content, entities),
        names=_names(content, articles, entities, skip_curated, skipped),
        articles=ids, skipped=skipped)
    _assign_ids(draft, content)
    return draft


class DraftLocationError(ValueError):
    """A draft may not be written where ``briefing`` reads fact sheets."""


def write_draft(text: str, path: Path, content_dir: Path) -> Path:
    """Write a draft to ``path``, refusing ``content/facts/`` (drafts are not facts: the
    analyst moves reviewed records there). ``content/drafts/`` is a good place: nothing reads it.
    """
    facts = (content_dir / "facts").resolve()
    target = path.resolve()
    if target == facts or facts in target.parents:
        raise DraftLocationError(
            f"{path} is inside {content_dir / 'facts'}: a draft is not a fact sheet; write it "
            f"elsewhere (e.g. {content_dir / 'drafts' / 'extracted.yaml'}) and move the records "
            f"you keep into the fact sheets yourself")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def run(content_dir: Path, article_ids: list[str] | None = None, output: str | None = None, *,
        include_curated: bool = False, stdout: TextIO | None = None,
        stderr: TextIO | None = None) -> int:
    """``briefing extract [ARTICLE…] [-o FILE] [--all]``: 0 when a draft was written, 2 for a
    usage error (unknown article, missing folder, a path inside content/facts/). Problems in the
    content are listed on stderr and do not stop the extraction."""
    from generator.content.load import load
    from generator.content.problems import Problems

    stdout = stdout or sys.stdout
    stderr = stderr or sys.stderr
    if not content_dir.is_dir():
        print(f"error: content folder {content_dir} not found", file=stderr)
        return 2
    problems = Problems(content_dir)
    content = load(content_dir, problems)
    for problem in problems.errors:
        print(problem.format(), file=stderr)
    try:
        draft = extract(content, article_ids or None, skip_curated=not include_curated)
    except KeyError as exc:
        print(f"error: {exc.args[0]}", file=stderr)
        return 2
    text = draft_yaml(draft, generated=datetime.now().astimezone())
    where = "standard output"
    if output in (None, "-"):
        stdout.write(text)
    else:
        try:
            where = str(write_draft(text, Path(output), content_dir))
        except DraftLocationError as exc:
            print(f"error: {exc}", file=stderr)
            return 2
    skipped = sum(draft.skipped.values())
    print(f"{len(draft.candidates())} candidate(s) in {len(draft.articles)} article(s) to "
          f"{where}" + (f"; {skipped} already in the fact sheets" if skipped else ""),
          file=stderr)
    return 0


def candidates_by_article(draft: Draft) -> dict[str, list[Candidate]]:
    """Every candidate of the draft under its article (in the draft's article order), in text
    order: what the site page "Candidates not yet reviewed" lists."""
    out: dict[str, list[Candidate]] = {a: [] for a in draft.articles}
    for c in draft.candidates():
        out.setdefault(c.article, []).append(c)
    for items in out.values():
        items.sort(key=lambda c: (c.start, c.kind))
    return out


# ---------------------------------------------------------------------------- YAML


def _q(text: str) -> str:
    """A YAML double-quoted scalar (JSON's string syntax is valid YAML)."""
    return json.dumps(text, ensure_ascii=False)


def _comment(text: str, indent: str) -> list[str]:
    text = re.sub(r"\s+", " ", text).strip()
    lines, line = [], ""
    for word in text.split(" "):
        if line and len(indent) + 2 + len(line) + 1 + len(word) > 100:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    if line:
        lines.append(line)
    return [f"{indent}# {piece}" for piece in lines]


def _number(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else repr(float(x))


def _value(value: float | tuple[float, float]) -> str:
    if isinstance(value, tuple):
        return f"[{_number(value[0])}, {_number(value[1])}]"
    return _number(value)


def _confidence(c: Candidate) -> str:
    why = "; ".join(c.why)
    return f"{c.confidence} confidence" + (f": {why}" if why else "")


def draft_yaml(draft: Draft, *, generated: datetime | None = None) -> str:
    """The draft as a fact sheet: valid YAML in the ``facts/*.yaml`` format, every record with
    ``#`` comments saying how sure the rule is and why reports were grouped."""
    out: list[str] = []
    stamp = f" on {generated:%Y-%m-%d %H:%M}" if generated else ""
    def count(n: int, what: str) -> str:
        return f"{n} {what}{'' if n == 1 else 's'}"

    out += [
        "# Candidate facts proposed by `briefing extract`" + stamp + ". NOT YET REVIEWED.",
        *_comment(f"Articles: {', '.join(draft.articles)}.", ""),
        "# Proposed: " + ", ".join([
            count(len(draft.figures), "figure"), count(len(draft.quotes), "quote"),
            count(len(draft.events), "event"),
            count(sum(not n.singleton for n in draft.names), "name cluster")]) + ".",
    ]
    if draft.skipped:
        out.append("# Already in the fact sheets, not proposed again: "
                   + ", ".join(count(n, k) for k, n in sorted(draft.skipped.items()) if n)
                   + ".")
    out += _comment(
        "Review each record: keep, correct or delete it, then move it into content/facts/. "
        "Every quote below is copied exactly from the article's cleaned text, so `briefing "
        "check` accepts this file as it is; that says the words are there, not that the "
        "reading is right. Vague numbers are lower bounds (hundreds = at least 200, tens of "
        "thousands = at least 20,000). Ids are generated: rename them freely.", "")
    out.append("")
    if draft.figures:
        out.append("figures:")
        for f in draft.figures:
            out.append("")
            for reason in f.why:
                out += _comment(reason, "  ")
            out += [f"  - id: {f.id}", f"    label: {_q(f.label)}", f"    unit: {_q(f.unit)}",
                    "    reports:"]
            for c in f.reports:
                out += _comment(_confidence(c), "      ")
                out.append(f"      - article: {c.article}")
                out.append(f"        value: {_value(c.value)}")
                if c.approx:
                    out.append(f"        approx: {c.approx}")
                if c.attributed_to:
                    out.append(f"        attributed_to: {_q(c.attributed_id or c.attributed_to)}")
                out.append(f"        quote: {_q(c.evidence)}")
        out.append("")
    if draft.quotes:
        out.append("quotes:")
        for q in draft.quotes:
            out.append("")
            for reason in q.why:
                out += _comment(reason, "  ")
            out += [f"  - id: {q.id}", f"    label: {_q(q.label)}"]
            if q.speaker_id:
                out.append(f"    speaker: {q.speaker_id}")
            out.append("    reports:")
            for c in q.reports:
                out += _comment(_confidence(c), "      ")
                out.append(f"      - article: {c.article}")
                out.append(f"        text: {_q(c.text)}")
                if c.speaker:
                    out.append(f"        speaker: {_q(c.speaker)}")
                if c.attribution:
                    out.append(f"        quote: {_q(c.attribution)}")
        out.append("")
    if draft.events:
        out.append("events:")
        for e in draft.events:
            out.append("")
            for reason in e.why:
                out += _comment(reason, "  ")
            out += [f"  - id: {e.id}", f"    title: {_q(e.title)}",
                    f"    date: {_q(e.date.iso())}"]
            if e.place:
                out.append(f"    place: {e.place}")
            if e.actors:
                out.append(f"    actors: [{', '.join(e.actors)}]")
                out += _comment("actors and place: listed names found in the evidence; check",
                                "    ")
            out.append("    reports:")
            for c in e.reports:
                out += _comment(f"{_confidence(c)}; resolves to {c.date.display()}", "      ")
                out.append(f"      - article: {c.article}")
                out.append(f"        quote: {_q(c.evidence)}")
                out.append(f"        date_text: {_q(c.expression)}")
                if not c.resolved:
                    out.append(f"        date: {_q(c.date.iso())}  # placeholder")
                elif c.explicit:
                    out.append(f"        date: {_q(c.date.iso())}  # {c.rule}")
        out.append("")
    _names_yaml(draft, out)
    if not any(re.match(r"[a-z]+:", line) for line in out):
        out.append("{}  # nothing to propose")
    return "\n".join(out).rstrip() + "\n"


def _names_yaml(draft: Draft, out: list[str]) -> None:
    new = [n for n in draft.names if not n.existing and not n.singleton]
    extend = [n for n in draft.names if n.existing]
    singles = [n for n in draft.names if n.singleton and not n.existing]
    for plural in ("actors", "places"):
        records = [n for n in new if n.list == plural]
        if not records:
            continue
        out.append(f"{plural}:")
        for n in records:
            out.append("")
            out += _comment(f"spelling variants found ({n.kind}, a guess from context): "
                            + "; ".join(n.why), "  ")
            for c in n.reports:
                out += _comment(f"{c.spelling} in {c.article}: “{c.evidence}”", "  ")
            out += [f"  - id: {n.id}", f"    name: {_q(n.name)}"]
            if plural == "actors" and n.kind == "person":
                out.append("    kind: person")
            variants = [s for s in n.spellings if s != n.name]
            out.append(f"    variants: [{', '.join(_q(v) for v in variants)}]")
        out.append("")
    if extend:
        out += _comment("Spellings of names the fact sheets already list: add them to the "
                        "variants of the record named (in its own file).", "")
        for n in extend:
            out += _comment(f"{n.list[:-1]} '{n.existing}': add {', '.join(n.new_spellings)}"
                            f" ({'; '.join(n.why)})", "")
            for c in n.reports:
                if c.spelling in n.new_spellings:
                    out += _comment(f"  {c.spelling} in {c.article}: “{c.evidence}”", "")
        out.append("")
    if singles:
        out += _comment("Other capitalised names used by several outlets and not listed (no "
                        "variants found): "
                        + ", ".join(f"{n.name} ({len({c.article for c in n.reports})} articles)"
                                    for n in singles) + ".", "")
