"""Review of the recalled-time rule (review 2): near shapes it misread, on invented pages."""

from __future__ import annotations

import pytest

from generator.content.load import load
from generator.content.problems import Problems
from generator.extract.draft import extract
from tests.conftest import copy_example
from tests.extract.test_extract_recalled_time import _DATED, _proposed


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


def _proposed_dated_event(tmp_path, text: str, published: str, event: str) -> set[float]:
    """The figures proposed for one invented page, in a briefing whose event is dated
    ``event``."""
    project = copy_example(tmp_path / "anniversary")
    briefing = project / "content" / "briefing.yaml"
    briefing.write_text(briefing.read_text(encoding="utf-8").replace(
        "date: 2017-08-30", f"date: {event}"), encoding="utf-8")
    articles = project / "content" / "articles"
    (articles / "recall.txt").write_text(text, encoding="utf-8")
    (articles / "recall.yaml").write_text(
        f"outlet: levant-wire\npublished: {published}\nlanguage: en\n", encoding="utf-8")
    content = load(project / "content", Problems(project / "content"))
    draft = extract(content, ["recall"], skip_curated=False)
    return {r.value for f in draft.figures for r in f.reports}


_ANNIVERSARY = ("Test\n\nTwo years ago the flood of 4 May 2024 killed 12 people in Calvera. The "
                "town has rebuilt its levee.\n\nIn 2019, a smaller flood had killed three.\n")


def test_the_events_own_year_recalls_nothing_on_an_anniversary(tmp_path):
    """A page that looks back at the event years later writes the event's year long before its
    own date: with the briefing dated, that year is the event's, and so is its toll."""
    assert _proposed_dated_event(tmp_path, _ANNIVERSARY, "2026-05-04T12:00:00+02:00",
                                 "2024-05-04") == {12}


def test_a_plans_year_leaves_the_events_sentence_in_the_present_text():
    """The same rule tells which sentences only recall (off-event names): a plan's year made
    the event's own sentence a recollection."""
    from generator.text.recalled import present_text

    page = type("Page", (), {"paragraphs": [
        type("P", (), {"text": "The flood of 4 May 2024 killed 12 people in Calvera."})(),
        type("P", (), {"text": "The new levee will be finished by 2027."})()]})()
    assert "Calvera" in present_text(page, "Test", 2024)
    assert "Calvera" in present_text(page, "Test", None)
