"""Where an article states a figure or names an event that the fact sheets do not cite from it.

An outlet is *silent* on a figure only if its text says nothing of it: an outlet whose article
says "the toll rose to 69" has reported the toll, cited or not. This module finds those mentions
so that the analysis can tell four states apart (cited; mentioned, not cited; an excerpt cut
before it could say; silent) and ``briefing check`` can hint at what is not yet cited.

**Figures.** An article mentions a figure when one of its sentences holds one of the figure's
terms (:mod:`.terms`) and states an amount read by the quantity reader
(:func:`generator.text.quantities.read`; times, dates, years and ids are not amounts) that fits:

* a figure in a unit (km, km/h, magnitude): the amount's unit converts to it ("wind" and "150
  km/h") and it is no forecast ("another 20 cm could fall": :mod:`generator.text.forecast`);
* a count (deaths, fighters): the amount has no unit of measure, the words right after it do not
  count something else ("40 Iraqi militiamen" is not a count of Iranians), and a term stands
  within :data:`WINDOW` words of it ("the death toll rose to 69", "69 people died"); for a count
  of one country's people, its people's words in any language (:mod:`.country_counts`).

**Events.** An article mentions an event when one sentence holds one of its ``terms:``; else its
place (any spelling) and one of its actors; else all its actors. This is looser than for figures
(a sentence may name the place and the actors of another event): ``terms:`` narrows it.

**Beyond the story.** A record the story does not state is looked for in the rest of what the
outlet printed on the page: its headline (when the outlet wrote it, not one made from the
address) and the blocks the cleaner removed, except those that are not the outlet's words
(readers' comments and their form, advertisements, consent banners, markup). The cleaner is
measured, not perfect (FIDELITY.md): a lede it took for a caption, or a toll stated only in a
headline, would otherwise make the outlet "silent" on the very figure it printed. Such a mention
says where it stands (``Mention.where``), and the pages say it too.

What is found is shown with the sentence, so a wrong mention is seen at once; a missed one
leaves the outlet silent. Only sentences that hold a term are read for numbers, and an article's
mentions are kept between rebuilds while its text and the records' terms are unchanged.
"""

from __future__ import annotations

import functools
import hashlib
import re
from dataclasses import dataclass
from typing import NamedTuple

from generator.check.cited_elsewhere import shown_by_passage
from generator.check.country_counts import counts_country
from generator.check.terms import (
    Scanned,
    Terms,
    event_terms,
    figure_terms,
    forms,
    other_figures_terms,
    rival_terms,
)
from generator.content.model import Article, Content
from generator.content.problems import Problems, Severity
from generator.content.store import Unstable, stable_key
from generator.content.units import COUNT, Unit, by_scale, unit
from generator.text.counted_words import NO_KIND, OTHERS, STRUCTURE_NOUNS, counted_group
from generator.text.forecast import foretold
from generator.text.languages import stop_words
from generator.text.lexicon import COUNT_TERMS, FUNCTION_WORDS, GENERIC_FIGURE_WORDS, NOUN_GROUPS
from generator.text.number_words import JOINERS
from generator.text.quantities import QUANTITY, VAGUE, Quantity, read
from generator.text.sentences import Sentence, sentences

#: A count's term must stand this close to its number, in words; a clause ends at ":" or ";".
WINDOW = 10
_CLAUSE_END = re.compile(r"[:;]")
#: What ends the words a number counts: another number, a clause, a list's comma or a bracket.
_GROUP_END = re.compile(r"[\d:;,()]")
#: Nouns that say what a number counts: a number followed by one of them that is not a term of
#: the figure counts something else.
COUNTED_NOUNS = frozenset({f for group in NOUN_GROUPS.values() for w in group for f in forms(w)}
                          | {w for group in COUNT_TERMS.values() for w in group}
                          | {f for w in STRUCTURE_NOUNS for f in forms(w)})

