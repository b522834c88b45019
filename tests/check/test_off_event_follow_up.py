"""A report a few days after the event's days, naming its country but mostly names of its own
(the officials who came, the villages the search reached), is the event's follow-up: not a
page about another event. A trial on fresh pages: the one French report, a day after the
rest, was flagged. The same page weeks on is still flagged: then its new names and its date
point away together. Invented pages; the briefing gives no date or place, as a new user's
does not."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.check.event_signature import signatures
from generator.check.off_event import FOLLOW_UP, judge_pages
from tests.conftest import loaded_pages

EVENT = [
    ("wire-one", "en", "2031-05-18", "Dam bursts at Varnholm in Lembara\n\nThe Varnholm dam in "
     "Lembara burst on Friday night and flooded six villages, Lembara's government said."),
    ("daily-two", "en", "2031-05-18", "Hundreds missing after Varnholm dam burst\n\nRescuers in "
     "Lembara searched for hundreds of people missing after the Varnholm dam gave way."),
    ("paper-three", "en", "2031-05-19", "Lembara mourns dam victims\n\nLembara declared a day of "
     "mourning for the victims of the Varnholm dam, whose wall gave way after heavy rain."),
    ("site-four", "en", "2031-05-19", "Varnholm survivors wait for help\n\nSurvivors of the "
     "Varnholm flood in Lembara waited on rooftops for boats, the Red Cross said."),
]
FOLLOW = ("La Lembarie compte ses disparus\n\nAu Lembara, le Premier ministre "
          "Tomas Ekberg s'est rendu à Osterby, Kallby et Nyby, où le gouverneur Anders Holm et "
          "le colonel Erik Sund dirigent les recherches. Selon Ingrid Berg, de la Croix-Rouge de "
          "Malmby, les villages de Rosby et Tallby restent coupés du monde.")


def _verdict(root: Path, published: str):
    content = loaded_pages(root, "The Varnholm dam", [*EVENT, ("radio-five", "fr", published,
                                                               FOLLOW)])
    _event, sigs = signatures(content)
    assert sigs["radio-five"].names_event is None  # names the country, not the dam
    return {v.article: v for v in judge_pages(content)}.get("radio-five")


@pytest.mark.parametrize("published", ["2031-05-20", "2031-05-21", "2031-05-26"])
def test_a_report_days_after_with_names_of_its_own_is_no_sure_flag(tmp_path, published):
    verdict = _verdict(tmp_path, published)
    assert verdict is None or not verdict.sure, verdict.text


def test_the_same_report_weeks_on_is_flagged(tmp_path):
    verdict = _verdict(tmp_path, "2031-06-20")
    assert verdict is not None and verdict.sure
    assert FOLLOW_UP < 30
