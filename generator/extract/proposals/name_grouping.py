"""Name mentions grouped across articles into proposals: one actor or place each, its
spellings a cluster of variants (:mod:`.names`), every report the sentence it stands in.
Split from :mod:`.grouping`, which groups figures and quotes."""

from __future__ import annotations

from collections import Counter

from generator.content.model import Article, Content
from generator.extract.evidence import evidence
from generator.extract.model import NameCandidate, NameProposal
from generator.extract.names import NameCluster, clusters, mentions_in
from generator.extract.sheet.curated import Entities
from generator.text.german_names import names_among
from generator.text.sentences import Sentence, sentence_at, sentences


def group_names(content: Content, articles: list[Article], entities: Entities,
           skip_curated: bool, skipped: Counter) -> list[NameProposal]:
    mentions = []
    texts: dict[str, str] = {}
    sents: dict[str, list[Sentence]] = {}
    german = names_among((a.language, a.written) for a in articles)
    for article in articles:
        sents[article.id] = sentences(article)
        texts[article.id] = article.text
        mentions.extend(mentions_in(article, sents[article.id], german))
    out: list[NameProposal] = []
    languages = {a.id: a.language or "" for a in articles}
    for cluster in clusters(mentions, texts, languages):
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


def _sentence_of(sents: list[Sentence], offset: int, starts: list[int]) -> Sentence:
    found = sentence_at(sents, offset, starts)
    return found if found is not None else min(sents, key=lambda s: abs(s.start - offset))


def _name_reports(cluster: NameCluster, texts: dict[str, str],
                  sents: dict[str, list[Sentence]], content: Content) -> list[NameCandidate]:
    seen: set[tuple[str, str]] = set()
    starts: dict[str, list[int]] = {}
    out = []
    for m in sorted(cluster.mentions, key=lambda m: (m.article, m.start)):
        if (m.article, m.spelling) in seen:
            continue
        seen.add((m.article, m.spelling))
        if m.article not in starts:
            starts[m.article] = [x.start for x in sents[m.article]]
        sentence = _sentence_of(sents[m.article], m.start, starts[m.article])
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
