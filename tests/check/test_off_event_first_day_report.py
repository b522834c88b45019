"""A report published in the event's days that names most of the event's names is no page about
another event, however many names of its own it writes in its own language (trial 47: the one
long French report of a cruise ship's grounding, published the next day, named the ship and the
island, and its own towns, people and nationalities besides, and was asked about). And a country
is never another spelling of a name that is no country: "France" was taken for the captain's
first name "Francesco", so that the French page named "him". Ships, islands and people below
are invented."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from generator.check.off_event import judge_pages
from generator.check.signature_names import variants
from tests.conftest import loaded_pages


@pytest.mark.parametrize(("main", "names", "kept"), [
    # a country is no first name spelt like it; nor one country another
    ("francesco", ["france", "francesca", "francesco"], {"francesco", "francesca"}),
    ("iran", ["iran", "iraq", "irans"], {"iran", "irans"}),
    # the near shape: a country's names in several languages stay one name
    ("libya", ["libya", "libye", "libyen", "libia"], {"libya", "libye", "libyen", "libia"}),
    ("giglio", ["gioglio", "giglio"], {"giglio", "gioglio"}),
])
def test_a_country_is_no_spelling_of_another_name(main, names, kept) -> None:
    """Fails without the country test in ``variants`` ("france" joined "francesco", "iraq"
    joined "iran"); the near shapes pass with and without it."""
    assert variants(main, Counter(names)) == kept


SHIP = [
    ("en-a", "en", "2031-03-04", "The cruise ship Marvella ran aground off the island of "
     "Torresca on Friday night. Captain Aldo Penzi was questioned by prosecutors in Castellmare."),
    ("en-b", "en", "2031-03-05", "Divers searched the Marvella off Torresca for the missing, and "
     "Penzi, its captain, was held in Castellmare."),
    ("en-c", "en", "2031-03-05", "Passengers of the Marvella told how Captain Aldo Penzi left "
     "the ship as it listed off Torresca."),
    ("en-d", "en", "2031-03-06", "The owners of the Marvella blamed Penzi for sailing too close "
     "to Torresca, and the search went on."),
]
FRENCH = ("fr-a", "fr", "2031-03-05",
          "Deux touristes de Lorvaine et un marin de Quessac sont morts dans l'échouage du "
          "Marvella au large de Torresca. Les corps sont à la morgue de Belmonteau, selon la "
          "préfecture de Vauclaire. Parmi les passagers, 900 Allemands, 600 Italiens et 400 "
          "Français, a indiqué le président de la compagnie en France, Gérald Armoise. Le "
          "quotidien Il Corriere Sudo a rapporté que le rapatriement vers Marseille et "
          "Toulon commencera lundi.")


def test_a_first_day_report_in_its_own_language_is_not_asked_about(tmp_path: Path) -> None:
    """Fails without ``_reports_in_days``: an unsure verdict on its names alone."""
    content = loaded_pages(tmp_path, "The Marvella grounding", [*SHIP, FRENCH])
    assert [v.article for v in judge_pages(content)] == []


def test_the_same_page_a_year_on_is_still_asked_about(tmp_path: Path) -> None:
    """The near shape: dated a year after the event's days, its names still point away."""
    late = (FRENCH[0], FRENCH[1], "2032-03-05", FRENCH[3])
    content = loaded_pages(tmp_path, "The Marvella grounding", [*SHIP, late])
    assert [v.article for v in judge_pages(content)] == ["fr-a"]
