"""Review of the recalled-time rule (review 2): near shapes it misread, on invented pages."""

from __future__ import annotations

import pytest
from test_extract_recalled_time import _DATED, _proposed


@pytest.mark.parametrize("text, published", [
    # a plan's year after the page's date
    ("Test\n\nThe flood of 4 May 2024 killed 12 people in Calvera. The new levee will be "
     "finished by 2027.\n", _DATED),
    # a page of early January on an event of late December, with a plan's year
    ("Test\n\nThe storm of 30 December 2023 killed 12 people in Calvera. Rebuilding will take "
     "until 2026.\n", "2024-01-03T12:00:00+02:00"),
])
def test_a_plans_year_does_not_put_the_event_in_the_past(tmp_path, text, published):
    """A year after the page's date, or set as a target, is no date of the page: with it, the
    event's own year looked long past and its toll background."""
    assert _proposed(tmp_path, text, "en", published) == {12}


def test_another_before_a_count_names_no_other_event(tmp_path):
    """On an undated page, "another 15" counts more of the event's; it does not name another
    event, and the sentence is not set in an earlier time."""
    text = ("Test\n\nTwelve people died and another 15 were injured when the roof fell on 3 "
            "March 2024.\n")
    assert _proposed(tmp_path, text, "en", None) == {12, 15}


def test_another_event_named_so_is_still_background(tmp_path):
    text = ("Test\n\nThe flood killed four people in Calvera. Years ago another flood swept the "
            "village of Salvera on 3 June 2012 and left at least 57 dead.\n")
    assert _proposed(tmp_path, text, "en", None) == {4}


@pytest.mark.parametrize("text, lang", [
    ("Test\n\nThe fire killed four people in Calvera on Sunday.\n\nThe last big fire there was "
     "in 2009, when 31 people died. This time 40 people were rescued from the upper floors.\n",
     "en"),
    ("Test\n\nThe fire killed four people in Calvera on Sunday.\n\nThe last big fire there was "
     "in 2009, when 31 people died. So far, 40 people have been rescued.\n", "en"),
    ("Prueba\n\nEl incendio mató a cuatro personas en Calvera el domingo.\n\nEl último gran "
     "incendio fue en 2009, cuando murieron 31 personas. Esta vez 40 personas fueron "
     "rescatadas.\n", "es"),
])
def test_the_event_set_against_the_recalled_one_is_its_own(tmp_path, text, lang):
    """A sentence after a recalled toll in its paragraph that sets the event against it ("this
    time", "so far") tells the event, not the earlier time."""
    assert _proposed(tmp_path, text, lang, _DATED) == {4, 40}
