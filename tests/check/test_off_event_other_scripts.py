"""Pages in other scripts judged as Latin-script pages are: whether a page names the event is
looked for in its Latin letters (anyascii), with its script's case endings, so that a near miss
in Cyrillic that names another town is no longer left without a verdict. Every name and page
below is invented: a fire at a shopping centre in a town reported in English, French and
Russian, and a nightclub fire in another town years before, reported in Russian."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.check.off_event import judge_pages
from generator.text.names import (
    capitalised_inside,
    in_latin_letters,
    latin_spellings_pattern,
    spells_one_of,
)
from tests.conftest import loaded_pages

OWN = [
    ("en-one", "en", "2031-03-12", "A fire swept through the Amberly shopping centre in Velmora "
     "on Sunday, killing 41 people. Officials in Velmora said the alarms failed. The Kostaria "
     "emergencies ministry sent teams to the Amberly site."),
    ("en-two", "en", "2031-03-12", "Rescuers in Velmora searched the burnt Amberly mall for a "
     "second day. The toll rose to 48, the Kostaria ministry said. Mourners gathered in "
     "Velmora with flowers."),
    ("fr-one", "fr", "2031-03-13", "L'incendie du centre commercial Amberly à Velmora a fait 48 "
     "morts. Les autorités de Kostaria ont ouvert une enquête. La ville de Velmora est en "
     "deuil."),
    ("ru-one", "ru", "2031-03-12", "В Вельморе горит торговый центр «Амберли». Погибли 41 "
     "человек. Министерство Костарии направило спасателей в Вельмору."),
    ("ru-two", "ru", "2031-03-13", "Число погибших при пожаре в торговом центре «Амберли» в "
     "Вельморе выросло до 48. В Вельморе объявлен траур. Власти Костарии начали проверку."),
    ("ru-three", "ru", "", "Жители Вельморы несут цветы к сгоревшему центру «Амберли». Пожар "
     "унес жизни 48 человек, сообщили в мэрии Вельморы."),
]
NEAR_MISS = ("ru-club", "ru", "2024-12-05", "Ночной клуб «Полночь» в Пардске сгорел после "
             "запуска фейерверка. Погибли 74 человека. Следователи из Пардска задержали "
             "владельцев клуба «Полночь» и директора Ларина.")


def _verdicts(root: Path, pages: list) -> dict:
    return {v.article: v for v in judge_pages(loaded_pages(root, "The Velmora fire", pages))}


def test_a_near_miss_in_cyrillic_naming_another_town_is_flagged(tmp_path: Path) -> None:
    verdicts = _verdicts(tmp_path, [*OWN, NEAR_MISS])
    sure = sorted(a for a, v in verdicts.items() if v.sure)
    assert sure == ["ru-club"], {a: v.text for a, v in verdicts.items()}
    assert "does not name" in verdicts["ru-club"].text


def test_a_late_cyrillic_report_spelling_the_town_its_own_way_is_not_flagged(
        tmp_path: Path) -> None:
    """The same shape as the near miss: a Russian page dated months later, with few names. It
    writes the town its own way ("Вилмора", whose Latin letters are not the English
    spelling's): it names the event, so its late date alone flags nothing."""
    late = ("ru-court", "ru", "2031-06-20", "Суд в Вилморе арестовал владельца центра "
            "«Амберли». Пожар унес жизни 48 человек, власти Костарии обещали проверки.")
    verdicts = _verdicts(tmp_path, [*OWN, late])
    assert "ru-court" not in verdicts or not verdicts["ru-court"].sure, verdicts["ru-court"].text


def test_a_late_korean_report_is_not_flagged_for_its_own_syllables(tmp_path: Path) -> None:
    """Korean writes a foreign town in its own syllables, with vowels the name has not: not
    finding the Latin spelling says nothing there, and a page dated months later is not
    flagged for it."""
    late = ("ko-court", "ko", "2031-06-20", "벨모라 쇼핑센터 화재 사건으로 법원이 소유주를 "
            "구속했다. 화재로 48명이 숨졌다.")
    verdicts = _verdicts(tmp_path, [*OWN, late])
    assert "ko-court" not in verdicts or not verdicts["ko-court"].sure, verdicts["ko-court"].text


@pytest.mark.parametrize(("text", "found"), [
    ("в Вельморе объявлен траур", True),  # a case ending on the Latin spelling less its vowel
    ("жители Вельморы", True),
    ("в Вельморовском районе", False),  # more than a case ending: another word
    ("στη Βελμόρα σήμερα", True),
])
def test_a_latin_spelling_is_found_with_the_case_endings_of_an_inflecting_script(
        text: str, found: bool) -> None:
    spelt = in_latin_letters(text)
    assert spelt is not None
    script = "GREEK" if "σ" in text else "CYRILLIC"
    assert bool(latin_spellings_pattern({"Velmora"}, script).search(spelt)) is found


def test_korean_particles_run_on_from_a_name_and_short_names_stand_alone() -> None:
    spelt = in_latin_letters("달문공항에서 사고가 났다")
    assert spelt is not None and latin_spellings_pattern({"Dalmun"}, "HANGUL").search(spelt)
    cyr = in_latin_letters("Орский район и город Ора")
    assert cyr is not None
    assert latin_spellings_pattern({"Ora"}, "CYRILLIC").findall(cyr) == ["ora"]


def test_scripts_whose_latin_letters_cannot_meet_a_spelling_are_not_searched() -> None:
    assert in_latin_letters("حريق في مستشفى ببلدار") is None  # vowels left out
    assert in_latin_letters("北山のスタジオで火災") is None  # read in Mandarin
    assert in_latin_letters("A fire in Velmora") is None  # Latin: searched as written


def test_capitals_inside_a_sentence_and_another_scripts_spelling() -> None:
    text = "Вечером в центре «Амберли» начался пожар. Спасатели Вельморы работали."
    assert capitalised_inside(text) == {"амберли", "вельморы"}
    assert spells_one_of({"Товира"}, {"Tovyra"})
    assert not spells_one_of({"Пардск"}, {"Velmora"})
