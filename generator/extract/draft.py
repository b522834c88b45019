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
:data:`.evidence.MAX_WORDS` words), so the draft passes ``briefing check`` as it
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

from bisect import bisect_right
from collections import Counter
from pathlib import Path

from generator.analyse.copies import find_copies
from generator.check.address_dates import article_year
from generator.check.live_sections import Sections, section_days
from generator.check.off_event import off_event_pages
from generator.content.measured import measure_of
from generator.content.model import Article, Content
from generator.content.watchdog import TookTooLong, limit_for, watchdog
from generator.extract.context.background import recalled_spans
from generator.extract.context.recalled_month import recalled_by_month
from generator.extract.counts.beside_toll import totals_with_presumed
from generator.extract.counts.casualties import casualties_hurt
from generator.extract.counts.increment import MORE_DEAD
from generator.extract.counts.nationals import NATIONAL
from generator.extract.counts.scope import scope_of
from generator.extract.dates import DateMention, dates_in
from generator.extract.evidence import evidence
from generator.extract.figures import Figure as FigureHit
from generator.extract.figures import figures_in
from generator.extract.model import (
    Candidate,
    DateCandidate,
    Draft,
    FigureCandidate,
    QuoteCandidate,
)
from generator.extract.proposals.event_grouping import group_events
from generator.extract.proposals.families import apart, merge_copies, one_verdict_per_text
from generator.extract.proposals.grouping import (
    RUNNING_GROUPS,
    article_order,
    covered_vague,
    group_figures,
    group_quotes,
)
from generator.extract.proposals.name_grouping import group_names
from generator.extract.proposals.running import own_day
from generator.extract.quotes import Quotation, quotations
from generator.extract.sheet.curated import Curated, Entities
from generator.extract.sheet.ids import assign_ids
from generator.extract.sheet.verified import checked
from generator.extract.singular import singular_figures
from generator.extract.speakers.attribution import attribution
from generator.extract.speakers.people import named_speaker, resolve_pronoun
from generator.text.dates import local_date
from generator.text.lexicon import PRONOUN_SUBJECTS
from generator.text.nationals import nation_of
from generator.text.plural_nouns import load_dictionaries
from generator.text.sentences import Sentence, sentences

#: A rise in the dead counts the dead in its sentence: one more dead named there singly ("after
#: one death was first reported, five more bodies were found") is no part of an earlier toll.
_TOLL_OF = {MORE_DEAD: "dead"}

def _figure(article: Article, sentence: Sentence, hit: FigureHit, quotes: list[Quotation],
            entities: Entities, speakers: list[tuple[int, str]],
            starts: list[int]) -> FigureCandidate:
    who, how = "", ""
    i = bisect_right(starts, hit.start)  # quotations are in text order, none inside another
    inside = quotes[i - 1] if i and hit.start < quotes[i - 1].end else None
    why = list(hit.why)
    if inside is not None:
        who, how = inside.resolved or inside.speaker, "inside a quotation by"
    else:
        found = attribution(sentence, near=hit.start, lang=article.language or "en")
        if found is not None:
            who, how = found.who, found.how
            if who.lower() in PRONOUN_SUBJECTS:
                resolved = resolve_pronoun(article.text, found.at, speakers)
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
        number=hit.written, noun=hit.noun, head=hit.head, group=hit.group, vague=hit.vague,
        measure=measure_of(hit.befell or hit.group, hit.noun, article.language or "en"),
        attributed_to=who, attributed_id=entities.actor_in(who) if who else "",
        number_start=hit.start, scope=_scope(hit, sentence, article.language or ""))


def _scope(hit: FigureHit, sentence: Sentence, lang: str) -> tuple[str, ...]:
    """The countries a count holds in (:mod:`.scope`); for people counted by their country,
    that country (:mod:`.nationals`)."""
    if hit.group == NATIONAL and (code := nation_of(hit.noun, lang)):
        return (code,)
    return scope_of(sentence.text, hit.start - sentence.start, hit.end - sentence.start, lang)


