"""How well ``briefing extract`` finds the figures and quotations an analyst would list on real
pages, scored against the corpus labels (tests/corpus/README.md). The other scorers are in
``tests/fidelity.py`` (this one is apart only to keep both files readable).

Each event folder is one briefing, as an analyst would drop the pages in (the text as scraped,
the address as ``url``, the page's language in the sidecar); ``extract`` runs on it as
``briefing extract`` does, on the cleaned story only, proposing everything (curated or not).
Every candidate's words are traced back from the cleaned text to the page's line and column,
so that they can be compared with the labels, which are positions. Counts per language:

========================  ==================================================================
``figures``               labelled ``figure: true`` numbers in the story (the headline is not
                          read by extract; its figures are counted apart: ``headline-figures``)
``fig-found``             …proposed as a figure report on that number, with the labelled value
                          (the low end of a range; the qualifier is not judged)
``proposed``              figure reports proposed (from story text; ``from-furniture`` apart)
``fig-right``             …on a labelled figure, with its value: the issue's precision
``proposed-exact``        …of them, not a vague amount ("thousands of people": a figure only
                          where the article gives that measure no number, tests/corpus/
                          README.md); ``fig-right-exact`` of them right
``article-unlabelled``    …one casualty written with an article ("un muerto") where no amount
                          is labelled: the labels cannot mark it (tests/corpus/README.md), so
                          ``precision, article casualties aside`` leaves these out
``fig-amount``            …on any labelled amount (quantity or vague) with its value: an
                          analyst might list it, but the labeller did not
``measure-judged``        figure reports on a labelled figure whose label names a measure;
                          ``measure-right`` of them: the label's measure is one extract's
                          measure covers (content/measured.py: "mass" covers weight, material
                          and cargo; a count read with no outcome is "count")
``quotes``                labelled direct quotations in the story
``q-found``               …overlapped by a proposed quotation
``speakers``              found quotations whose label names a speaker; ``speaker-right``:
                          the proposed speaker shares a name word with the labelled speaker's
                          words or slug (titles and "he"/"she" resolved first)
``q-proposed``            quotations proposed; ``q-right`` overlap a labelled quotation
``group-pairs``           pairs of figure reports in one proposed figure, both on labelled
                          figures; ``group-pure`` of them with the same labelled measure (the
                          dead are not grouped with the injured)
``from-furniture``        candidates (figure, quote, event) whose words lie in a labelled
                          furniture segment: never right; ``events-from-furniture`` the events
========================  ==================================================================
"""

from __future__ import annotations

import bisect
import itertools
import re
import tempfile
import unicodedata
from collections.abc import Iterable
from pathlib import Path

from generator.content.measured import COVERS
from generator.content.model import Article
from generator.extract.draft import extract
from generator.extract.model import Candidate, FigureCandidate, QuoteCandidate
from generator.text.names import strip_titles
from generator.text.number_words import ARTICLES
from tests.fidelity import Score, corpus_briefing, page_ids
from tests.fidelity_off_event import meta_text
from tests.realpages import Page


class SourceMap:
    """Article.text offsets back to the page: (line, column) as the labels give positions.

    The cleaned text is the story's paragraphs joined by blank lines; each paragraph knows its
    span in the source, and its characters are those of the source, white space aside."""

    def __init__(self, page: Page, article: Article) -> None:
        self.page = page
        self.starts: list[int] = []  # offset of each paragraph in Article.text
        self.maps: list[list[int]] = []  # per paragraph: source offset of each character
        at = 0
        source = page.text
        for block in article.paragraphs:
            self.starts.append(at)
            mapping, j = [], block.start
            for ch in block.text:
                if not ch.isspace():
                    while j < block.end and source[j] != ch:
                        j += 1
                mapping.append(min(j, max(block.start, block.end - 1)))
                if not ch.isspace() and j < block.end:
                    j += 1
            self.maps.append(mapping)
            at += len(block.text) + 2
        self.line_starts = [0]
        for line in page.lines[1:]:
            self.line_starts.append(self.line_starts[-1] + len(line) + 1)

    def source(self, offset: int) -> int | None:
        i = bisect.bisect_right(self.starts, offset) - 1
        if i < 0 or offset - self.starts[i] >= len(self.maps[i]):
            return None
        return self.maps[i][offset - self.starts[i]]

    def line_col(self, offset: int) -> tuple[int, int] | None:
        """1-based page line (line 1 is the address) and 0-based column of an Article.text
        offset."""
        s = self.source(offset)
        if s is None:
            return None
        i = bisect.bisect_right(self.line_starts, s) - 1
        return i + 2, s - self.line_starts[i]

    def span(self, start: int, end: int) -> tuple[int, int, int] | None:
        """(line, start col, end col) of [start, end), cut at the first line's end."""
        a = self.line_col(start)
        b = self.line_col(max(start, end - 1))
        if a is None or b is None:
            return None
        return a[0], a[1], (b[1] + 1 if b[0] == a[0] else 10**9)


