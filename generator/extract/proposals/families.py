"""Copies and off-event pages in the draft: one record per statement, whatever the copies.

A wire story in six outlets holds the same quotation six times; the draft proposes it once, with
every article as a report, and says that they are copies of one text (one independent source).
Candidates from pages ``check`` flags as about another event are grouped among themselves, never
into the main records: a toll from the neighbouring country's flood must not join this one's.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import TypeVar

from generator.analyse.copies import Copies
from generator.analyse.naming import plain_words
from generator.check.off_event import OffEvent
from generator.extract.model import Candidate, FigureCandidate, QuoteCandidate
from generator.text.lexicon import PRONOUN_SUBJECTS

P = TypeVar("P")


def copy_key(c: Candidate) -> tuple:
    """What must be equal for two candidates of one family to be one report of one text."""
    if isinstance(c, QuoteCandidate):
        return ("quote", plain_words(c.text))
    if isinstance(c, FigureCandidate):
        return ("figure", c.value, c.approx, c.head, plain_words(c.evidence))
    return (c.kind, plain_words(c.evidence))


def merge_copies(proposals: list[P], copies: Copies) -> list[P]:
    """Merge proposals holding the same candidate from articles of one copy family; say so."""
    out: list[P] = []
    seen: dict[tuple, P] = {}
    for proposal in proposals:
        target = None
        for c in proposal.reports:
            family = copies.family_of.get(c.article)
            if family is not None and (family.id, copy_key(c)) in seen:
                target = seen[(family.id, copy_key(c))]
                break
        if target is None:
            out.append(proposal)
            target = proposal
        else:
            target.reports.extend(proposal.reports)
            target.why.extend(w for w in proposal.why if w not in target.why)
        for c in proposal.reports:
            family = copies.family_of.get(c.article)
            if family is not None:
                seen.setdefault((family.id, copy_key(c)), target)
    for proposal in out:
        _speaker_of_the_copies(proposal.reports, copies)
        families = {}
        for c in proposal.reports:
            family = copies.family_of.get(c.article)
            if family is not None:
                families.setdefault(family.id, (family, set()))[1].add(c.article)
        for family, articles in families.values():
            if len(articles) > 1:
                proposal.why.append(f"{', '.join(sorted(articles))} carry one text "
                                    f"({family.label}): one independent source, not "
                                    f"{len(articles)}")
    return out


def _speaker_of_the_copies(reports: list, copies: Copies) -> None:
    """A copy that leaves its quotation's "he" unresolved (it cut the sentence naming him) is
    given the speaker its family's other copies name, when they all name one (trial 19: two
    copies of a wire story gave the quotation to the railway official, the third to "he")."""
    named: dict[str, set[str]] = {}
    for c in reports:
        family = copies.family_of.get(c.article)
        if isinstance(c, QuoteCandidate) and family is not None and c.speaker \
                and c.speaker.lower() not in PRONOUN_SUBJECTS:
            named.setdefault(family.id, set()).add(c.speaker)
    for c in reports:
        family = copies.family_of.get(c.article)
        if isinstance(c, QuoteCandidate) and family is not None \
                and c.speaker.lower() in PRONOUN_SUBJECTS and len(named.get(family.id, ())) == 1:
            c.speaker = next(iter(named[family.id]))
            c.why = [w for w in c.why if not w.startswith("could not tell who")]
            c.confidence = "medium" if c.confidence == "low" else c.confidence
            c.why.append(f"“{c.speaker_written}” read as {c.speaker}, whom the other copies of "
                         f"its text ({family.label}) name")


def one_verdict_per_text(off: dict[str, OffEvent], copies: Copies) -> dict[str, OffEvent]:
    """The off-event verdicts with one verdict per copy family: a page whose copy is judged on
    the event is on it too, as they carry one text. The judge reads each page as cleaned, and
    two copies cleaned apart (a caption taken for one's headline) were judged apart; the
    family's candidates, merged into one record (:func:`merge_copies`), then carried the
    off-event note into the main records (s15 once opened: a copy of a wire story flagged, its
    twin not, and the toll of the event marked as another event's)."""
    return {a: o for a, o in off.items()
            if (family := copies.family_of.get(a)) is None
            or all(m.article in off for m in family.members)}


#: Pages flagged as about another event and published further apart than this are taken to
#: be about two other events: a fortnight's coverage of one event stays well within it.
OTHER_EVENT_GAP = timedelta(days=30)


def apart(cands: list[Candidate], off: dict[str, OffEvent], group: Callable[[list], list[P]],
          published: dict[str, date | None] | None = None) -> list[P]:
    """Group the candidates of off-event pages apart from the rest, and those of pages
    published far apart (:data:`OTHER_EVENT_GAP`) apart from each other: two flagged pages a
    dozen years apart are about two other events (trial 27: a fire of 2014 and one of 2026
    near the briefing's place were read as one toll rising from 2 to 4). Pages without a date
    are grouped together."""
    main = [c for c in cands if c.article not in off]
    days = published or {}
    dated = sorted({d for a in off if (d := days.get(a)) is not None})
    cluster: dict[date, int] = {}
    for i, day in enumerate(dated):
        cluster[day] = cluster[dated[i - 1]] + (day - dated[i - 1] > OTHER_EVENT_GAP) if i else 0
    texts: dict[int, list[Candidate]] = {}
    for c in cands:
        if c.article in off:
            day = days.get(c.article)
            texts.setdefault(cluster[day] if day is not None else -1, []).append(c)
    out = group(main)
    for proposal in [p for _k, cs in sorted(texts.items()) for p in group(cs)]:
        pages = sorted({c.article for c in proposal.reports})
        proposal.why.insert(0, "OFF-EVENT: from " + ", ".join(pages) + ", flagged as about "
                            "another event (" + off[pages[0]].text + "); kept out of the main "
                            "records")
        out.append(proposal)
    return out
