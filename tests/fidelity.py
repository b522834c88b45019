"""How faithfully Briefing reads real pages, scored against the hand labels of the corpus.

Each scorer takes labelled pages (:mod:`tests.realpages`) and returns a :class:`Score`: counts per
language of what was right, so that ``bench/fidelity.py`` can print them per split and language
and the tests can hold floors. A scorer never looks at which split a page is in: the caller
chooses the pages (``dev`` to develop on, ``holdout`` only to report).
"""

from __future__ import annotations

import bisect
import itertools
import json
import re
import tempfile
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from generator.analyse.copies import find_copies
from generator.content.load import load
from generator.content.model import Content
from generator.content.problems import Problems
from generator.text.agencies import AGENCIES, agency
from generator.text.quantities import QUANTITY, VAGUE, Quantity, read
from tests.realpages import Page

#: Label units (tests/corpus/README.md) as the quantity reader names them; the other label units
#: (people, ships, count…) are counted nouns, which the reader does not name.
READER_UNIT = {
    "km": "km", "m": "m", "cm": "cm", "mi": "mile", "mile": "mile", "ft": "foot", "t": "metric_ton",
    "kg": "kilogram", "percent": "percent", "usd": "usd", "eur": "eur", "gbp": "gbp",
    "m3": "cubic_meter", "l": "liter", "kt": "kiloton", "ml": "milliliter",
    "magnitude": "magnitude",
}
#: Label qualifiers as the reader names them.
READER_APPROX = {"less-than": "fewer-than"}


@dataclass
class Score:
    """Counts per language; ``right``/``total`` per measure, plus named lists of misreadings."""

    counts: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))
    notes: list[str] = field(default_factory=list)

    def add(self, language: str, key: str, n: int = 1) -> None:
        self.counts[language][key] += n

    def total(self, key: str) -> int:
        return sum(c[key] for c in self.counts.values())

    def rate(self, right: str, total: str, language: str | None = None) -> float | None:
        c = self.counts[language] if language else Counter(
            {k: self.total(k) for k in (right, total)})
        return c[right] / c[total] if c[total] else None


def _line_col(page: Page) -> callable:
    starts = [0]
    for line in page.lines:
        starts.append(starts[-1] + len(line) + 1)

    def at(pos: int) -> tuple[int, int]:
        i = bisect.bisect_right(starts, pos) - 1
        return i + 1, pos - starts[i]

    return at


def _same_value(label, q: Quantity) -> bool:
    low, high = label if isinstance(label, tuple) else (label, None)

    def close(a, b):
        return a is not None and b is not None and abs(a - b) <= 1e-6 * max(1.0, abs(b))

    if (high is None) != (q.high is None):
        return False
    return close(q.value, low) and (high is None or close(q.high, high))


def score_numbers(pages: Iterable[Page]) -> Score:
    """The quantity reader against every labelled number in headlines and stories.

    A labelled number is *read right* when the reader returns a reading overlapping its span of
    the same kind (a date's day and year may be one reading) and, for quantities, the same value
    (both ends of a range) and unit. ``approx`` and the exact extent are counted apart. A label of
    kind ``other`` ("one of the") is right when the reader reads no amount there. *Extra* counts
    amounts the reader finds in story text where the labeller saw none.
    """
    score = Score()
    for page in pages:
        lang = page.language
        at = _line_col(page)
        found = []
        for q in read("\n".join(page.lines), lang):
            (line, start), (line2, end) = at(q.start), at(q.end)
            found.append((line, start, end if line2 == line else 10**9, q))
        used: set[int] = set()
        for n in page.numbers:
            score.add(lang, "numbers")
            hits = [f for f in found if f[0] == n.at.line and f[1] < n.at.end
                    and n.at.start < f[2]]
            used.update(id(f[3]) for f in hits)
            amounts = [f for f in hits if f[3].kind in (QUANTITY, VAGUE)]
            if n.kind == "other":
                score.add(lang, "right" if not amounts else "wrong")
                continue
            if not hits:
                score.add(lang, "missed")
                score.notes.append(f"missed {page.name}:{n.at.line}:{n.at.start} ({n.kind})")
                continue
            line, start, end, q = hits[0]
            kind_ok = q.kind == n.kind or (n.kind in ("date", "year")
                                           and q.kind in ("date", "year"))
            ok = kind_ok
            if ok and n.kind == "quantity":
                ok = _same_value(n.value, q) and (
                    n.unit not in READER_UNIT or q.unit == READER_UNIT[n.unit])
                if ok and q.approx != READER_APPROX.get(n.approx, n.approx):
                    score.add(lang, "approx-differs")
            if ok and (start, end) != (n.at.start, n.at.end):
                score.add(lang, "extent-differs")
            score.add(lang, "right" if ok else "wrong")
            if not ok:
                score.notes.append(f"wrong {page.name}:{n.at.line}:{n.at.start}: label {n.kind} "
                                   f"{n.value} {n.unit}; read {q.kind} {q.value}"
                                   f"{'-' + str(q.high) if q.high else ''} {q.unit}")
        for line, start, _end, q in found:
            if id(q) in used or q.kind not in (QUANTITY, VAGUE):
                continue
            if any(s.span.line == line and s.span.start <= start < s.span.end
                   and s.label in ("story", "headline") for s in page.segments):
                score.add(lang, "extra")
                score.notes.append(f"extra {page.name}:{line}:{start}")
    return score


