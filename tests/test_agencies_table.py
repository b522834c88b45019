"""One table of news agencies (`text/agencies.AGENCIES`): the cleaner's credit words are drawn
from it, so an agency the cleaner removes as a credit is one the copy families can name (trial 6
found two lists, the cleaner's holding agencies the families had never heard of)."""

from __future__ import annotations

import pytest

from generator.text import furniture_words as F
from generator.text.agencies import AGENCIES, credited


def test_every_spelling_of_an_agency_is_a_credit_word_of_the_cleaner():
    spellings = {s.lower() for names in AGENCIES.values() for s in names}
    assert spellings <= set(F.AGENCIES)


@pytest.mark.parametrize(("line", "agency"), [
    ("(أ ف ب)", "AFP"),
    ("Source: Antara", "Antara"),
    ("[Verlo=연합뉴스]", None),  # a Korean bracket credit is the cleaner's, read into `via`
    ("— Jiji Press", "Jiji"),
])
def test_agencies_once_known_only_to_the_cleaner_are_credited(line, agency):
    found = credited("", "", [line])
    assert (found[0] if found else None) == agency
