"""What a figure measures (content/measured.py): one word per figure, in the draft, the fact
sheets' schema and the fidelity scorers, whatever the language of the noun it counts."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.content.measured import COVERS, MEASURES, measure_of
from generator.extract.figures import figures_in
from tests.conftest import briefing_here, copy_example, draft_of_pages
from tests.probes import sentence


def _measures(text: str, lang: str) -> list[tuple[float, str]]:
    return [(f.value, measure_of(f.group, f.noun, lang)) for f in figures_in(sentence(text), lang)]


@pytest.mark.parametrize(("lang", "text", "value", "measure"), [
    # the police and the troops sent are responders, as firefighters are, in every language
    ("en", "About 140 police officers were sent to the square.", 140, "responders"),
    ("fr", "Quelque 140 policiers ont été déployés sur la place.", 140, "responders"),
    ("de", "Rund 140 Polizisten waren im Einsatz.", 140, "responders"),
    ("it", "Sono intervenuti 35 vigili del fuoco.", 35, "responders"),
    # ships by any of their names: the counted-word tables know more than the noun groups
    ("en", "Some 42 tugboats were waiting at the mouth of the canal.", 42, "vessels"),
    ("es", "Unos 42 barcos esperaban en la entrada del canal.", 42, "vessels"),
    # units by their dimension
    ("en", "The hull is 310 metres long.", 310, "length"),
    ("fr", "Le navire transportait 9 500 tonnes de blé.", 9500, "mass"),
    ("de", "Der Schaden wird auf 12 Millionen Euro geschätzt.", 12_000_000, "money"),
    ("es", "El vertido cubrió unas 120 hectáreas de marisma.", 120, "area"),
    ("it", "Il 40 per cento delle case è inagibile.", 40, "share"),
    # outcomes
    ("en", "Officials said 17 people were killed and 9 injured.", 17, "dead"),
    ("en", "Officials said 17 people were killed and 9 injured.", 9, "injured"),
    ("pt", "Cerca de 2 300 pessoas foram desalojadas.", 2300, "displaced"),
])
def test_a_figure_has_the_measure_its_words_give(lang: str, text: str, value: float,
                                                 measure: str) -> None:
    assert (value, measure) in _measures(text, lang)


@pytest.mark.parametrize(("lang", "text", "value"), [
    # a counted noun pint happens to know as a unit is a count ("dam" is a decametre to pint)
    ("en", "The storm broke 2 dams above the town.", 2),
    # people with no outcome read are a count, not a toll
    ("en", "Some 300 people gathered outside the town hall.", 300),
])
def test_a_count_with_no_measure_of_its_own_is_a_count(lang: str, text: str, value: float) -> None:
    assert (value, "count") in _measures(text, lang)


def test_injuries_measure_the_injured() -> None:
    """"14 injuries" measures the injured (its group stays its own: "the driver suffered three
    injuries" is one person's, review 44)."""
    assert (14, "injured") in _measures("Doctors treated 14 injuries at the scene.", "en")
    assert _measures("The driver suffered three injuries to his head.", "en") == []


def test_every_measure_covers_its_own_name_and_only_label_words() -> None:
    """The scorers compare a label's measure with what a measure covers: each covers at least
    itself or the finer names it stands for, so none can never be right."""
    assert set(MEASURES) == set(COVERS)
    for name, finer in COVERS.items():
        assert finer and (name in finer or name in {"mass", "money"}), name


def test_the_draft_names_each_figure_s_measure_and_check_accepts_it(tmp_path: Path) -> None:
    text = ("Harbour town, 4 May — About 140 police officers were sent to the quay on Tuesday "
            "after the ferry sank. Officials said 23 people were killed.\n")
    draft = draft_of_pages(tmp_path / "draft", {"ferry-page": ("en", text)})
    by_value = {r.value: f.measure for f in draft.figures for r in f.reports}
    assert by_value[140] == "responders"
    assert by_value[23] == "dead"

    project = copy_example(tmp_path / "cli")
    (project / "content" / "articles" / "ferry-page.txt").write_text(text, encoding="utf-8")
    (project / "content" / "articles" / "ferry-page.yaml").write_text(
        "outlet: levant-wire\npublished: 2031-03-27T12:00:00+01:00\nlanguage: en\n",
        encoding="utf-8")
    out = briefing_here(project, "extract", "ferry-page")
    assert out.returncode == 0, out.stderr
    assert "measure: responders" in out.stdout and "measure: dead" in out.stdout
    # the draft, moved into the fact sheets as it is, is accepted with its measures
    (project / "content" / "facts" / "extracted.yaml").write_text(out.stdout, encoding="utf-8")
    checked = briefing_here(project, "check")
    assert checked.returncode == 0, checked.stdout + checked.stderr


def test_a_measure_outside_the_set_is_an_error_naming_the_file_and_line(tmp_path: Path) -> None:
    project = copy_example(tmp_path)
    sheet = project / "content" / "facts" / "figures.yaml"
    lines = sheet.read_text(encoding="utf-8").splitlines(keepends=True)
    at = next(i for i, line in enumerate(lines) if line.strip().startswith("unit:"))
    lines.insert(at + 1, "    measure: deaths\n")
    sheet.write_text("".join(lines), encoding="utf-8")
    out = briefing_here(project, "check")
    assert out.returncode == 1
    message = out.stdout + out.stderr
    assert f"figures.yaml:{at + 2}:" in message and "measure" in message
    assert "dead" in message  # it names what is allowed


def test_a_label_keeps_the_capital_of_a_german_noun(tmp_path: Path) -> None:
    """"Number of Besucher", not "Number of besucher": only a sentence's own capital is
    lowered ("About 40 volunteers" keeps its lower case)."""
    draft = draft_of_pages(tmp_path, {
        "fest-page": ("de", "Zum Fest wurden rund 75.000 Besucher erwartet.\n"),
        "helpers-page": ("en", "About 40 volunteers helped on Friday.\n")})
    labels = {f.label for f in draft.figures}
    assert "Number of Besucher (about 75,000)" in labels
    assert "Number of volunteers (about 40)" in labels
