"""What the fact sheets already hold, so the draft does not propose it again.

:class:`Entities` knows the listed actors, places and terms (to name ids and skip listed
spellings); :class:`Curated` knows where the fact sheets already cite each article (a quotation,
date or figure whose words overlap an existing report of the same kind in the same article, or a
figure with the same value and counted noun).
"""

from __future__ import annotations

import re
from collections import defaultdict

from generator.content.figure_value import FigureValue
from generator.content.model import Content
from generator.extract.figures import figure_group
from generator.extract.model import DateCandidate, FigureCandidate, QuoteCandidate
from generator.text.matching import SearchableText, Span
from generator.text.names import strip_titles


class Entities:
    """Listed actors, places and terms, to name ids and to skip listed spellings."""

    def __init__(self, content: Content) -> None:
        self.by_name: dict[str, tuple[str, str]] = {}  # casefolded spelling -> (list, id)
        self.patterns: list[tuple[re.Pattern[str], str, str]] = []
        for kind, entity in content.entities():
            plural = {"actor": "actors", "place": "places", "term": "terms"}[kind]
            for name in (entity.name, *entity.variants):
                bare = re.sub(r"^the\s+", "", name, flags=re.I)
                self.by_name.setdefault(name.casefold(), (plural, entity.id))
                self.by_name.setdefault(bare.casefold(), (plural, entity.id))
                flags = 0 if len(bare) <= 3 else re.I
                self.patterns.append((re.compile(rf"(?<![\w-]){re.escape(bare)}(?![\w-])", flags),
                                      plural, entity.id))
        self.patterns.sort(key=lambda p: -len(p[0].pattern))
        self.outlets = {o.name.casefold() for o in content.outlets.values()}

    def listed(self, spelling: str) -> tuple[str, str] | None:
        bare = re.sub(r"^the\s+", "", spelling, flags=re.I)
        for form in (spelling, strip_titles(spelling), bare):
            hit = self.by_name.get(form.casefold())
            if hit:
                return hit
        return None

    def actor_in(self, text: str) -> str:
        """The id of the listed actor a phrase names ("The Coalition's press release" ->
        coalition), or ""."""
        hit = self.listed(text)
        if hit and hit[0] == "actors":
            return hit[1]
        for pattern, plural, entity_id in self.patterns:
            if plural == "actors" and pattern.search(text):
                return entity_id
        return ""

    def mentioned(self, text: str, plural: str) -> list[str]:
        out: list[str] = []
        for pattern, kind, entity_id in self.patterns:
            if kind == plural and entity_id not in out and pattern.search(text):
                out.append(entity_id)
        return out


# ---------------------------------------------------------------------------- already curated


class Curated:
    """Where the fact sheets already cite each article."""

    def __init__(self, content: Content) -> None:
        self.content = content
        self._texts: dict[str, SearchableText] = {}
        self.figures: dict[str, list[tuple[float, float, Span | None, str, str]]] = \
            defaultdict(list)
        self.quotes: dict[str, list[tuple[Span, str]]] = defaultdict(list)
        self.events: dict[str, list[tuple[Span, str, str]]] = defaultdict(list)
        for figure in content.figures.values():
            group = figure_group(figure.unit, figure.label)
            for r in figure.reports:
                self.figures[r.article].append((r.low, r.high, self.find(r.article, r.quote),
                                                group, figure.id))
        for quote in content.quotes.values():
            for r in quote.reports:
                for words in (r.text, r.quote):
                    span = self.find(r.article, words) if words else None
                    if span:
                        self.quotes[r.article].append((span, quote.id))
        for event in content.events.values():
            for r in event.reports:
                span = self.find(r.article, r.quote)
                if span:
                    self.events[r.article].append((span, r.date_text.casefold(), event.id))

    def find(self, article_id: str, words: str) -> Span | None:
        article = self.content.articles.get(article_id)
        if article is None or not words:
            return None
        if article_id not in self._texts:
            self._texts[article_id] = SearchableText(article.text)
        return self._texts[article_id].find(words)

    def figure(self, c: FigureCandidate) -> str:
        for low, high, span, group, figure_id in self.figures.get(c.article, []):
            value = FigureValue(c.value, c.approx)
            same_value = (low, high) == (value.low, value.high)
            inside = span is not None and span.start <= c.number_start < span.end
            if same_value and (inside or c.group == group):
                return figure_id
        return ""

    def quote(self, c: QuoteCandidate) -> str:
        for span, quote_id in self.quotes.get(c.article, []):
            if span.start < c.end and c.start < span.end:
                return quote_id
        return ""

    def date(self, c: DateCandidate) -> str:
        for span, date_text, event_id in self.events.get(c.article, []):
            if span.start <= c.expression_start < span.end:
                return event_id
            if span.start < c.end and c.start < span.end and \
                    date_text == c.expression.casefold():
                return event_id
        return ""
