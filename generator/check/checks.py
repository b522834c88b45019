"""Stage 2, check: every reference resolves and every claim is in the text it cites.

Produces :class:`Checked`, the content plus the located citations (where each evidence quote
stands in its article), which the analyse and render stages use to mark passages. Nothing in the
briefing may be unsourced: a report whose quote is not in its article is an error.
"""

from __future__ import annotations

import difflib
from pathlib import Path

from generator.check.checked import Checked, Citation, SourceDate
from generator.check.duplicates import report_duplicates
from generator.check.garbled import garbled
from generator.check.live_pages import stamp_after_publication, update_reading, weigh
from generator.check.live_sections import as_of_hint
from generator.check.mentions import find_mentions, hint_uncited
from generator.check.metadata_hints import outlet_hint, published_hint, unlisted_sites
from generator.check.off_event import judge_pages
from generator.check.suggestions import report_spellings
from generator.check.terms import event_terms
from generator.check.times_of_day import TimedSource, time_clashes
from generator.check.values import check_unit, check_value
from generator.check.wording import Wording
from generator.content.model import Content
from generator.content.problems import Problems, Severity
from generator.content.watchdog import TookTooLong, limit_for, watchdog
from generator.text.characters import isolate_bidi
from generator.text.date_apposition import resolve_apposed
from generator.text.dates import FuzzyDate, local_date
from generator.text.future import coming_date, coming_day, in_future_clause
from generator.text.languages import date_languages
from generator.text.local_day import in_local_time, local_day
from generator.text.matching import SearchableText, Span
from generator.text.relative_dates import YEARLESS, UnresolvableDate, conflicts


def _check_articles(content: Content, problems: Problems) -> None:
    unlisted = unlisted_sites(content.articles.values())
    for article in content.articles.values():
        where = article.where
        if not article.outlet and "outlet" not in where:
            problems.add(article.meta_path, 0, 0, f"article {article.id!r} has no outlet",
                         outlet_hint(article, content.outlets, unlisted))
        elif article.outlet and article.outlet not in content.outlets and article.outlet not in \
                content.invalid_ids.get("outlets", ()):
            path, line, col = where.get("outlet", (article.meta_path, 0, 0))
            problems.add(path, line, col, f"unknown outlet {article.outlet!r}",
                         "add it to outlets.yaml or fix the id; known: "
                         + ", ".join(sorted(content.outlets)))
        if article.published is None and "published" not in where:
            problems.add(article.meta_path, 0, 0,
                         f"article {article.id!r} has no publication date",
                         published_hint(article))
        if article.encoding_note:
            problems.add(article.rel_path, 0, 0, article.encoding_note,
                         "check accented names on the article page", Severity.WARNING)
        if (bad := garbled(article)) is not None:
            reads = f" (it reads as {bad.reading!r})" if bad.reading else ""
            more = f", and {bad.count - 1} more line(s)" if bad.count > 1 else ""
            problems.add(article.rel_path, bad.line, 0,
                         f"garbled text: {bad.word!r}{reads}{more}: the page was decoded with "
                         "the wrong encoding before it was saved, and names and words on these "
                         "lines may be misread",
                         "save the page again from the outlet as UTF-8 if you can; otherwise "
                         "check the names and figures on these lines against the outlet's page",
                         Severity.WARNING)
        if not article.paragraphs:
            problems.add(article.rel_path, 0, 0, "no story text left after cleaning",
                         "see the removed text on the article page", Severity.WARNING)


#: A passage of the cited article this alike (in %) is a slip in copying it: the hint shows it,
#: rather than another article holding the words.
NEAR_MISS = 90
#: Where a reference of each kind must be defined: the hint of an "unknown …" error.
_DEFINED_IN = {
    "article": "articles are the files in content/articles/, named by their file name without "
               ".txt, .md or .html",
    "actor": "add it to `actors:` in a fact sheet (content/facts/*.yaml)",
    "place": "add it to `places:` in a fact sheet (content/facts/*.yaml)",
}


def _orphan_metadata(root: Path | None, article: str) -> bool:
    """Whether ``article``'s metadata file is in content/articles/ although its text is not."""
    return root is not None and any((root / "articles" / f"{article}{suffix}").is_file()
                                    for suffix in (".yaml", ".yml"))


