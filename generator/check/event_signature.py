"""What event each article reports, and what event the briefing is about, as evidence to compare.

An article's *signature* is what it says about its event: the date it appeared (its publication
date, or the date in its address), the names it uses (places, people, institutions: words
the corpus writes capitalised nearly every time), whether it names the event's place,
and how its words compare with the other articles in its language. The briefing's event is what
the majority of its **independent** sources report: articles that share long runs of words (one
wire story in five outlets, :mod:`generator.text.shingles`) count once between them, so a wire
story about another event, carried by four outlets, cannot outvote the briefing's own reporters.

A page with no publication date and no date in its address is dated by the date printed on it,
else by the latest full date it writes (:mod:`.signature_dates`, which also finds the event's
days and the pages recalling them). Every piece of evidence may be missing (``None``):
a page in Arabic script says nothing about a place inferred from Latin-script names, a page with
no date says nothing about dates, a page alone in its language has nothing to be compared with.
:mod:`generator.check.off_event` decides from what is there and says "unsure" when too little is.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict

from generator.check.address_dates import article_date
from generator.check.recalled_year import recalled_last_year
from generator.check.signature_dates import appeared_away, date_signatures
from generator.check.signature_model import EventOfBriefing, Signature
from generator.check.signature_names import (
    LATIN,
    AnchoredNames,
    an_agency,
    core_country,
    countries_as_one,
    given_variants,
    mostly_latin,
    named_across_scripts,
    names_of,
    pooled,
    shown_first,
    variants,
    words_of,
)
from generator.check.signature_words import likeness
from generator.content.cache import NO_CACHE, BuildCache
from generator.content.model import Article, Content
from generator.content.shingled import written_shingles
from generator.text.lexicon import CAPITALISED_FUNCTION_WORDS
from generator.text.names import PARTICLES_JOINED, in_latin_letters, main_script
from generator.text.recalled import present_text, reported_names
from generator.text.shingles import ShingleIndex, connected

#: A name this share of the independent sources use is one an article about the event is expected
#: to use (when briefing.yaml gives no ``place:``).
CORE_SHARE = 0.6
#: When no name reaches it, the one name most sources use stands for the event, if at least
#: this share of them use it: a name a fifth of the sources use (a near miss's city, written
#: by its few reports in the one language where names are read) is no event most report.
FALLBACK_SHARE = 1 / 3
#: Independent sources in one language that say which core names its own press uses.
LANGUAGE_CORE = 3
#: Fewer names than this say nothing either way (a short or non-Latin-script page).
MIN_NAMES = 3
#: ... unless other articles not naming the event, of this much independent weight, use its
#: names and no article naming the event does: then they are another event's names.
OTHER_EVENT_SOURCES = 2
#: Two articles sharing this many six-word runs, making up this share of the shorter, are one
#: copy for counting sources (looser than the copy families: here a shared wire lede is enough).
COPY_SHARED, COPY_CONTAINMENT = 6, 0.08
#: Independent articles naming the event (besides the one judged) needed before the share of
#: an article's names they use says anything.
MIN_ANCHORS = 2
#: A share of shared names below which an article is in doubt (its words are then compared).
DOUBTFUL_NAMES = 0.5
#: ... and at or above which its names are the event's (the off-event verdicts use it too).
NAMES_TOWARD = 0.6
_VOWELS = frozenset("aeiouy")
_JOINERS = re.compile(r"[-‐‑–'’\s]+")


def copy_weights(articles: list[Article], cache: BuildCache = NO_CACHE) -> dict[str, float]:
    """1 / the size of each article's copy group (articles joined by shared runs of words)."""
    index = ShingleIndex([written_shingles(a, cache) for a in articles])
    group = connected(len(articles), (pair for pair, overlap in index.overlaps(COPY_SHARED).items()
                                      if overlap.containment >= COPY_CONTAINMENT))
    size = Counter(group)
    return {a.id: 1 / size[group[i]] for i, a in enumerate(articles)}


def _folded(text: str) -> str:
    """Case, accents, hyphens and apostrophes set aside: "Notre-Dame" is found in "notre dame",
    "París" in "Paris", "Al-Bukamal" in "Al Bukamal"."""
    text = unicodedata.normalize("NFKD", text.casefold())
    # the marks looked up once per distinct character, not once per character: this folds the
    # whole text of every article of every build
    marks = [c for c in set(text) if unicodedata.combining(c)]
    if marks:
        text = text.translate(dict.fromkeys(map(ord, marks)))
    return _JOINERS.sub(" ", text)


