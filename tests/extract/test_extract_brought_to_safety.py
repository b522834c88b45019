"""German says "in Sicherheit gebracht" (brought to safety) for people moved out of harm's way:
an evacuation (issue 16, figures round 18: a landslide page counted residents so). Invented
sentences and places."""

from __future__ import annotations

import pytest

from tests.probes import figures as _figures


@pytest.mark.parametrize(("text", "expected"), [
    ("Rund 60 Anwohner in Verlohn wurden am Abend in Sicherheit gebracht.", [(60, "evacuee")]),
    ("Die Feuerwehr hat in Verlohn 40 Menschen in Sicherheit gebracht.", [(40, "evacuee")]),
])
def test_brought_to_safety_in_german_is_an_evacuation(text: str,
                                                      expected: list[tuple[float, str]]) -> None:
    assert _figures(text, "de") == expected