def _ref(problems: Problems, record, key: str, value: str | None, known: dict, what: str,
         invalid: dict[str, set[str]] | None = None) -> None:
    """Report ``value`` unless it names a known record, or one whose own errors are reported
    already (an actor with a bad key is not also "unknown" everywhere it is named)."""
    if not value or value in known or value in (invalid or {}).get(f"{what}s", ()):
        return
    path, line, col = record.at(key)
    hint = f"{_DEFINED_IN.get(what, f'define the {what}')}; or fix the id"
    if what == "article" and _orphan_metadata(problems.root, value):
        # the analyst deleted the article the report cites: its metadata is left, and the
        # closest id is another outlet's article, which is no answer
        problems.add(path, line, col, f"unknown article {value!r}: its file is gone, its "
                     f"metadata content/articles/{value}.yaml is still there",
                     "put the article file back, or remove the reports citing it and the .yaml")
        return
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
    path, line, col = report.at(key)
    try:
        with watchdog(limit_for(len(article.text)), f"looking for the {key} in {article.id!r}"):
            text = texts.get(article.id)
            if text is None:
                text = texts[article.id] = content.cache.on(
                    article, "searchable", None, lambda: SearchableText(article.text))
            span = text.find(quote)
            if span is not None:
                return span
            closest = text.closest(quote)
    except TookTooLong as exc:  # one article never hangs check, build or serve
        problems.add(path, line, col, str(exc), "please report it as a bug in Briefing")
        return None
    hint = "copy the words exactly from the article's cleaned text"
    outside = _outside_story(article, quote)
    elsewhere = [] if outside or (closest is not None and closest.score >= NEAR_MISS) else \
        _quoted_elsewhere(content, texts, article.id, quote)
    if outside:
        hint = outside
    elif elsewhere:
        # the report names the wrong article: the words are another's, word for word
        hint = (f"the words are in article {' and '.join(repr(a) for a in elsewhere)}: if that "
                f"is the source, write `article: {elsewhere[0]}`")
    elif closest is not None and closest.score >= 50:
        passage = closest.text.strip()
        if len(passage) > 300:  # a long quote's hint stays readable on one line
            passage = f"{passage[:140].rstrip()} … {passage[-140:].lstrip()}"
        hint = f"closest passage ({closest.score:.0f}% alike): \"{passage}\""
    problems.add(path, line, col, f"{key} not found in article {article.id!r}", hint)
    return None


def _quoted_elsewhere(content: Content, texts: dict[str, SearchableText], own: str,
                      quote: str) -> list[str]:
    """The other articles whose story holds the quote word for word (at most two)."""
    found = []
    for other in content.articles.values():
        if other.id == own:
            continue
        text = texts.get(other.id)
        if text is None:
            text = texts[other.id] = content.cache.on(
                other, "searchable", None, lambda other=other: SearchableText(other.text))
        if text.find(quote) is not None:
            found.append(other.id)
            if len(found) == 2:
                break
    return found


def _outside_story(article, quote: str) -> str:
    """A hint when the quoted words are on the page but not in the story: in its headline (not
    citable: a report cites the story), or in a block the cleaner removed, which the analyst may
    say is story (``keep:``)."""
    for removed in article.removed:
        if SearchableText(removed.text).find(quote) is not None:
            return (f"the words are in a block the cleaner removed as {removed.kind} (line "
                    f"{removed.line}, rule {removed.rule}); if it is story, add `keep: "
                    f"[{removed.line}]` to {article.meta_path}")
    head = article.headline_block
    if head is not None and SearchableText(article.headline).find(quote) is not None:
        return (f"the words are the headline (line {head.line}); a report quotes the story, or, "
                f"if that line is the lede, add `keep: [{head.line}]` to {article.meta_path}")
    return ""


