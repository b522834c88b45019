"""Off-event round on fresh pages of an island's wildfire and a nationwide strike (branch foff2).

The shape the round met, written here with invented pages in several languages: a briefing of
one island's fire holding, among its pages, the same country's next fires (by its capital, a
year on; on its far border, a month on). Every report names the country; the island's name, left
out by the near misses, fell under the share of sources that makes a name the event's, and the
event was taken to be the country alone. Every page then "named the event", and none was
flagged. Two halves of one rule mend it: a country alone is no event's place (the place most
sources name besides it joins the core), and a page naming the core's country but none of its
places names no more than any report of the region does.

Every name of a place, person and outlet below is invented; the countries are real, as the
country tables must know them.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.check.event_signature import signatures
from generator.check.off_event import judge_pages
from tests.conftest import loaded_pages

#: Reports of the fire on the island of Velisa, in four languages, two days in July 2031.
ISLAND = [
    ("wire-en", "en", "2031-07-21", "A wildfire on the Croatian island of Velisa forced the "
     "evacuation of 9,000 tourists from hotels near Porvika and Lumenta, the fire service "
     "said. Boats carried families from the beaches of Velisa to the harbour of Sanvello."),
    ("daily-en", "en", "2031-07-22", "Tourists fleeing the fire on Velisa slept in schools in "
     "Sanvello, as crews fought flames near Porvika. Croatia sent two planes to Velisa."),
    ("blog-en", "en", "2031-07-22", "Holidaymakers on Velisa described walking to the beach at "
     "night as flames reached Lumenta. Tour operators in Croatia cancelled flights to Velisa."),
    ("zeitung-de", "de", "2031-07-21", "Auf der kroatischen Insel Velisa wurden 9000 Urlauber "
     "vor einem Waldbrand in Sicherheit gebracht. Das Feuer erreichte die Orte Porvika und "
     "Lumenta, teilte die Feuerwehr in Kroatien mit."),
    ("journal-fr", "fr", "2031-07-22", "Sur l'île de Velisa, en Croatie, 9000 touristes ont été "
     "évacués vers Sanvello. Le feu a atteint Porvika et Lumenta."),
    ("diario-es", "es", "2031-07-22", "Un incendio en la isla de Velisa, en Croacia, obligó a "
     "evacuar a 9000 turistas de Porvika y Lumenta hacia Sanvello."),
]

#: The same country's next fires, in English, with no date of their own (a crawl stamp is no
#: publication date): by the capital a year on, on the far border a month on.
NEXT_FIRES = [
    ("news-one", "en", "", "A wildfire near the town of Dravnik forced 30,000 residents of "
     "Kestora to leave their homes, the civil protection ministry of Croatia said. Smoke from "
     "the blaze by Dravnik covered the capital, Zelmar, and crews from Kestora fought it."),
    ("news-two", "en", "", "Residents of Kestora were told to head to the coast at Miravo as a "
     "fire near Dravnik spread, spokesman Tomo Baranic said. Croatia asked for planes."),
    ("news-three", "en", "", "Crews held a wildfire on the border of Croatia two weeks after "
     "it broke out by the port of Orvasko; the Belcha forest is burned. Minister Ivan Selvic "
     "called the Belcha fire the largest in 20 years."),
    ("news-four", "en", "", "Villages around Orvasko were evacuated and a hospital in Orvasko "
     "was emptied as fire spread through the Belcha forest on the border of Croatia."),
    ("news-five", "en", "", "Firefighters from Zelmar and Kestora battled a blaze near Dravnik "
     "for a second night, as the weather service of Croatia warned of strong winds by Miravo."),
]


def _judged(root: Path, pages: list) -> dict:
    return {v.article: v for v in judge_pages(loaded_pages(root, "The Velisa fire", pages))}


def test_the_country_alone_is_not_the_events_place(tmp_path: Path) -> None:
    """Velisa is named by fewer than three in five of the sources once the next fires are in:
    before, the core was the country alone."""
    content = loaded_pages(tmp_path, "The Velisa fire", [*ISLAND, *NEXT_FIRES])
    event, sigs = signatures(content)
    assert event.core_text == "Croatia and Velisa", event.core_text
    assert all(sigs[stem].names_event is False for stem, *_ in NEXT_FIRES)
    assert all(sigs[stem].country_only for stem, *_ in NEXT_FIRES)
    # without the next fires the island and its villages are most sources' names: the core
    # holds them as before (the country is not in three in five of the sources), no page flagged
    alone = loaded_pages(tmp_path / "alone", "The Velisa fire", ISLAND)
    event, _sigs = signatures(alone)
    assert event.core_text == "Lumenta and Porvika and Sanvello and Velisa", event.core_text
    assert judge_pages(alone) == []


def test_the_same_countrys_next_fires_are_flagged_and_the_islands_reports_are_not(
        tmp_path: Path) -> None:
    verdicts = _judged(tmp_path, [*ISLAND, *NEXT_FIRES])
    flagged = sorted(a for a, v in verdicts.items() if v.sure)
    assert flagged == sorted(stem for stem, *_ in NEXT_FIRES), \
        {a: v.text for a, v in verdicts.items()}
    assert "only the country" in verdicts["news-one"].text


@pytest.mark.parametrize("neighbour", [
    # a report of the island naming its villages and not the country: it names the event
    ("radio-en", "en", "2031-07-23", "Crews on Velisa held the line at Porvika overnight, and "
     "tourists returned to Lumenta and Sanvello."),
    # the country and the island's villages, not the island: a follow-up whose names are the
    # event's asks nothing, however it names the place
    ("wochen-de", "de", "2031-07-24", "Die Urlauber aus Porvika und Lumenta sind aus "
     "Kroatien zurück; in Sanvello schliefen sie in Schulen."),
    # a page naming both the island and the capital's fire is the event's
    ("both-en", "en", "2031-07-22", "As Velisa burned, a smaller fire near Dravnik was put "
     "out. Croatia sent planes to Velisa and Porvika."),
], ids=lambda p: p[0])
def test_a_neighbour_of_the_event_keeps_its_verdict(tmp_path: Path, neighbour: tuple) -> None:
    verdicts = _judged(tmp_path, [*ISLAND, *NEXT_FIRES, neighbour])
    assert neighbour[0] not in verdicts or not verdicts[neighbour[0]].sure, \
        verdicts[neighbour[0]].text
    assert verdicts["news-one"].sure


def test_a_core_that_is_a_country_with_no_place_most_sources_name_stays_the_country(
        tmp_path: Path) -> None:
    """A strike across the country names its cities, none of them in a third of the sources:
    no place joins the core, and the country's own reports name the event."""
    strike = [
        ("en-1", "en", "2031-03-07", "Trains stopped across Croatia as unions struck over "
         "pensions; marches filled Zelmar."),
        ("en-2", "en", "2031-03-07", "Schools shut across Croatia in the pension strike; "
         "refineries near Orvasko were blocked."),
        ("de-1", "de", "2031-03-07", "In Kroatien streikten die Gewerkschaften gegen die "
         "Rentenreform; in Kestora fuhren keine Busse."),
        ("fr-1", "fr", "2031-03-07", "La Croatie paralysée par la grève des retraites ; "
         "défilé à Miravo."),
    ]
    content = loaded_pages(tmp_path, "The pension strike", strike)
    event, sigs = signatures(content)
    assert event.core_text == "Croatia", event.core_text
    assert all(sig.names_event and not sig.country_only for sig in sigs.values())
    assert judge_pages(content) == []
