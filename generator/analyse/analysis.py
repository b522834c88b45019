"""Stage 3, analyse: what the sources agree and disagree on, who reports what, and when.

Only reads the checked model; the render stage only reads what this returns
(:mod:`generator.analyse.model`). Whether figures agree is :mod:`generator.content.figure_value`'s
rule (FORMAT.md, "When do sources disagree?"); different attributions of the same figure are
flagged separately.
"""

from __future__ import annotations

import difflib
import re
from collections import Counter
from datetime import UTC, datetime

from generator.analyse.copies import Copies, find_copies
from generator.analyse.coverage import articles_by_outlet, stances
from generator.analyse.figures import analyse_figures
from generator.analyse.independence import independence
from generator.analyse.model import (
    CITED,
    Analysis,
    Claim,
    DatedSource,
    DiffPiece,
    Discrepancy,
    FigureAnalysis,
    OutletSummary,
    QuoteAnalysis,
    Rendering,
    Source,
    TimelineEntry,
    VariantUse,
    plain_words,
)
from generator.check.checked import Checked, Citation
from generator.check.terms import event_terms
from generator.content.model import Article, Content
from generator.content.schema import Era, Outlet
from generator.text.characters import isolate_bidi
from generator.text.dates import FuzzyDate, utc
from generator.text.names import spelling_pattern, spelling_probe


def _source(content: Content, article_id: str, kind: str, record: str, index: int,
            copies: Copies) -> Source:
    article = content.articles[article_id]
    outlet = content.outlets.get(article.outlet or "")
    return Source(article, outlet, f"cite-{kind}-{record}-{index}",
                  copies.family_of.get(article_id), copies.origin(article_id))


def _reported(reports, content: Content) -> list[tuple[int, object]]:
    """Reports whose article loaded (the check stage has reported the others)."""
    return [(i, r) for i, r in enumerate(reports) if r.article in content.articles]


def utc_min():
    return datetime.min.replace(tzinfo=UTC)


_WORD = re.compile(r"\S+")