#: Kinds of removed block that are not the outlet's words: what they say is not what the
#: outlet said (a reader's comment stating a toll does not make the outlet report it).
NOT_THE_OUTLETS = frozenset({"comments", "comment-form", "advertisement", "consent-banner",
                             "markup", "template"})


@dataclass(frozen=True)
class Mention:
    """One passage of an article that states a figure or names an event."""

    article: str
    start: int  # offsets of the sentence in Article.text (in the headline or the removed
    end: int    # block when ``where`` says so)
    sentence: str
    written: str  # the number as written ("69"), or the words that name the event
    #: "" in the story; "headline"; or the kind of the removed block it stands in ("caption")
    where: str = ""
    #: the source line of that headline or block (0 in the story: the sentence locates it)
    line: int = 0

    @property
    def place(self) -> str:
        """Where it stands, in words, for a page: "" in the story."""
        if self.where in ("", "headline"):
            return "in its headline" if self.where else ""
        return f"only in text the cleaner removed as {self.where.replace('-', ' ')}, " \
               f"line {self.line}"


class _Piece(NamedTuple):
    """The headline or a removed block, read as one paragraph."""

    where: str
    line: int
    text: str


class _OneParagraph(NamedTuple):
    paragraphs: tuple[_Piece]


#: (record kind, record id) -> article id -> the passages that mention the record
Mentions = dict[tuple[str, str], dict[str, list[Mention]]]
#: What a figure is found by: its id, terms and unit, and the other figures' terms (a number
#: one of them counts is not this figure's).
_FigureKey = tuple[str, Terms, Unit | None, Terms, Terms]


def _counted_after(q: Quantity, terms: Terms, s: Scanned, others: tuple[Terms, Terms],
                   lang: str) -> bool | None:
    """What the words right after a number say it counts: True when one is a term ("69
    dead", "69 people died"), False when one is a noun that counts something else ("40 Iraqi
    militiamen" for a figure of Iranians) or another figure's term ("230 passengers" for a
    figure of the people on board; not "12 passengers died" for the dead: :meth:`~generator.
    check.terms.Scanned.outcome_near`, unless a figure that shares the outcome counts them:
    "40 militiamen were killed"), None when they do not say."""
    others, rivals = others
    own_at, other_at = set(s.hits(terms)), set(s.hits(others)) if others else set()
    after = _noun_group(q.end, s)
    for n, (start, word) in enumerate(after):
        low = word.lower()
        if start in own_at or start in other_at:
            kind = _kinds_counted(after[n:], own_at, other_at)
            return None if kind is False and start not in own_at and not (
                rivals and start in s.hits(rivals)) and s.outcome_near(
                q.start, q.end, terms, lang) else kind
        if word.isupper() and len(word) <= 5:  # "hundreds of IS fighters"
            continue
        if low in FUNCTION_WORDS - {"of"}:
            return None
        if low in GENERIC_FIGURE_WORDS:
            continue
        if forms(low) & COUNTED_NOUNS or counted_group(low, lang) not in NO_KIND:
            return False  # in any language: extract's table of what a number counts
    return None


def _noun_group(end: int, s: Scanned) -> list[tuple[int, str]]:
    """The first words after a number's ``end``, up to the next number or a comma: what it
    may count ("169 Indians, 53 Britons": 169 does not count Britons)."""
    out = []
    for start, _e, word in s.words:
        if start >= end:
            if _GROUP_END.search(s.sentence.text, end, start) or len(out) == 4:
                break
            out.append((start, word))
    return out


def _kinds_counted(after: list[tuple[int, str]], own_at: set[int], other_at: set[int]
                   ) -> bool | None:
    """Whether the term right after a number (``after[0]``) makes it the figure's count, when
    another term may be joined to it: "158 passengers and crew" counts both together, the
    passengers of neither a figure of passengers nor one of crew (False), and is neither's
    term for a figure of the people on board (None: the window decides)."""
    kinds = [after[0][0] in own_at]
    if len(after) > 2 and after[1][1].lower() in JOINERS and (
            after[2][0] in own_at or after[2][0] in other_at):
        kinds.append(after[2][0] in own_at)
    if all(kinds):
        return True
    return False if any(kinds) or len(kinds) == 1 else None