def _spelling_pattern(spellings: set[str]) -> re.Pattern[str]:
    """Any of the spellings, folded, at the start of a word; a short one (Ever, Key, Suez) as a
    whole word, so that "however" does not name the Ever Given, while a longer one may take an
    ending ("Bejrutu", "Baltimores"), and one of six letters or more ending in a vowel may
    trade it for an adjective's ending ("genovese", "marseillais"): a page of the city's own
    press names its people and things by the adjective and may never write the city itself.
    A spelling in another script is looked for anywhere."""
    parts = sorted({_folded(n) for n in spellings}, key=len, reverse=True)
    # Arabic script joins prepositions to the name (ببيروت, "in Beirut"): there, anywhere
    return re.compile("|".join(
        (rf"(?<!\w){re.escape(n)}" + (r"(?!\w)" if len(n) <= 4 else "")
         + (rf"|(?<!\w){re.escape(n[:-1])}\w{{2,}}" if len(n) >= 6 and n[-1] in _VOWELS else ""))
        if LATIN.match(n) else re.escape(n) for n in parts))


def _core(content: Content, names: dict[str, set[str]], weights: dict[str, float],
          latin: dict[str, bool]) -> tuple[list[set[str]], str]:
    """What an article about the event names: the given place (any of its spellings), or else
    each name that :data:`CORE_SHARE` of the independent Latin-script sources use."""
    given = [p.casefold() for p in content.meta.place]
    if given:  # with the briefing's own spellings of it (given Peloponnese, found Peloponeso)
        used: dict[str, set[str]] = defaultdict(set)
        for a in content.articles.values():
            for name in names[a.id]:
                used[name].add(a.language)
        languages = {a.language for a in content.articles.values()} | {"en"}
        return [set(given).union(*(given_variants(g, used, languages) for g in given))], \
            ", ".join(content.meta.place)
    # shares of the Latin-script sources, counted over them alone: a Cyrillic spelling used by
    # every Cyrillic page is no name that most Latin-script sources use
    df: Counter = Counter()
    for aid, ns in names.items():
        if latin[aid]:
            for n in ns:
                df[n] += weights[aid]
    total = sum(w for aid, w in weights.items() if latin[aid])
    plain = Counter()
    for ns in names.values():
        plain.update(ns)
    # ties broken by name: the same briefing gives the same core on every run
    # a weekday, a month or a word that opens sentences is no name of the event, however many
    # sources write it ("Saturday" in every report of a fire on a Saturday night); nor is a news
    # agency, whose copy reports of any event carry: a briefing whose sources mostly credit one
    # ("told AFP") took the agency for the event and judged pages by whether they name it
    ranked = sorted((m for m in df if m.title() not in CAPITALISED_FUNCTION_WORDS
                     and not an_agency(m.title())), key=lambda m: (-df[m], m))
    common = [m for m in ranked if df[m] >= CORE_SHARE * total and plain[m] >= 2]
    if not common:
        # no one spelling is most sources': their spellings together may be
        df = pooled(df, names, weights, latin)
        ranked.sort(key=lambda m: (-df[m], m))
        # (the top name written by two pages or more: a spelling only one page writes, which
        # pooling lifted with its kin, "Italia" beside "Italy", "Italie", stands for no event)
        common = [m for m in ranked if df[m] >= CORE_SHARE * total and plain[m] >= 2] or [
            m for m in [m for m in ranked if plain[m] >= 2][:1]
            if df[m] >= FALLBACK_SHARE * total]
    languages = {a.language for a in content.articles.values()}
    if common and all(core_country({m}, languages) for m in common):
        # a country alone is no event's place: any report of the region names it, the same
        # country's fire a year on as much as the event's (foff2: a briefing of one island's
        # fire, with the same country's next fires among its pages, had the country alone for
        # its core, and every page named "the event"); the place most sources name besides it
        # joins it, when a third of them name that place
        # (not one of the country's own spellings, "Greek" beside "Greece")
        spelt = set().union(*(variants(m, plain) for m in common))
        common += [m for m in ranked if plain[m] >= 2 and m not in spelt
                   and not core_country({m}, languages) and df[m] >= FALLBACK_SHARE * total][:1]
    core: list[set[str]] = []
    for name in common:
        if not any(name in spellings for spellings in core):
            core.append(variants(name, plain))
    # each shown as most sources spell it ("Veloria", not one outlet's "Velorie")
    return core, " and ".join(sorted(min(c, key=lambda n: (-plain[n], len(n), n)).title()
                                     for c in core))