def _source_date(content: Content, report, problems: Problems,
                 event_date: FuzzyDate | None = None) -> SourceDate | None:
    article = content.articles.get(report.article)
    published = article.published if article else None
    if report.date is not None:
        return SourceDate(report.date, report.date_text, "given in the fact sheet", published)
    if not report.date_text:
        return None
    if published is None:
        return SourceDate(None, report.date_text, "", None, "the article has no publication date")
    try:
        resolved = resolve_apposed(report.date_text, published,
                                   languages=date_languages(article.language) if article else None)
    except UnresolvableDate as exc:
        path, line, col = report.at("date_text")
        problems.add(path, line, col, str(exc), "", Severity.HINT)
        return SourceDate(None, report.date_text, "", published, str(exc))
    found, rule, from_update = resolved.date, resolved.rule, ""
    at = (report.quote or "").find(report.date_text)
    if rule.startswith("weekday") and at >= 0 and in_future_clause(
            report.quote[:at], report.quote[at + len(report.date_text):]):
        # "a storm is due on Saturday": the coming Saturday (text/future.py)
        found = coming_day(found, local_date(published))
        rule = "weekday in a clause about what is to come: the coming one on or after publication"
    elif YEARLESS in rule and found.end is None and at >= 0 and in_future_clause(
            report.quote[:at], report.quote[at + len(report.date_text):]):
        # "the vote scheduled for 7 December", written on 28 November: this December's
        found = coming_date(found, local_date(published))
        rule = ("day of a month in a clause about what is to come: the coming one on or after "
                "publication")
    elif rule.startswith("weekday") and at >= 0 and in_local_time(
            report.quote[at + len(report.date_text):]) and (
            local := local_day(found, local_date(published))) is not found:
        found = local  # "in der Nacht zum Mittwoch (Ortszeit)" (text/local_day.py)
        rule = "weekday in the place's local time, as the page says: the day after publication"
    elif not rule.startswith("explicit date"):
        found, why, from_update = weigh(event_date, found, update_reading(
            report.date_text, article, found), article.updated)
        rule += why
        if (stamp := stamp_after_publication(article, report.date_text, found)) is not None:
            path, line, col = report.at("date_text")
            problems.add(path, line, col, f"{report.date_text!r} is read from the publication "
                         f"of {report.article} ({local_date(published).isoformat()}), but the "
                         f"page says it was updated on {stamp.isoformat()}: a relative day may "
                         "be the update's", f"add `updated: {stamp.isoformat()}` (with its time "
                         f"and zone if the page gives them) to {article.meta_path or 'its .yaml'}"
                         ", and both readings are weighed", Severity.HINT)
    return SourceDate(found, report.date_text, rule, published, time=resolved.time,
                      from_update=from_update)


def _date_clashes(dated: list[tuple[str, FuzzyDate]]) -> list[str]:
    """Each pair of dates that cannot both hold; but when one source clashes with every other
    in the pairs and those others give one date, that source is named once against them (trial
    12: one outlet's "yesterday" a day off eight sources and the fact sheet was eight pairs,
    each naming it again)."""
    pairs = [(n, m) for n in range(len(dated)) for m in range(n + 1, len(dated))
             if conflicts(dated[n][1], dated[m][1])]
    odd = [k for k in range(len(dated)) if len(pairs) > 2 and all(k in p for p in pairs)]
    if odd:
        others = [m if n == odd[0] else n for n, m in pairs]
        if len({dated[m][1].display() for m in others}) == 1:
            name, date = dated[odd[0]]
            return [f"{name} gives {date.display()}, against "
                    + ", ".join(dated[m][0] for m in others)
                    + f", which give {dated[others[0]][1].display()}"]
    return [f"{dated[n][0]} gives {dated[n][1].display()}, {dated[m][0]} gives "
            f"{dated[m][1].display()}" for n, m in pairs]


def _event_dates(content: Content, event, checked: Checked, problems: Problems,
                 sourced: list[bool]) -> None:
    """Resolve each source's date and flag dates that cannot both hold. ``sourced[i]`` is False
    when report i's date_text is the analyst's reading (not in the quoted sentence): a clash it
    causes is the analyst's, and the message says so."""
    dated: list[tuple[str, FuzzyDate]] = [("the fact sheet", event.date)]
    timed: list[TimedSource] = []
    for i, report in enumerate(event.reports):
        found = _source_date(content, report, problems, event.date)
        if found is None:
            continue
        checked.dates[(event.id, i)] = found
        if found.date is not None:
            article = content.articles.get(report.article)
            outlet = content.outlets.get(article.outlet or "") if article else None
            name = outlet.name if outlet else report.article
            wording = found.wording or "explicit date"
            if found.wording and not sourced[i]:
                wording = f"the analyst's reading “{found.wording}”"
            dated.append((f"{isolate_bidi(name)} ({isolate_bidi(wording)})", found.date))
            time = found.time or found.date.time
            if time is not None and not found.date.approximate and found.date.end is None:
                timed.append(TimedSource(dated[-1][0], found.date.first, time))
    clashes = _date_clashes(dated) + time_clashes(event.date, timed)
    if clashes:
        checked.date_conflicts[event.id] = "; ".join(clashes)
        path, line, col = event.at("date")
        problems.add(path, line, col, f"sources give dates or times for {event.id!r} that "
                     "cannot all hold: " + "; ".join(clashes),
                     "the timeline flags it; check the sources", Severity.WARNING)


