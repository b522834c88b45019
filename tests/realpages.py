"""The real-page corpus and its hand labels (see tests/corpus/README.md).

The pages are read from ``../shared/corpus`` (or ``$BRIEFING_CORPUS``) and never copied into the
repository; the labels in ``tests/corpus/labels`` say, by position only, what a person read on
each page. This module loads both and checks that every label fits its page, so that the scoring
script (``bench/fidelity.py``) and the tests can trust them.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ruamel.yaml import YAML

REPO = Path(__file__).resolve().parent.parent
LABELS = REPO / "tests" / "corpus" / "labels"

FURNITURE_KINDS = frozenset({
    "navigation", "title-bar", "date-stamp", "byline", "caption", "credit", "embed",
    "related-links", "share-links", "newsletter", "advertisement", "paywall",
    "truncation-notice", "comments", "tag-list", "reaction-prompt", "counter", "template",
    "consent-banner", "copyright", "author-bio", "repeated-headline", "other",
})
NUMBER_KINDS = frozenset({"quantity", "vague", "time", "date", "year", "ordinal", "id", "other"})
MEASURES = frozenset({
    "dead", "injured", "missing", "displaced", "homeless", "evacuated", "rescued", "affected",
    "responders", "vessels", "cargo", "material", "damage", "aid", "cost", "length", "height",
    "width", "depth", "distance", "area", "volume", "weight", "speed", "duration", "age", "share",
    "count", "other",
})
APPROX = frozenset({"exact", "at-least", "more-than", "about", "up-to", "nearly", "less-than"})
KEYS = frozenset({"split", "language", "event", "near_miss_of", "cut", "family", "wire",
                  "translation", "segments", "numbers", "quotes", "notes"})


def corpus_dir() -> Path | None:
    """Where the pages are, or None when this machine does not have them."""
    env = os.environ.get("BRIEFING_CORPUS")
    candidates = [Path(env)] if env else []
    candidates.append(REPO.parent / "shared" / "corpus")
    for path in candidates:
        if path.is_dir():
            return path
    return None


SKIP_REASON = ("the real-page corpus is not here (../shared/corpus or $BRIEFING_CORPUS); "
               "its pages are other people's text and are not in the repository")


@dataclass(frozen=True)
class Span:
    line: int
    start: int
    end: int  # resolved: never None

    def text(self, page: Page) -> str:
        return page.lines[self.line - 1][self.start:self.end]


@dataclass(frozen=True)
class Segment:
    span: Span
    label: str  # "headline", "story" or "furniture/<kind>"

    @property
    def kind(self) -> str:
        return self.label.split("/", 1)[1] if self.label.startswith("furniture/") else self.label


@dataclass(frozen=True)
class Number:
    at: Span
    kind: str
    value: float | int | tuple[float, float] | None
    unit: str | None
    measure: str | None
    approx: str
    figure: bool


@dataclass(frozen=True)
class QuoteLabel:
    at: Span
    speaker: Span | None
    speaker_id: str | None


@dataclass
class Page:
    event: str  # the folder
    stem: str
    path: Path
    url: str
    lines: list[str]
    split: str
    language: str
    about: str  # the event the page reports
    near_miss_of: str | None
    cut: bool
    family: str | None
    wire: str | None
    translation: bool
    segments: list[Segment] = field(default_factory=list)
    numbers: list[Number] = field(default_factory=list)
    quotes: list[QuoteLabel] = field(default_factory=list)

    @property
    def name(self) -> str:
        return f"{self.event}/{self.stem}"

    @property
    def text(self) -> str:
        """The article as Briefing receives it: everything after the address line."""
        return "\n".join(self.lines[1:])

    def segment_texts(self, label_prefix: str) -> list[str]:
        return [s.span.text(self) for s in self.segments if s.label.startswith(label_prefix)]

    @property
    def headline(self) -> str | None:
        found = self.segment_texts("headline")
        return found[0].strip() if found else None


class LabelError(ValueError):
    pass


def _span(raw, page_lines: list[str], where: str) -> Span:
    if not (isinstance(raw, list) and len(raw) == 3):
        raise LabelError(f"{where}: a position is [line, start, end], got {raw!r}")
    line, start, end = raw
    if not isinstance(line, int) or not 2 <= line <= len(page_lines):
        raise LabelError(f"{where}: line {line!r} is not a line of the page (2..{len(page_lines)})")
    text = page_lines[line - 1]
    end = len(text) if end is None else end
    if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)):
        raise LabelError(f"{where}: offsets {start!r}..{end!r} do not fit line {line} "
                         f"({len(text)} characters)")
    return Span(line, start, end)


def _segments(raw, lines: list[str], where: str) -> list[Segment]:
    if not isinstance(raw, dict):
        raise LabelError(f"{where}: segments must map line numbers to labels")
    out: list[Segment] = []
    for line_no, value in raw.items():
        if not isinstance(line_no, int) or not 2 <= line_no <= len(lines):
            raise LabelError(f"{where}: segments: {line_no!r} is not a line of the page")
        text = lines[line_no - 1]
        if not text.strip():
            raise LabelError(f"{where}: line {line_no} is blank and takes no label")
        pieces = [[0, None, value]] if isinstance(value, str) else value
        if not isinstance(pieces, list) or not pieces:
            raise LabelError(f"{where}: line {line_no}: a label or a list of [start, end, label]")
        first = len(text) - len(text.lstrip())
        last = len(text.rstrip())
        cursor = None
        for piece in pieces:
            if not (isinstance(piece, list) and len(piece) == 3):
                raise LabelError(f"{where}: line {line_no}: piece {piece!r} is not "
                                 "[start, end, label]")
            span = _span([line_no, piece[0], piece[1]], lines, f"{where}: line {line_no}")
            label = piece[2]
            if label not in ("headline", "story") and not (
                    isinstance(label, str) and label.startswith("furniture/")
                    and label.split("/", 1)[1] in FURNITURE_KINDS):
                raise LabelError(f"{where}: line {line_no}: unknown label {label!r}")
            gap = text[cursor if cursor is not None else 0:span.start]
            if cursor is None:
                if span.start > first:
                    raise LabelError(f"{where}: line {line_no}: characters before {span.start} "
                                     "have no label")
            elif gap.strip() or span.start < cursor:
                raise LabelError(f"{where}: line {line_no}: pieces overlap or leave a gap "
                                 f"at {cursor}..{span.start}")
            cursor = span.end
            out.append(Segment(span, label))
        if cursor is not None and cursor < last:
            raise LabelError(f"{where}: line {line_no}: characters after {cursor} have no label")
    labelled = {s.span.line for s in out}
    missing = [n for n in range(2, len(lines) + 1) if lines[n - 1].strip() and n not in labelled]
    if missing:
        raise LabelError(f"{where}: lines without a label: {missing}")
    out.sort(key=lambda s: (s.span.line, s.span.start))
    if sum(1 for s in out if s.label == "headline") > 1:
        raise LabelError(f"{where}: more than one headline segment")
    return out


def _inside(span: Span, segments: list[Segment], labels: tuple[str, ...]) -> bool:
    return any(s.label in labels and s.span.line == span.line and s.span.start <= span.start
               and span.end <= s.span.end for s in segments)


def _numbers(raw, page: Page, where: str) -> list[Number]:
    out = []
    for i, item in enumerate(raw or []):
        w = f"{where}: numbers[{i}]"
        if not isinstance(item, dict):
            raise LabelError(f"{w}: a mapping")
        unknown = set(item) - {"at", "kind", "value", "unit", "measure", "approx", "figure"}
        if unknown:
            raise LabelError(f"{w}: unknown keys {sorted(unknown)}")
        at = _span(item.get("at"), page.lines, w)
        if not _inside(at, page.segments, ("story", "headline")):
            raise LabelError(f"{w}: {at} is not inside a story or headline segment")
        if not at.text(page).strip() or at.text(page) != at.text(page).strip():
            raise LabelError(f"{w}: span has white space at an end")
        kind = item.get("kind")
        if kind not in NUMBER_KINDS:
            raise LabelError(f"{w}: kind {kind!r} not one of {sorted(NUMBER_KINDS)}")
        value = item.get("value")
        if isinstance(value, list):
            if len(value) != 2 or not all(isinstance(v, int | float) for v in value):
                raise LabelError(f"{w}: a range is [low, high]")
            value = (value[0], value[1])
        elif value is not None and not isinstance(value, int | float):
            raise LabelError(f"{w}: value {value!r} is not a number")
        measure = item.get("measure")
        if kind == "quantity":
            if value is None:
                raise LabelError(f"{w}: a quantity needs a value")
            if measure not in MEASURES:
                raise LabelError(f"{w}: measure {measure!r} not one of the list")
        approx = item.get("approx") or "exact"
        if approx not in APPROX:
            raise LabelError(f"{w}: approx {approx!r} not one of {sorted(APPROX)}")
        out.append(Number(at, kind, value, item.get("unit"), measure, approx,
                          bool(item.get("figure", False))))
    return out


def _quotes(raw, page: Page, where: str) -> list[QuoteLabel]:
    out = []
    for i, item in enumerate(raw or []):
        w = f"{where}: quotes[{i}]"
        if not isinstance(item, dict) or set(item) - {"at", "speaker", "speaker_id"}:
            raise LabelError(f"{w}: a mapping of at, speaker, speaker_id")
        at = _span(item.get("at"), page.lines, w)
        if not _inside(at, page.segments, ("story", "headline")):
            raise LabelError(f"{w}: the quote is not inside a story segment")
        speaker = item.get("speaker")
        sp = _span(speaker, page.lines, w + ".speaker") if speaker is not None else None
        out.append(QuoteLabel(at, sp, item.get("speaker_id")))
    return out


_yaml = YAML(typ="safe", pure=True)


def load_page(label_path: Path, corpus: Path) -> Page:
    event = label_path.parent.name
    stem = label_path.stem
    where = f"tests/corpus/labels/{event}/{label_path.name}"
    page_path = corpus / event / f"{stem}.txt"
    if not page_path.is_file():
        raise LabelError(f"{where}: no page {page_path}")
    raw = _yaml.load(label_path.read_text(encoding="utf-8"))
    if not isinstance(raw, dict):
        raise LabelError(f"{where}: not a mapping")
    unknown = set(raw) - KEYS
    if unknown:
        raise LabelError(f"{where}: unknown keys {sorted(unknown)}")
    lines = page_path.read_text(encoding="utf-8").split("\n")
    if raw.get("split") not in ("dev", "holdout"):
        raise LabelError(f"{where}: split must be dev or holdout")
    for key in ("language", "event"):
        if not isinstance(raw.get(key), str):
            raise LabelError(f"{where}: {key} is required")
    if not isinstance(raw.get("cut"), bool):
        raise LabelError(f"{where}: cut must be true or false")
    page = Page(
        event=event, stem=stem, path=page_path, url=lines[0].strip(), lines=lines,
        split=raw["split"], language=raw["language"], about=raw["event"],
        near_miss_of=raw.get("near_miss_of"), cut=raw["cut"], family=raw.get("family"),
        wire=raw.get("wire"), translation=bool(raw.get("translation", False)),
    )
    page.segments = _segments(raw.get("segments"), lines, where)
    page.numbers = _numbers(raw.get("numbers"), page, where)
    page.quotes = _quotes(raw.get("quotes"), page, where)
    return page


def label_files() -> list[Path]:
    return sorted(LABELS.glob("*/*.yaml"))


def load_all(corpus: Path | None = None, split: str | None = None) -> Iterator[Page]:
    """Every labelled page (of one split, if given); raises LabelError on a bad label."""
    corpus = corpus or corpus_dir()
    if corpus is None:
        raise FileNotFoundError(SKIP_REASON)
    for path in label_files():
        page = load_page(path, corpus)
        if split is None or page.split == split:
            yield page


if __name__ == "__main__":  # python tests/realpages.py [LABEL.yaml ...]: validate labels
    import sys

    corpus = corpus_dir()
    if corpus is None:
        sys.exit(SKIP_REASON)
    paths = [Path(p) for p in sys.argv[1:]] or label_files()
    bad = 0
    for path in paths:
        try:
            page = load_page(path.resolve(), corpus)
        except LabelError as exc:
            bad += 1
            print(exc)
            continue
        print(f"ok {page.name}: {len(page.segments)} segments, {len(page.numbers)} numbers, "
              f"{len(page.quotes)} quotes")
    sys.exit(1 if bad else 0)
