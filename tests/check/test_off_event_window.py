"""The event's days, read from the pages about it (issue 15, round 5).

Without ``date:`` the event's days are the densest fortnight of the dates of the pages about it,
when at least three sources are dated. They were read only from the pages naming *every* name
most sources use (the ferry and its country); a report naming the ship but not the country, or
the country but not the ship, with names that are otherwise the event's, was left out. With two
of three dated reports left out there were no event days at all, and a report of a fire on
another ferry off the same country seven years before, naming that country, was only "unsure".
Invented text in the shape of ferry-fire coverage; the same-shape page that must not be flagged
is the same report dated in the event's days.
"""

from __future__ import annotations

from pathlib import Path

from generator.check.event_signature import signatures
from generator.check.off_event import judge_pages
from tests.conftest import loaded_pages

#: A fire on the ferry Orla off Lembara: most reports name both; two name one of them.
EVENT = [
    ("wire-one", "Fire on ferry Orla off Lembara\n\nThe ferry Orla caught fire in the strait, and "
     "Captain Ivo Rask ordered passengers into boats near Varn, the Lembara coastguard said."),
    ("daily-two", "Orla passengers brought ashore\n\nFishing boats carried passengers of the "
     "burning Orla to Tessel overnight, according to the Lembara harbour office."),
    ("paper-three", "Lembara searches for missing crew\n\nDivers from Lembara searched the hull of "
     "the Orla on 18 May 2031 for two missing crew members."),
    ("site-four", "Captain praised for ferry rescue\n\nPassengers landed at Tessel praised Ivo "
     "Rask, captain of the Orla, whose crew lowered every boat off Varn on 19 May 2031."),
    ("radio-five", "Tessel shelters rescued passengers\n\nThe town of Tessel housed the rescued "
     "passengers in its school while Lembara sent tugs to Varn, Rask told reporters on 19 May "
     "2031."),
]
#: A fire on another ferry off the same country, years before; it names the country only.
EARLIER = ("Ferry Marra burns in Dessa gulf\n\nThe ferry Marra burned in the Dessa gulf of "
           "Lembara, and coastguard chief Anika Corvin said tugs from Halmstad towed it to Brevik "
           "on {day}. Minister Pavel Strand ordered an inquiry.")


def _content(root: Path, day: str) -> object:
    return loaded_pages(root, "The Orla fire", [*EVENT, ("earlier", EARLIER.format(day=day))])


def test_the_events_days_are_read_from_reports_naming_part_of_it(tmp_path: Path) -> None:
    content = _content(tmp_path, "12 March 2024")
    event, sigs = signatures(content)
    assert event.core_text == "Lembara and Orla"
    assert sigs["site-four"].names_event is None and sigs["radio-five"].names_event is None
    assert event.window is not None and str(event.window[0]) == "2031-05-18"
    verdicts = {v.article: v for v in judge_pages(content)}
    assert verdicts["earlier"].sure, verdicts["earlier"].text
    assert "days before the event" in verdicts["earlier"].text
    assert not any(stem in verdicts for stem, _ in EVENT)


def test_the_same_report_dated_in_the_events_days_is_not_flagged(tmp_path: Path) -> None:
    verdicts = {v.article: v for v in judge_pages(_content(tmp_path, "19 May 2031"))}
    assert not (verdicts.get("earlier") and verdicts["earlier"].sure)
    assert not any(stem in verdicts for stem, _ in EVENT)