# --------------------------------------------------------------------------------------------
# Cleaning: story kept, furniture removed, headline, excerpts, conservation
# --------------------------------------------------------------------------------------------

#: Where a sentence ends, in the scripts of the corpus: final punctuation, closing quotes, space.
_SENTENCE_END = re.compile(r"[.!?…。！？؟]+[\"'”’»)\]]*\s+")


def _sentence_spans(text: str) -> list[tuple[int, int]]:
    """Sentences of a labelled story segment, as (start, end) offsets: cut after final
    punctuation and the space after it (a rough splitter is enough to count sentences)."""
    spans, at = [], 0
    for m in _SENTENCE_END.finditer(text):
        if text[at:m.end()].strip():
            spans.append((at, m.end()))
        at = m.end()
    if text[at:].strip():
        spans.append((at, len(text)))
    return spans


def load_as_briefing(pages: list[Page], root: Path):
    """The pages loaded together as one briefing for the cleaning scores; returns {page name:
    Article}. Nothing but each page's address is given (no outlet, no language): the cleaning
    is measured on what it works out itself, lines an outlet repeats across its articles too."""
    content = corpus_briefing(pages, root, outlets=False, languages=False)
    ids = page_ids(pages)
    return {ids[aid].name: article for aid, article in content.articles.items()}


def owners(page: Page, article) -> tuple[list[str | None], list[str]]:
    """Which place each character of the article text went to: "story", "headline" or
    "removed:<kind>", and the conservation faults (a character in two places, a piece whose text
    is not its source)."""
    text = page.text
    owner: list[str | None] = [None] * len(text)
    faults = []
    pieces = [("story", b) for b in article.paragraphs]
    pieces += [(f"removed:{r.kind}", r) for r in article.removed if r.end > r.start]
    if article.headline_block is not None:
        pieces.append(("headline", article.headline_block))
    for place, p in pieces:
        source = re.sub(r"\s+", "", text[p.start:p.end])
        if source != re.sub(r"\s+", "", p.text):
            faults.append(f"{place} at {p.start} is not its source")
        for i in range(p.start, p.end):
            if owner[i] is not None and not text[i].isspace():
                faults.append(f"character {i} is in {owner[i]} and {place}")
                break
            owner[i] = place
    lost = [i for i, c in enumerate(text) if owner[i] is None and not c.isspace()]
    if lost:
        faults.append(f"{len(lost)} characters in no place, first at {lost[0]}")
    return owner, faults


