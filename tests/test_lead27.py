"""The lead's mends of the twenty-seventh stop (trial 27's and the last review's leftovers), on
invented sentences, each beside a neighbour whose reading must stay."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

FIXTURE = Path(__file__).parent / "fixtures" / "cyclone"


def _mentions(tmp_path: Path, story: str) -> list:
    """What ``briefing check`` finds of the toll in one outlet of the cyclone fixture whose
    article is ``story`` (uncited), the figure found by its label's words in every language
    (no ``terms:``): a mention here is a "stated but not cited" hint and no silence."""
    from generator.site.pipeline import run_check

    project = tmp_path / "cyclone"
    shutil.copytree(FIXTURE, project)
    (project / "content/articles/shipping-weekly-port.txt").write_text(story, encoding="utf-8")
    figures = project / "content/facts/figures.yaml"
    text = figures.read_text(encoding="utf-8")
    assert "    terms: [killed, dead, died, death toll, toll]\n" in text
    figures.write_text(text.replace("    terms: [killed, dead, died, death toll, toll]\n", "", 1),
                       encoding="utf-8")
    checked, problems = run_check(project / "content")
    assert checked is not None and not problems.errors, problems.sorted()
    return checked.mentions.get(("figure", "deaths"), {}).get("shipping-weekly-port", [])


# --- `check` reads what a number counts with extract's table in every language (trial 27: a
# vague count of the homeless beside the word for the dead was hinted as the toll)

@pytest.mark.parametrize("sentence", [
    "Junto a los fallecidos, la provincia cuenta centenares de damnificados sin casa.",
    "Outre les morts, on compte des centaines de blessés dans le port de Sarel.",
    "Neben den Toten gibt es Hunderte Verletzte in der Hafenstadt Sarel.",
])
def test_a_count_of_another_group_beside_the_dead_is_no_toll(tmp_path, sentence):
    assert _mentions(tmp_path, "Sarel reabre su puerto\n\n" + sentence + "\n") == []


@pytest.mark.parametrize(("sentence", "written"), [
    ("La provincia cuenta ya 57 personas fallecidas tras el ciclón en Sarel.", "57"),
    ("Le port de Sarel compte désormais 57 morts après le cyclone.", "57"),
    ("In der Hafenstadt Sarel gibt es nach dem Sturm 57 Tote.", "57"),
])
def test_a_count_of_another_group_beside_the_dead_is_no_toll_neighbours(tmp_path, sentence,
                                                                        written):
    found = _mentions(tmp_path, "Sarel reabre su puerto\n\n" + sentence + "\n")
    assert [m.written for m in found] == [written]
