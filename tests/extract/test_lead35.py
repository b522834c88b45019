"""The lead's mends of the thirty-fifth stop (issue 16), on invented pages.

The hospitals the injured were taken to are where the care was given, not a count of the event
(spent sets s30 and s31: German and Italian pages proposed them as figures, labelled none); the
hospitals an event hit stay its count.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import draft_of_pages


def _figures(tmp_path: Path, lang: str, sentence: str) -> list[float]:
    draft = draft_of_pages(tmp_path / "p", {"probe": (lang, f"Unglück\n\n{sentence}\n")})
    return sorted(c.value for c in draft.candidates() if c.kind == "figure")


@pytest.mark.parametrize(("lang", "sentence", "count", "place"), [
    ("it", "In tre ospedali di Castelvario sono ricoverati 20 feriti, dice la prefettura.", 20, 3),
    ("de", "In 12 Krankenhäusern der Region Weilsdorf werden 30 Verletzte behandelt.", 30, 12),
    ("de", "Rund 40 Menschen wurden in Weilsdorf verletzt und in 16 Krankenhäuser gebracht.", 40,
     16),
])
def test_the_hospitals_the_injured_were_taken_to_are_no_figure(tmp_path, lang, sentence, count,
                                                               place) -> None:
    found = _figures(tmp_path, lang, sentence)
    assert count in found and place not in found, found


@pytest.mark.parametrize(("sentence", "hit"), [
    ("The explosion in Marlow damaged four hospitals and killed 12 people.", 4),
    ("Officials in Marlow reported damage to three hospitals and 12 dead.", 3),
])
def test_the_hospitals_an_event_hit_stay_its_count(tmp_path, sentence, hit) -> None:
    found = _figures(tmp_path, "en", sentence)
    assert hit in found and 12 in found, found
