"""One death named by its singular noun after the numeral one ("one death"), or before "of" and
the person ("a morte de um motorista"), and one casualty after "at least" as the object of its
outcome ("killing at least one worker"): extraction round 14, on three sites of the pooled
fresh sets (two English pages with "one death", one with "at least one" and a person twice; a
Portuguese and a Spanish page with the death of one person). Invented sentences, beside the
near shapes that stay: a death after an article ("a death in the family"), a compound of the
death noun ("one death row inmate"), "one of"."""

from __future__ import annotations

import pytest

from generator.extract.singular import singular_figures
from generator.text.sentences import Sentence


def _ones(text: str, lang: str) -> list[tuple[str, str]]:
    return [(f.written, f.head) for f in singular_figures(Sentence(0, len(text), text, 0), lang)]


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("County officials confirmed one death near the river.", "en", [("one", "dead")]),
    ("The storm was blamed for one death in the hills.", "en", [("one", "dead")]),
    ("A blast tore through the depot, killing at least one worker.", "en", [("one", "dead")]),
    ("A morte de um motorista foi confirmada pelos bombeiros.", "pt", [("um", "dead")]),
    ("Se confirmó la muerte de al menos una persona en el derrumbe.", "es", [("una", "dead")]),
    ("Il crollo ha ucciso almeno una persona.", "it", [("una", "dead")]),
])
def test_one_death_and_at_least_one(text: str, lang: str, expected: list) -> None:
    assert _ones(text, lang) == expected


@pytest.mark.parametrize(("text", "lang"), [
    ("There was a death in the family last spring.", "en"),
    ("One death row inmate wrote to the paper.", "en"),
    ("At least one of the cranes fell.", "en"),
    ("La muerte de al menos uno de los motores detuvo el barco.", "es"),
])
def test_near_shapes_stay(text: str, lang: str) -> None:
    assert _ones(text, lang) == []
