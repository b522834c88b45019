"""The draft as a fact sheet: YAML in the ``facts/*.yaml`` format, with ``#`` comments.

Every record says how sure the rule is and why reports were grouped, so the analyst can keep,
correct or delete it before moving it into ``content/facts/``.

The records are ruamel.yaml ``CommentedMap`` and ``CommentedSeq`` objects with their comments
attached, and ruamel writes them: quoting and escaping are the YAML library's, not ours. Text is
always double-quoted (an article's words may look like a number, a date or a YAML indicator);
ids, kinds and the ``approx`` keys are plain. Only the notes that belong to no record (the header,
and spellings to add to records the fact sheets already hold) are written around the document.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.scalarstring import DoubleQuotedScalarString as Quoted

from generator.content.problems import Problems
from generator.content.yamlsource import parse_yaml
from generator.extract.model import (
    Candidate,
    DateCandidate,
    Draft,
    EventProposal,
    FigureCandidate,
    FigureProposal,
    NameProposal,
    QuoteCandidate,
    QuoteProposal,
)

#: Comment lines are wrapped to keep the draft within this width.
WIDTH = 100


def _wrapped(text: str, indent: int) -> list[str]:
    """``text`` as comment lines of at most :data:`WIDTH` characters with "# " at ``indent``."""
    text = re.sub(r"\s+", " ", text).strip()
    lines, line = [], ""
    for word in text.split(" "):
        if line and indent + 2 + len(line) + 1 + len(word) > WIDTH:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    if line:
        lines.append(line)
    return lines


def _notes(texts: Sequence[str], indent: int) -> list[str]:
    return [line for text in texts for line in _wrapped(text, indent)]


def _comment_lines(texts: Sequence[str]) -> list[str]:
    """Comments that belong to no record, written as they are."""
    return [f"# {line}" for line in _notes(texts, 0)]


def _flow(items: list[Any]) -> CommentedSeq:
    seq = CommentedSeq(items)
    seq.fa.set_flow_style()
    return seq


def _number(x: float) -> int | float:
    return int(x) if float(x).is_integer() else float(x)


def _value(value: float | tuple[float, float]) -> Any:
    if isinstance(value, tuple):
        return _flow([_number(value[0]), _number(value[1])])
    return _number(value)


def _confidence(c: Candidate) -> str:
    why = "; ".join(c.why)
    return f"{c.confidence} confidence" + (f": {why}" if why else "")


def _before(container: CommentedMap | CommentedSeq, key: Any, lines: list[str], indent: int,
            blank: bool = False) -> None:
    if lines or blank:
        text = "\n".join(([""] if blank else []) + lines)
        container.yaml_set_comment_before_after_key(key, before=text, indent=indent)


def _reports(candidates: list[Any], fill: Callable[[Any, CommentedMap], None],
             note: Callable[[Any], str]) -> CommentedSeq:
    seq = CommentedSeq()
    for i, c in enumerate(candidates):
        report = CommentedMap(article=c.article)
        fill(c, report)
        seq.append(report)
        _before(seq, i, _notes([note(c)], 6), 6)
    return seq


def _figure(f: FigureProposal) -> CommentedMap:
    def fill(c: FigureCandidate, report: CommentedMap) -> None:
        report["value"] = _value(c.value)
        if c.approx:
            report["approx"] = c.approx
        if c.report_unit:
            report["unit"] = Quoted(c.report_unit)
        if c.attributed_to:
            report["attributed_to"] = Quoted(c.attributed_id or c.attributed_to)
        if c.as_of is not None:
            report["as_of"] = c.as_of.isoformat()  # its clause's day ("yesterday"): FORMAT.md
        report["quote"] = Quoted(c.evidence)

    record = CommentedMap(id=f.id, label=Quoted(f.label), unit=Quoted(f.unit), measure=f.measure)
    if f.kind != "fixed":
        record["kind"] = f.kind  # a toll: its reports are a progression (FORMAT.md)
    record["reports"] = _reports(f.reports, fill, _confidence)
    return record


def _quote(q: QuoteProposal) -> CommentedMap:
    def fill(c: QuoteCandidate, report: CommentedMap) -> None:
        report["text"] = Quoted(c.text)
        if c.speaker:
            report["speaker"] = Quoted(c.speaker)
        if c.attribution:
            report["quote"] = Quoted(c.attribution)

    record = CommentedMap(id=q.id, label=Quoted(q.label))
    if q.speaker_id:
        record["speaker"] = q.speaker_id
    record["reports"] = _reports(q.reports, fill, _confidence)
    return record


def _event(e: EventProposal) -> CommentedMap:
    def fill(c: DateCandidate, report: CommentedMap) -> None:
        report["quote"] = Quoted(c.evidence)
        report["date_text"] = Quoted(c.expression)
        if not c.resolved or c.explicit:
            date = Quoted(c.date.iso())
            report["date"] = date
            # two spaces after the value: the column is where this line's value ends
            column = 8 + len("date: ") + len(date) + 2 + 2
            report.yaml_add_eol_comment("placeholder" if not c.resolved else c.rule, "date",
                                        column=column)

    record = CommentedMap(id=e.id, title=Quoted(e.title), date=Quoted(e.date.iso()))
    if e.place:
        record["place"] = e.place
    if e.actors:
        record["actors"] = _flow(list(e.actors))
    record["reports"] = _reports(
        e.reports, fill, lambda c: f"{_confidence(c)}; resolves to {c.date.display()}")
    if e.actors:
        _before(record, "reports",
                _notes(["actors and place: listed names found in the evidence; check"], 4), 4)
    return record


def _name(n: NameProposal) -> CommentedMap:
    record = CommentedMap(id=n.id, name=Quoted(n.name))
    if n.list == "actors" and n.kind == "person":
        record["kind"] = "person"
    record["variants"] = _flow([Quoted(s) for s in n.spellings if s != n.name])
    return record


def _records(proposals: list[Any], build: Callable[[Any], CommentedMap],
             why: Callable[[Any], list[str]]) -> CommentedSeq:
    """Each proposal a record, a blank line and its reasons above it."""
    seq = CommentedSeq()
    for i, proposal in enumerate(proposals):
        seq.append(build(proposal))
        _before(seq, i, _notes(why(proposal), 2), 2, blank=True)
    return seq


def _name_why(n: NameProposal) -> list[str]:
    return ([f"spelling variants found ({n.kind}, a guess from context): " + "; ".join(n.why)]
            + [f"{c.spelling} in {c.article}: “{c.evidence}”" for c in n.reports])


def _header(draft: Draft, generated: datetime | None) -> list[str]:
    def count(n: int, what: str) -> str:
        return f"{n} {what}{'' if n == 1 else 's'}"

    stamp = f" on {generated:%Y-%m-%d %H:%M}" if generated else ""
    lines = ["# Candidate facts proposed by `briefing extract`" + stamp + ". NOT YET REVIEWED.",
             *_comment_lines([f"Articles: {', '.join(draft.articles)}."]),
             "# Proposed: " + ", ".join([
                 count(len(draft.figures), "figure"), count(len(draft.quotes), "quote"),
                 count(len(draft.events), "event"),
                 count(sum(not n.singleton for n in draft.names), "name cluster")]) + "."]
    if draft.undated:
        lines += _comment_lines([
            f"No publication date, so their relative dates (\"on Wednesday\", \"yesterday\") "
            f"are not proposed and their tolls are not placed in a running count: "
            f"{', '.join(draft.undated)}. Add `published:` to their .yaml."])
    if draft.unverified:
        lines += _comment_lines([
            f"Left out: {count(len(draft.unverified), 'figure reading')} whose value `briefing "
            f"check` does not read in the quote it would cite (mostly one casualty written "
            f"with an article, as in \"a driver was killed\", in a shape check does not read); "
            f"listed at the end of this file, to judge by hand."])
    if any(draft.skipped.values()):
        lines.append("# Already in the fact sheets, not proposed again: "
                     + ", ".join(count(n, k) for k, n in sorted(draft.skipped.items()) if n)
                     + ".")
    return lines + _comment_lines([
        "Review each record: keep, correct or delete it, then move it into content/facts/. "
        "Every quote below is copied exactly from the article's cleaned text, so `briefing "
        "check` accepts this file as it is; that says the words are there, not that the "
        "reading is right. Vague numbers are lower bounds (hundreds = at least 200, tens of "
        "thousands = at least 20,000). Ids are generated: rename them freely."])


def _other_names(draft: Draft) -> tuple[list[str], list[str]]:
    """Notes on names that make no new record: spellings to add to records the fact sheets
    already hold, and names used by several outlets with no variant found."""
    extend, texts = [n for n in draft.names if n.existing], []
    if extend:
        texts = ["Spellings of names the fact sheets already list: add them to the variants of "
                 "the record named (in its own file)."]
        for n in extend:
            texts.append(f"{n.list[:-1]} '{n.existing}': add {', '.join(n.new_spellings)}"
                         f" ({'; '.join(n.why)})")
            texts += [f"  {c.spelling} in {c.article}: “{c.evidence}”" for c in n.reports
                      if c.spelling in n.new_spellings]
    singles = [n for n in draft.names if n.singleton and not n.existing]
    listed = [] if not singles else [
        "Other capitalised names used by several outlets and not listed (no variants found): "
        + ", ".join(f"{n.name} ({len({c.article for c in n.reports})} articles)"
                    for n in singles) + "."]
    return _comment_lines(texts), _comment_lines(listed)


def _yaml() -> YAML:
    yaml = YAML()
    yaml.indent(mapping=2, sequence=4, offset=2)
    yaml.width = 1 << 20  # never fold a quotation: it must stay the article's exact words
    return yaml


def draft_yaml(draft: Draft, *, generated: datetime | None = None) -> str:
    """The draft as a fact sheet: valid YAML in the ``facts/*.yaml`` format, every record with
    ``#`` comments saying how sure the rule is and why reports were grouped."""
    doc = CommentedMap()
    sections: list[tuple[str, list[Any], Callable[[Any], CommentedMap],
                         Callable[[Any], list[str]]]] = [
        ("figures", draft.figures, _figure, lambda p: p.why),
        ("quotes", draft.quotes, _quote, lambda p: p.why),
        ("events", draft.events, _event, lambda p: p.why),
    ]
    new_names = [n for n in draft.names if not n.existing and not n.singleton]
    for plural in ("actors", "places"):
        sections.append((plural, [n for n in new_names if n.list == plural], _name, _name_why))
    for key, proposals, build, why in sections:
        if proposals:
            doc[key] = _records(proposals, build, why)
            if len(doc) > 1:
                _before(doc, key, [], 0, blank=True)
    blocks = [_header(draft, generated)]
    if doc:
        text = io.StringIO()
        _yaml().dump(doc, text)
        blocks.append(text.getvalue().rstrip("\n").split("\n"))
    extend, singles = _other_names(draft)
    blocks += [block for block in (extend, singles, _left_out(draft)) if block]
    if not doc:  # no record: an empty mapping keeps the file a fact sheet
        if singles:
            blocks[-1] = [*singles, "{}  # nothing to propose"]
        else:
            blocks.append(["{}  # nothing to propose"])
    out = "\n\n".join("\n".join(block) for block in blocks) + "\n"
    _reads_back(out, doc)
    return out


def _left_out(draft: Draft) -> list[str]:
    """The readings extract made and check would reject, as comments: nothing a page says is
    dropped unseen (extract/sheet/verified.py)."""
    if not draft.unverified:
        return []
    lines = ["# Readings left out (check does not read the value in the quote): article, value,"
             " measure, quote."]
    for c in draft.unverified:
        quote = " ".join(c.evidence.split())
        value = (f"{_number(c.value[0])} to {_number(c.value[1])}"
                 if isinstance(c.value, tuple) else _number(c.value))
        lines.append(f"#   {c.article}: {value} ({c.measure}) \"{quote}\"")
    return lines


class DraftError(ValueError):
    """The draft would not read back as the records it holds (a bug: never written)."""


def _plain(value: Any) -> Any:
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return str(value) if isinstance(value, str) else value


def _reads_back(text: str, doc: CommentedMap) -> None:
    """The draft is read back by the reader ``briefing check`` uses: it must parse with no
    problem at all and give back exactly the records written."""
    problems = Problems()
    parsed = parse_yaml(text, Path("draft.yaml"), problems)
    if parsed is None or problems.items:
        first = problems.items[0].format() if problems.items else "unreadable"
        raise DraftError(f"the draft does not read back as YAML: {first}")
    if parsed.data != (_plain(doc) or {}):
        raise DraftError("the draft does not read back as the records it holds")