def _expected_core(articles: list[Article], hits: dict[str, list[bool]],
                   weights: dict[str, float], latin: dict[str, bool]) -> dict[str, list[int]]:
    """The core names each language's own reports use: the local press does not name its own
    country ("Lembara" in every local page, "Veloria" in none), so where at least
    :data:`LANGUAGE_CORE` independent sources in one language name some of the core and most of
    them leave a core name out, an article in that language names the event without it."""
    by_language: dict[str, list[str]] = defaultdict(list)
    for a in articles:
        if latin[a.id] and any(hits[a.id]):
            by_language[a.language].append(a.id)
    out = {}
    for language, ids in by_language.items():
        total = sum(weights[aid] for aid in ids)
        if total < LANGUAGE_CORE:
            continue
        used = [i for i in range(len(hits[ids[0]]))
                if sum(weights[aid] for aid in ids if hits[aid][i]) >= CORE_SHARE * total]
        if used:
            out[language] = used
    return out


def _names_toward(sig: Signature) -> bool:
    """Whether its names are mostly those of the articles naming the event."""
    return sig.names_shared is not None and sig.names_shared >= NAMES_TOWARD


def _in_doubt(sig: Signature) -> bool:
    """Whether anything about the article points away from the event, or is missing."""
    return (sig.names_event is not True or sig.days_off not in (None, 0)
            or (sig.names_shared is not None and sig.names_shared < DOUBTFUL_NAMES))


