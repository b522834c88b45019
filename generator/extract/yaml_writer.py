"""The draft as a fact sheet: YAML in the ``facts/*.yaml`` format, with ``#`` comments.

Every record says how sure the rule is and why reports were grouped, so the analyst can keep,
correct or delete it before moving it into ``content/facts/``.
"""

from __future__ import annotations

import json
import re
from datetime import datetime

from generator.extract.model import Candidate, Draft


def _q(text: str) -> str:
    """A YAML double-quoted scalar (JSON's string syntax is valid YAML)."""
    return json.dumps(text, ensure_ascii=False)


def _comment(text: str, indent: str) -> list[str]:
    text = re.sub(r"\s+", " ", text).strip()
    lines, line = [], ""
    for word in text.split(" "):
        if line and len(indent) + 2 + len(line) + 1 + len(word) > 100:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    if line:
        lines.append(line)
    return [f"{indent}# {piece}" for piece in lines]


def _number(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else repr(float(x))


def _value(value: float | tuple[float, float]) -> str:
    if isinstance(value, tuple):
        return f"[{_number(value[0])}, {_number(value[1])}]"
    return _number(value)


def _confidence(c: Candidate) -> str:
    why = "; ".join(c.why)
    return f"{c.confidence} confidence" + (f": {why}" if why else "")


def draft_yaml(draft: Draft, *, generated: datetime | None = None) -> str:
    """The draft as a fact sheet: valid YAML in the ``facts/*.yaml`` format, every record with
    ``#`` comments saying how sure the rule is and why reports were grouped."""
    out: list[str] = []
    stamp = f" on {generated:%Y-%m-%d %H:%M}" if generated else ""
    def count(n: int, what: str) -> str:
        return f"{n} {what}{'' if n == 1 else 's'}"

    out += [
        "# Candidate facts proposed by `briefing extract`" + stamp + ". NOT YET REVIEWED.",
        *_comment(f"Articles: {', '.join(draft.articles)}.", ""),
        "# Proposed: " + ", ".join([
            count(len(draft.figures), "figure"), count(len(draft.quotes), "quote"),
            count(len(draft.events), "event"),
            count(sum(not n.singleton for n in draft.names), "name cluster")]) + ".",
    ]
    if draft.skipped:
        out.append("# Already in the fact sheets, not proposed again: "
                   + ", ".join(count(n, k) for k, n in sorted(draft.skipped.items()) if n)
                   + ".")
    out += _comment(
        "Review each record: keep, correct or delete it, then move it into content/facts/. "
        "Every quote below is copied exactly from the article's cleaned text, so `briefing "
        "check` accepts this file as it is; that says the words are there, not that the "
        "reading is right. Vague numbers are lower bounds (hundreds = at least 200, tens of "
        "thousands = at least 20,000). Ids are generated: rename them freely.", "")
    out.append("")
    if draft.figures:
        out.append("figures:")
        for f in draft.figures:
            out.append("")
            for reason in f.why:
                out += _comment(reason, "  ")
            out += [f"  - id: {f.id}", f"    label: {_q(f.label)}", f"    unit: {_q(f.unit)}",
                    "    reports:"]
            for c in f.reports:
                out += _comment(_confidence(c), "      ")
                out.append(f"      - article: {c.article}")
                out.append(f"        value: {_value(c.value)}")
                if c.approx:
                    out.append(f"        approx: {c.approx}")
                if c.attributed_to:
                    out.append(f"        attributed_to: {_q(c.attributed_id or c.attributed_to)}")
                out.append(f"        quote: {_q(c.evidence)}")
        out.append("")
    if draft.quotes:
        out.append("quotes:")
        for q in draft.quotes:
            out.append("")
            for reason in q.why:
                out += _comment(reason, "  ")
            out += [f"  - id: {q.id}", f"    label: {_q(q.label)}"]
            if q.speaker_id:
                out.append(f"    speaker: {q.speaker_id}")
            out.append("    reports:")
            for c in q.reports:
                out += _comment(_confidence(c), "      ")
                out.append(f"      - article: {c.article}")
                out.append(f"        text: {_q(c.text)}")
                if c.speaker:
                    out.append(f"        speaker: {_q(c.speaker)}")
                if c.attribution:
                    out.append(f"        quote: {_q(c.attribution)}")
        out.append("")
    if draft.events:
        out.append("events:")
        for e in draft.events:
            out.append("")
            for reason in e.why:
                out += _comment(reason, "  ")
            out += [f"  - id: {e.id}", f"    title: {_q(e.title)}",
                    f"    date: {_q(e.date.iso())}"]
            if e.place:
                out.append(f"    place: {e.place}")
            if e.actors:
                out.append(f"    actors: [{', '.join(e.actors)}]")
                out += _comment("actors and place: listed names found in the evidence; check",
                                "    ")
            out.append("    reports:")
            for c in e.reports:
                out += _comment(f"{_confidence(c)}; resolves to {c.date.display()}", "      ")
                out.append(f"      - article: {c.article}")
                out.append(f"        quote: {_q(c.evidence)}")
                out.append(f"        date_text: {_q(c.expression)}")
                if not c.resolved:
                    out.append(f"        date: {_q(c.date.iso())}  # placeholder")
                elif c.explicit:
                    out.append(f"        date: {_q(c.date.iso())}  # {c.rule}")
        out.append("")
    _names_yaml(draft, out)
    if not any(re.match(r"[a-z]+:", line) for line in out):
        out.append("{}  # nothing to propose")
    return "\n".join(out).rstrip() + "\n"


def _names_yaml(draft: Draft, out: list[str]) -> None:
    new = [n for n in draft.names if not n.existing and not n.singleton]
    extend = [n for n in draft.names if n.existing]
    singles = [n for n in draft.names if n.singleton and not n.existing]
    for plural in ("actors", "places"):
        records = [n for n in new if n.list == plural]
        if not records:
            continue
        out.append(f"{plural}:")
        for n in records:
            out.append("")
            out += _comment(f"spelling variants found ({n.kind}, a guess from context): "
                            + "; ".join(n.why), "  ")
            for c in n.reports:
                out += _comment(f"{c.spelling} in {c.article}: “{c.evidence}”", "  ")
            out += [f"  - id: {n.id}", f"    name: {_q(n.name)}"]
            if plural == "actors" and n.kind == "person":
                out.append("    kind: person")
            variants = [s for s in n.spellings if s != n.name]
            out.append(f"    variants: [{', '.join(_q(v) for v in variants)}]")
        out.append("")
    if extend:
        out += _comment("Spellings of names the fact sheets already list: add them to the "
                        "variants of the record named (in its own file).", "")
        for n in extend:
            out += _comment(f"{n.list[:-1]} '{n.existing}': add {', '.join(n.new_spellings)}"
                            f" ({'; '.join(n.why)})", "")
            for c in n.reports:
                if c.spelling in n.new_spellings:
                    out += _comment(f"  {c.spelling} in {c.article}: “{c.evidence}”", "")
        out.append("")
    if singles:
        out += _comment("Other capitalised names used by several outlets and not listed (no "
                        "variants found): "
                        + ", ".join(f"{n.name} ({len({c.article for c in n.reports})} articles)"
                                    for n in singles) + ".", "")
