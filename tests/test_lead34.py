"""The lead's mends of the thirty-fourth stop. Invented sentences."""

from __future__ import annotations

import pytest

# --- the one named beside a count of the dead is read in the article's own language: a name
# that is a number word of another language ("Otto" in Italian, "Nove" in Italian) names a
# person, where before the count was read in eight languages at once and the pair stayed the toll


@pytest.mark.parametrize(("text", "lang"), [
    ("Otto Brenner und 3 Fahrgäste starben bei Hollmar.", "de"),
    ("Nove Arlen and 3 crew members were killed off Kessby.", "en"),
])
def test_a_name_that_is_a_number_word_elsewhere_is_one_named(text, lang):
    from tests.probes import figures

    assert figures(text, lang) == [(3, "dead beside named")], figures(text, lang)


def test_things_counted_in_the_articles_own_words_name_no_one():
    from tests.probes import figures

    found = figures("Die zwei Waggons und 3 Fahrgäste starben bei Hollmar.", "de")
    assert found == [(3, "dead")], found
