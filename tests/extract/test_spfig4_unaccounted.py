"""People not accounted for are the missing (``extract/counts/unaccounted``): the negated verb
of accounting before the number ("haven't been able to account for six others") or in a
relative clause after its noun ("73 people who hadn't been accounted for"). Corpus dev (a bridge
collapse) and the spent set s40 (a campground flood) read them as people whom nothing befell.
Each case fails without the module; the near shapes beside them keep their reading. Invented
sentences."""

from __future__ import annotations

import pytest

from generator.extract.figures import figures_in
from generator.text.sentences import Sentence, sentence_spans


def _groups(text: str, lang: str = "en") -> dict[float, str]:
    return {f.value: f.group for start, end in sentence_spans(text)
            for f in figures_in(Sentence(start, end, text[start:end], 0), lang)}


@pytest.mark.parametrize("text, value", [
    ("Two people were rescued at Varno, but officials say they haven't been able to account for "
     "six others.", 6),
    ("A hotline in Varno took calls about 73 people who hadn't been accounted for.", 73),
])
def test_people_not_accounted_for_are_the_missing(text, value):
    assert _groups(text).get(value) == "missing"


@pytest.mark.parametrize("text, value, group", [
    # accounted for: found, not missing
    ("All 73 people who had been staying at Varno have been accounted for.", 73, "missing"),
    # an account of something else: no fate of people
    ("The mayor of Varno could not account for the 12 trucks parked by the river.", 12,
     "missing"),
])
def test_the_near_shapes_are_not_the_missing(text, value, group):
    assert _groups(text).get(value) != group


@pytest.mark.parametrize("text, value", [
    ("The budget of Varno did not account for the 40 firefighters sent from Kelmford.", 40),
    ("The estimate does not account for 12 workers hired by the town of Varno.", 12),
])
def test_left_out_of_a_sum_is_not_missing(text, value):
    """rev42: "did not" or "does not account for" says what a sum or a figure leaves out, not
    that people are missing (read as the missing before). "could not" and "haven't been able
    to account for" stay the missing (above)."""
    assert _groups(text).get(value) != "missing"