def _dated(c: FigureCandidate, hit: FigureHit, sentence: Sentence,
           mentions: tuple[list[DateMention], list[int]], article: Article,
           sections: Sections) -> FigureCandidate:
    """A running count whose own clause names the day it held gets that day as ``as_of``; on a
    live page, else the day of the update stamp above it (:mod:`.live_sections`)."""
    if hit.group not in RUNNING_GROUPS or article.published is None:
        return c
    limit = local_date(article.published)  # a live page's days run up to its update (trial 18)
    if article.updated is not None and local_date(article.updated) > limit:
        limit = local_date(article.updated)
    found = own_day(article.text, sentence.start, (hit.start, hit.end), mentions[0], limit,
                    mentions[1])
    c.section = sections.day(hit.start)
    if found is not None:
        c.as_of, mention = found
        c.as_of_text = mention.expression
        c.why.append(f"as of {mention.expression!r}: {mention.date.display()}, the day its "
                     "clause names, not the publication's")
    elif (day := c.section) is not None and day != local_date(article.published):
        c.as_of = day
        c.why.append(f"as of {day.isoformat()}: the day of the update stamp above its "
                     "paragraph on this live page")
    return c


def _quote(article: Article, q: Quotation, entities: Entities) -> QuoteCandidate:
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


#: The readings of a day counted from the page's own date (an earlier event's calendar date,
#: "in April 1979", is background, not a doubt about the page's date).
_FROM_PUBLICATION = ("weekday:", "last weekday:", "weekday of last week:", "today:",
                     "yesterday:")


def _before_the_event(dates: list[DateCandidate], when) -> list[DateCandidate]:
    """A day read from the page's date that falls before the event's (briefing.yaml's
    ``date:``) is doubtful: the page was likely updated after the day its address or stamp gives
    (trial 30: "on Thursday" of an updated page read as a week before the flood, at high
    confidence, and a false conflict followed)."""
    for d in dates:
        if when is not None and d.resolved and not d.explicit and d.date.last < when.first \
                and d.rule.startswith(_FROM_PUBLICATION):
            d.confidence = "low"
            d.why.append(f"before the event's date ({when.display()}): if the page was updated "
                         "after the day it gives, add `updated:` to its .yaml")
    return dates


