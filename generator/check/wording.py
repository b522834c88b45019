"""The analyst's wording checked against the source: is it the source's, or a reading of it?

Three fields of a report put words in a source's mouth without being evidence themselves: an
event report's ``date_text`` ("three years ago", shown as the outlet's wording of the date and
resolved into a date that can clash with other sources), a quote report's ``speaker`` (how this
outlet names who spoke) and a figure report's ``attributed_to`` when it is free text ("press
reports"). Each must be found where the source says it:

* ``date_text`` in the sentence (or sentences) holding the report's quote;
* ``speaker`` anywhere in the article;
* ``attributed_to`` in the quote or its sentence, or for a quote inside a direct quotation in
  the sentence that closes it, where the outlet says who spoke (an actor id is a reference, not
  wording).

Found means the words stand there on word boundaries, ignoring case and the typographic
differences evidence matching forgives. Otherwise ``check`` warns, and the position of the
field goes into :attr:`Checked.analysts_readings`, so the pages show it as the analyst's
reading, not as the source's words, and a date conflict it raises says so.
"""

from __future__ import annotations

from generator.content.model import Article, Content
from generator.content.problems import Problems, Severity
from generator.text.matching import SearchableText, Span
from generator.text.quotation_span import closing_mark, inside_quotation
from generator.text.sentences import Sentence, sentences

Position = tuple[str, int, int]


def found_in(text: str, words: str) -> bool:
    """True if ``words`` stand in ``text`` on word boundaries, whatever their case."""
    return SearchableText(text.casefold()).find(words.casefold()) is not None


class Wording:
    """Checks one content's reports; sentences and lowered articles are computed once each."""

    def __init__(self, content: Content, problems: Problems) -> None:
        self.content = content
        self.problems = problems
        self.readings: set[Position] = set()
        self._sentences: dict[str, list[Sentence]] = {}
        self._texts: dict[str, SearchableText] = {}

    def sentence_of(self, article: Article, span: Span) -> str:
        """The sentence(s) of ``article`` that the span of a located quote falls in."""
        if article.id not in self._sentences:
            self._sentences[article.id] = sentences(article)
        around = [s for s in self._sentences[article.id]
                  if s.start < span.end and span.start < s.end]
        if not around:
            return article.text[span.start:span.end]
        return article.text[min(s.start for s in around):max(s.end for s in around)]

    def quotation_credit(self, article: Article, span: Span) -> str:
        """The sentence that closes the direct quotation a located quote lies in, where the
        outlet says who spoke ("“We are still searching for 12 … No decision yet,” Rossi said"):
        a figure quoted from its first sentence is credited by those words (trial 29: extract's
        own reading of such a figure was warned as the analyst's). "" outside a quotation."""
        text = article.text
        start = text.rfind("\n", 0, span.start) + 1
        end = text.find("\n", span.end)
        if not inside_quotation(text, span.start, start):
            return ""
        close = closing_mark(text, span.end, len(text) if end < 0 else end)
        return "" if close is None else self.sentence_of(article, Span(close, close + 1))

    def _in_article(self, article: Article, words: str) -> bool:
        text = self._texts.get(article.id)
        if text is None:
            text = self._texts[article.id] = SearchableText(article.text.casefold())
        return text.find(words.casefold()) is not None

    def _reading(self, report, key: str, message: str, hint: str) -> None:
        where = report.at(key)
        self.readings.add(where)
        self.problems.add(*where, message, hint, Severity.WARNING)

    def date_text(self, report, span: Span | None) -> bool:
        """Check an event report's ``date_text``; False (and warned) when the sentence of its
        quote does not hold it."""
        article = self.content.articles.get(report.article)
        if not report.date_text or article is None or span is None:
            return True
        if found_in(self.sentence_of(article, span), report.date_text):
            return True
        self._reading(report, "date_text",
                      f"date_text {report.date_text!r} is not in the sentence quoted from "
                      f"{article.id!r}: it is the analyst's reading, not the source's words",
                      "copy the date as the sentence words it, or give the date with `date:`; "
                      "the timeline labels it as the analyst's reading")
        return False

    def speaker(self, report) -> None:
        """Check a quote report's ``speaker`` (as the outlet names who spoke) in the article."""
        article = self.content.articles.get(report.article)
        if not report.speaker or article is None or self._in_article(article, report.speaker):
            return
        self._reading(report, "speaker",
                      f"speaker {report.speaker!r} is not in article {article.id!r}: it is the "
                      "analyst's reading, not the outlet's words",
                      "copy how the article names the speaker; the quotes page labels it as "
                      "the analyst's reading")

    def attribution(self, report, span: Span | None) -> None:
        """Check a figure report's free-text ``attributed_to`` in its quote or sentence."""
        article = self.content.articles.get(report.article)
        value = report.attributed_to
        if not value or value in self.content.actors or article is None:
            return
        if found_in(report.quote, value) or (span is not None and (
                found_in(self.sentence_of(article, span), value)
                or found_in(self.quotation_credit(article, span), value))):
            return
        self._reading(report, "attributed_to",
                      f"attributed_to {value!r} is not in the quote or its sentence in "
                      f"{article.id!r}: it is the analyst's reading, not the outlet's words",
                      "quote the words that attribute the figure, or use an actor id; the "
                      "figures page labels it as the analyst's reading")
