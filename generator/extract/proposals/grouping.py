"""Candidates grouped across articles into proposals: one figure, quote, event or name each.

Figures group when their counted nouns are one group and their values within a factor 2
(:func:`generator.extract.figures.same_figure`); quotes when two renderings are one statement
(:func:`generator.extract.quotes.same_statement`); events when they resolve to the same date and
share words or the kind of event (:mod:`.event_grouping`); names by spelling-variant clusters
(:mod:`.name_grouping`).
Each proposal says why its reports were grouped and which fact-sheet record it may belong to.
"""

from __future__ import annotations

import re
from bisect import insort
from collections import Counter, defaultdict

from generator.analyse.copies import Copies
from generator.content.figure_value import FigureValue
from generator.content.model import Article, Content
from generator.content.units import unit_name
from generator.extract.amounts.locating import place_of
from generator.extract.amounts.measures import ALTITUDE, counted_thing
from generator.extract.amounts.reach import REACHED
from generator.extract.amounts.temperature import TEMPERATURES
from generator.extract.counts.animals import fate_of_animals
from generator.extract.counts.counted import severity, severity_before
from generator.extract.figures import Figure as FigureHit
from generator.extract.figures import figure_group, magnitude_gap, within_magnitude
from generator.extract.model import (
    FigureCandidate,
    FigureProposal,
    QuoteCandidate,
    QuoteProposal,
)
from generator.extract.proposals.quote_links import statement_link
from generator.extract.proposals.running import (
    copied_days,
    day_of,
    same_day_disagree,
    toll_candidates,
    toll_span,
)
from generator.extract.quotes import same_statement
from generator.text.aboard import carried
from generator.text.countries import country_name
from generator.text.dates import utc
from generator.text.names import strip_titles
from generator.text.numbers import number


def article_order(content: Content) -> dict[str, tuple]:
    def key(article: Article) -> tuple:
        return (utc(article.published).isoformat() if article.published else "~", article.id)

    return {a.id: key(a) for a in content.articles.values()}


_UNITS = {"fighter": "fighters", "civilian": "civilians", "militiaman": "militiamen",
          "soldier": "soldiers", "operative": "operatives", "bus": "buses", "coach": "coaches",
          "vehicle": "vehicles", "person": "people", "dead": "dead", "evacuee": "evacuees",
          "wounded": "injured", "missing": "missing", "discharged": "discharged",
          "arrested": "arrested", "investigated": "people under investigation",
          "accounted": "people accounted for", "trapped": "trapped",
          "pinned": "pinned in a vehicle", "present": "people present",
          "there": "people there when it struck",
          "affected": "people affected", "unidentified": "dead not yet identified",
          "located": "people located", "from rubble": "pulled from the rubble",
          "more dead": "more dead (a rise, not the toll)", "escaped": "got out",
          "dead beside named": "dead, beside who is named with them (not the whole toll)",
          "rescued": "rescued",  # not the first report's noun ("31 Menschen … gerettet")
          "airstrike": "air strikes", "aircraft": "aircraft", "presumed dead": "presumed dead",
          "dead and presumed dead": "dead and presumed dead", "identified": "identified dead",
          "degree_Celsius": "°C", "degree_Fahrenheit": "°F", "degree": "degrees",
          "national": "nationals", "passenger": "passengers", "crew": "crew",
          "survivor": "survivors", "on board": "people on board", "responder": "responders",
          "police": "police"}


#: Noun groups whose counts grow while a story unfolds, or add up over days: `kind: running`,
#: so that 15 dead then 17, or 4 arrested then 9 (issue 16), are a progression, no disagreement.
RUNNING_GROUPS = frozenset({"dead", "wounded", "missing", "evacuee", "presumed dead",
                            "dead and presumed dead", "arrested", "recaptured", "rescued",
                            "from rubble", "identified"})
