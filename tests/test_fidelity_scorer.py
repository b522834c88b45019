"""The extract scorer's judgement of a speaker (`tests/fidelity_extract.speaker_right`): a name
word in common, or, in a script written without spaces, the labelled name inside the proposed
speaker (quotes round 10: two-character Japanese surnames could never count). Invented names."""

from __future__ import annotations

import pytest

from tests.fidelity_extract import speaker_right


@pytest.mark.parametrize(("proposed", "label", "right"), [
    ("Mayor Jane Roe", "Roe", True),
    ("the mayor", "Jane Roe", False),
    ("駅前に住む田中さんは", "田中", True),  # a surname with its honorific and particle
    ("山田さん", "田中", False),
    ("김민수 대변인", "김민수", True),
    ("이영희", "김민수", False),
    ("Pedro Alvarado Ruiz", "Ana Ruiz", False),  # the same surname, another person
    ("Ana Ruiz", "Ana María Ruiz", True),
    ("Ruiz", "Ana Ruiz", True),
    ("National Police", "police", True),
    ("the Red Cross", "Red Cross spokeswoman", True),
])
def test_a_speaker_is_right_when_it_names_the_labelled_one(proposed, label, right):
    assert speaker_right(proposed, label, None) is right