def score_cleaning(pages: Iterable[Page], articles: dict | None = None) -> Score:
    """The cleaner against the labels: story sentences kept, furniture removed, headlines,
    excerpts flagged, conservation (see FIDELITY.md for the definitions)."""
    pages = list(pages)
    if articles is None:
        with tempfile.TemporaryDirectory() as tmp:
            articles = load_as_briefing(pages, Path(tmp))
    score = Score()
    for page in pages:
        lang, article = page.language, articles[page.name]
        owner, faults = owners(page, article)
        score.add(lang, "pages")
        score.add(lang, "language-right" if article.language == lang else "language-wrong")
        if faults:
            score.notes.append(f"conservation {page.name}: {faults[0]}")
        else:
            score.add(lang, "conserved")
        line_at = [0]
        for line in page.lines[1:]:
            line_at.append(line_at[-1] + len(line) + 1)

        def places(seg, a=0, b=None, line_at=line_at, owner=owner, page=page):
            base = line_at[seg.span.line - 2] + seg.span.start
            end = base + (b if b is not None else seg.span.end - seg.span.start)
            return {owner[i] for i in range(base + a, end) if not page.text[i].isspace()}

        for seg in page.segments:
            if seg.label == "story":
                for a, b in _sentence_spans(seg.span.text(page)):
                    score.add(lang, "sentences")
                    went = places(seg, a, b)
                    if went == {"story"}:
                        score.add(lang, "kept")
                    else:
                        where = ", ".join(sorted(str(w) for w in went - {"story"}))
                        score.notes.append(f"story lost {page.name}:{seg.span.line} to {where}: "
                                           f"{seg.span.text(page)[a:b][:70]!r}")
            elif seg.label.startswith("furniture/"):
                score.add(lang, "furniture")
                went = places(seg)
                if went and all(w and w.startswith("removed:") for w in went):
                    score.add(lang, "removed")
                else:
                    score.notes.append(f"furniture kept {page.name}:{seg.span.line} "
                                       f"({seg.kind}, went to {sorted(map(str, went))}): "
                                       f"{seg.span.text(page)[:70]!r}")
        score.add(lang, "headlines")
        label = page.headline
        block = article.headline_block
        if label is not None:
            right = block is not None and " ".join(block.text.split()) == " ".join(label.split())
        else:
            right = block is None and article.headline_origin not in ("", "page")
        score.add(lang, "headline-right" if right else "headline-wrong")
        score.add(lang, f"headline-from-{article.headline_origin or 'none'}")
        if not right:
            score.notes.append(f"headline {page.name}: label {label!r}, read "
                               f"{article.headline!r} ({article.headline_origin})")
        if page.cut:
            score.add(lang, "cut")
            score.add(lang, "flagged" if article.excerpt else "cut-unflagged")
            if not article.excerpt:
                score.notes.append(f"cut not flagged {page.name}")
        else:
            score.add(lang, "whole")
            if article.excerpt:
                score.add(lang, "false-flag")
                score.notes.append(f"false excerpt flag {page.name}: {article.excerpt_reason}")
    return score


# ----------------------------------------------------------------------- briefings of pages


def page_ids(pages: Iterable[Page]) -> dict[str, Page]:
    """An article id for each page: its stem, or its folder's first word and stem where two
    folders share one, or the whole folder name where that is shared too (sets pooled from
    several scratch folders, ``round--event``)."""
    pages = list(pages)
    stems = Counter(p.stem for p in pages)
    short = [p.stem if stems[p.stem] == 1 else f"{p.event.split('-')[0]}-{p.stem}"
             for p in pages]
    taken = Counter(short)
    return {(aid if taken[aid] == 1 else f"{p.event}-{p.stem}"): p
            for p, aid in zip(pages, short, strict=True)}


def corpus_briefing(pages: Iterable[Page], root: Path, extra_meta: str = "", *,
                    outlets: bool = True, languages: bool = True) -> Content:
    """The pages as an analyst would drop them into a briefing: each page's text as scraped in
    ``articles/<id>.txt`` (its address, line 1, goes to the sidecar's ``url``), one outlet per
    site (``xalimasn`` and ``xalimasn-2`` are one outlet) unless ``outlets`` is False, its
    labelled language unless ``languages`` is False, loaded by Briefing's own loader. Nothing
    else is given: no publication dates (the pages do not come with any)."""
    ids = page_ids(pages)
    articles = root / "content" / "articles"
    articles.mkdir(parents=True)
    listed: list[str] = []
    for aid, page in ids.items():
        outlet = re.sub(r"-\d+$", "", page.stem)
        meta = f"url: {json.dumps(page.url)}\n"
        if outlets:
            meta = f"outlet: {outlet}\n" + meta
            if outlet not in listed:
                listed.append(outlet)
        if languages:
            meta += f"language: {page.language}\n"
        (articles / f"{aid}.txt").write_text(page.text, encoding="utf-8")
        (articles / f"{aid}.yaml").write_text(meta, encoding="utf-8")
    outlets_yaml = "".join(f"  - id: {o}\n    name: {o}\n" for o in listed)
    (root / "content" / "outlets.yaml").write_text(
        "outlets:" + (f"\n{outlets_yaml}" if outlets_yaml else " []\n"), encoding="utf-8")
    (root / "content" / "briefing.yaml").write_text("title: corpus\n" + extra_meta,
                                                    encoding="utf-8")
    problems = Problems(root / "content")
    content = load(root / "content", problems)
    if problems.errors:
        raise ValueError("\n".join(p.format() for p in problems.errors))
    return content