def signatures(content: Content) -> tuple[EventOfBriefing, dict[str, Signature]] | None:
    """The briefing's event and every article's signature; None when there is too little to
    say what the briefing's event is (fewer than three articles, no name most of them use)."""
    articles = list(content.articles.values())
    if len(articles) < 3:
        return None
    tokens = words_of(articles, content.cache)
    found = countries_as_one(articles, names_of(articles, tokens), tokens, content.cache)
    # the names each writes to report its event, not those of one it only recalls
    names = {a.id: reported_names(found[a.id], content.cache.on(
        a, "present-text", None, lambda a=a: present_text(a, a.written[:-len(a.text) or None], (
            d.year if (d := article_date(a)) else None))), MIN_NAMES) for a in articles}
    weights = copy_weights(articles, content.cache)
    latin = {aid: mostly_latin(words) for aid, words in tokens.items()}
    core, core_text = _core(content, names, weights, latin)
    if not core:
        return None
    given_place = bool(content.meta.place)
    core_patterns = [(_spelling_pattern(spellings), spellings, core_country(spellings, {
        a.language for a in articles})) for spellings in core]
    # a page in a script that spells names in full is searched in Latin letters too
    spelt = {a.id: None if latin[a.id] else content.cache.on(
        a, "latin-letters", None, lambda a=a: in_latin_letters(a.written)) for a in articles}
    hits = {a.id: [bool(pattern.search(content.cache.on(
        a, "folded", None, lambda a=a: _folded(a.written)))) or named_across_scripts(
            spellings, a.written, spelt[a.id], tokens[a.id], a.language, country)
        for pattern, spellings, country in core_patterns] for a in articles}
    countries = [country is not None for _p, _s, country in core_patterns]
    expected = _expected_core(articles, hits, weights, latin) if not given_place else {}
    sigs: dict[str, Signature] = {}
    # alone in its language as an independent source: one story carried by three sites of one
    # language is one voice there, its names and exonyms ("lac Majeur") shared by no other
    languages: Counter = Counter()
    for a in articles:
        languages[a.language] += weights[a.id]
    for a in articles:
        sig = Signature(a.id, names[a.id], latin[a.id], weight=weights[a.id],
                        alone=languages[a.language] <= 1 + 1e-9)
        wanted = expected.get(a.language, range(len(core)))
        named = sum(1 for i in wanted if hits[a.id][i])
        sig.core_share = named / len(wanted) if len(wanted) else 0.0
        # naming the core's country and none of its places names no more than any report of
        # the region does: the same country's next fire (foff2: three sites' pages of a fire
        # by the capital, a year on, naming Greece and not the island)
        sig.country_only = any(hits[a.id]) and not all(countries) and not any(
            hit and not country for hit, country in zip(hits[a.id], countries, strict=True))
        # a place inferred from Latin-script names cannot be looked for in another script, and
        # naming some of the names most sources use (Storm Daniel, not Derna) says neither
        if named == len(wanted) and not sig.country_only:
            sig.names_event = True
        elif (not any(hits[a.id]) or sig.country_only) and (given_place or sig.latin or (
                spelt[a.id] is not None and main_script(a.written) not in PARTICLES_JOINED)):
            sig.names_event = False
        sigs[a.id] = sig
    for a in articles:
        if sigs[a.id].names_event is None and any(hits[a.id]):
            # the part of the event's names it writes, written without the rest by other
            # sources: the storm's name in its other country's reports (less the page's own
            # copies, counted at their share of its one source)
            part = sum(weights[o.id] for o in articles if o is not a and hits[o.id] == hits[a.id])
            sigs[a.id].part_elsewhere = max(0.0, part - (1 - weights[a.id]))
    core_keys = frozenset(AnchoredNames.key(n) for spellings in core for n in spellings)
    anchored = AnchoredNames({a.id: a.language for a in articles}, core_keys)
    anchors = 0.0
    script = {a.id: "LATIN" if latin[a.id] else main_script(a.written) for a in articles}
    # the articles whose names are the event's: those naming it, less those that appeared long
    # before or after its given days (the same city's earlier fire names the city too)
    anchor = {a.id for a in articles if sigs[a.id].names_event and not appeared_away(content, a)}
    for sig in sigs.values():
        if sig.article in anchor:
            anchored.add(sig.names, script[sig.article], sig.weight, sig.article)
            anchors += sig.weight
    for sig in sigs.values():
        # names are compared in Latin letters, but a page in another script is compared on its
        # own spellings only when articles naming the event write that script too (a spelling
        # put in Latin letters meets the Latin one only sometimes: "Товира" is no "Tovyra"), else
        # on the names it writes in Latin script ("Boeing"); too few articles naming the event
        # say nothing of anyone's names
        own = 1 if sig.article in anchor else 0
        mine = script[sig.article]
        compared = sig.names if sig.latin or (spelt[sig.article] is not None and (
            anchored.scripts[mine] - own * sig.weight >= MIN_ANCHORS)) \
            else {n for n in sig.names if LATIN.match(n)}
        compared = anchored.telling(compared, own, sig.article)
        if len(compared) >= MIN_NAMES and anchors - own * sig.weight >= MIN_ANCHORS:
            uses = anchored.using(own, sig.article)
            sig.names_shared = sum(1 for n in compared if uses(n)) / len(compared)
            sig.rare = shown_first([n for n in compared if not uses(n)], tokens[sig.article])
        elif len(sig.names) < MIN_NAMES and sig.names_event is False and sig.latin \
                and sig.names and not any(anchored.uses(n, 0, sig.article) for n in sig.names):
            # one or two names, none of them the event's, but the names of other pages that do
            # not name the event either (a city each report of another crush names): a second
            # event's reports say together what one of them is too short to say (Latin script
            # only: pages in another script share their own spellings of the event's names)
            sig.names_elsewhere = sum(o.weight for o in sigs.values() if o is not sig and o.latin
                                      and o.names_event is False and o.names & sig.names)
            if sig.names_elsewhere >= OTHER_EVENT_SOURCES:
                sig.names_shared = 0.0
                sig.rare = shown_first(list(sig.names), tokens[sig.article])
    window, named_days = date_signatures(content, sigs, weights, _names_toward)
    for a in articles:
        sig = sigs[a.id]
        if sig.names_event is False and not sig.recalls:
            # not naming the event's town, it recalls deaths near the event's places "last
            # year": the next year's event there (its country says nothing: any report names it)
            sig.recalls = recalled_last_year(
                a, anchored.telling(sig.names, 0, a.id),
                lambda n, aid=a.id: anchored.uses(n, 0, aid))
    for sig in sigs.values():
        lede = _folded(sig.lede_recall) if sig.lede_recall else ""  # folded once
        sig.opens_on_event = bool(lede) and any(
            pattern.search(lede) for pattern, _s, _c in core_patterns)
    # the words are compared only when something else is in doubt (the costliest evidence)
    if any(_in_doubt(sig) for sig in sigs.values()):
        for aid, value in likeness(articles, anchor).items():
            sigs[aid].likeness = value
    event = EventOfBriefing(core, core_text, window, given_place, content.meta.date is not None,
                            (named_days[0], named_days[-1]) if named_days else None)
    return event, sigs
