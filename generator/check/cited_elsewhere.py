"""A number the fact sheets already cite for one figure is not another figure's mention.

``check`` finds a figure's mentions by its words near a number (:mod:`.mentions`); a sentence
can hold the words of two figures and one number ("confirmed the deaths of 22 climbers, while
one walker is still missing": trial 29 showed the 22 as the missing "stated but not cited").
When the analyst has cited that number in that sentence for another figure, they have said
what it counts: the passage still speaks of this figure (the outlet is not silent on it), but
the number shown for it is not that one: the mention shows the passage's words instead. When
the passage left holds none of this figure's words (a list's bullet, "officials said", "N.Y.,
area": trial 35 showed three outlets "stating" a county's toll so, by a national toll cited
for another figure), the sentence says nothing of this figure: no mention. A figure of one
country's people is the exception, both ways: it is stated only by a number whose own words
count that country's people (:mod:`.country_counts`), which says whom it counts, not what
befell them: "the bodies of two French tourists" counts the French and the dead alike, whichever
figure cites it (trial 47: the outlet was "silent" on the French; spsilent's end-to-end briefing:
two outlets whose two French dead were cited as the French were "silent" on the dead).
"""

from __future__ import annotations

import re
from dataclasses import replace

from generator.check.terms import Scanned, figure_terms
from generator.content.model import Content
from generator.text.sentences import Sentence

#: How much of the passage a mention whose number is another figure's shows.
_SHOWN = 80


def _plain(text: str) -> str:
    return " ".join(text.split()).casefold()


def shown_by_passage(content: Content, mentions: dict) -> dict:
    """``mentions`` with the figure mentions whose number, in their sentence, a report of
    another figure of the same article quotes shown by their passage, not that number."""
    cited: dict[str, list[tuple[str, str]]] = {}  # article -> (figure, quote)
    # a figure of one country's people says whom its number counts, not what befell them, nor
    # what else it counts: it and the others may share a number ("two French hikers died")
    countries = {f.id for f in content.figures.values() if figure_terms(f).country}
    for figure in content.figures.values():
        for report in figure.reports:
            if report.quote and figure.id not in countries:
                cited.setdefault(report.article, []).append((figure.id, _plain(report.quote)))
    out: dict = {}
    for key, by_article in mentions.items():
        kind, record = key
        for article, found in by_article.items():
            if kind != "figure":
                out.setdefault(key, {})[article] = found
                continue
            if record in countries:  # its number's own words count the country's people
                out.setdefault(key, {})[article] = found
                continue
            kept = []
            terms = None  # this figure's words in the article's language, read once if needed
            for m in found:
                if any(fid != record and _holds(quote, m) for fid, quote in cited.get(article, ())):
                    passage = _passage(m.sentence, m.written)
                    terms = terms or figure_terms(content.figures[record]).for_language(
                        content.articles[article].language)
                    if not Scanned.of(Sentence(0, len(passage), passage, 0)).holds(terms):
                        continue  # nothing of this figure is left: "•", "officials said"
                    m = replace(m, written=_shown(passage))
                kept.append(m)
            if kept:
                out.setdefault(key, {})[article] = kept
    return out


def _holds(quote: str, mention) -> bool:
    """Whether a report's quote (plain) cites the mention's number in the mention's sentence."""
    sentence = _plain(mention.sentence)
    if not (quote in sentence or sentence in quote):
        return False
    return re.search(rf"(?<![\d.,]){re.escape(_plain(mention.written))}(?![\d])", quote) \
        is not None


def _passage(sentence: str, cited: str) -> str:
    """The words of the passage beside the number cited for another figure: the clauses after
    the one that holds it ("…, while one fisherman is still missing"), else those before."""
    text = " ".join(sentence.split())
    at = text.find(cited)
    cut = re.search(r"[,;:–—]\s*", text[at + len(cited):]) if at >= 0 else None
    rest = text[at + len(cited) + cut.end():].strip() if cut else ""
    if not rest and at > 0:
        rest = text[:at].rstrip(" ,;:")
    return rest or text


def _shown(passage: str) -> str:
    """The passage as a mention shows it: at most :data:`_SHOWN` characters."""
    return passage if len(passage) <= _SHOWN else passage[:_SHOWN - 1].rstrip() + "…"