# ----------------------------------------------------------------------- copies


def _events(pages: Iterable[Page]) -> dict[str, list[Page]]:
    out: dict[str, list[Page]] = defaultdict(list)
    for page in pages:
        out[page.event].append(page)
    return out


def _one_name(name: str) -> str:
    """A wire's or outlet's name as compared: an agency's canonical name, else its letters in
    one case ("Lemonde" on the page names the labels' "Le Monde")."""
    return agency(name) or re.sub(r"[\W_]+", "", name.casefold())


def _writes(text: str, wire: str) -> bool:
    """Whether a page's text writes a wire's name: any spelling of the agency, or the
    outlet's letters ("Lemonde" for "Le Monde")."""
    canonical = agency(wire)
    if canonical:
        return any(re.search(rf"(?<!\w){re.escape(s)}(?!\w)", text)
                   for s in AGENCIES[canonical])
    return _one_name(wire) in re.sub(r"[\W_]+", "", text.casefold())


def score_copies(pages: Iterable[Page]) -> Score:
    """Copy families found against the labelled ones, as pairs, per event folder.

    Each folder is one briefing. A pair of pages is *labelled* a copy when both carry the same
    ``family``; *found* when Briefing puts both in one family. Pairs with a translation
    (``translation: true``) are counted apart (``tr-``): six-word runs cannot see a copy in
    another language, and nothing here claims to. The family's agency is *named right* when
    Briefing names the agency the labels give (names compared in one case, without spaces and
    punctuation: "Lemonde" is "Le Monde"); counted apart (``-said``) over the families where
    some member's page writes that name at all, as most labelled wires are named nowhere in
    the text (the labellers knew them from the site). *Sources* (``src-``) count pairs that are one
    independent source: labelled so when one family or one wire, found so when
    :meth:`Copies.origin` is the same (not an outlet). *Cross-language* (``xl-``) pairs are
    pairs of pages in different languages not labelled one family: independent reports of one
    event that a translation rule must not join."""
    score = Score()
    for event, group in sorted(_events(pages).items()):
        with tempfile.TemporaryDirectory() as tmp:
            content = corpus_briefing(group, Path(tmp))
        ids = page_ids(group)
        copies = find_copies(content)
        for a, b in itertools.combinations(sorted(ids), 2):
            pa, pb = ids[a], ids[b]
            labelled = bool(pa.family) and pa.family == pb.family
            fa, fb = copies.family_of.get(a), copies.family_of.get(b)
            found = fa is not None and fa is fb
            prefix = "tr-" if pa.translation or pb.translation else ""
            if labelled:
                score.add(event, prefix + "labelled")
            if found:
                score.add(event, prefix + "found")
            if labelled and found:
                score.add(event, prefix + "right")
            elif labelled or found:
                score.notes.append(f"{'missed' if labelled else 'extra'} pair {event}: {a} {b}")
            # two reports in different languages that are not one family: the independent
            # reports a cross-language copy rule must keep apart (they share the event's toll,
            # place and date); ``xl-joined`` counts those Briefing put in one family
            if pa.language != pb.language and not labelled:
                score.add(event, "xl-pairs")
                score.add(event, "xl-joined") if found else None
            # one independent source: one family, or one agency's story (the labels' wire is
            # the agency the page names); Briefing's answer is Copies.origin
            one = labelled or (bool(pa.wire) and pa.wire == pb.wire)
            same = copies.origin(a) == copies.origin(b) and \
                not copies.origin(a).startswith("outlet:")
            score.add(event, "src-labelled") if one else None
            score.add(event, "src-found") if same else None
            score.add(event, "src-right") if one and same else None
        for family in copies.families:
            wires = {ids[m].wire for m in family.articles if ids[m].wire}
            if len(wires) == 1:
                score.add(event, "wires")
                # where a member's page writes the labelled wire's name at all (a credit, a
                # dateline, a caption's credit or a mention): what the text could tell
                wire = next(iter(wires))
                said = any(_writes(ids[m].text, wire) for m in family.articles)
                score.add(event, "wires-said") if said else None
                if _one_name(family.wire) in {_one_name(w) for w in wires}:
                    score.add(event, "wire-right-said") if said else None
                    score.add(event, "wire-right")
                else:
                    score.notes.append(f"wire {event}: {family.articles} named "
                                       f"{family.label!r}, labelled {wires.pop()}")
    return score
