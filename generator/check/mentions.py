"""Where an article states a figure or names an event that the fact sheets do not cite from it.

An outlet is *silent* on a figure only if its text says nothing of it: an outlet whose article
says "the toll rose to 69" has reported the toll, cited or not. This module finds those mentions
so that the analysis can tell four states apart (cited; mentioned, not cited; an excerpt cut
before it could say; silent) and ``briefing check`` can hint at what is not yet cited.

**Figures.** An article mentions a figure when one of its sentences states an amount read by the
quantity reader (:func:`generator.text.quantities.read`; times, dates, years and ids are not
amounts) that fits the figure:

* a figure in a unit (km, km/h, magnitude): the amount's unit converts to it, and the sentence
  holds one of the figure's terms ("wind", "surge");
* a count (deaths, fighters): the amount has no unit of measure, and one of the figure's terms
  stands within :data:`WINDOW` words of it ("the death toll rose to 69", "69 people died").

A figure's terms are its ``terms:``; by default, the words of its label and unit, less the words
that name nothing in particular ("number", "people", "reported"), each with the words news copy
states that kind of count with (:data:`generator.text.lexicon.COUNT_TERMS`: a label "Deaths"
is stated by "killed", "died", "toll" …) and the nouns that count the same thing
(:data:`generator.text.lexicon.NOUN_GROUPS`: "fighters" by "militants").

**Events.** An article mentions an event when one sentence holds one of its ``terms:``; else its
place (any spelling) and one of its actors; else all its actors. This is looser than for figures
(a sentence may name the place and the actors of another event): ``terms:`` narrows it.

The words an article is read with are the article's own; the terms are matched as whole words,
by lemma ("deaths" is "death"). What is found is shown to the analyst with the sentence, so a
wrong mention is seen at once; a missed one leaves the outlet silent, as before.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from generator.content.model import Article, Content
from generator.content.problems import Problems, Severity
from generator.content.schema import Event, Figure
from generator.content.units import COUNT, unit
from generator.text.lexicon import (
    COUNT_TERMS,
    FUNCTION_WORDS,
    GENERIC_FIGURE_WORDS,
    NOUN_GROUPS,
    lemma,
)
from generator.text.quantities import QUANTITY, VAGUE, Quantity, read
from generator.text.sentences import Sentence, sentences

#: A count's term must stand this close to its number, in words.
WINDOW = 10
#: Nouns that say what a number counts: a number followed by one of them that is not a term of
#: the figure counts something else.
COUNTED_NOUNS = frozenset({w for group in NOUN_GROUPS.values() for w in group}
                          | {w for group in COUNT_TERMS.values() for w in group})
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


@dataclass(frozen=True)
class Mention:
    """One passage of an article that states a figure or names an event."""

    article: str
    start: int  # offsets of the sentence in Article.text
    end: int
    sentence: str
    written: str  # the number as written ("69"), or the words that name the event


@dataclass(frozen=True)
class Terms:
    """What a record is found by: single words (by lemma) and phrases (as written)."""

    words: frozenset[str]
    phrases: tuple[str, ...]

    def __bool__(self) -> bool:
        return bool(self.words or self.phrases)


def _norm(word: str) -> str:
    low = word.lower().strip("'’")
    return lemma(low) if low.isascii() else low


def terms_of(texts: list[str], derive: bool) -> Terms:
    """Terms from the analyst's words (``derive`` false) or from a label and unit."""
    words: set[str] = set()
    phrases: list[str] = []
    for text in texts:
        parts = _WORD.findall(text)
        if not derive and len(parts) > 1:
            phrases.append(" ".join(parts))
            continue
        if derive:
            parts = _leading(parts)
        for part in parts:
            low = part.lower()
            if derive and (low in FUNCTION_WORDS or low in GENERIC_FIGURE_WORDS or len(low) < 3):
                continue
            words |= {low, _norm(low)}
    if not derive:
        return Terms(frozenset(words), tuple(phrases))
    for group in COUNT_TERMS.values():
        if words & group or {_norm(w) for w in group} & words:
            words |= group | {_norm(w) for w in group}
    for group in NOUN_GROUPS.values():
        if words & group:
            words |= group | {f"{w}s" for w in group}
    return Terms(frozenset(words), tuple(phrases))


def _leading(parts: list[str]) -> list[str]:
    """The words of a label up to its first function word other than "and" and "of": what it
    counts, not what it is about ("Civilians and relatives" of "Civilians and relatives
    travelling with the fighters")."""
    out = []
    for part in parts:
        if part.lower() in FUNCTION_WORDS and part.lower() not in ("and", "of"):
            break
        out.append(part)
    return out


def figure_terms(figure: Figure) -> Terms:
    if figure.terms:
        return terms_of(list(figure.terms), derive=False)
    return terms_of([figure.label, figure.unit], derive=True)


def _word_positions(sentence: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group(0)) for m in _WORD.finditer(sentence)]


def _term_at(terms: Terms, sentence: str, words: list[tuple[int, int, str]]) -> list[int]:
    """Character offsets in ``sentence`` where a term stands."""
    found = [start for start, _end, w in words
             if w.lower() in terms.words or _norm(w) in terms.words]
    low = sentence.lower()
    for phrase in terms.phrases:
        # short all-capital names ("IS") only as written: "is" is not the group
        exact = phrase.isupper() and len(phrase) <= 5
        body = r"\s+".join(re.escape(p) for p in (phrase if exact else phrase.lower()).split())
        found += [m.start() for m in re.finditer(rf"(?<!\w){body}(?!\w)",
                                                 sentence if exact else low)]
    return found


