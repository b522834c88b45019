"""Too few dated pages to read the event's days from (most pages as saved carry no date): the
dates of the pages naming the event still bound it, loosely, so that a near miss dated years
before them is flagged. Every name and page below is invented."""

from __future__ import annotations

from pathlib import Path

from generator.check.event_signature import signatures
from generator.check.off_event import judge_pages
from generator.check.signature_dates import FAR_OFF
from tests.conftest import loaded_pages

OWN = [
    ("en-a", "en", "2031-08-09", "A wildfire swept through the harbour town of Korvath, killing "
     "97 people. Crews fought the flames overnight and the mayor of Korvath asked for help."),
    ("en-b", "en", "", "Residents of Korvath returned to find their streets in ashes. The toll "
     "stood at 97."),
    ("fr-a", "fr", "", "L'incendie de Korvath a fait 97 morts. Les habitants de Korvath "
     "attendent de l'aide."),
    ("es-a", "es", "2031-08-12", "El incendio de Korvath dejó 97 muertos. Los vecinos de "
     "Korvath piden ayuda."),
]
NEAR_MISS = ("en-old", "en", "2026-11-08", "A wildfire razed the town of Pellaro, killing 85 "
             "people. Crews fought the flames for two days.")


def _verdicts(root: Path, pages: list) -> dict:
    return {v.article: v for v in judge_pages(loaded_pages(root, "The Korvath fire", pages))}


def test_without_event_days_a_near_miss_years_before_is_flagged(tmp_path: Path) -> None:
    content = loaded_pages(tmp_path, "The Korvath fire", [*OWN, NEAR_MISS])
    verdicts = {v.article: v for v in judge_pages(content)}
    assert sorted(a for a, v in verdicts.items() if v.sure) == ["en-old"], \
        {a: v.text for a, v in verdicts.items()}
    assert "before the event" in verdicts["en-old"].text


def test_without_any_event_days_the_pages_naming_it_still_bound_it(tmp_path: Path) -> None:
    """Two dated near misses weigh as much as the two dated pages naming the event: no span of
    days holds more than half the dated pages (not even loosely, trial 6's window), and the
    dates of the pages naming the event are all that bound it."""
    second = ("en-old-2", "en", "2026-11-09", "The Pellaro wildfire left 85 dead and the town "
              "in ruins. Crews fought the flames for two days.")
    content = loaded_pages(tmp_path, "The Korvath fire", [*OWN, NEAR_MISS, second])
    event, _sigs = signatures(content)
    assert event.window is None and event.named_days is not None
    verdicts = {v.article: v for v in judge_pages(content)}
    assert sorted(a for a, v in verdicts.items() if v.sure) == ["en-old", "en-old-2"], \
        {a: v.text for a, v in verdicts.items()}
    assert "no event days" in verdicts["en-old"].judged_by


def test_pages_within_a_year_or_naming_the_event_are_not_flagged_by_that_date(
        tmp_path: Path) -> None:
    """The same shapes on the event's side: a page that does not name it, dated weeks after
    (a council's rebuilding plan), and one naming it a year on (an anniversary)."""
    local = ("en-local", "en", "2031-09-28", "The council met to plan the rebuilding after the "
             "fire. Donations reached two million.")
    anniversary = ("en-year", "en", "2032-08-12", "A year after the fire in Korvath, the harbour "
                   "town held a memorial for the 97 dead.")
    verdicts = _verdicts(tmp_path, [*OWN, local, anniversary])
    assert not any(v.sure for v in verdicts.values()), {a: v.text for a, v in verdicts.items()}
    assert FAR_OFF >= 365
