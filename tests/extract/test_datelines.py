"""One reader of the dateline that opens a wire story (`text/datelines.py`), used by the
cleaner's metadata, the evidence clauses and event titles of extract, and the filing date that
is no event. Trial 5 found the German agencies' shape, "City (Country) (Agency) The story…",
with no dash, kept at the head of proposed event titles and its agency unread. Invented text."""

from __future__ import annotations

import pytest

from generator.content.cleaner import clean_text
from generator.extract.draft import extract
from generator.text.datelines import read_dateline
from tests.conftest import loaded_pages

P2 = "The harbour authority said the terminal would stay shut for a week."


@pytest.mark.parametrize(("opening", "city", "agency", "rest"), [
    ("PORTVILLE (Reuters) - The terminal closed.", "PORTVILLE", "Reuters", "The terminal"),
    ("Portville, Aug 29 (AFP) – The terminal closed.", "Portville", "AFP", "The terminal"),
    ("Portville, Calderia (AP) — The terminal closed.", "Portville, Calderia", "AP",
     "The terminal"),
    ("Athens, Sep 8 (EFE).- At least ten people died.", "Athens", "EFE", "At least"),
    ("Verlo, Apr 26 (Verlonews.com): The toll rose.", "Verlo", None, "The toll"),
    ("VERLO, 12 May 2031 (Levant Wire) - At least 14 died.", "VERLO", None, "At least"),
    # the German agencies' shape: the country in brackets, no dash
    ("Verlo (Calderia) (AFP) Nach dem Einsturz einer Halle fehlen zwölf Arbeiter.", "Verlo",
     "AFP", "Nach dem"),
    ("Verlo (dpa) Nach dem Einsturz einer Halle fehlen zwölf Arbeiter.", "Verlo", "dpa", "Nach"),
    ("PORT SAREL - Rescuers waded into the flooded streets.", "PORT SAREL", None, "Rescuers"),
    ("VERLO | Im Süden ist ein Schiff gesunken.", "VERLO", None, "Im Süden"),
    ("SAN MARCO, Calderia — The harbour closed.", "SAN MARCO, Calderia", None, "The harbour"),
    # a city in title case and a spaced dash before a sentence (trial 26)
    ("Verlo — Die Regierung hat den Einsturz bestätigt.", "Verlo", None, "Die Regierung"),
    ("Port Sarel – La capitainerie a fermé le port.", "Port Sarel", None, "La capitainerie"),
])
def test_the_shapes_of_a_dateline(opening, city, agency, rest):
    found = read_dateline(opening)
    assert found is not None and found.city == city and found.agency == agency
    assert opening[found.end:].startswith(rest)


@pytest.mark.parametrize("opening", [
    # a bracket that names no agency, with no dash: the story's own words
    "Verlo (Calderia) is a river town of some nine thousand people.",
    "The Harbour Authority (HA) – which runs both terminals – closed one on Tuesday.",
    "In Verlo (AFP) reporters counted the boats.",
    # a credit glued before the lede is no city
    "AFP - Saturday, the harbour stayed closed.",
    "Rescuers (and their dogs) searched the rubble.",
    # a subject in apposition between dashes goes on in lower case
    "Verlo — a river town of some nine thousand people — closed its harbour.",
    "The Harbour Authority — Which runs both terminals — closed one.",
])
def test_openings_that_are_no_dateline(opening):
    assert read_dateline(opening) is None


def test_the_cleaner_reads_the_german_shape_and_keeps_the_paragraph():
    opening = "Verlo (Calderia) (AFP) Nach dem Einsturz einer Halle fehlen zwölf Arbeiter."
    c = clean_text(f"Halle in Verlo eingestürzt\n\n{opening}\n\n{P2}\n")
    assert (c.dateline, c.via) == ("Verlo", "AFP")
    assert c.paragraphs[0].text == opening  # the dateline stays the outlet's words


def test_an_event_title_leaves_the_dateline_out(tmp_path):
    text = ("Halle in Verlo eingestürzt\n\nVerlo (Calderia) (AFP) Nach dem Einsturz einer Halle "
            "in Verlo fehlen seit Mittwoch zwölf Arbeiter.")
    content = loaded_pages(tmp_path, "Verlo", [("alpha", "de", "2031-05-09", text)])
    (event,) = extract(content, skip_curated=False).events
    assert event.title.startswith("Nach dem Einsturz"), event.title
    assert "(AFP)" not in event.title