def _fits(q: Quantity, terms: Terms, target: Unit | None, s: Scanned,
          others: tuple[Terms, Terms], amounts: list[Quantity], lang: str) -> bool:
    """Whether the amount ``q`` (offsets in the sentence) states the figure: its own words
    say so, else a term near it that no other number of ``amounts`` counts ("a Corvina 900
    with 158 passengers and crew": the crew are 158's, not 900's)."""
    own = unit(q.unit)
    if target is not None and target.kind != COUNT:  # and not a forecast ("could get 20 cm")
        return own is not None and own.convertible(target) and not foretold(s.sentence.text, q)
    if (own is not None and own.kind != COUNT) or not terms.counts(s.sentence.text[q.end:]) \
            or s.undone_after(q.end, terms, lang):  # "37 … wieder gefasst": the recaptured
        return False  # a distance; "eight more were presumed dead" for the confirmed dead
    if terms.country:  # a country's people, by their words in any language ("deux Français")
        return counts_country(s.sentence.text, q.end, s.words, terms.country, lang)
    counted = _counted_after(q, terms, s, others, lang)
    if counted is not None:
        return counted
    index = s.word_index(q.start)
    # a term after a colon or semicolon that follows the number opens another clause: "there
    # were 300 aboard: the toll will be higher" does not say 300 died ("Toll: 69" does)
    hits = [hit for hit in s.hits(terms) if (hit < q.end or not _CLAUSE_END.search(
        s.sentence.text, q.end, hit)) and not any(
            a is not q and hit in {st for st, _w in _noun_group(a.end, s)} for a in amounts)]
    if _further_group(q, s):
        # "nine dead and 14 others hurt": a term before "14 others" names the earlier group
        return any(0 < s.word_index(hit) - index <= WINDOW for hit in hits)
    return any(abs(s.word_index(hit) - index) <= WINDOW for hit in hits)


def _further_group(q: Quantity, s: Scanned) -> bool:
    """Whether a word beside the amount makes it a group after one already named ("14
    autres", "altre 20", "13 weitere")."""
    index = s.word_index(q.start)
    before = [w for n, (_s, _e, w) in enumerate(s.words) if n == index - 1]
    beside = before + s.words_after(q.end, 1)
    return any(w.lower() in OTHERS for w in beside)


def _nearest(amounts: list[Quantity], terms: Terms, s: Scanned) -> Quantity | None:
    """Of the amounts that fit, the one nearest a term ("Seventeen of them were children, and
    the toll reached 125" states the toll as 125): the first on a tie."""
    if len(amounts) < 2:
        return amounts[0] if amounts else None
    hits = [s.word_index(h) for h in s.hits(terms)]
    return min(amounts, key=lambda q: min((abs(s.word_index(q.start) - h) for h in hits),
                                          default=0))


