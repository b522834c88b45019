"""Two vague plurals side by side with no "of" between: "Hunderte Millionen Euro" (German and
Dutch write them so, as Russian and Polish do). Trial 13 read the German as two amounts,
"hundreds" and "two million euros", and `extract` proposed both as figures. Invented
sentences."""

from __future__ import annotations

import pytest

from generator.text.quantities.reader import read


@pytest.mark.parametrize(("lang", "text", "written", "floor"), [
    ("de", "Der Schaden am Hafen von Varnholm könnte Hunderte Millionen Euro betragen.",
     "Hunderte Millionen", 2e8),
    ("de", "Dutzende Millionen Tonnen Fracht lagen fest.", "Dutzende Millionen", 2.4e7),
    ("de", "Hunderttausende Menschen sahen zu.", "Hunderttausende", 2e5),
    ("nl", "De schade loopt in de honderden miljoenen euro.", "honderden miljoenen", 2e8),
    ("en", "The damage could reach hundreds of millions of euros.", "hundreds of millions", 2e8),
    ("ru", "десятки тысяч человек", "десятки тысяч", 2e4),
])
def test_one_vague_amount(lang: str, text: str, written: str, floor: float) -> None:
    found = read(text, lang)
    assert [(text[q.start:q.end], q.kind, q.floor) for q in found] == [(written, "vague", floor)]


def test_a_comma_between_them_keeps_two() -> None:
    text = "Hunderte, dann Tausende Menschen kamen."
    assert [text[q.start:q.end] for q in read(text, "de")] == ["Hunderte", "Tausende"]
