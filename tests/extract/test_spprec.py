"""The abstention policy of :mod:`generator.extract.counts.abstain`: shapes of a proposal under
which
extract proposes no figure (issue 16, precision on unseen pages). Invented sentences only."""

from __future__ import annotations

import pytest

from generator.extract.counts.abstain import set_off
from generator.extract.figures import figures_in
from generator.text.quantities import quantities
from generator.text.sentences import Sentence


def _values(text: str, lang: str = "en") -> list[float]:
    return [f.low for f in figures_in(Sentence(0, len(text), text, 0), lang)]


@pytest.mark.parametrize(("lang", "text", "kept", "age"), [
    ("en", "Two climbers died on the ridge, and their guide, also 23, was flown to Lyon.",
     [2], 23),
    ("en", "Nine staff and 26 pupils, ages 8 and 15, were killed in the blaze.", [26], 15),
    ("en", "Eleven people were hurt and the owner, at 83, escaped unharmed.", [11], 83),
    ("de", "Zwei Wanderer starben, ein Tag nachdem ihr Freund, ebenfalls 24, in einem anderen "
           "Ort gestorben war.", [2], 24),
    ("fr", "Quatre randonneurs sont morts et leur guide, lui aussi 31, a été blessé.", [4], 31),
])
def test_a_bare_number_set_off_by_commas_is_no_count(lang, text, kept, age) -> None:
    """An age or a rank in an apposition borrows no noun of the figure before it."""
    values = _values(text, lang)
    assert age not in values
    assert all(k in values for k in kept)


@pytest.mark.parametrize(("text", "want"), [
    # a bare number that counts: its noun left out, a place after it, no comma closing it
    ("Currently 95 injured are in the city hospital, 28 in the clinic and 12 in a field "
     "hospital.", [95, 28, 12]),
    # an outcome right before the number: the count of that outcome, commas or not
    ("The blast killed 14 people, injuring 60, the police said.", [14, 60]),
])
def test_bare_counts_stay_figures(text, want) -> None:
    assert _values(text) == want


@pytest.mark.parametrize(("text", "number", "expected"), [
    ("The mayor, now 61, said so.", "61", True),
    ("The list (about 12) was long.", "12", True),
    ("The toll was 40 on Monday and, by Friday, 52, a rise.", "52", False),  # the count itself
    ("The toll rose to 31, the ministry said.", "31", False),  # nothing opened before it
])
def test_set_off(text, number, expected) -> None:
    q = next(q for q in quantities(text, "en") if text[q.start:q.end] == number)
    assert set_off(q, text) is expected