def _article_mentions(article: Article, figures: tuple[_FigureKey, ...],
                      events: tuple[tuple[str, tuple[Terms, ...]], ...]
                      ) -> dict[tuple[str, str], list[Mention]]:
    # the table's beginnings of words of the article's own language ("desaparec", "ferit")
    figures = tuple((fid, terms.for_language(article.language), unit, others, rivals)
                    for fid, terms, unit, others, rivals in figures)
    text, low = article.text, article.text.lower()
    live_figures = [f for f in figures if f[1].in_text(low, text) or by_scale(f[2], text)]
    live_events = [e for e in events if e[1] and all(t.in_text(low, text) for t in e[1])]
    out: dict[tuple[str, str], list[Mention]] = {}
    if live_figures or live_events:
        _scan(article, sentences(article), live_figures, live_events, out)
    # What the story does not state, the rest of the page may: read it only for those records.
    pieces = _outside_story(article)
    rest = "\n".join(p.text for p in pieces)  # one look for what any piece could hold
    low = rest.lower()
    figures = tuple(f for f in figures if ("figure", f[0]) not in out and f[1].in_text(low, rest))
    events = tuple(e for e in events if e[1] and ("event", e[0]) not in out
                   and all(t.in_text(low, rest) for t in e[1]))
    for piece in pieces if figures or events else ():
        low = piece.text.lower()
        live_figures = [f for f in figures if f[1].in_text(low, piece.text)
                        or by_scale(f[2], piece.text)]
        live_events = [e for e in events if all(t.in_text(low, piece.text) for t in e[1])]
        if live_figures or live_events:
            found: dict[tuple[str, str], list[Mention]] = {}
            _scan(article, sentences(_OneParagraph((piece,))), live_figures, live_events, found,
                  piece)
            for key, passages in found.items():
                out.setdefault(key, []).extend(passages)
    return out


@functools.lru_cache(maxsize=64)
def _function_words(language: str | None) -> frozenset[str]:
    """The function words of an article's language other than English that spell an English
    word a figure is found by, and must not be read as it ("die" is a German article)."""
    return frozenset() if language in (None, "", "en") else stop_words(language) & COUNTED_NOUNS


def _outside_story(article: Article) -> list[_Piece]:
    """The outlet's words on the page outside its story: its headline, then what the cleaner
    removed (in page order), leaving out what others wrote (:data:`NOT_THE_OUTLETS`)."""
    out = []
    if article.headline_origin not in ("url", "file-name") and article.headline:
        line = article.headline_block.line if article.headline_block else 0
        out.append(_Piece("headline", line, article.headline))
    out.extend(_Piece(r.kind, r.line, r.text) for r in article.removed
               if r.kind not in NOT_THE_OUTLETS and r.text.strip())
    return out


def _scan(article: Article, sents: list[Sentence], live_figures: list[_FigureKey],
          live_events: list[tuple[str, tuple[Terms, ...]]],
          out: dict[tuple[str, str], list[Mention]], piece: _Piece | None = None) -> None:
    """Add to ``out`` the mentions of the live records in ``sents`` (of the story, or of
    ``piece`` outside it)."""
    where, line = (piece.where, piece.line) if piece else ("", 0)
    ignore = _function_words(article.language)
    for sentence in sents:
        s = Scanned.of(sentence, ignore)
        amounts: list[Quantity] | None = None
        for fid, terms, target, others, rivals in live_figures:
            if not s.holds(terms) and not by_scale(target, sentence.text):
                continue
            if amounts is None:
                amounts = [q for q in read(sentence.text, article.language)
                           if q.kind in (QUANTITY, VAGUE)]
            q = _nearest([q for q in amounts if _fits(q, terms, target, s, (others, rivals),
                                                   amounts, article.language)],
                         terms, s)
            if q is not None:
                written = sentence.text[q.span[0]:q.span[1]] if q.span[1] else \
                    sentence.text[q.start:q.end]
                out.setdefault(("figure", fid), []).append(
                    Mention(article.id, sentence.start, sentence.end, sentence.text, written,
                            where, line))
        for eid, needed in live_events:
            if all(s.holds(t) for t in needed):
                first = needed[0]
                written = s.phrase_at(s.hits(first)[0], first)
                out.setdefault(("event", eid), []).append(
                    Mention(article.id, sentence.start, sentence.end, sentence.text, written,
                            where, line))


