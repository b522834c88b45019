"""Date candidates grouped into proposed events: one event, many reports.

Two reports of one day are one event when they share words (three content words, two fifths of
the shorter's) or, whatever their languages, when both tell of one and the same kind of event
(:mod:`generator.text.event_kinds`): "Nach dem Einsturz …", "s'est effondrée" and "collapsed" on one
day are one collapse, where words alone kept one proposal per language (trial 5). A sentence
that tells of two kinds ("a fire broke out in the collapsed building") or none is grouped by its
words only: a fire in the ruins the next day is no second collapse, and a report of the
collapse is no report of the fire.
"""

from __future__ import annotations

import re
from collections import defaultdict

from generator.content.model import Content
from generator.extract.model import DateCandidate, EventProposal
from generator.extract.proposals.grouping import MAX_GROUPS_SCANNED
from generator.extract.quotes import content_words
from generator.extract.sheet.curated import Entities
from generator.text.event_kinds import kinds_in
from generator.text.quotation_span import inside_quotation

__all__ = ["group_events"]


def _event_words(c: DateCandidate) -> set[str]:
    text = c.evidence.replace(c.expression, " ")
    return content_words(text)


class _Group:
    """One proposed event as it grows: its reports, their articles, the first report's words
    and kind, and each report's kind (read once, when it joins)."""

    def __init__(self, c: DateCandidate, kind: str | None) -> None:
        self.members = [c]
        self.kinds = [kind]
        self.articles = {c.article}
        self.words = _event_words(c)
        self.kind = kind

    def add(self, c: DateCandidate, kind: str | None) -> None:
        self.members.append(c)
        self.kinds.append(kind)
        self.articles.add(c.article)

    def why(self, content: Content) -> str:
        if self.kind and len(set(self.kinds)) == 1 and len(
                {content.articles[c.article].language for c in self.members}) > 1:
            return (f"grouped: the same resolved date and the same kind of event "
                    f"({self.kind}), in several languages")
        words = sorted(set.intersection(*(_event_words(c) for c in self.members)))
        return "grouped: the same resolved date and words in common (" + \
            ", ".join(words[:6]) + ")" if words else \
            f"grouped: the same resolved date and the same kind of event ({self.kind})"


def _kind(c: DateCandidate, content: Content) -> str | None:
    """The one kind of event the report's sentence tells of, or None (none, or several)."""
    kinds = kinds_in(c.evidence, content.articles[c.article].language or "en")
    return next(iter(kinds)) if len(kinds) == 1 else None


def _fits(g: _Group, c: DateCandidate, words: set[str], kind: str | None) -> bool:
    if c.article in g.articles:
        return False
    if kind is not None and kind == g.kind:
        return True
    shared = g.words & words
    small = min(len(g.words), len(words)) or 1
    return len(shared) >= 3 and len(shared) / small >= 0.4


def _one_per_sentence_and_day(cands: list[DateCandidate]) -> list[DateCandidate]:
    """One candidate per sentence of an article and resolved day: "Thursday (November 21)"
    names one day twice, and was proposed as two events from one sentence (trial 26). The
    wording with a number in it is kept, as the more explicit."""
    kept: dict[object, DateCandidate] = {}
    for c in cands:
        # a placeholder date is no day: each such candidate stands alone
        key = (c.article, c.evidence, c.date.iso()) if c.resolved else id(c)
        if key not in kept or (not any(ch.isdigit() for ch in kept[key].expression)
                               and any(ch.isdigit() for ch in c.expression)):
            kept[key] = c
    chosen = {id(c) for c in kept.values()}
    return [c for c in cands if id(c) in chosen]


def group_events(cands: list[DateCandidate], content: Content, entities: Entities
                 ) -> list[EventProposal]:
    cands = _one_per_sentence_and_day(cands)
    groups: list[_Group] = []
    by_date: dict[str, list[_Group]] = defaultdict(list)
    for c in cands:
        kind = _kind(c, content)
        target = None
        if c.resolved:
            words = _event_words(c)
            target = next((g for g in by_date[c.date.iso()][-MAX_GROUPS_SCANNED:]
                           if _fits(g, c, words, kind)), None)
        if target is not None:
            target.add(c, kind)
            continue
        groups.append(_Group(c, kind))
        if c.resolved:
            by_date[c.date.iso()].append(groups[-1])
    out = []
    for grouped in groups:
        g = grouped.members
        first = g[0]
        title = _title(first)
        why = [grouped.why(content)] if len(g) > 1 else []
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


#: What introduces a date and dangles once the date wording is taken out of a title ("As of
#: Friday morning, the vessel …" -> "As of, the vessel …"; "Dans la matinée d'hier, le …" ->
#: "Dans la matinée d', le …": trial 13), a day's article ("fijó el 2 de mayo como día"
#: -> "fijó el como día": trial 34). Only right before the cut.
_DANGLING_BEFORE_DATE = re.compile(
    r"(?:\b(?:as\s+of|since|until|by|on|at|in|am|seit|bis|vom|depuis|dès|jusqu['’]à|desde|hasta"
    r"|dal|dalla|fino\s+a|no|na|em|desde|el|le|il|al|del|au|du)"
    r"|\b(?:d|l|dell|dall|all|nell)['’])\s*$", re.I)


def _title(c: DateCandidate) -> str:
    """The report's sentence without its date wording, at most 14 words. A wording relative to
    another event stays ("hours after that of X": trial 26, "News of her death came X" was left),
    since it names the event the date hangs on and the date is a placeholder."""
    at = c.evidence.find(c.expression)
    if not c.resolved or inside_quotation(c.evidence, at):
        text = c.evidence  # (a speaker's words stay whole: «Heute ist …» lost its "Heute" to
        # the date it gave, trial 30)
    elif at > 0:
        head = _DANGLING_BEFORE_DATE.sub("", c.evidence[:at])
        text = head + " " + c.evidence[at + len(c.expression):]
    else:
        text = c.evidence.replace(c.expression, " ")
    text = re.sub(r"\s+", " ", text)
    text = re.sub(r"\s+([,.;:])", r"\1", text)
    text = re.sub(r"[,;:]+([.!?])", r"\1", text).strip(" ,;:–—-")  # "la stupeur, jeudi."
    words = text.split()
    title = " ".join(words[:14]) + (" …" if len(words) > 14 else "")
    return (title[:1].upper() + title[1:]) if title else c.expression
