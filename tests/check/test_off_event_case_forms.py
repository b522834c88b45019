"""In a language that writes names in their cases (Polish, Slovene, Czech, Turkish…), a page
alone in its language writes the towns and people the other articles name in its own cases
("Milana", "Milanom" for "Milan"), in Latin letters, which do not tell such a language from
English: compared as written, every case form looked like a name of another event. Now, for a
page in such a language, a name is one the event's articles use when it is the stem of one of
theirs and an ending of a few letters. A page in English is compared as written, and a near miss
in the inflecting language with names of its own is still another event's. Every town, river
and person below is invented."""

from __future__ import annotations

from pathlib import Path

from generator.check.event_signature import signatures
from generator.check.off_event import judge_pages
from generator.check.signature_names import AnchoredNames
from tests.conftest import loaded_pages

OWN = [
    ("en-a", "en", "2031-08-09", "The river Tamsel burst its banks in Korvath on Saturday. "
     "Mayor Brenna Oldis said 400 homes in Korvath and in nearby Velsa were under water."),
    ("en-b", "en", "2031-08-10", "Rescuers in Korvath reached the last street the Tamsel "
     "flooded, Oldis said. In Velsa, Governor Marek Dranova opened the sports hall."),
    ("en-c", "en", "2031-08-10", "Schools in Korvath stayed closed as the Tamsel peaked. Oldis "
     "thanked the volunteers."),
]
#: An own report in Polish: the town, the neighbour and the people in their cases.
LONE = ("pl-a", "pl", "2031-08-10", "Woda w Korvath opada, a Tamsel wraca do koryta, mówi "
        "burmistrz Oldis. W pobliskiej Velsie gubernator Dranova otworzył halę. Rodziny z "
        "Velsy nocują u sąsiadów, a burmistrz Oldisowi pomagają wolontariusze z Korvathu.")
#: A Polish page about another town's flood years before, with names of its own.
ELSEWHERE = ("pl-b", "pl", "2024-05-12", "Woda w Ostrinie opada, mówi burmistrz Siwin. Rodziny "
             "z Ostriny nocują u sąsiadów nad rzeką Dranek, a burmistrzowi Siwinowi pomagają "
             "wolontariusze z Lemberu.")


def test_a_case_form_is_the_name_in_a_language_that_inflects_names() -> None:
    anchored = AnchoredNames({"a": "en", "b": "en", "pl": "pl", "sl": "sl", "en": "en"})
    for article in ("a", "b"):
        anchored.add({"velsa", "oldis", "cremona"}, "LATIN", 1.0, article)
    assert all(anchored.uses(n, 0, "pl") for n in ("velsy", "velsie", "oldisowi", "cremony"))
    assert anchored.uses("velse", 0, "sl")
    assert not anchored.uses("velsy", 0, "en")  # English is compared as written
    assert not anchored.uses("velsanova", 0, "pl")  # more than an ending after the stem
    assert not anchored.uses("ostriny", 0, "pl")


def test_an_own_report_in_polish_shares_the_names_it_writes_in_their_cases(
        tmp_path: Path) -> None:
    content = loaded_pages(tmp_path, "The Korvath flood", [*OWN, LONE])
    _event, sigs = signatures(content)
    lone = sigs[next(a for a in content.articles if a.startswith("pl-a"))]
    assert not {"velsie", "velsy", "oldisowi", "korvathu"} & {n.casefold() for n in lone.rare}
    assert not judge_pages(content)


def test_a_near_miss_in_polish_with_names_of_its_own_is_still_flagged(tmp_path: Path) -> None:
    content = loaded_pages(tmp_path, "The Korvath flood", [*OWN, LONE, ELSEWHERE])
    verdicts = {v.article: v for v in judge_pages(content)}
    assert [a[:4] for a, v in verdicts.items() if v.sure] == ["pl-b"], \
        {a: v.text for a, v in verdicts.items()}