def check(content: Content, problems: Problems) -> Checked:
    """Check references and evidence; problems go to ``problems``."""
    checked = Checked(content)
    _check_articles(content, problems)
    texts: dict[str, SearchableText] = {}
    wording = Wording(content, problems)

    def cite(kind: str, record, i: int, report, quote: str, key: str) -> Span | None:
        span = _evidence(content, problems, texts, report, quote, key)
        label = getattr(record, "title", None) or getattr(record, "label", "")
        if span is not None:
            checked.citations.append(Citation(report.article, span, kind, record.id, i, label))
        return span

    for event in content.events.values():
        _ref(problems, event, "place", event.place, content.places, "place", content.invalid_ids)
        for actor in event.actors:
            _ref(problems, event, "actors", actor, content.actors, "actor", content.invalid_ids)
        sourced = [wording.date_text(report, cite("event", event, i, report, report.quote,
                                                  "quote"))
                   for i, report in enumerate(event.reports)]
        _event_dates(content, event, checked, problems, sourced)
        if not event_terms(event, content):  # nothing to look for: no outlet can be "silent"
            path, line, col = event.at()
            problems.add(path, line, col, f"event {event.id!r} names no place, actors or terms: "
                         "Briefing cannot tell which other outlets report it, and shows them "
                         "as not looked for", "add `terms:` (its words in each language of the "
                         "sources), or `place:` and `actors:`", Severity.HINT)
    for figure in content.figures.values():
        for i, report in enumerate(figure.reports):
            span = cite("figure", figure, i, report, report.quote, "quote")
            wording.attribution(report, span)
            article = content.articles.get(report.article)
            if article is not None and (hint := as_of_hint(article, report, span,
                                                            figure.kind == "running")):
                path, line, col = report.at("quote")
                problems.add(path, line, col, f"{report.article} is a live page", hint,
                             Severity.HINT)
            check_value(report, figure, article.language if article else "en", problems)
            check_unit(figure, report, problems)
    for quote in content.quotes.values():
        _ref(problems, quote, "speaker", quote.speaker, content.actors, "actor",
             content.invalid_ids)
        for i, report in enumerate(quote.reports):
            cite("quote", quote, i, report, report.text, "text")
            wording.speaker(report)
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
    checked.analysts_readings = wording.readings
    checked.mentions = find_mentions(content)
    checked.duplicates = report_duplicates(content, problems)
    for off in judge_pages(content):
        article = content.articles[off.article]
        given = content.meta.date or content.meta.place
        sharpen = ("judged against briefing.yaml's `date:` and `place:`" if given else
                   "briefing.yaml's `date:` and `place:` sharpen this test") if not off.judged_by \
            else (f"judged against the event most sources report ({off.judged_by}); if that is "
                  "not the briefing's event, give its `date:` and `place:` in briefing.yaml")
        if not off.sure:  # weak evidence: told, never acted on
            checked.off_event_unsure[off.article] = off
            problems.add(article.rel_path, 0, 0, f"{article.id} may be about another event "
                         f"(unsure): {off.text}", "read it; if it is, add `exclude: <why>` to "
                         f"its metadata; {sharpen}", Severity.HINT)
            continue
        checked.off_event[off.article] = off
        problems.add(article.rel_path, 0, 0, f"{article.id} looks like it is about another "
                     f"event: {off.text}", f"if it is, add `exclude: <why>` to its metadata; "
                     f"{sharpen}", Severity.WARNING)
    # a page about another event states that event's figures: not "not yet cited" here
    checked.mentions = {key: {a: m for a, m in found.items() if a not in checked.off_event}
                        for key, found in checked.mentions.items()}
    hint_uncited(content, checked.mentions, problems)
    contested = {(off.judged_by, off.contested) for off in checked.off_event_unsure.values()
                 if off.contested}
    for judged_by, other in sorted(contested):  # said once, not on every page
        problems.add(content.root / "briefing.yaml", 0, 0, "the sources may report two events "
                     f"({judged_by}; or {other}): no page is flagged as off-event",
                     "give the briefing's `date:` and `place:` in briefing.yaml",
                     Severity.WARNING)
    return checked
