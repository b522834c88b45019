"""Stage 2, check: every reference resolves and every claim is in the text it cites.

Produces :class:`Checked`, the content plus the located citations (where each evidence quote
stands in its article), which the analyse and render stages use to mark passages. Nothing in the
briefing may be unsourced: a report whose quote is not in its article is an error.
"""

from __future__ import annotations

import difflib

from generator.check.checked import Checked, Citation, SourceDate
from generator.check.duplicates import report_duplicates
from generator.check.off_event import off_event_pages
from generator.check.suggestions import report_spellings
from generator.content.model import Content
from generator.content.problems import Problems, Severity
from generator.content.schema import FigureReport
from generator.text.dates import FuzzyDate
from generator.text.matching import SearchableText, Span
from generator.text.numbers import number, numbers_in
from generator.text.relative_dates import UnresolvableDate, conflicts, resolve


def _check_articles(content: Content, problems: Problems) -> None:
    for article in content.articles.values():
        where = article.where
        if not article.outlet:
            problems.add(article.meta_path, 0, 0, f"article {article.id!r} has no outlet",
                         f"add `outlet: <id>` to {article.id}.yaml beside the article")
        elif article.outlet not in content.outlets and article.outlet not in \
                content.invalid_ids.get("outlets", ()):
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


#: Where a reference of each kind must be defined: the hint of an "unknown …" error.
_DEFINED_IN = {
    "article": "articles are the files in content/articles/, named by their file name without "
               ".txt, .md or .html",
    "actor": "add it to `actors:` in a fact sheet (content/facts/*.yaml)",
    "place": "add it to `places:` in a fact sheet (content/facts/*.yaml)",
}


def _ref(problems: Problems, record, key: str, value: str | None, known: dict, what: str,
         invalid: dict[str, set[str]] | None = None) -> None:
    """Report ``value`` unless it names a known record, or one whose own errors are reported
    already (an actor with a bad key is not also "unknown" everywhere it is named)."""
    if not value or value in known or value in (invalid or {}).get(f"{what}s", ()):
        return
    path, line, col = record.at(key)
    hint = f"{_DEFINED_IN.get(what, f'define the {what}')}; or fix the id"
    if known:
        close = difflib.get_close_matches(value, list(known), n=1)
        if close:
            hint = f"did you mean {close[0]!r}? " + hint
    problems.add(path, line, col, f"unknown {what} {value!r}", hint)


def _evidence(content: Content, problems: Problems, texts: dict[str, SearchableText],
              report, quote: str, key: str) -> Span | None:
    article = content.articles.get(report.article)
    if article is None and report.article in content.excluded:
        path, line, col = report.at("article")
        left = content.excluded[report.article]
        problems.add(path, line, col, f"article {report.article!r} is excluded from the briefing "
                     f"({left.exclude})", f"remove this report, or the `exclude:` in "
                     f"{left.meta_path}")
        return None
    if article is None:
        _ref(problems, report, "article", report.article, content.articles, "article",
             content.invalid_ids)
        return None
    text = texts.get(article.id)
    if text is None:
        text = texts[article.id] = content.cache.on(
            article, "searchable", None, lambda: SearchableText(article.text))
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


def _source_date(content: Content, report, problems: Problems) -> SourceDate | None:
    article = content.articles.get(report.article)
    published = article.published if article else None
    if report.date is not None:
        return SourceDate(report.date, report.date_text, "given in the fact sheet", published)
    if not report.date_text:
        return None
    if published is None:
        return SourceDate(None, report.date_text, "", None, "the article has no publication date")
    try:
        resolved = resolve(report.date_text, published)
    except UnresolvableDate as exc:
        path, line, col = report.at("date_text")
        problems.add(path, line, col, str(exc), "", Severity.HINT)
        return SourceDate(None, report.date_text, "", published, str(exc))
    return SourceDate(resolved.date, report.date_text, resolved.rule, published)


def _event_dates(content: Content, event, checked: Checked, problems: Problems) -> None:
    """Resolve each source's date and flag dates that cannot both hold."""
    dated: list[tuple[str, FuzzyDate]] = [("the fact sheet", event.date)]
    for i, report in enumerate(event.reports):
        found = _source_date(content, report, problems)
        if found is None:
            continue
        checked.dates[(event.id, i)] = found
        if found.date is not None:
            article = content.articles.get(report.article)
            outlet = content.outlets.get(article.outlet or "") if article else None
            name = outlet.name if outlet else report.article
            dated.append((f"{name} ({found.wording or 'explicit date'})", found.date))
    clashes = [
        f"{a} gives {da.display()}, {b} gives {db.display()}"
        for n, (a, da) in enumerate(dated) for b, db in dated[n + 1:] if conflicts(da, db)
    ]
    if clashes:
        checked.date_conflicts[event.id] = "; ".join(clashes)
        path, line, col = event.at("date")
        problems.add(path, line, col, f"sources give dates for {event.id!r} that cannot all hold: "
                     + "; ".join(clashes), "the timeline flags it; check the sources",
                     Severity.WARNING)


def _value_in_quote(report: FigureReport, problems: Problems) -> None:
    """The value must be what the quote says: a quote found in the article proves nothing if
    the analyst typed 380 for the "308" it contains. Vague wordings ("dozens of") cannot be
    compared and pass; a quote with no number at all gets a warning."""
    found = numbers_in(report.quote)
    wanted = report.value if isinstance(report.value, tuple) else float(report.value)
    values = [v for v, _kind, _written in found]
    if wanted in values or any(kind == "vague" for _v, kind, _w in found):
        return
    if isinstance(wanted, tuple) and wanted[0] in values and wanted[1] in values:
        return
    path, line, col = report.at("value")
    shown = (f"[{number(wanted[0])}, {number(wanted[1])}]" if isinstance(wanted, tuple)
             else number(wanted))
    if not found:
        problems.add(path, line, col, f"value {shown}: the quote gives no number",
                     "quote the words that state the figure", Severity.WARNING)
        return
    written = ", ".join(repr(w) for _v, _k, w in found)
    problems.add(path, line, col, f"value {shown} is not what the quote says ({written})",
                 "copy the value from the quote, or quote the passage that gives it")


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
        _ref(problems, event, "place", event.place, content.places, "place", content.invalid_ids)
        for actor in event.actors:
            _ref(problems, event, "actors", actor, content.actors, "actor", content.invalid_ids)
        for i, report in enumerate(event.reports):
            cite("event", event, i, report, report.quote, "quote")
        _event_dates(content, event, checked, problems)
    for figure in content.figures.values():
        for i, report in enumerate(figure.reports):
            cite("figure", figure, i, report, report.quote, "quote")
            _value_in_quote(report, problems)
    for quote in content.quotes.values():
        _ref(problems, quote, "speaker", quote.speaker, content.actors, "actor",
             content.invalid_ids)
        for i, report in enumerate(quote.reports):
            cite("quote", quote, i, report, report.text, "text")
            if report.quote and report.article in content.articles:
                _evidence(content, problems, texts, report, report.quote, "quote")
    for evidence in content.orphan_evidence:  # of records that failed validation
        _evidence(content, problems, texts, evidence, evidence.quote, "quote")
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
    report_spellings(content, problems)
    checked.duplicates = report_duplicates(content, problems)
    for off in off_event_pages(content):
        checked.off_event[off.article] = off
        article = content.articles[off.article]
        problems.add(article.rel_path, 0, 0, f"{article.id} looks like it is about another "
                     f"event: {off.text}", "if it is, add `exclude: <why>` to its metadata; "
                     "briefing.yaml's `date:` and `place:` sharpen this test", Severity.WARNING)
    return checked