def _overlaps(span: tuple[int, int, int] | None, line: int, start: int, end: int) -> bool:
    return span is not None and span[0] == line and span[1] < end and start < span[2]


def _same_value(label, value) -> bool:
    low = label[0] if isinstance(label, tuple) else label
    got = value[0] if isinstance(value, tuple) else value
    return low is not None and abs(float(got) - float(low)) <= 1e-6 * max(1.0, abs(float(low)))


def _name_word_list(text: str) -> list[str]:
    text = unicodedata.normalize("NFKD", strip_titles(text or "")).lower()
    text = "".join(c for c in text if not unicodedata.combining(c))
    return [w for w in re.findall(r"\w+", text) if len(w) > 2]


def _name_words(text: str) -> set[str]:
    return set(_name_word_list(text))


def _other_person(got: list[str], want: list[str]) -> bool:
    """Two full names with a word in common whose first words differ, neither found in the
    other ("Ana Ruiz" for "Pedro Ruiz": a father's words given to his son, named just before
    him, share only the surname; quotes round 13 found the scorer counting that as right)."""
    return (len(got) > 1 and len(want) > 1 and got[0] != want[0]
            and got[0] not in want and want[0] not in got)


#: A run of a script written without spaces between words (Han, kana, Hangul): its words
#: cannot be split off, so a name is found in it by containment.
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]{2,}")


def speaker_right(proposed: str, label_words: str, speaker_id: str | None) -> bool:
    """The proposed speaker names the labelled one: a name word (a surname, an organisation's
    word) in common with the labelled speaker's words or slug, unless both are full names of
    two people (:func:`_other_person`), or, in a script written without
    spaces, the labelled name inside the proposed speaker (a Japanese surname of two characters
    is one "word" with its honorific and particle)."""
    got = _name_words(proposed)
    want = _name_words(label_words) | _name_words((speaker_id or "").replace("-", " "))
    slug = _name_words((speaker_id or "").replace("-", " "))
    if slug and slug <= got <= slug | _name_words(label_words):
        # the labelled id named in full, where the label points at a title; and no more than
        # that ("the son of <id>", "<other> and <id>" name someone else: review 36)
        return True
    if got & want:
        return not _other_person(_name_word_list(proposed), _name_word_list(label_words))
    return any(name in proposed for name in _UNSPACED.findall(label_words or ""))


def _furniture_at(page: Page, span: tuple[int, int, int] | None) -> str | None:
    if span is None:
        return None
    for seg in page.segments:
        if seg.label.startswith("furniture/") and _overlaps(span, seg.span.line,
                                                             seg.span.start, seg.span.end):
            return seg.kind
    return None


def _by_event(pages: Iterable[Page]) -> dict[str, list[Page]]:
    out: dict[str, list[Page]] = {}
    for page in pages:
        out.setdefault(page.event, []).append(page)
    return out


def score_extract(pages: Iterable[Page], dated: bool = False) -> Score:
    """``briefing extract`` against the labelled figures and quotations (module docstring).
    ``dated``: each event's briefing.yaml gives its date and place (``events.yaml``), as an
    analyst who knows the event writes it; without, the pages come with nothing else."""
    score = Score()
    for event, group in sorted(_by_event(pages).items()):
        with tempfile.TemporaryDirectory() as tmp:
            content = corpus_briefing(group, Path(tmp), meta_text(event) if dated else "")
            draft = extract(content, skip_curated=False)
        ids = page_ids(group)
        for aid, why in draft.stopped.items():  # stopped by the time limit: say so, never hide
            score.add(ids[aid].language, "stopped")
            score.notes.append(f"{aid}: {why} (its figures and quotations count as missed)")
        by_article: dict[str, list[Candidate]] = {}
        for c in draft.candidates():
            by_article.setdefault(c.article, []).append(c)
        measures: dict[int, tuple[str, str | None]] = {}
        for aid, page in ids.items():
            _score_page(score, page, content.articles[aid], by_article.get(aid, []), measures)
        for proposal in draft.figures:
            known = [measures[id(r)] for r in proposal.reports if id(r) in measures]
            for (lang, a), (_lang, b) in itertools.combinations(known, 2):
                score.add(lang, "group-pairs")
                if a == b:
                    score.add(lang, "group-pure")
                else:
                    score.notes.append(f"group {proposal.label!r} mixes {a} and {b}")
    return score


def score_extract_dated(pages: Iterable[Page]) -> Score:
    """:func:`score_extract` with each event's date and place in its briefing.yaml."""
    return score_extract(pages, dated=True)


def _article_one(c: FigureCandidate, lang: str) -> bool:
    """Whether a proposed figure is one casualty written with an article ("un muerto", "ein
    Toter", "a cyclist"): the labels mark no number there (tests/corpus/README.md: an article is
    no number written) though the gold lists count such a figure, so where no amount is
    labelled under it the scorer cannot judge it either way."""
    first = c.number.split()[0].lower() if c.number.split() else ""
    return c.value == 1 and first in ARTICLES.get(lang, ())


