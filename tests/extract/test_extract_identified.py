"""The dead identified so far are a count of identifications, not a second, smaller toll
(issue 16, figures round 17, on trial 12's findings): invented sentences of the shapes unseen
pages wrote, in four languages, with the near shapes that stay the toll."""

from __future__ import annotations

import pytest

from tests.probes import figures as _figures


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("The court office of Varnholm confirmed the identities of 12 victims on Sunday.", "en",
     [(12, "identified")]),
    ("Police said 9 bodies had been identified so far.", "en", [(9, "identified")]),
    ("El juez informó que 30 cuerpos llegaron a la morgue, de los cuales once han sido "
     "identificados.", "es", [(30, "dead"), (11, "identified")]),
    ("Les corps de 9 victimes ont été identifiés à Valmorin.", "fr", [(9, "identified")]),
    ("Bislang wurden in Falkenried 7 Tote identifiziert.", "de", [(7, "identified")]),
])
def test_the_identified_dead_are_no_toll(text: str, lang: str,
                                         expected: list[tuple[float, str]]) -> None:
    assert _figures(text, lang) == expected


@pytest.mark.parametrize(("text", "lang", "expected"), [
    # named as who they were, or not identified: still the toll
    ("Two victims, identified as dock workers, died at the scene in Varnholm.", "en",
     [(2, "dead")]),
    ("The blast killed 40 people who have not yet been identified.", "en", [(40, "dead")]),
    ("Au total, 14 morts n'ont pas encore été identifiés.", "fr", [(14, "dead")]),
])
def test_near_shapes_stay_the_toll(text: str, lang: str,
                                   expected: list[tuple[float, str]]) -> None:
    assert _figures(text, lang) == expected