def find_mentions(content: Content) -> Mentions:
    """Every figure's and event's mentions, in every article."""
    own = {f.id: figure_terms(f) for f in content.figures.values()}
    figures = tuple((fid, terms, content.figures[fid].comparison_unit,
                     other_figures_terms(fid, own), rival_terms(fid, own))
                    for fid, terms in own.items() if terms)
    events = tuple((e.id, event_terms(e, content)) for e in content.events.values())
    # What a record is found by, as one string: compared once per article and record (`serve`)
    signatures = {**{("figure", f[0]): repr(f) for f in figures},
                  **{("event", e[0]): repr(e) for e in events}}
    # all of them at once, written the same way in every process (sets sorted): one entry per
    # article in the on-disk store, not one per record
    try:
        every = hashlib.sha256(stable_key((figures, events)).encode()).hexdigest()
    except Unstable:
        every = repr((figures, events))  # still right within one process
    out: Mentions = {}
    for article in content.articles.values():
        found = content.cache.on(
            article, "mentions", every,
            lambda a=article: _cached_mentions(content, a, figures, events, signatures))
        for key, passages in found.items():
            out.setdefault(key, {})[article.id] = passages
    return shown_by_passage(content, out)  # (a number another figure cites shows no more)


def _cached_mentions(content: Content, article: Article, figures: tuple[_FigureKey, ...],
                     events: tuple[tuple[str, tuple[Terms, ...]], ...],
                     signatures: dict[tuple[str, str], str]
                     ) -> dict[tuple[str, str], list[Mention]]:
    """One article's mentions, memoised per figure and per event (under ``briefing serve``,
    editing one figure redoes that figure's search only); what is missing is found in one pass
    over the article's sentences."""
    cache = content.cache
    found: dict[tuple[str, str], list[Mention]] = {}
    todo: dict[str, list] = {"figure": [], "event": []}
    for kind, records in (("figure", figures), ("event", events)):
        for record in records:
            hit, value = cache.peek(article, f"mentions:{kind}:{record[0]}",
                                    signatures[kind, record[0]])
            if hit:
                found.update(value)
            else:
                todo[kind].append(record)
    if todo["figure"] or todo["event"]:
        fresh = _article_mentions(article, tuple(todo["figure"]), tuple(todo["event"]))
        for kind, missing in todo.items():
            for item in missing:
                key = (kind, item[0])
                part = {key: fresh[key]} if key in fresh else {}
                cache.put(article, f"mentions:{kind}:{item[0]}", signatures[kind, item[0]], part)
                found.update(part)
    # The order one pass finds them in: by sentence, figures (in order) before events.
    rank = {("figure", f[0]): (0, i) for i, f in enumerate(figures)}
    rank.update({("event", e[0]): (1, i) for i, e in enumerate(events)})
    return dict(sorted(found.items(),
                       key=lambda kv: (bool(kv[1][0].where), kv[1][0].start, rank[kv[0]])))


def hint_uncited(content: Content, mentions: Mentions, problems: Problems) -> None:
    """One hint per figure that articles state without being cited ("not yet cited"): the
    analyst adds the reports, or narrows the figure's ``terms:``."""
    for figure in content.figures.values():
        cited = {r.article for r in figure.reports}
        uncited = [(a, found[0]) for a, found in mentions.get(("figure", figure.id), {}).items()
                   if a not in cited]
        if not uncited:
            continue
        shown = "; ".join(f"article {a!r} states {m.written!r}"
                          + (f" {m.place}" if m.where else "")
                          + f" (\"{_short(m.sentence)}\")" for a, m in uncited[:3])
        rest = len(uncited) - 3
        more = f"; and {rest} more article{'s' if rest > 1 else ''}" if rest > 0 else ""
        removed = any(m.where not in ("", "headline") for _a, m in uncited[:3])
        keep = (" (text the cleaner removed is cited once `keep: [its line]` in the article's "
                "metadata says it is story)") if removed else ""
        path, line, col = figure.at("id")
        problems.add(path, line, col,
                     f"figure {figure.id!r} is stated but not cited: {shown}{more}",
                     f"add a report quoting it if it is this figure{keep}; `terms:` on the "
                     "figure narrows what it is found by", Severity.HINT)


def _short(sentence: str, limit: int = 120) -> str:
    text = " ".join(sentence.split())
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"