def _counted_after(q: Quantity, terms: Terms, sentence: Sentence,
                   words: list[tuple[int, int, str]]) -> bool | None:
    """What the words right after a number say it counts: True when one is a term ("69
    dead", "69 people died"), False when one is a noun that counts something else ("40 Iraqi
    militiamen" for a figure of Iranians), None when they do not say."""
    at = q.end - sentence.start
    after = [w for start, _e, w in words if start >= at][:4]
    for word in after:
        low = word.lower()
        if low in terms.words or _norm(low) in terms.words:
            return True
        if word.isupper() and len(word) <= 5:  # "hundreds of IS fighters"
            continue
        if low in FUNCTION_WORDS - {"of"}:
            return None
        if low in GENERIC_FIGURE_WORDS:
            continue
        if _norm(low) in COUNTED_NOUNS or low in COUNTED_NOUNS:
            return False
    return None


def _fits(q: Quantity, figure: Figure, terms: Terms, sentence: Sentence,
          words: list[tuple[int, int, str]], hits: list[int]) -> bool:
    if q.kind not in (QUANTITY, VAGUE) or not hits:
        return False
    target = figure.comparison_unit
    own = unit(q.unit)
    if target is not None and target.kind != COUNT:
        return own is not None and own.convertible(target)
    if own is not None and own.kind != COUNT:
        return False
    counted = _counted_after(q, terms, sentence, words)
    if counted is not None:
        return counted
    at = q.start - sentence.start
    index = sum(1 for start, _e, _w in words if start < at)
    for hit in hits:
        hit_index = sum(1 for start, _e, _w in words if start < hit)
        if abs(hit_index - index) <= WINDOW:
            return True
    return False


def figure_mentions(figure: Figure, article: Article,
                    quantities: list[Quantity]) -> list[Mention]:
    """The passages of ``article`` that state an amount of ``figure``."""
    terms = figure_terms(figure)
    if not terms:
        return []
    out: list[Mention] = []
    for sentence in sentences(article):
        inside = [q for q in quantities if sentence.start <= q.start < sentence.end]
        if not inside:
            continue
        words = _word_positions(sentence.text)
        hits = _term_at(terms, sentence.text, words)
        for q in inside:
            if _fits(q, figure, terms, sentence, words, hits):
                written = article.text[q.span[0]:q.span[1]] if q.span[1] else \
                    article.text[q.start:q.end]
                out.append(Mention(article.id, sentence.start, sentence.end, sentence.text,
                                   written))
                break
    return out


def event_terms(event: Event, content: Content) -> list[Terms]:
    """What one sentence must hold, each Terms at least once: the event's terms (any); else
    its place (any spelling) and one of its actors (any); else every actor."""
    def spellings(*entities) -> Terms:
        names = [n for e in entities for n in (e.name, *e.variants)]
        return Terms(frozenset(), tuple(dict.fromkeys(names)))

    if event.terms:
        return [Terms(frozenset(), tuple(event.terms))]
    actors = [content.actors[a] for a in event.actors if a in content.actors]
    if event.place in content.places:
        return [spellings(content.places[event.place])] + ([spellings(*actors)] if actors
                                                           else [])
    return [spellings(a) for a in actors]


def event_mentions(event: Event, article: Article, content: Content) -> list[Mention]:
    needed = event_terms(event, content)
    if not needed:
        return []
    out = []
    for sentence in sentences(article):
        words = _word_positions(sentence.text)
        found = [_term_at(t, sentence.text, words) for t in needed]
        if all(found):
            written = _words_at(sentence.text, found[0][0], needed[0])
            out.append(Mention(article.id, sentence.start, sentence.end, sentence.text,
                               written))
    return out


def _words_at(sentence: str, at: int, terms: Terms) -> str:
    """The term as the sentence writes it."""
    for phrase in sorted(terms.phrases, key=len, reverse=True):
        if sentence[at:at + len(phrase)].lower() == phrase.lower():
            return sentence[at:at + len(phrase)]
    m = _WORD.match(sentence, at)
    return m.group(0) if m else sentence[at:at + 20]


def article_quantities(content: Content, article: Article) -> list[Quantity]:
    """The amounts of an article, read once per build (and kept between rebuilds)."""
    return content.cache.on(article, "quantities", None,
                            lambda: [q for q in read(article.text, article.language)
                                     if q.kind in (QUANTITY, VAGUE)])


#: (record kind, record id) -> article id -> the passages that mention the record
Mentions = dict[tuple[str, str], dict[str, list[Mention]]]


def find_mentions(content: Content) -> Mentions:
    """Every figure's and event's mentions, in every article."""
    out: Mentions = {}
    for article in content.articles.values():
        quantities = article_quantities(content, article)
        for figure in content.figures.values():
            found = figure_mentions(figure, article, quantities)
            if found:
                out.setdefault(("figure", figure.id), {})[article.id] = found
        for event in content.events.values():
            found = event_mentions(event, article, content)
            if found:
                out.setdefault(("event", event.id), {})[article.id] = found
    return out


def hint_uncited(content: Content, mentions: Mentions, problems: Problems) -> None:
    """A hint for each article that states a figure no report cites from it ("not yet
    cited"): the analyst adds the report, or narrows the figure's ``terms:``."""
    for figure in content.figures.values():
        cited = {r.article for r in figure.reports}
        for article_id, found in mentions.get(("figure", figure.id), {}).items():
            if article_id in cited:
                continue
            first = found[0]
            path, line, col = figure.at("id")
            problems.add(path, line, col,
                         f"figure {figure.id!r}: article {article_id!r} states "
                         f"{first.written!r} and is not cited (\"{_short(first.sentence)}\")",
                         "add a report quoting it if it is this figure; `terms:` on the figure "
                         "narrows what it is found by", Severity.HINT)


def _short(sentence: str, limit: int = 140) -> str:
    text = " ".join(sentence.split())
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"
