"""A page alone in its language names the event's institutions in its own words ("Cruz Roja",
"Oficina de Coordinación de Asuntos Humanitarios"), which no page in another language shares:
read as names, they had made the only Spanish report of a dam burst look like another event's,
though it named the dam and the county (s19). Its names alone now make no sure verdict on a page
that names most of the event's names; a lone page naming few of them is still flagged on its
names. Every place, river and person below is invented."""

from __future__ import annotations

from pathlib import Path

from generator.check.off_event import judge_pages
from tests.conftest import loaded_pages

OWN = [
    ("en-a", "en", "", "The Tamsel dam burst near Korvath, north of Dunby, on Wednesday night. "
     "Rescuers in Korvath searched the mud as the Tamsel reservoir emptied."),
    ("en-b", "en", "", "Families in Korvath buried their dead after the Tamsel dam failed, 150 km "
     "from Dunby. Governor Lise Marran visited Korvath."),
    ("en-c", "en", "", "Engineers inspected the other dams above Korvath after the Tamsel burst, "
     "officials in Dunby said. Marran ordered an inquiry."),
]
#: The event's own report, alone in Spanish, naming the dam and the town but not the capital,
#: with the institutions in Spanish.
LONE = ("es-a", "es", "", "La presa de Tamsel se rompió cerca de Korvath. Según la Cruz Roja y la "
        "Oficina de Coordinación de Asuntos Humanitarios, el Servicio Nacional de Rescate y el "
        "Ministerio del Interior buscan a los desaparecidos. La Cruz Roja abrió un albergue en "
        "Korvath. El Servicio Nacional de Rescate pidió calma.")
#: Another dam's burst, alone in Spanish, naming the country's capital only.
NEAR = ("es-b", "es", "", "La presa de Velmor se rompió cerca de Ostrina, al norte de Dunby. Según "
        "la Cruz Roja y la Oficina de Coordinación de Asuntos Humanitarios, el Servicio Nacional "
        "de Rescate y el Ministerio del Interior buscan a los desaparecidos en Ostrina y Velmor.")


def test_a_lone_report_naming_most_of_the_events_names_is_not_sure(tmp_path: Path) -> None:
    verdicts = judge_pages(loaded_pages(tmp_path, "The Tamsel dam burst", [*OWN, LONE]))
    assert not [v.article for v in verdicts if v.sure], [v.text for v in verdicts]


def test_a_lone_page_naming_few_of_the_events_names_is_still_flagged(tmp_path: Path) -> None:
    verdicts = judge_pages(loaded_pages(tmp_path, "The Tamsel dam burst", [*OWN, NEAR]))
    assert [v.article[:4] for v in verdicts if v.sure] == ["es-b"], [v.text for v in verdicts]
