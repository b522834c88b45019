"""Trial 41's findings mended (t41): a suicide bombing of a mosque inside a police compound
(a toll that rose for four days, the wounded, the dead who were police, a claim of
responsibility, a suspect named), read by a new user in five languages. Each test states the
right reading of an invented sentence (other places, names and numbers than the pages) that
main misread, beside a neighbour whose reading must stay (asserted inside the test)."""

from __future__ import annotations

import pytest
from conftest import draft_of_pages

from tests.probes import figures


def _values(root, text: str, lang: str = "en") -> list[tuple[float, str]]:
    draft = draft_of_pages(root, {"bazaar": (lang, text)})
    return [(r.value, f.measure) for f in draft.figures for r in f.reports]


def _labels(root, text: str, lang: str = "en") -> dict[str, str]:
    draft = draft_of_pages(root, {"bazaar": (lang, text)})
    return {f.label: f.measure for f in draft.figures}


# --- 1. more dead, who had been brought in with wounds, are dead (trial 41, Italian: the death of
# two more people, taken to hospital with wounds, was drafted
# as 2 injured, and the Key figures gave the injured count's latest as "2 injured")

@pytest.mark.parametrize("text", [
    "Il bilancio dell'attentato al mercato di Varnello è salito a 58 con la morte di altre 3 "
    "persone che erano state ricoverate con ferite.",
    "Il bilancio è salito a 58 con la morte di altri 3 feriti che erano ricoverati in ospedale.",
])
def test_more_dead_who_came_in_wounded_are_dead(text):
    # the neighbour that stays: three more people hurt are the injured
    assert (3, "wounded") in figures("Il bilancio è salito a 58. Altre 3 persone sono rimaste "
                                     "ferite nella notte.", "it")
    found = figures(text, "it")
    assert (58, "dead") in found, found
    assert (3, "wounded") not in found, found


