"""A picture's caption printed twice side by side, each copy ending on its credit after the
last sentence ("… on Saturday. AFP"): the alternative text and the caption, both furniture
(trial 14, FIDELITY.md: two such copies stood in the story). A paragraph printed twice with no
credit, or with a sentence that names an agency, stays. Invented pages."""

from __future__ import annotations

import pytest

from generator.content.cleaner import clean

HEAD = "Storm wrecks the Varno plant"
P1 = "The storm flattened the plant at Varno overnight, officials said."
P2 = "Rescuers searched the debris for a second day, the mayor said."


def _page(*blocks: str) -> str:
    return "\n\n".join((HEAD, *blocks)) + "\n"


#: Longer than the short doubles :func:`passes.mark_doubles` takes (25 words).
LONG = ("Rescue workers and volunteers from the three neighbouring towns search through what is "
        "left of the old paper plant at Varno after it was destroyed by the storm on Saturday.")


@pytest.mark.parametrize("caption", [
    LONG + " AFP",
    LONG + " (Reuters)",
    LONG + " Photo: Lena Koval",
])
def test_a_signed_caption_printed_twice_is_furniture(caption):
    cleaned = clean(_page(caption + "\n" + caption, P1, P2))
    assert [p.text for p in cleaned.paragraphs] == [P1, P2]
    assert {r.kind for r in cleaned.removed} <= {"caption", "credit"}


@pytest.mark.parametrize("twice", [
    "Crews from three towns joined the search at Varno on Sunday.",  # twice, with no credit
    "The plant at Varno was run by a firm whose parent sold it to AFP.",  # an agency in the text
    "Officials at Varno said the storm was the worst in years. Reuters reported it first.",
])
def test_a_paragraph_printed_twice_without_a_credit_stays(twice):
    cleaned = clean(_page(P1, twice + "\n" + twice, P2))
    assert sum(p.text == twice for p in cleaned.paragraphs) == 2
