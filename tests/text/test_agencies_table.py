"""One table of news agencies (`text/agencies.AGENCIES`): the cleaner's credit words are drawn
from it, so an agency the cleaner removes as a credit is one the copy families can name (trial 6
found two lists, the cleaner's holding agencies the families had never heard of)."""

from __future__ import annotations

import pytest

from generator.text import furniture_words as F
from generator.text.agencies import AGENCIES, credited


def test_every_spelling_of_an_agency_is_a_credit_word_of_the_cleaner():
    spellings = {s.lower() for names in AGENCIES.values() for s in names}
    assert spellings <= set(F.AGENCIES)


@pytest.mark.parametrize(("line", "agency"), [
    ("(أ ف ب)", "AFP"),
    ("Source: Antara", "Antara"),
    ("[Verlo=연합뉴스]", None),  # a Korean bracket credit is the cleaner's, read into `via`
    ("— Jiji Press", "Jiji"),
])
def test_agencies_once_known_only_to_the_cleaner_are_credited(line, agency):
    found = credited("", "", [line])
    assert (found[0] if found else None) == agency


@pytest.mark.parametrize(("via", "dateline", "lines", "story", "agency"), [
    # invented: an agency's dateline and credit lines as pages in other scripts write them
    ("", "", [], "ВЕЛОРА, 4 марта (Рейтер) - Паром затонул у причала, сообщили спасатели.",
     "Reuters"),
    ("", "", ["Источник: ТАСС"], "Паром затонул у причала Велоры.", "TASS"),
    ("", "", [], "Το πλοίο βυθίστηκε κοντά στο λιμάνι.\nΠηγή: ΑΠΕ-ΜΠΕ", "ANA-MPA"),
    ("", "", [], "渡轮在港口附近沉没。(新华社)", "Xinhua"),
    ("", "", [], "ВЕЛОРА, 4 марта (Франс Пресс) - Паром затонул у причала.", "AFP"),
    # citing an agency in passing is no credit, in any script
    ("", "", [], "Паром затонул у причала, сообщает Рейтер со ссылкой на спасателей.", None),
])
def test_agencies_in_other_scripts_are_credited(via, dateline, lines, story, agency):
    found = credited(via, dateline, lines, story)
    assert (found[0] if found else None) == agency
