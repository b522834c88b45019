"""A country's name in any language and case is its country (CLDR's table, by Babel), and a
country the event's articles name says nothing either way: the event's country is also its near
misses' country, and a page alone in its language spells it its own way. Counted as shared, it
kept a near miss at the event's town, years before, just short of pointing away; counted as
written, it made an own report in another language look like another event's. A country the
event's articles never name still points away. Towns, rivers and people below are invented;
the countries are CLDR's names."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.check.event_signature import signatures
from generator.check.off_event import judge_pages
from generator.check.signature_names import AnchoredNames
from generator.content.load import load
from generator.content.problems import Problems
from generator.text.countries import country_code
from tests.conftest import loaded_pages

OWN = [
    ("en-a", "en", "2031-08-09", "The river Tamsel burst its banks in Korvath, in Austria, on "
     "Saturday. Mayor Brenna Oldis said 400 homes in Korvath were under water."),
    ("en-b", "en", "2031-08-10", "Rescuers in Korvath reached the last flooded street, Oldis "
     "said. The Tamsel is falling, and Austria has sent army trucks."),
    ("en-c", "en", "2031-08-10", "Schools in Korvath stayed closed as the Tamsel peaked. Oldis "
     "thanked the volunteers who came from all over Austria."),
    ("fr-a", "fr", "2031-08-11", "La Tamsel a débordé à Korvath, en Autriche. La maire Brenna "
     "Oldis a fait évacuer 400 maisons."),
]
#: A flood at the same town years before, with names of its own besides the town and country.
EARLIER = ("en-old", "en", "2024-05-12", "Korvath flooded again as the Dranek rose, and crews "
           "under Pavel Siwin worked across Austria in its worst spring in years.")
#: The same shape on the event's side: a report in the event's days with names of its own.
LATE = ("en-late", "en", "2031-08-10", "Korvath flooded again as the Dranek rose, and crews "
        "under Pavel Siwin worked across Austria in its worst summer in years.")
#: An own report in Polish naming the country in two of its cases, and a neighbour the event's
#: articles never name.
LONE = ("pl-a", "pl", "2031-08-10", "Woda w Korvath opada, a Tamsel wraca do koryta, mówi "
        "burmistrz Oldis. Pomoc dla "
        "Austrii przysłała także armia ze Słowacji, a do Austrią wstrząśniętej powodzią "
        "przyjechali ratownicy.")


@pytest.mark.parametrize(("word", "language", "code"), [
    ("Grecji", "pl", "GR"), ("Włochami", "pl", "IT"), ("Włoch", "pl", "IT"),
    ("Grecia", "it", "GR"), ("Greece", "en", "GR"), ("Yunanistan'ın", "tr", "GR"),
    ("Италии", "ru", "IT"), ("Égypte", "fr", "EG"),
    ("Francesco", "it", None),  # a person, not France
    ("Italian", "en", None),  # a people's adjective, not the country
    ("Korvath", "pl", None),
    ("Grecia", "xx", None),  # a language CLDR does not cover
    # two countries sharing a stem: the case form is the one whose name it runs furthest into
    ("Nigerii", "pl", "NG"), ("Nigerią", "pl", "NG"), ("Niger", "pl", "NE"),
    ("Nigerze", "pl", "NE"), ("Нигерии", "ru", "NG"), ("Нигере", "ru", "NE"),
    ("Нигер", "ru", "NE"),
])
def test_a_country_is_read_in_its_language_and_cases(word: str, language: str, code) -> None:
    assert country_code(word, language) == code


def test_a_country_the_event_names_tells_nothing_one_it_never_names_still_does() -> None:
    anchored = AnchoredNames({"a": "en", "b": "en", "x": "pl"})
    anchored.add({"korvath", "austria"}, "LATIN", 1.0, "a")
    anchored.add({"korvath", "austria"}, "LATIN", 1.0, "b")
    assert anchored.telling({"austrii", "velmor", "słowacji"}, 0, "x") == {"velmor", "słowacji"}
    assert anchored.telling({"austria", "korvath"}, 1, "a") == {"korvath"}
    assert anchored.uses("austrii", 0, "x")


def _given(root: Path, pages: list) -> dict:
    """The verdicts with briefing.yaml giving the event's date and place."""
    folder = Path(loaded_pages(root, "The Korvath flood", pages).root)
    with (folder / "briefing.yaml").open("a", encoding="utf-8") as f:
        f.write("date: 2031-08-09\nplace: Korvath\n")
    problems = Problems(folder)
    content = load(folder, problems)
    assert not problems.errors, [p.format() for p in problems.errors]
    return {v.article: v for v in judge_pages(content)}


def test_a_near_miss_at_the_town_years_before_is_flagged_though_it_names_the_country(
        tmp_path: Path) -> None:
    verdicts = _given(tmp_path, [*OWN, EARLIER])
    assert [a for a, v in verdicts.items() if v.sure] == ["en-old"], \
        {a: v.text for a, v in verdicts.items()}
    assert "Austria" not in verdicts["en-old"].text


def test_the_same_shape_in_the_event_s_days_is_not(tmp_path: Path) -> None:
    verdicts = _given(tmp_path, [*OWN, LATE])
    assert not any(v.sure for v in verdicts.values()), {a: v.text for a, v in verdicts.items()}


def test_a_report_in_another_language_is_not_held_to_the_country_s_spelling(
        tmp_path: Path) -> None:
    content = loaded_pages(tmp_path, "The Korvath flood", [*OWN, LONE])
    _event, sigs = signatures(content)
    lone = sigs[next(a for a in content.articles if a.startswith("pl-a"))]
    assert not {"austrii", "austrią"} & {n.casefold() for n in lone.rare}
    assert "słowacji" in {n.casefold() for n in lone.rare}
    assert not judge_pages(content)


#: A flood in another town of the same country years before, in Polish, naming the country only.
ELSEWHERE = ("pl-b", "pl", "2024-05-12", "Woda w Velmor opada, mówi burmistrz Siwin. Pomoc dla "
             "Austrii przysłali ratownicy znad rzeki Dranek, a szkoły w Velmor i Ostrinie "
             "zamknięto.")


def test_a_page_naming_the_event_s_country_in_its_own_language_names_that_core_name(
        tmp_path: Path) -> None:
    """Most sources name the country ("Austria"); a report naming town, mayor and river and
    the country as its language writes it ("Autriche", "Austrii") names the event, as one
    writing "Austria" does."""
    content = loaded_pages(tmp_path, "The Korvath flood", [*OWN, LONE])
    event, sigs = signatures(content)
    assert any("austria" in spellings for spellings in event.core)
    assert {a: s.names_event for a, s in sigs.items() if a[:4] in ("fr-a", "pl-a")} \
        == {a: True for a in sigs if a[:4] in ("fr-a", "pl-a")}


def test_a_page_naming_only_the_country_in_its_language_is_still_another_town_s(
        tmp_path: Path) -> None:
    content = loaded_pages(tmp_path, "The Korvath flood", [*OWN, ELSEWHERE])
    verdicts = {v.article: v for v in judge_pages(content)}
    assert [a[:4] for a, v in verdicts.items() if v.sure] == ["pl-b"], \
        {a: v.text for a, v in verdicts.items()}
