"""A page of the city's own press names the city by its adjective (issue 15, round 12).

A local report of a collapse may never write the city's name: its people, its port and its
mourning are "corvellese", as Italian writes "genovese" and French "marseillais". The name's
last vowel traded for an adjective's ending names the place as the name itself does; without
it the local report, full of victims' names no other page writes, was taken for another
event's. Invented text in the shape of a bridge collapse's coverage, with the event's place
inferred from the pages (nothing given), and a page that names nothing of the event's, which
must still be flagged.
"""

from __future__ import annotations

from pathlib import Path

from generator.check.off_event import judge_pages
from tests.conftest import loaded_pages

EVENT = [
    ("wire-it", "it", "2031-08-14", "Viadotto giù a Corvella\n\nUn tratto del viadotto è "
     "caduto a Corvella, con trenta morti, ha detto il ministro Ilo Mardes."),
    ("daily-it", "it", "2031-08-15", "Corvella conta i morti\n\nA Corvella i soccorritori "
     "scavano sotto il viadotto, ha detto il prefetto Aldo Berti."),
    ("paper-it", "it", "2031-08-15", "Lutto a Corvella\n\nCorvella proclama il lutto per i morti "
     "del viadotto, ha detto la sindaca Lia Conte."),
    ("radio-it", "it", "2031-08-16", "Ricerche finite a Corvella\n\nLe ricerche sotto il "
     "viadotto di Corvella sono finite, ha detto il capo dei pompieri Enzo Rampi."),
]
#: The city's own paper: victims by name, the city only as an adjective.
LOCAL = ("cronaca-it", "it", "", "Le vittime\n\nTra le vittime del viadotto ci sono "
         "Marta Lenzi, Paolo Ruscon e Dario Velti, portuale corvellese, e Sara Tondi di "
         "Brisco, che andava a Pellaro per il turno.")
#: A page of another event: no name of the event's at all.
OTHER = ("site-it", "it", "", "Ponte giù a Tassona\n\nUn ponte sul fiume Oscan è "
         "caduto a Tassona, nelle colline di Marven: due feriti, ha detto Rena Voss.")


def _sure(root: Path, pages: list) -> set[str]:
    return {v.article for v in judge_pages(loaded_pages(root, "Il viadotto", pages)) if v.sure}


def test_a_page_naming_the_city_by_its_adjective_is_not_flagged(tmp_path: Path) -> None:
    assert "cronaca-it" not in _sure(tmp_path, [*EVENT, LOCAL])


def test_a_page_of_another_place_is_still_flagged(tmp_path: Path) -> None:
    assert "site-it" in _sure(tmp_path, [*EVENT, LOCAL, OTHER])