def word_diff(base: str, other: str) -> list[DiffPiece]:
    """Word-level diff of ``other`` against ``base`` (difflib: stdlib, stable, good enough here)."""
    a, b = _WORD.findall(base), _WORD.findall(other)
    pieces: list[DiffPiece] = []
    matcher = difflib.SequenceMatcher(a=[w.casefold() for w in a], b=[w.casefold() for w in b],
                                      autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            pieces.append(DiffPiece("same", " ".join(b[j1:j2])))
            continue
        if i2 > i1:
            pieces.append(DiffPiece("del", " ".join(a[i1:i2])))
        if j2 > j1:
            pieces.append(DiffPiece("ins", " ".join(b[j1:j2])))
    return pieces


def _quotes(content: Content, covered: list[Outlet], copies: Copies) -> list[QuoteAnalysis]:
    out = []
    for quote in content.quotes.values():
        reported = _reported(quote.reports, content)
        if not reported:
            continue
        base = reported[0][1].text
        base_family = copies.family_of.get(reported[0][1].article)
        base_language = content.articles[reported[0][1].article].language or ""
        renderings = []
        for n, (i, r) in enumerate(reported):
            source = _source(content, r.article, "quote", quote.id, i, copies)
            same = n == 0 or (base_family is not None and source.family is base_family
                              and plain_words(base) == plain_words(r.text))
            # within one copy family a full stop is house style, not a change of wording; a
            # translation's words differ whatever was said
            language = content.articles[r.article].language or ""
            translated = n > 0 and bool(language and base_language) and language != base_language
            diff = [DiffPiece("same", r.text)] if same or translated else word_diff(base, r.text)
            renderings.append(Rendering(r, source, diff, actor_name(r.speaker, content),
                                        actor_of(r.speaker, content), translated))
        reporters = {r.source.outlet_id for r in renderings}
        out.append(QuoteAnalysis(quote, renderings, [o for o in covered if o.id not in reporters],
                                 independence([r.source for r in renderings])))
    return out


def actor_name(value: str, content: Content) -> str:
    """A speaker or attribution as a reader should see it: an actor id is the actor's name."""
    return content.actors[value].name if value in content.actors else value


def actor_of(value: str, content: Content) -> str:
    """The listed actor a speaker names: its id, or its name or a variant as written (case and
    spacing aside); "" for none."""
    if value in content.actors:
        return value
    plain = " ".join(value.split()).casefold()
    return next((a.id for a in content.actors.values() if plain and plain in {
        " ".join(n.split()).casefold() for n in (a.name, *a.variants)}), "")


def _era(content: Content, when: FuzzyDate) -> Era | None:
    for era in content.eras.values():
        if era.start.first <= when.first and when.last <= era.end.last:
            return era
    return None


def _timeline(checked: Checked, copies: Copies) -> list[TimelineEntry]:
    content = checked.content
    entries = []
    for event in content.events.values():
        sources = [
            DatedSource(_source(content, r.article, "event", event.id, i, copies), r,
                        checked.dates.get((event.id, i)))
            for i, r in _reported(event.reports, content)
        ]
        entries.append(TimelineEntry(event, event.date, sources,
                                     checked.date_conflicts.get(event.id, ""),
                                     _era(content, event.date),
                                     independence([d.source for d in sources])))
    entries.sort(key=lambda e: (e.date.sort_key(), e.event.title))
    return entries


def _claims(checked: Checked, covered: list[Outlet], figures: list[FigureAnalysis],
            by_outlet: dict[str, list[Article]], copies: Copies) -> list[Claim]:
    """Every record against every outlet, in the four states of :mod:`.coverage`, with the
    independent sources behind each."""
    content = checked.content
    analysed = {f.figure.id: f for f in figures}
    claims = []
    records: list[tuple[str, object, str]] = (
        [("event", e, e.title) for e in content.events.values()]
        + [("figure", f, f.label) for f in content.figures.values()]
        + [("quote", q, q.label) for q in content.quotes.values()]
    )
    for kind, record, label in records:
        sources = [_source(content, r.article, kind, record.id, i, copies)
                   for i, r in _reported(record.reports, content)]
        if kind == "figure" and record.id in analysed:
            found = analysed[record.id].stances
        else:
            reporters = {s.outlet_id for s in sources}
            looked_for = kind == "event" and bool(event_terms(record, content))
            found = stances(covered, by_outlet, {o: "reports" for o in reporters if o},
                            checked.mentions.get((kind, record.id), {}), looked_for)
        # an outlet whose every report of this claim is a copy is marked with the family
        own = {s.outlet_id for s in sources if s.family is None}
        shared = independence(sources)
        marked = {s.outlet_id: s.family for s in sources
                  if s.family in shared.families and s.outlet_id not in own}
        claims.append(Claim(kind, record.id, label, {o: s.state for o, s in found.items()},
                            found, shared, marked))
    return claims


_Pattern = tuple[str, str, str, re.Pattern]  # (entity key, spelling, prefilter, regex)


def _count(patterns: list[_Pattern], article: Article) -> Counter:
    """Mentions per (entity key, spelling) in one article. A plain substring test (C speed)
    skips the spellings that cannot occur; overlapping matches count once, for the longest
    ("Al Bukamal" is not also "Bukamal")."""
    found: Counter = Counter()
    for text in (article.headline, article.text):
        low = text.lower()
        spans = []
        for key, name, probe, regex in patterns:
            if probe not in low:
                continue
            spans.extend((m.start(), m.start() - m.end(), key, name) for m in regex.finditer(text))
        spans.sort()
        covered = -1
        for start, negative_length, key, name in spans:
            if start >= covered:
                found[(key, name)] += 1
                covered = start - negative_length
    return found


def _variants(content: Content) -> list[VariantUse]:
    """Count every spelling of every actor, place and term per article and outlet."""
    entities = content.entities()
    patterns: list[_Pattern] = [
        (f"{kind}:{e.id}", n, spelling_probe(n), re.compile(spelling_pattern(n)))
        for kind, e in entities for n in dict.fromkeys((e.name, *e.variants))
    ]
    signature = tuple((key, name) for key, name, _p, _r in patterns)
    by_outlet: dict[str, dict[str, Counter]] = {}
    by_article: dict[str, dict[str, Counter]] = {}
    for article in content.articles.values():
        found = content.cache.on(article, "variants", signature,
                                 lambda a=article: _count(patterns, a))
        for (key, name), n in found.items():
            by_article.setdefault(key, {}).setdefault(article.id, Counter())[name] += n
            by_outlet.setdefault(key, {}).setdefault(article.outlet or "", Counter())[name] += n
    return [VariantUse(e, kind, by_outlet.get(f"{kind}:{e.id}", {}),
                       by_article.get(f"{kind}:{e.id}", {})) for kind, e in entities]


def _discrepancies(
    figures: list[FigureAnalysis], quotes: list[QuoteAnalysis], timeline: list[TimelineEntry]
) -> list[Discrepancy]:
    out = [Discrepancy("date", e.event.id, e.event.title, e.conflict) for e in timeline
           if e.conflict]
    for fa in figures:
        if fa.status == "disagree":  # by who counted: only what outlets differ on of one count
            groups = [(f"{isolate_bidi(who)}'s count, ", rows) for who, rows, status
                      in fa.counts if status == "disagree"] or [("", fa.rows)]
            detail = "; ".join(f"{who}{isolate_bidi(r.source.outlet_name)}: {r.shown}"
                               for who, rows in groups for r in rows)
            out.append(Discrepancy("figure", fa.figure.id, fa.figure.label, detail))
        for flag in fa.flags:
            out.append(Discrepancy("update", fa.figure.id, fa.figure.label, flag.text))
        if fa.attribution_differs:
            out.append(Discrepancy("attribution", fa.figure.id, fa.figure.label,
                                   fa.attribution_text))
    for qa in quotes:
        if qa.speaker_differs:
            out.append(Discrepancy("speaker", qa.quote.id, qa.quote.label, qa.speaker_text))
        if qa.wording_differs:
            out.append(Discrepancy("wording", qa.quote.id, qa.quote.label,
                                   f"{len(qa.renderings)} outlets render it in different words"))
    return out


def analyse(checked: Checked) -> Analysis:
    content = checked.content
    # an outlet whose every page is about another event (check/off_event.py) does not cover
    # this one: neither silent on its records nor stating them
    used = {a.outlet for a in content.articles.values() if a.id not in checked.off_event}
    covered = [o for o in content.outlets.values() if o.id in used]
    citations: dict[str, list[Citation]] = {}
    for c in sorted(checked.citations, key=lambda c: (c.article, c.span.start, -c.span.end)):
        citations.setdefault(c.article, []).append(c)
    by_outlet = articles_by_outlet(content)
    copies = find_copies(content)
    figures = analyse_figures(content, covered, by_outlet, checked.mentions, copies)
    quotes = _quotes(content, covered, copies)
    claims = _claims(checked, covered, figures, by_outlet, copies)
    timeline = _timeline(checked, copies)
    outlets = []
    for outlet in content.outlets.values():
        articles = sorted(by_outlet.get(outlet.id, []),
                          key=lambda a: (utc(a.published) if a.published else utc_min(), a.id))

        def having(*states: str, oid: str = outlet.id) -> list[Claim]:
            return [c for c in claims if c.outlets.get(oid, "silent") in states]

        outlets.append(OutletSummary(outlet, articles, having(*CITED), having("silent"),
                                     having("mentions"), having("excerpt")))
    return Analysis(
        content=content, citations=citations, figures=figures, quotes=quotes,
        timeline=timeline, claims=claims, variants=_variants(content),
        discrepancies=_discrepancies(figures, quotes, timeline), outlets=outlets,
        covered_outlets=covered, analysts_readings=frozenset(checked.analysts_readings),
        copies=copies, off_event=dict(checked.off_event),
        off_event_unsure=dict(checked.off_event_unsure), duplicates=list(checked.duplicates),
    )