def _candidates(article: Article, entities: Entities, event_years: frozenset[int] = frozenset()
                ) -> tuple[list[FigureCandidate], list[QuoteCandidate], list[DateCandidate]]:
    """The figures, quotations and dates of one article, not yet grouped."""
    figs: list[FigureCandidate] = []
    dates: list[DateCandidate] = []
    sents = sentences(article)
    found = quotations(article, sents)
    quotes = [_quote(article, q, entities) for q in found]
    speakers = [(q.start, q.resolved) for q in found if named_speaker(q.resolved)]
    starts = [q.start for q in found]
    previous: list = []  # the figures of the sentence before, whose noun a number may leave out
    # each sentence's date mentions, with their ends (looked up once for all its numbers)
    hits: list[tuple[tuple[list[DateMention], list[int]], FigureHit, Sentence]] = []
    # published, or the date or month in its address
    recalled = recalled_spans(sents, article.headline, article.language, article_year(article),
                              event_years) + recalled_by_month(
        sents, article.published, article.language, event_years)  # "Last March, …" (trial 41)

    def own(hit: FigureHit) -> bool:  # not an earlier event's number, recalled by its year
        return not any(a <= hit.start < b for a, b in recalled)

    counted: set[str] = set()  # the outcomes earlier sentences counted (two or more)
    for sentence in sents:
        mentions = dates_in(sentence, article.published, article.language, article.updated)
        dated_by = (mentions, [m.end for m in mentions])
        previous = figures_in(sentence, article.language, previous)
        hits.extend((dated_by, hit, sentence) for hit in previous if own(hit))
        before = frozenset(counted - {_TOLL_OF.get(hit.group, hit.group) for hit in previous})
        hits.extend((dated_by, hit, sentence)
                    for hit in singular_figures(sentence, article.language, before) if own(hit))
        counted |= {hit.group for hit in previous if not hit.vague and own(hit)}
        dates.extend(_date(article, sentence, d) for d in mentions)
    casualties_hurt([hit for _, hit, _ in hits], article.text, article.language or "en")
    totals_with_presumed([(hit, sentence) for _, hit, sentence in hits])  # 5 + 8 presumed
    sections = section_days(article)  # a live page's update stamps
    made = [(hit, _dated(_figure(article, sentence, hit, found, entities, speakers, starts),
                         hit, sentence, dated_by, article, sections))
            for dated_by, hit, sentence in hits]
    sources = [(hit, c.attributed_to) for hit, c in made]
    # the headline is not drafted, but a toll it gives a number covers the story's vague one
    sources += [(hit, "") for hit in figures_in(
        Sentence(0, len(article.headline), article.headline, -1), article.language)]
    figs.extend(c for hit, c in made if not covered_vague(hit, sources, c.attributed_to))
    return figs, quotes, dates


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
    order = article_order(content)
    ids.sort(key=lambda i: order[i])
    articles = [content.articles[i] for i in ids]
    entities = Entities(content)
    curated = Curated(content) if skip_curated else None
    skipped: Counter = Counter()
    figs: list[FigureCandidate] = []
    quotes: list[QuoteCandidate] = []
    dates: list[DateCandidate] = []
    stopped: dict[str, str] = {}
    # before any article's time limit starts: a language's dictionary loads in seconds, and
    # the first article of that language would be stopped for the load alone
    load_dictionaries(a.language for a in articles)
    # the event's own years, when the analyst gave its date: never an earlier event's, on a page
    # that looks back at the event years later (an anniversary, a verdict)
    when = content.meta.date
    event_years = frozenset(range(when.first.year, when.last.year + 1)) if when else frozenset()
    for article in articles:
        try:
            with watchdog(limit_for(len(article.text)), f"extract on article {article.id!r}"):
                f, q, d = _candidates(article, entities, event_years)
        except TookTooLong as exc:  # one article never hangs extract: it is left out
            stopped[article.id] = str(exc)
            continue
        figs.extend(f)
        quotes.extend(q)
        dates.extend(_before_the_event(d, when))
    if curated is not None:
        kept_f = [c for c in figs if not curated.figure(c)]
        kept_q = [c for c in quotes if not curated.quote(c)]
        kept_d = [c for c in dates if not curated.date(c)]
        skipped.update(figure=len(figs) - len(kept_f), quote=len(quotes) - len(kept_q),
                       date=len(dates) - len(kept_d))
        figs, quotes, dates = kept_f, kept_q, kept_d
    copies = find_copies(content)
    off = one_verdict_per_text({o.article: o for o in off_event_pages(content)}, copies)
    days = {a: local_date(content.articles[a].published) if content.articles[a].published
            else None for a in off}
    draft = Draft(
        figures=merge_copies(apart(figs, off, lambda cs: group_figures(cs, content, copies),
                                   days), copies),
        quotes=merge_copies(apart(quotes, off, lambda cs: group_quotes(cs, content), days),
                            copies),
        events=apart(dates, off, lambda cs: group_events(cs, content, entities), days),
        names=group_names(content, [a for a in articles if a.id not in stopped], entities,
                          skip_curated, skipped),
        articles=ids, skipped=skipped, stopped=stopped,
        undated=[a.id for a in articles if a.published is None])
    draft.figures, draft.unverified = checked(
        draft.figures, {a.id: a.language for a in articles})
    assign_ids(draft, content)
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


def candidates_by_article(draft: Draft) -> dict[str, list[Candidate]]:
    """Every candidate of the draft under its article (in the draft's article order), in text
    order: what the site page "Candidates not yet reviewed" lists."""
    out: dict[str, list[Candidate]] = {a: [] for a in draft.articles}
    for c in draft.candidates():
        out.setdefault(c.article, []).append(c)
    for items in out.values():
        items.sort(key=lambda c: (c.start, c.kind))
    return out