#: A share said of what has been restored or contained ("power restored for 61% of the country",
#: "el 92 % de la demanda se había restablecido", "the fire is 40% contained") grows as the
#: story unfolds: running, so that 61 % on Monday and 92 % on Tuesday are a progression (trial
#: 37 showed them as sources that disagree).
_GROWING_SHARE = re.compile(
    r"\b(?:restor\w*|reconnect\w*|contained|containment|restablec\w*|repuest\w*|recuperad\w*"
    r"|rétabli\w*|ripristinat\w*|restabelec\w*|wiederhergestellt|wieder\s+am\s+Netz)\b", re.I)
#: The "of" after a vague amount's words ("hundreds of", "des centaines de", "cientos de").
_VAGUE_OF = re.compile(r"\s+(?:of|de|d['’]|di|von|van|da)\s*$", re.I)
#: How the label names the injured of each severity (text/counted_words.SEVERITY).
_LEVELS = {"critical": "critically", "serious": "seriously", "moderate": "moderately",
           "light": "lightly"}


#: A candidate is compared with at most this many of the latest groups that could take it
#: (same counted noun, same date): all of them in any briefing of ordinary size, a bounded
#: number in an adversarial one (one article of 10,000 figures), so grouping stays linear.
MAX_GROUPS_SCANNED = 200


