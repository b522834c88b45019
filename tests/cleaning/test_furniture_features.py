"""The block features of ``bench/train_furniture.py`` (issue 13, round 11), on invented pages:
they must keep reading the cleaner's states the way the cleaner would hand them over, so that
the measurement can be run again when the labels or the rules change."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

from furniture_features import HEAD, NAMES, judged, page_features

PAGE = [
    ("Storm leaves towns without power", HEAD),
    ("Share this", "share-links"),
    ("Crews worked through the night to clear the roads after the storm brought down trees "
     "across the valley, the county said on Sunday.", None),
    ("Fahrzeuge: 4", None),
    ("Officials said the damage would take weeks to repair and asked residents to stay away "
     "from fallen lines.", None),
    ("Residents were also asked to report", None),
    ("More Stories", None),
]


def _features() -> list[list[float] | None]:
    return page_features([t for t, _ in PAGE], [s for _, s in PAGE], "en")


def test_only_blocks_left_as_story_and_open_to_judgement_get_features() -> None:
    feats = _features()
    assert feats[0] is None and feats[1] is None  # the headline and a removed block
    assert feats[5] is None  # the first words of a cut paragraph are story whatever their shape
    assert all(len(f) == len(NAMES) for f in feats if f is not None)
    assert [i for i, f in enumerate(feats) if f is not None] == [2, 3, 4, 6]


def test_place_and_shape_are_read() -> None:
    feats = _features()
    at = {name: i for i, name in enumerate(NAMES)}
    assert feats[6][at["after_prose"]] == 1.0 and feats[2][at["after_prose"]] == 0.0
    assert feats[3][at["field"]] == 1.0 and feats[3][at["digits"]] > 0
    assert feats[2][at["prose"]] == 1.0 and feats[6][at["prose"]] == 0.0
    assert feats[2][at["prev_removed"]] == 1.0


def test_a_quotation_and_a_cut_fragment_are_not_judged_but_a_label_is() -> None:
    assert not judged("“It was loud")
    assert not judged("The roof of the")
    assert judged("More Stories")  # (a label in sentence case, "More stories", reads as cut)
    assert judged("The roof of the barn fell in.")
