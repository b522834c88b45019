"""A date a page only writes does not tie it to the event (issue 15, round 11).

A later flood's report recalls the event by its day ("the third flood since 16 May"): the latest
date it writes is the event's own, and it counted as evidence that the page reports the event,
which kept a page that does not name the event's place, with names of its own, from being
flagged. A date the page appeared on (its publication date, its address, its date-stamp) still
ties it to the event. Invented text in the shape of a regional flood's coverage.
"""

from __future__ import annotations

from pathlib import Path

from generator.check.off_event import judge_pages
from tests.conftest import loaded_pages

TITLE = "The Vellano floods\ndate: 2031-05-16/2031-05-17\nplace: Vellano"
#: Reports of the event, each published in its days, naming the region.
EVENT = [
    ("wire-it", "it", "2031-05-17", "Alluvione nel Vellano\n\nSei morti nel Vellano, dove il "
     "fiume Ardena ha rotto gli argini a Corvese, ha detto il governatore Aldo Presti."),
    ("daily-it", "it", "2031-05-17", "Il Vellano sott'acqua\n\nA Corvese e a Tassina i "
     "soccorritori cercano dispersi, ha detto Aldo Presti, governatore del Vellano."),
    ("paper-it", "it", "2031-05-18", "Esercito nel Vellano\n\nI soldati sono arrivati a "
     "Tassina mentre l'Ardena calava, ha detto Aldo Presti."),
    ("radio-it", "it", "2031-05-18", "Scuole chiuse nel Vellano\n\nLe scuole di Corvese "
     "restano chiuse dopo la piena dell'Ardena, ha detto Aldo Presti."),
]
#: A later flood in one quarter of a town, recalling the event only by its day.
LATER = ("cronaca-it", "it", "", "La terza alluvione\n\nDopo il 16 maggio 2031 un altro giorno "
         "nero per il quartiere Borgo Lanzi: il torrente Marzolo è esondato e la sindaca Rita "
         "Gambini ha fatto evacuare via Orsini.")


def _flagged(root: Path, pages: list) -> set[str]:
    return {v.article for v in judge_pages(loaded_pages(root, TITLE, pages)) if v.sure}


def test_a_page_writing_only_the_events_day_is_not_tied_to_it(tmp_path: Path) -> None:
    assert "cronaca-it" in _flagged(tmp_path, [*EVENT, LATER])


def test_the_same_page_published_in_the_events_days_is_not_flagged(tmp_path: Path) -> None:
    dated = (LATER[0], LATER[1], "2031-05-17", LATER[3])
    assert "cronaca-it" not in _flagged(tmp_path, [*EVENT, dated])
