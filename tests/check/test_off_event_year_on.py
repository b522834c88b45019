"""A page that appeared a year after the event, with names of its own, reports another event
(issue 15, round 12), however alike its words.

The next viaduct to fall down the same motorway is reported with the same words (viaduct,
collapsed, drivers, rescuers) and names the event's city in passing; a page dated well after
the event whose names are mostly not the event's was only flagged when its words were unlike
too, which a near miss's of the same kind never are. A date it only writes may be one it
recalls, and a page dated a few months on may be a follow-up: neither is flagged this way.
Invented text in the shape of a bridge collapse's coverage.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.check.off_event import judge_pages
from tests.conftest import loaded_pages

GIVEN = "The Corvella bridge collapse\ndate: 2031-08-14\nplace: Corvella"
EVENT = [
    ("wire-en", "en", "2031-08-14", "Viaduct collapses in Corvella\n\nA section of the Aldren "
     "viaduct in Corvella collapsed on Tuesday, and rescuers searched for drivers under the "
     "rubble, the interior minister Ilo Mardes said."),
    ("daily-en", "en", "2031-08-15", "Corvella toll rises\n\nRescuers searching the rubble of "
     "the collapsed viaduct in Corvella found more drivers, Ilo Mardes said."),
    ("paper-en", "en", "2031-08-15", "Corvella mourns\n\nCorvella mourned the drivers killed "
     "when the viaduct collapsed, and rescuers went on searching the rubble."),
]
LATER = "A viaduct collapses again\n\nA viaduct on the Corvella motorway near Pellino collapsed " \
        "after a landslide in the Marven hills, and rescuers searched the rubble for drivers, " \
        "the Marven civil guard chief Rena Voss and the Tassona mayor Oren Falk said."


def _sure(root: Path, published: str) -> bool:
    found = judge_pages(loaded_pages(root, GIVEN, [*EVENT, ("site-en", "en", published, LATER)]))
    return any(v.article == "site-en" and v.sure for v in found)


def test_a_page_a_year_on_with_names_of_its_own_is_flagged(tmp_path: Path) -> None:
    assert _sure(tmp_path, "2032-11-24")


@pytest.mark.parametrize("published", ["2031-11-24", ""])
def test_months_on_or_undated_it_is_not(tmp_path: Path, published: str) -> None:
    assert not _sure(tmp_path, published)
