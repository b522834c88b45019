"""A name listed in one case is found in every case in the languages that inflect names by
their script (Cyrillic, Greek): a Russian page writing "в Келбе" names the place the fact
sheet lists as "Келба", and is not shown as silent on an event at it. Invented pages."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from generator.site.pipeline import generate

FIXTURE = Path(__file__).parents[1] / "fixtures" / "cyclone"
RUSSIAN = ("Циклон в Келбе\n\nВ Келбе укрытия были переполнены в субботу, сообщили "
           "волонтёры. Жители Келбы рассказали о ночи сильного ветра.\n")
SHELTERS = """
  - id: shelters-full
    title: Shelters in Kelby full
    date: 2023-11-04
    place: kelby
    reports:
      - article: harbour-radio-bulletin
        quote: "Shelters in Kelby and Port Sarel were full on Saturday"
"""


@pytest.mark.parametrize(("listed", "text", "found"), [
    ("Келба", "в Келбе и Келбой", ["Келбе", "Келбой"]),
    ("Южна Лембара", "в Южной Лембаре", ["Южной Лембаре"]),
    ("Λάρισα", "στη Λάρισας", ["Λάρισας"]),
    ("Kelby", "Kelbys and Kelby", ["Kelby"]),  # Latin script: as written, as before
    ("Рим", "в Риме", []),  # a stem of three letters would begin too many words
])
def test_a_name_in_an_inflecting_script_is_found_in_every_case(
        listed: str, text: str, found: list[str]) -> None:
    from generator.text.names import spelling_pattern

    assert re.findall(spelling_pattern(listed), text) == found


def test_a_russian_page_naming_the_place_in_another_case_is_not_silent(tmp_path: Path) -> None:
    project = tmp_path / "cyclone"
    shutil.copytree(FIXTURE, project)
    content = project / "content"
    (content / "articles" / "ru-kelby.txt").write_text(RUSSIAN, encoding="utf-8")
    (content / "articles" / "ru-kelby.yaml").write_text(
        "outlet: shipping-weekly\npublished: 2023-11-05T08:00:00+00:00\nlanguage: ru\n",
        encoding="utf-8")
    entities = content / "facts" / "entities.yaml"
    entities.write_text(entities.read_text(encoding="utf-8").replace(
        "    name: Kelby\n", "    name: Kelby\n    variants: [Келба]\n"), encoding="utf-8")
    events = content / "facts" / "events.yaml"
    events.write_text(events.read_text(encoding="utf-8") + SHELTERS, encoding="utf-8")
    result = generate(content)
    uses = next(v for v in result.analysis.variants if v.entity.id == "kelby")
    assert uses.articles["ru-kelby"]["Келба"] == 3  # headline and story, three cases
    claim = next(c for c in result.analysis.claims if c.id == "shelters-full")
    assert claim.outlets["shipping-weekly"] == "mentions", claim.outlets


def test_check_gives_no_spelling_hint_for_a_case_of_a_listed_name(tmp_path: Path) -> None:
    from generator.site.pipeline import run_check

    project = tmp_path / "cyclone"
    shutil.copytree(FIXTURE, project)
    content = project / "content"
    (content / "articles" / "ru-kelby.txt").write_text(RUSSIAN, encoding="utf-8")
    (content / "articles" / "ru-kelby.yaml").write_text(
        "outlet: shipping-weekly\npublished: 2023-11-05T08:00:00+00:00\nlanguage: ru\n",
        encoding="utf-8")
    _checked, problems = run_check(content)
    hints = [p.format() for p in problems.sorted() if "Келб" in p.format()]
    assert hints and all("'Kelby'" in h for h in hints), hints  # unlisted: hinted
    entities = content / "facts" / "entities.yaml"
    entities.write_text(entities.read_text(encoding="utf-8").replace(
        "    name: Kelby\n", "    name: Kelby\n    variants: [Келба]\n"), encoding="utf-8")
    _checked, problems = run_check(content)
    assert not [p.format() for p in problems.sorted() if "Келб" in p.format()]
