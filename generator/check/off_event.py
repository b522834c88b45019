"""Pages about another event: a flood in the next country, a fire in another cathedral a year on.

A page saved into the wrong briefing does quiet harm: its toll joins the main figures, its outlet
shows as "silent" on claims it could not make. It cannot be told by its kind of event (that is
the same) but by *what it names and when*. Each article's signature
(:mod:`generator.check.event_signature`) gives up to three pieces of evidence pointing away
from the briefing's event:

- **names**: most of the names it uses appear in no article that names the event;
- **date**: it appeared before the event, or :data:`DAYS_AFTER` days or more after it;
- **words**: its words are unlike those of the articles naming the event in its language.

The decision is conservative, because a false flag hides a real report. An article that does
not name the event's place is flagged when its names or its date point away and nothing points
to it (names mostly the event's, or a date in its days). One that names some of the event's
names but not all (Storm Daniel, not Derna) is flagged when almost none of its many names are
the event's, or when its date and one more piece point away. One that names the place (near-miss
pages often recall the earlier event: "a year after Notre-Dame") only when its date and its names
both point away and its words do not point to the event, or it appeared before the event (a
page cannot report an event before it; a near miss's words are expected to be alike), or when
almost none of its many names are the event's and its words are unlike, or that and its latest
date a year before the event's given days (the same city's earlier fire: with the city given as
the place, such pages name it too, and vouch for no names, :func:`.signature_dates.appeared_away`).
Weaker or conflicting
evidence makes an *unsure* verdict: shown to the analyst as a hint, never used to keep a page's
candidates out; a page naming some of the event's names, whose words are like the event's and
whose only evidence away is its new names (a follow-up days on), gets none.
The general shape these target is a page whose date and names belong to another event, not any
outlet's wording; the thresholds were set on the corpus's development pages and checked by
slipping each dev event's pages into the other events' briefings (FIDELITY.md, "Off-event").
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace

from generator.check.event_signature import (
    NAMES_TOWARD,
    EventOfBriefing,
    Signature,
    article_date,
    signatures,
)
from generator.check.signature_dates import DAYS_BEFORE, YEAR
from generator.content.model import Content

__all__ = ["OffEvent", "article_date", "judge_pages", "off_event_pages"]

#: The share of an article's names found in articles naming the event below which its names
#: point away from the event.
NAMES_SHARED = 0.4
#: The share at or above which its names point to the event: ``event_signature.NAMES_TOWARD``
#: (the event's days are read from such pages too).
#: ... and the share below which they point away on their own, when the article uses at least
#: MANY_NAMES of them.
NAMES_FEW, MANY_NAMES = 0.2, 8
#: The share of the event's names a page alone in its language names from which its own names
#: alone do not make it sure (:func:`_verdict`).
ALONE_NAMING = 0.6
#: ... or half of them, when no other independent source names that half without the rest and
#: the page is dated near the days of the pages naming the event (:func:`_near`): the other
#: half is then the event's name in its own language (the lake as "Majeur", not "Maggiore"),
#: while a storm named without the town it struck is named so by its other country's reports
#: too, and a stray one of those, undated, stays flagged (spent pools: two sites' lone pages
#: had been flagged)
HALF_NAMING = 0.5
#: Likeness to the articles naming the event (same language) below which its words point away,
#: and at or above which they point to it.
TEXT_UNLIKE, TEXT_LIKE = 0.1, 0.15
#: Days after the event's last beyond which a page's date points away (follow-ups a month or two
#: on are common); before its first, :data:`~.signature_dates.DAYS_BEFORE` (a page cannot report
#: an event before it); from :data:`~.signature_dates.YEAR` days after, a page that appeared
#: then reports another year's event.
DAYS_AFTER = 60
#: Days after the event's last within which a page naming some of the event's names is its
#: follow-up, whatever new names it uses (:func:`_follows_on`).
FOLLOW_UP = 7
#: When the event's days are inferred from the sources' dates, its first reports may come this
#: many days before them.
EARLY_REPORTS = 14
#: When the pages flagged weigh this share of the briefing's independent sources or more, the
#: event taken from the sources is in doubt (two events, neither a clear majority): nothing is
#: flagged, the analyst is asked once for the briefing's date and place.
CONTESTED = 0.5


@dataclass(frozen=True)
class OffEvent:
    """An article that looks like it is about another event, and why. ``sure`` is False when
    the evidence is weak: the analyst is told, the page is not kept out of anything."""

    article: str
    reasons: tuple[str, ...]
    sure: bool = True
    #: The event the test judged by, when briefing.yaml does not give its date and place: taken
    #: from what most independent sources report, it can be the wrong one (a briefing whose
    #: pages all recall an earlier disaster), so the analyst is shown it.
    judged_by: str = ""
    #: The other event the sources may be about, in words, when the pages flagged weigh as much
    #: as the rest (:data:`CONTESTED`): then the verdict is unsure, whatever its evidence.
    contested: str = ""

    @property
    def text(self) -> str:
        return "; ".join(self.reasons)


def _recalls(sig: Signature) -> str:
    """Where it writes the event's year as a time past, unless it appeared within
    :data:`DAYS_AFTER` days of the event (then its own date says when it is)."""
    near = sig.when_how != "writes" and sig.days_off is not None \
        and -DAYS_BEFORE <= sig.days_off <= DAYS_AFTER
    return "" if near else sig.recalls


def _away(sig: Signature, event: EventOfBriefing) -> dict[str, str]:
    """The evidence pointing away from the event, each with the reason shown to the analyst."""
    out = {}
    if sig.names_shared is not None and sig.names_shared < NAMES_SHARED:
        out["names"] = (f"{1 - sig.names_shared:.0%} of the names it uses are in no article "
                        f"that names the event ({', '.join(sig.rare[:4])} …)")
        if sig.names_elsewhere:
            out["names"] += (f"; other articles that do not name the event use them too "
                             f"(as independent sources: {sig.names_elsewhere:.3g})")
    if sig.days_off is not None and sig.when is not None:
        how = {"dated": "dated", "published": "dated", "address": "dated",
               "printed": "the date printed on it is",
               "month": "its address dates it to"}.get(sig.when_how, "the latest date it writes is")
        when = sig.when.isoformat()[:7 if sig.when_how == "month" else 10]
        if sig.days_off < -DAYS_BEFORE:
            out["date"] = f"{how} {when}, {-sig.days_off} days before the event"
        elif sig.days_off > DAYS_AFTER:
            out["date"] = f"{how} {when}, {sig.days_off} days after the event"
    if (recalled := _recalls(sig)) and "date" not in out:
        out["date"] = f"it writes the event's year as a time past (“{recalled}”)"
    if sig.likeness is not None and sig.likeness < TEXT_UNLIKE:
        out["words"] = (f"its words are unlike those of the articles naming the event "
                        f"(likeness {sig.likeness:.2f})")
    return out


def _verdict(sig: Signature, event: EventOfBriefing) -> OffEvent | None:
    away = _away(sig, event)
    reasons = list(away.values())
    strong = away.keys() & {"names", "date"}
    # evidence pointing to the event: its names are the event's, or it appeared in its days; a
    # date it only writes may be the event's own day recalled by a later report ("the third
    # flood since 16 May"), so it points to the event no more than it points away
    toward = (sig.names_shared is not None and sig.names_shared >= NAMES_TOWARD) \
        or (sig.days_off == 0 and sig.when_how != "writes")
    if sig.names_event is False:
        # not naming the place is itself evidence; the words alone are too weak to add to it,
        # and evidence the other way makes it a question, not a verdict
        reasons.insert(0, f"does not name {event.core_text}" + (
            " (of these it names only the country)" if sig.country_only else ""))
        if strong and not toward:
            return OffEvent(sig.article, tuple(reasons))
        if not away and sig.names_shared is None and sig.likeness is None:
            reasons.append("too little else to judge by (few names, no date, no other article "
                           "in its language)")
        elif not away:
            return None
        return OffEvent(sig.article, tuple(reasons), sure=False)
    # a page that appeared before the event cannot report it, however like its words are (a
    # near miss is the same kind of event: its words are expected to be alike); the date it
    # writes is not enough here, as it may be one it recalls, and event days inferred from the
    # sources' dates may leave out its first reports: then it must be well before them
    margin = DAYS_BEFORE if event.given_date else EARLY_REPORTS
    appeared_before = sig.when_how != "writes" and sig.days_off is not None \
        and sig.days_off < -margin
    if sig.names_event is None:  # names some of the event's names, or is in another script
        # naming the storm but not the town, with almost none of many names shared: the same
        # kind of event somewhere else, unless it appeared in the event's days (a report of
        # one part of it, written with names of its own: a question, not a verdict); or a page
        # in another script that appeared before it
        few = sig.names_shared is not None and sig.names_shared < NAMES_FEW \
            and len(sig.names) >= MANY_NAMES and not _follows_on(sig)
        # a page alone in its language names the event's institutions in its own words, which
        # no other page shares: its names alone say nothing sure of a page naming most of the
        # event's names (s19: the only Spanish page, naming the dam and the county, had been
        # flagged)
        few = few and not (sig.alone and (sig.core_share >= ALONE_NAMING or (
            sig.core_share >= HALF_NAMING and sig.part_elsewhere < 1 and _near(sig, event))))
        if few or appeared_before or ("date" in away and len(away) >= 2):
            return OffEvent(sig.article, tuple(reasons))
        # a follow-up days on names new people and places (the states a search reaches, the
        # inquiry's officers) while its words are the event's: its names alone ask nothing
        words_toward = sig.likeness is not None and sig.likeness >= TEXT_LIKE
        if away.keys() == {"names"} and (words_toward or _reports_in_days(sig)):
            return None
        return OffEvent(sig.article, tuple(reasons), sure=False) if away else None
    if appeared_before and (sig.when_how == "published"
                            or (sig.when_how == "address" and event.given_date)):
        # the analyst dated it well before the event: whatever names it shares, it reports an
        # earlier one of the same places and people (trial 9: the same movement's marches in
        # the same city three years before); so does a site's archive folders before the
        # event's given days (fcopy5: the same town's brush fire five years earlier, its
        # address /2018/08/25/, named the town and was not even asked); a date read from
        # figures of its address may be an id's, and days inferred from the sources may be
        # the wrong event's, so those alone stay a question below
        return OffEvent(sig.article, tuple(reasons))
    if _recalls(sig):
        # it looks back on the event's year ("in November 2018", "the 2018 disaster"), which
        # a report of the event's days does not write: with names not mostly the event's, the
        # same city's next collapse recalling the first by its street; with the event's names,
        # it may as well be a look back at the event itself (an anniversary), so a question.
        # So it is too when its first sentence names the event's place with the year, whatever
        # its date: a follow-up opens by naming the event it follows ("the trial over the June
        # 2018 fire in Corvella ended", years on), with names of its own (the accused, the
        # judges); a near miss opens with its own event, and recalls the earlier one after it
        # (the same city's next collapse recalling the first in its opening sentence is asked)
        follow_up = sig.opens_on_event
        return OffEvent(sig.article, tuple(reasons), sure=not toward and not follow_up)
    words_toward = sig.likeness is not None and sig.likeness >= TEXT_LIKE
    # appeared a year or more after it: a near miss's words are alike, being of the same kind
    year_on = sig.when_how != "writes" and sig.days_off is not None and sig.days_off >= YEAR
    if {"date", "names"} <= away.keys() and (appeared_before or year_on or not words_toward):
        return OffEvent(sig.article, tuple(reasons))
    # naming the place in passing ("the worst since the 2004 floods in India") while almost
    # none of its many names are the event's: sure only when its words are unlike too
    few = sig.names_shared is not None and sig.names_shared < NAMES_FEW \
        and len(sig.names) >= MANY_NAMES
    if few and "words" in away:
        return OffEvent(sig.article, tuple(reasons))
    # ... or when the latest date it writes is a year or more before the event's given days: the
    # same city's earlier fire, told in its own names and days (a report of the event, or a look
    # back at it, writes a date of the event's days, or shares its names); not before days
    # inferred from the sources, which may be the ones in question
    if few and event.given_date and sig.days_off is not None and sig.days_off <= -YEAR:
        return OffEvent(sig.article, tuple(reasons))
    if len(away) >= 2 or (few and not words_toward):
        return OffEvent(sig.article, tuple(reasons), sure=False)
    return None


def _near(sig: Signature, event: EventOfBriefing) -> bool:
    """Whether the page's date, whichever way it was read, is within :data:`DAYS_BEFORE` days
    before and :data:`DAYS_AFTER` days after the days of the pages naming the event, when they
    make no event window: then ``days_off`` says nothing short of a year (one dated page naming
    the event makes no window, yet a page dated beside it is no far-off event's). With a
    window, ``days_off`` speaks (:func:`_follows_on`): a month on is another event's time."""
    span = event.named_days
    if event.window is not None or sig.when is None or span is None:
        return False
    return (span[0] - sig.when).days <= DAYS_BEFORE and (sig.when - span[1]).days <= DAYS_AFTER


def _reports_in_days(sig: Signature) -> bool:
    """Whether the page appeared (by its own or the analyst's date, not a date it writes) in
    the event's days and names at least half of the event's names: a first-day report in a
    language of its own, naming the ship and the island but its own towns, people and
    nationalities in its own words (trial 47: the one long French report of a cruise ship's
    grounding, published the next day, was asked about as another event)."""
    return sig.days_off == 0 and sig.when_how != "writes" and sig.core_share >= HALF_NAMING


def _follows_on(sig: Signature) -> bool:
    """Whether the page appeared in the event's days or within :data:`FOLLOW_UP` days after
    them. Days inferred from the sources end with the last day most of them appeared: a report
    the next day or the day after (a rising toll, the names of the missing, the officials who
    came) is the event's follow-up, with names of its own. A trial on fresh pages: the one
    French report, a day after the rest, named the country and its own officials and villages,
    and was flagged."""
    return sig.days_off is not None and 0 <= sig.days_off <= FOLLOW_UP


def judge_pages(content: Content) -> list[OffEvent]:
    """Every article that may be about another event: ``sure`` verdicts and unsure ones."""
    found = signatures(content)
    if found is None:
        return []
    event, sigs = found
    verdicts = [v for sig in sigs.values() if (v := _verdict(sig, event)) is not None]
    if event.given_place and event.given_date:
        return verdicts
    judged_by = describe_event(event)
    other = _contested(verdicts, sigs)
    return [replace(v, judged_by=judged_by, contested=other, sure=v.sure and not other)
            for v in verdicts]


def _contested(verdicts: list[OffEvent], sigs: dict[str, Signature]) -> str:
    """The other candidate event, named by what most of the pages flagged name, when they weigh
    :data:`CONTESTED` of the independent sources or more; else "". Flagging half a briefing on
    an event inferred from the other half would hide the reports of whichever is the real one:
    an unsure verdict costs the analyst a glance."""
    flagged = [sigs[v.article] for v in verdicts if v.sure]
    if sum(s.weight for s in flagged) < CONTESTED * sum(s.weight for s in sigs.values()):
        return ""
    names = Counter(n for s in flagged for n in set(s.rare))
    top = [n for n, _k in sorted(names.items(), key=lambda nk: (-nk[1], nk[0]))[:4]]
    days = sorted(s.when for s in flagged if s.when is not None)
    when = f"; {days[0].isoformat()} to {days[-1].isoformat()}" if days else ""
    return (f"named {', '.join(top)}" if top else "names of its own") + when


def describe_event(event: EventOfBriefing, most: int = 6) -> str:
    """The event as the test took it, in words: "named Derna, Libya; 10 to 14 Sep 2023"."""
    names = event.core_text.split(" and ") if event.core_text else []
    shown = ", ".join(names[:most]) + (" …" if len(names) > most else "")
    place = f"named {shown}" if shown else "no name all its sources use"
    span = event.window or event.named_days
    if span is None:
        return f"{place}; no dates"
    first, last = span
    days = first.isoformat() if first == last else f"{first.isoformat()} to {last.isoformat()}"
    if event.window is None:  # too few dated pages: only a page a year from these is off
        return f"{place}; no event days (the pages naming it are dated {days})"
    return f"{place}; {days}"


def off_event_pages(content: Content) -> list[OffEvent]:
    """The articles that look, on strong evidence, like they are about another event."""
    return [v for v in judge_pages(content) if v.sure]
