"""A country whose name runs to several words is one name to the off-event signature, however
each language writes it: "New Zealand" and "Nueva Zelanda" are one place, not four names two
pages fail to share, and not "nueva" and "zelanda" that no other page writes. A country's name
inside a longer name (an airline's) stays the words it was. Towns, rivers and people are
invented; the countries are CLDR's names."""

from __future__ import annotations

from pathlib import Path

from generator.check.event_signature import signatures
from generator.check.off_event import judge_pages
from tests.conftest import loaded_pages

OWN = [
    ("en-a", "en", "2031-08-09", "The river Tamsel burst its banks in Korvath, New Zealand, on "
     "Saturday. Mayor Brenna Oldis said 400 homes in Korvath were under water."),
    ("en-b", "en", "2031-08-10", "Rescuers in Korvath reached the last flooded street, Oldis "
     "said. The Tamsel is falling, and New Zealand has sent army trucks."),
    ("en-c", "en", "2031-08-10", "Schools in Korvath stayed closed as the Tamsel peaked. Oldis "
     "thanked the volunteers who came from all over New Zealand."),
]
#: An own report in Spanish, naming the country as Spanish writes it, and a neighbour the
#: event's pages never name.
LONE = ("es-a", "es", "2031-08-10", "El río Tamsel se desbordó en Korvath, en Nueva Zelanda. "
        "La alcaldesa Oldis pidió ayuda, y Nueva Zelanda recibió bomberos de Australia.")
#: The same report where the country is an airline's name.
AIRLINE = ("en-d", "en", "2031-08-10", "Korvath flooded as the Tamsel rose, Oldis said. Staff "
           "of Air New Zealand flew in pumps for Korvath.")


def _sig(content, stem: str):
    _event, sigs = signatures(content)
    return sigs[next(a for a in content.articles if a.startswith(stem))]


def test_a_country_of_two_words_is_one_name(tmp_path: Path) -> None:
    content = loaded_pages(tmp_path, "The Korvath flood", [*OWN, LONE])
    assert "nueva zelanda" in _sig(content, "es-a").names
    assert not {"nueva", "zelanda"} & _sig(content, "es-a").names
    assert "new zealand" in _sig(content, "en-a").names


def test_a_page_writing_the_country_in_its_language_shares_it(tmp_path: Path) -> None:
    content = loaded_pages(tmp_path, "The Korvath flood", [*OWN, LONE])
    lone = _sig(content, "es-a")
    assert not {"nueva", "zelanda", "nueva zelanda"} & {n.casefold() for n in lone.rare}
    assert "australia" in {n.casefold() for n in lone.rare}
    assert not judge_pages(content)


def test_the_core_country_of_two_words_is_named_in_another_language(tmp_path: Path) -> None:
    content = loaded_pages(tmp_path, "The Korvath flood", [*OWN, LONE])
    event, _sigs = signatures(content)
    assert any("new zealand" in spellings for spellings in event.core)
    assert _sig(content, "es-a").names_event is True


def test_a_country_inside_an_airline_s_name_stays_its_words(tmp_path: Path) -> None:
    content = loaded_pages(tmp_path, "The Korvath flood", [*OWN, AIRLINE])
    names = _sig(content, "en-d").names
    assert "new zealand" not in names
    assert {"air", "zealand"} <= names


def test_the_core_country_is_named_though_no_word_of_it_is_alike(tmp_path: Path) -> None:
    """"Estados Unidos" shares no word, and no look, with "United States"."""
    pages = [(stem, lang, day, text.replace("New Zealand", "the United States"))
             for stem, lang, day, text in OWN]
    lone = ("es-a", "es", "2031-08-10", "El río Tamsel se desbordó en Korvath, en Estados "
            "Unidos. La alcaldesa Oldis pidió ayuda a Estados Unidos y a Canadá.")
    content = loaded_pages(tmp_path, "The Korvath flood", [*pages, lone])
    event, _sigs = signatures(content)
    assert any("united states" in spellings for spellings in event.core)
    assert _sig(content, "es-a").names_event is True
    assert "estados unidos" in _sig(content, "es-a").names
