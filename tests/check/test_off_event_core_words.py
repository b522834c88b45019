"""What the event is taken to be named by, and when its pages appeared: a weekday every report
writes is no name of the event, and an address may give its date with one-figure months and
days. Every name and page below is invented."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from types import SimpleNamespace

import pytest

from generator.check.event_signature import article_date, signatures
from tests.conftest import loaded_pages

PAGES = [
    ("en-a", "en", "2031-02-08", "Fire broke out at the Dorvik clinic on Saturday night, "
     "killing 12 patients. Doctors in Dorvik said oxygen tanks exploded."),
    ("en-b", "en", "2031-02-09", "The toll from Saturday's fire at the Dorvik clinic rose to 19. "
     "On Saturday, the ministry sent inspectors to Dorvik."),
    ("fr-a", "fr", "2031-02-09", "Dix-neuf morts dans l'incendie de la clinique de Dorvik, "
     "selon la presse locale. Dorvik est en deuil."),
    ("en-d", "en", "2031-02-10", "Inspectors in Dorvik found that the clinic had no sprinklers "
     "when the fire started on Saturday."),
    ("en-c", "en", "", "Families in Dorvik buried the victims of the clinic fire."),
]


def test_a_weekday_all_reports_write_is_no_name_of_the_event(tmp_path: Path) -> None:
    event, sigs = signatures(loaded_pages(tmp_path, "The Dorvik fire", PAGES))
    assert event.core_text == "Dorvik"
    assert sigs["en-c"].names_event is True  # names the town, not the day


@pytest.mark.parametrize(("url", "day"), [
    ("https://news.example/2031/7/9/headlines/clinic_fire", date(2031, 7, 9)),
    ("https://news.example/2031/07/09/clinic-fire", date(2031, 7, 9)),
    ("https://news.example/2031/7/clinic-fire", None),  # a month, no day
    ("https://news.example/2031/12/345/clinic-fire", None),  # an id, no day
])
def test_an_address_gives_its_date_with_one_figure_months_and_days(url: str, day) -> None:
    assert article_date(SimpleNamespace(published=None, url=url)) == day