class _FigureGroup:
    """A growing figure group with what :func:`same_figure` reads kept up to date: its lowest
    and highest lower bounds and, per article, one value per distinct reading. A candidate is
    then tested against it in constant time, with the two parts of :func:`same_figure`'s rule
    (:func:`within_magnitude` and :meth:`FigureValue.can_both_hold`) applied to that summary."""

    def __init__(self, c: FigureCandidate, hit: FigureHit, day=None, toll: bool = False) -> None:
        self.members = [c]
        #: started by an article's toll (running.py): later days' tolls join whatever their value
        self.toll = toll and day is not None
        self.days: dict = {day: [hit.low]}
        self.group = hit.group
        self.scope = c.scope  # where its counts hold, when a member's words say (scope.py)
        self.level: str | None = None  # how badly hurt, when a member's words say it
        self.levels: set[str | None] = set()  # what each member's words say of it
        self.lows = [hit.low]  # sorted
        #: per article (and, for a toll over days, per day: a live page's sections), one value
        #: per distinct reading
        self.values: dict[tuple, dict[tuple, FigureValue]] = {
            self._key(c.article, day): {_value_key(hit): hit.figure_value}}

    def _key(self, article: str, day) -> tuple:
        return (article, day if self.toll else None)

    def fits(self, article: str, low: float, value: FigureValue, day=None,
             toll: bool = False, scope: tuple[str, ...] = ()) -> bool:
        if scope and self.scope and scope != self.scope:
            return False  # one country's toll and another's (or the total) are two figures
        if self.toll and day is not None:
            same = self.days.get(day, [])
            if not (within_magnitude(min(same + [low]), max(same + [low])) if same else toll):
                return False
        elif not within_magnitude(min(self.lows[0], low), max(self.lows[-1], low)):
            return False
        return all(v.can_both_hold(value)
                   for v in self.values.get(self._key(article, day), {}).values())

    def gap(self, hit: FigureHit) -> float:
        return magnitude_gap([_Probe(self.group, self.lows[len(self.lows) // 2])], hit)

    def add(self, c: FigureCandidate, hit: FigureHit, day=None) -> None:
        self.members.append(c)
        self.scope = self.scope or c.scope
        self.days.setdefault(day, []).append(hit.low)
        insort(self.lows, hit.low)
        self.values.setdefault(self._key(c.article, day), {})[_value_key(hit)] = \
            hit.figure_value


class _Probe:
    """Stands for group members in :func:`magnitude_gap`: it reads only the noun group and the
    lower bound of the others."""

    def __init__(self, group: str, low: float) -> None:
        self.group = group
        self.low = low


def _value_key(hit: FigureHit) -> tuple:
    return (repr(hit.value), hit.approx)


def _severity(c: FigureCandidate, content: Content) -> str | None:
    """How badly the injured a candidate counts are hurt: five hurt lightly and five hurt
    badly, in two outlets, are two figures, not one."""
    article = content.articles[c.article]
    end = c.number_start + len(c.number)
    return severity(article.text[end:end + 120], article.language or "") \
        or severity_before(article.text[max(0, c.number_start - 40):c.number_start])


def _other_level(level: str | None, g: _FigureGroup) -> bool:
    """Whether a count of the injured at ``level`` stays out of group ``g``: another level, or
    a level where the group counts the injured of every level (the 12 lightly hurt are a part
    of 19 hurt, not a reading of them: trial 34); the injured of no level said join a group of
    one level, as an outlet that leaves the level out may mean them."""
    return bool(level) and level != g.level


#: Measures of a substance, whose amount a vessel may have carried or spilled: two figures.
_SUBSTANCE = frozenset({"mass", "volume"})


def _carried(c: FigureCandidate, content: Content) -> bool:
    """Is the candidate an amount of a substance that a vessel or a vehicle carried (its
    load: "carrying 900 tonnes", "900 Tonnen geladen"), kept apart from amounts spilled,
    lost or of no verb said (trial 38: the load beside the spill, "sources disagree")?"""
    if c.measure not in _SUBSTANCE:
        return False
    text = content.articles[c.article].text
    end = c.number_start + len(c.number)
    return carried(text[max(0, c.number_start - 60):c.number_start], text[end:end + 80])


def group_figures(cands: list[FigureCandidate], content: Content,
                  copies: Copies | None = None) -> list[FigureProposal]:
    everything: list[_FigureGroup] = []
    by_noun: dict[tuple[str, bool, str], list[_FigureGroup]] = defaultdict(list)
    loads = {id(c) for c in cands if _carried(c, content)}
    tolls = toll_candidates(cands, RUNNING_GROUPS)
    copied = copied_days(cands, content, copies, RUNNING_GROUPS) if copies is not None else None
    days = {id(c): day_of(c, content, copied) for c in cands}
    for c in cands:
        hit = _as_hit(c)
        value = hit.figure_value
        low, day, toll = value.low, days[id(c)], id(c) in tolls
        level = _severity(c, content) if hit.group == "wounded" else None
        # a country's dead and its missing are two figures (trial 47: French dead, US missing)
        key = (hit.group, id(c) in loads, c.measure if hit.group == "national" else "")
        fits = [g for g in by_noun[key][-MAX_GROUPS_SCANNED:]
                if g.fits(c.article, low, value, day, toll, c.scope)
                and not _other_level(level, g)]
        if toll and any(g.toll for g in fits):
            # the series most articles follow, not a stray toll (another year's) started later
            most = max(len({m.article for m in g.members}) for g in fits if g.toll)
            fits = [g for g in fits if g.toll and len({m.article for m in g.members}) == most]
        if fits:
            target = min(fits, key=lambda g: g.gap(hit))
            target.add(c, hit, day)
        else:
            target = _FigureGroup(c, hit, day, toll)
            everything.append(target)
            by_noun[key].append(target)
        target.level = target.level or level
        target.levels.add(level)
    out = []
    for grouped in everything:
        g = grouped.members
        unit = _UNITS.get(g[0].group) or (g[0].group if fate_of_animals(g[0].group)
                                          else _as_named(g[0]))  # "birds (dead)"
        values = []
        for c in g:
            text = FigureValue(c.value, c.approx).text()
            if c.vague:  # "hundreds: at least 200", never a bare number the outlet did not give
                text = f"{_VAGUE_OF.sub('', c.number).strip().lower()}: {text}"
            if text not in values:
                values.append(text)
        level = grouped.level if len(grouped.levels) == 1 else None
        shown = f"{_LEVELS[level]} {unit}" if level else unit
        where = _where(grouped.scope, of=g[0].group == "national")  # "nationals of Russia"
        shown += where
        listed = f"{', '.join(values[:4])}{', …' if len(values) > 4 else ''}"
        measure = unit_name(g[0].group) or unit_name(unit)
        label = (f"{measure[:1].upper()}{measure[1:]}{where} ({listed})" if measure
                 else f"Number of {shown} ({listed})")
        if g[0].group == REACHED:  # how far the event reached, apart from a length of a thing
            label = f"Distance reached, {label[:1].lower()}{label[1:]}"
        if (place := place_of(g[0].group)) is not None:  # "Distance from Tesmar, kilometres"
            label = f"Distance from {place}, {label[:1].lower()}{label[1:]}"
        if g[0].group == ALTITUDE:  # how high it flew: "Altitude, feet (30,000)"
            label = f"Altitude, {label[:1].lower()}{label[1:]}"
        if id(g[0]) in loads:  # what the vessels carried: "Load carried, tonnes (9,000)"
            label = f"Load carried, {label[:1].lower()}{label[1:]}"
        if g[0].group in TEMPERATURES:  # a reading the event reached, in the outlets' own scale
            label = f"Temperature reached, {label[:1].lower()}{label[1:]}"
        why = [f"{shown}, as the words after the number say: kept apart from the injured hurt "
               "otherwise"] if level else []
        if id(g[0]) in loads:
            why.append("what a vessel or a vehicle carried, as the words beside the number say:"
                       " kept apart from amounts spilled or lost")
        if place is not None:
            why.append(f"where the event happened, as a distance from {place}: kept apart from "
                       "lengths of things and from distances from other places")
        if where:
            why.append(f"the words of a report put the count{where}: kept apart from counts of "
                       "other places")
        if len(g) > 1:
            nouns = sorted({c.head for c in g})
            lows = [c.low for c in g]
            span = (number(min(lows)) if min(lows) == max(lows)
                    else f"{number(min(lows))} to {number(max(lows))}")
            if len([d for d in grouped.days if d is not None]) > 1 and grouped.toll:
                why.append(f"grouped: counted nouns {', '.join(nouns)} are one group "
                           f"('{g[0].group}'), each article's highest count of it: a running "
                           f"count over days, {toll_span(g, days)}")
            else:
                why.append(f"grouped: counted nouns {', '.join(nouns)} are one group "
                           f"('{g[0].group}') and the values ({span}) are within a factor 2")
            if same_day_disagree(g, days) and grouped.toll:
                why.append("exact values differ on one day: later updates, or sources that "
                           "disagree (check the times)")
            elif same_day_disagree(g, days):
                why.append("the exact values differ: the sources may disagree")
            if len({c.article for c in g}) < len(g):
                why.append("several reports from one article: keep the one you mean")
            for c in g:
                if copied and id(c) in copied and g[0].group in RUNNING_GROUPS:
                    why.append(f"{c.article}'s {number(c.low)} is dated {copied[id(c)]:%d %b %Y},"
                               " when an earlier copy of its words appeared")
        for figure in content.figures.values():
            lows = [r.low for r in figure.reports] + [c.low for c in g]
            if g[0].group == figure_group(figure.unit, figure.label) and min(lows) > 0 \
                    and max(lows) / min(lows) <= 2:
                why.append(f"the fact sheets' figure '{figure.id}' counts the same at a similar "
                           f"magnitude: these reports may belong there")
        measured = Counter(c.measure for c in g).most_common(1)[0][0]  # as most reports' words
        running = g[0].group in RUNNING_GROUPS or (
            measured == "share" and all(_GROWING_SHARE.search(c.evidence) for c in g))
        out.append(FigureProposal("", label, unit, g, why, "running" if running else "fixed",
                                  measured))
    return out


def _as_named(c: FigureCandidate) -> str:
    """The counted noun for a label, as the first report wrote it: in lower case, unless its
    capital is not the sentence's (a German noun, "Besucher"; a demonym, "Germans")."""
    word = c.noun if unit_name(c.noun) else counted_thing(c.noun)  # trials 40, 41: "per cent"
    return word if word[:1].isupper() and not c.evidence.startswith(word) else word.lower()


def _where(scope: tuple[str, ...], of: bool = False) -> str:
    """" in Turkey", " in Syria and Turkey", " elsewhere": where a group's counts hold (" of
    Russia" for the people a country counts: :mod:`.nationals`)."""
    if not scope:
        return ""
    if scope == ("elsewhere",):
        return " elsewhere"
    names = [country_name(code) for code in scope]
    return (" of " if of else " in ") + (
        ", ".join(names[:-1]) + " and " + names[-1] if len(names) > 1 else names[0])


def _as_hit(c: FigureCandidate) -> FigureHit:
    return FigureHit(c.value, c.approx, c.number, c.noun, c.head, 0, 0, c.confidence)


def group_quotes(cands: list[QuoteCandidate], content: Content) -> list[QuoteProposal]:
    groups: list[list[QuoteCandidate]] = []
    articles: list[set[str]] = []
    reasons: dict[int, list[str]] = defaultdict(list)
    languages = {a.id: a.language or "" for a in content.articles.values()}
    for c in cands:
        best, best_shared = None, 0
        for i in range(max(0, len(groups) - MAX_GROUPS_SCANNED), len(groups)):
            if c.article in articles[i]:
                continue
            for x in groups[i]:
                link = statement_link(x, c, languages)  # (in one language or in two)
                if link is not None and link[0] > best_shared:
                    (best_shared, reason), best = link, i
        if best is None:
            groups.append([c])
            articles.append({c.article})
        else:
            groups[best].append(c)
            articles[best].add(c.article)
            reasons[best].append(reason)
    out = []
    for i, g in enumerate(groups):
        first = g[0]
        ids = [c.speaker_id for c in g if c.speaker_id]
        speaker_id = Counter(ids).most_common(1)[0][0] if ids else ""
        words = first.text.split()
        head = " ".join(words[:9]) + (" …" if len(words) > 9 else "")
        who = strip_titles(first.speaker) or "(speaker not found)"
        why = list(reasons[i])
        for quote in content.quotes.values():
            if any(same_statement(r.text, c.text)[0] for r in quote.reports for c in g):
                why.append(f"looks like the fact sheets' quote '{quote.id}': "
                           f"another rendering of it?")
        who = who[:1].upper() + who[1:]
        out.append(QuoteProposal("", f"{who}: “{head}”", speaker_id, g, why))
    return out


#: How far above a vague amount's floor an exact number may be and still be what it stands
#: for ("thousands of people" … "10,000 people"; not "dozens" … "5,000").
_VAGUE_COVER = 50
#: Crowds that a vague amount only sizes ("hundreds of people were in the hall"): no figure, and
#: its floor (200) no number the outlet gave. A vague toll, or vague responders, are figures as
#: the corpus labels count them where no number is given (tests/corpus/README.md).
_CROWDS = frozenset({"present"})


def covered_vague(figure: FigureHit, exact: list[tuple[FigureHit, str]], source: str) -> bool:
    """Does the same article state exactly, on the same source's word, what the vague amount
    ``figure`` (said by ``source``) stands for? An outlet that writes "thousands of people are
    missing" in its lede and "10,000 people are missing" below gives one figure, 10,000: the
    vague lede (the outlet's own words, or the same source's) is its summary, not a second
    report. A vague amount someone else said ("a few
    hundred worn-out militants", in a leader's statement, against the outlet's 310) is a
    report of its own, and so is one with no exact number of its group beside it. A vague
    toll (:data:`RUNNING_GROUPS`: the dead, the injured, the missing, the evacuated) is
    covered by any number the article gives that toll, whoever gives it and however far apart:
    the corpus counts a vague amount as a figure only where the page gives that measure no
    number (tests/corpus/README.md), and "dozens dead" quoted from an agency beside the
    ministry's 41 dead is the same running toll told less exactly. Other counts (people
    trapped, fighters) keep the rule above. A vague crowd (:data:`_CROWDS`) is covered by
    nothing at all: it is never drafted. ``exact`` holds the article's other figures (its
    headline's too) with their sources."""
    if not figure.vague:
        return False
    if figure.group in _CROWDS:
        return True
    return any(not e.vague and e.group == figure.group and (figure.group in RUNNING_GROUPS or (
        (who == source or not source) and figure.low <= e.low <= figure.low * _VAGUE_COVER))
        for e, who in exact)