def _score_page(score: Score, page: Page, article: Article, found: list[Candidate],
                measures: dict[int, tuple[str, str | None]]) -> None:
    lang = page.language
    where = SourceMap(page, article)
    story = [s for s in page.segments if s.label == "story"]

    def in_story(line: int, start: int) -> bool:
        return any(s.span.line == line and s.span.start <= start < s.span.end for s in story)

    figs = [c for c in found if isinstance(c, FigureCandidate)]
    quotes = [c for c in found if isinstance(c, QuoteCandidate)]
    fig_spans = [(c, where.span(c.number_start, c.number_start + max(1, len(c.number))))
                 for c in figs]
    for c in found:
        if c.kind == "name":
            continue
        start = getattr(c, "number_start", None) or getattr(c, "expression_start", None) \
            or c.start
        kind = _furniture_at(page, where.span(start, start + 1))
        if kind:
            score.add(lang, "from-furniture")
            if c.kind == "date":
                score.add(lang, "events-from-furniture")
            score.notes.append(f"from furniture/{kind} {page.name}: {c.kind} {c.summary[:60]!r}")
    labelled = [n for n in page.numbers if n.kind in ("quantity", "vague")]
    for n in page.numbers:
        if not n.figure:
            continue
        if not in_story(n.at.line, n.at.start):
            score.add(lang, "headline-figures")
            continue
        score.add(lang, "figures")
        hits = [c for c, span in fig_spans if _overlaps(span, n.at.line, n.at.start, n.at.end)]
        right = [c for c in hits if n.value is None or _same_value(n.value, c.value)]
        if right:
            score.add(lang, "fig-found")
        else:
            got = f"read {hits[0].value} {hits[0].noun!r}" if hits else "not proposed"
            score.notes.append(f"figure missed {page.name}:{n.at.line}:{n.at.start} "
                               f"({n.value} {n.unit} {n.measure}): {got}")
    for c, span in fig_spans:
        if _furniture_at(page, span):
            continue
        score.add(lang, "proposed")
        vague = any(w.startswith("vague plural") for w in c.why)
        if not vague:
            score.add(lang, "proposed-exact")
        on = [n for n in labelled if _overlaps(span, n.at.line, n.at.start, n.at.end)]
        right = [n for n in on if n.value is None or _same_value(n.value, c.value)]
        if on or not _article_one(c, lang):
            score.add(lang, "proposed-judged")
        if any(n.figure for n in right):
            score.add(lang, "fig-right")
            if not vague:
                score.add(lang, "fig-right-exact")
            n = next(n for n in right if n.figure)
            measures[id(c)] = (lang, n.measure)
            if n.measure:  # extract's measure against the label's (content/measured.py)
                score.add(lang, "measure-judged")
                if n.measure in COVERS[c.measure]:
                    score.add(lang, "measure-right")
                else:
                    score.notes.append(f"measure {page.name}:{n.at.line}:{n.at.start}: "
                                       f"label {n.measure}, read {c.measure} ({c.group})")
        else:
            if right:
                score.add(lang, "fig-amount")
            elif not on and _article_one(c, lang):
                score.add(lang, "article-unlabelled")
            why = "an amount not listed as a figure" if right else (
                f"labelled {on[0].kind} {on[0].value}" if on else "no labelled amount")
            score.notes.append(f"figure extra {page.name}:{span and span[0]}: {c.summary[:60]!r} "
                               f"({why})")
    q_spans = [(c, where.span(c.start, c.end)) for c in quotes]
    for q in page.quotes:
        if not in_story(q.at.line, q.at.start):
            continue
        score.add(lang, "quotes")
        hits = [c for c, span in q_spans if _overlaps(span, q.at.line, q.at.start, q.at.end)]
        if not hits:
            score.notes.append(f"quote missed {page.name}:{q.at.line}:{q.at.start}")
            continue
        score.add(lang, "q-found")
        if q.speaker is None and not q.speaker_id:
            continue
        score.add(lang, "speakers")
        label_words = q.speaker.text(page) if q.speaker else ""
        if any(speaker_right(c.speaker, label_words, q.speaker_id) for c in hits):
            score.add(lang, "speaker-right")
        else:
            score.notes.append(f"speaker {page.name}:{q.at.line}:{q.at.start}: label "
                               f"{q.speaker_id or label_words!r}, read {hits[0].speaker!r}")
    for c, span in q_spans:
        score.add(lang, "q-proposed")
        if any(_overlaps(span, q.at.line, q.at.start, q.at.end) for q in page.quotes):
            score.add(lang, "q-right")
        else:
            score.notes.append(f"quote extra {page.name}:{span and span[0]}: {c.summary[:50]!r}")
