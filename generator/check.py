"""Stage 2, check: every reference resolves and every claim is in the text it cites.

Produces :class:`Checked`, the content plus the located citations (where each evidence quote
stands in its article), which the analyse and render stages use to mark passages. Nothing in the
briefing may be unsourced: a report whose quote is not in its article is an error.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from generator.model import Content
from generator.problems import Problems, Severity
from generator.textmatch import SearchableText, Span


@dataclass(frozen=True)
class Citation:
    """One evidence quote located in its article."""

    article: str
    span: Span
    kind: str  # "event", "figure", "quote"
    record: str  # record id
    report: int  # index of the report in the record
    label: str  # human title of the record

    @property
    def anchor(self) -> str:
        return f"cite-{self.kind}-{self.record}-{self.report}"


@dataclass
class Checked:
    content: Content
    citations: list[Citation] = field(default_factory=list)

    def citations_in(self, article_id: str) -> list[Citation]:
        return [c for c in self.citations if c.article == article_id]


def _check_articles(content: Content, problems: Problems) -> None:
    for article in content.articles.values():
        where = article.where
        if not article.outlet:
            problems.add(article.meta_path, 0, 0, f"article {article.id!r} has no outlet",
                         f"add `outlet: <id>` to {article.id}.yaml beside the article")
        elif article.outlet not in content.outlets:
            path, line, col = where.get("outlet", (article.meta_path, 0, 0))
            problems.add(path, line, col, f"unknown outlet {article.outlet!r}",
                         "add it to outlets.yaml or fix the id; known: "
                         + ", ".join(sorted(content.outlets)))
        if article.published is None and "published" not in where:
            problems.add(article.meta_path, 0, 0,
                         f"article {article.id!r} has no publication date",
                         "add `published: 2017-08-30T21:10:00+03:00` (with its time zone)")
        if article.encoding_note:
            problems.add(article.rel_path, 0, 0, article.encoding_note,
                         "check accented names on the article page", Severity.WARNING)
        if not article.paragraphs:
            problems.add(article.rel_path, 0, 0, "no story text left after cleaning",
                         "see the removed text on the article page", Severity.WARNING)


def _ref(problems: Problems, record, key: str, value: str | None, known: dict, what: str) -> None:
    if value and value not in known:
        path, line, col = record.at(key)
        hint = f"add it to the {what}s in a fact sheet, or fix the id"
        if known:
            import difflib

            close = difflib.get_close_matches(value, list(known), n=1)
            if close:
                hint = f"did you mean {close[0]!r}? " + hint
        problems.add(path, line, col, f"unknown {what} {value!r}", hint)


def _evidence(content: Content, problems: Problems, texts: dict[str, SearchableText],
              report, quote: str, key: str) -> Span | None:
    article = content.articles.get(report.article)
    if article is None:
        _ref(problems, report, "article", report.article, content.articles, "article")
        return None
    text = texts.get(article.id)
    if text is None:
        text = texts[article.id] = SearchableText(article.text)
    span = text.find(quote)
    if span is not None:
        return span
    path, line, col = report.at(key)
    closest = text.closest(quote)
    hint = "copy the words exactly from the article's cleaned text"
    if closest is not None and closest.score >= 50:
        hint = f"closest passage ({closest.score:.0f}% alike): \"{closest.text.strip()}\""
    problems.add(path, line, col, f"{key} not found in article {article.id!r}", hint)
    return None


def check(content: Content, problems: Problems) -> Checked:
    """Check references and evidence; problems go to ``problems``."""
    checked = Checked(content)
    _check_articles(content, problems)
    texts: dict[str, SearchableText] = {}

    def cite(kind: str, record, i: int, report, quote: str, key: str) -> None:
        span = _evidence(content, problems, texts, report, quote, key)
        label = getattr(record, "title", None) or getattr(record, "label", "")
        if span is not None:
            checked.citations.append(Citation(report.article, span, kind, record.id, i, label))

    for event in content.events.values():
        _ref(problems, event, "place", event.place, content.places, "place")
        for actor in event.actors:
            _ref(problems, event, "actors", actor, content.actors, "actor")
        for i, report in enumerate(event.reports):
            cite("event", event, i, report, report.quote, "quote")
    for figure in content.figures.values():
        for i, report in enumerate(figure.reports):
            cite("figure", figure, i, report, report.quote, "quote")
    for quote in content.quotes.values():
        _ref(problems, quote, "speaker", quote.speaker, content.actors, "actor")
        for i, report in enumerate(quote.reports):
            cite("quote", quote, i, report, report.text, "text")
            if report.quote and report.article in content.articles:
                _evidence(content, problems, texts, report, report.quote, "quote")
    names: dict[str, str] = {}
    for _kind, entity in content.entities():
        for name in (entity.name, *entity.variants):
            key = name.casefold()
            if key in names and names[key] != entity.id:
                path, line, col = entity.at("variants")
                problems.add(path, line, col,
                             f"{name!r} is listed for both {names[key]!r} and {entity.id!r}",
                             "a spelling can belong to one actor, place or term only",
                             Severity.WARNING)
            names.setdefault(key, entity.id)
    return checked
