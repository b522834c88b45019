"""A heat record's briefing end to end (issue #16): ``briefing extract`` on three invented pages
in English, French and German proposes the record temperature as one figure with the three
outlets' reports, in the outlets' own unit (°C), and ``briefing check`` accepts a fact sheet
that cites it. Before, every temperature was dropped as "a speed or a heat, not a count"."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import small_briefing
from tests.site.test_cli import briefing_here

PAGES = {
    "north-wire-en": ("en", "Dravona heat record\n\nTemperatures in Dravona reached 44.2 °C on "
                            "Tuesday afternoon, the highest ever measured in the country.\n"),
    "sud-matin-fr": ("fr", "Record de chaleur à Dravona\n\nLe thermomètre a atteint 44,2 °C "
                           "mardi à Dravona, un record national.\n"),
    "ost-blatt-de": ("de", "Hitzerekord in Dravona\n\nIn Dravona wurden am Dienstag 44,2 Grad "
                           "Celsius gemessen, so heiß war es im Land noch nie.\n"),
}
#: The same reading in Fahrenheit: its own figure, never converted into the °C one.
FAHRENHEIT = {"plains-daily-en": ("en", "Dravona bakes\n\nThe thermometer in Dravona hit "
                                        "111.6 °F on Tuesday, a record for the country.\n")}

FACTS = """figures:
  - id: record-temperature
    label: Record temperature in Dravona
    unit: °C
    reports:
      - article: north-wire-en
        value: 44.2
        quote: "Temperatures in Dravona reached 44.2 °C"
      - article: sud-matin-fr
        value: 44.2
        quote: "Le thermomètre a atteint 44,2 °C"
      - article: ost-blatt-de
        value: 44.2
        quote: "In Dravona wurden am Dienstag 44,2 Grad Celsius gemessen"
"""


def _briefing(root: Path, facts: str, pages: dict[str, tuple[str, str]] = PAGES) -> Path:
    return small_briefing(
        root, {stem: stem.replace("-", " ").title() for stem in pages}, facts,
        {stem: (text, f"outlet: {stem}\npublished: 2031-07-15T18:00:00+02:00\n"
                      f"language: {lang}\n") for stem, (lang, text) in pages.items()},
        title="The Dravona heat record")


def test_extract_proposes_the_record_temperature_with_the_three_reports(tmp_path: Path) -> None:
    content = _briefing(tmp_path, "figures: []\n", PAGES | FAHRENHEIT)
    proc = briefing_here(content.parent, "extract", "--all")
    assert proc.returncode == 0, proc.stderr
    draft = proc.stdout
    record = draft[draft.index("  - id: "):]
    record = record[:record.index("\n\n")]
    assert 'label: "Temperature reached, degrees Celsius (44.2)"' in record, draft
    assert 'unit: "°C"' in record, record  # as the outlets wrote it, not "°c", not converted
    for stem in PAGES:
        assert f"article: {stem}" in record, record
    assert record.count("value: 44.2") == 3 and "plains-daily-en" not in record, record
    fahrenheit = draft[draft.index('label: "Temperature reached, degrees Fahrenheit (111.6)"'):]
    fahrenheit = fahrenheit[:fahrenheit.index("\n\n")]
    assert 'unit: "°F"' in fahrenheit and "article: plains-daily-en" in fahrenheit, fahrenheit
    # the draft, moved into the fact sheets as it is, is accepted by `briefing check`
    (content / "facts" / "facts.yaml").write_text(draft, encoding="utf-8")
    checked = briefing_here(content.parent, "check")
    assert checked.returncode == 0, checked.stdout + checked.stderr


def test_check_accepts_a_fact_sheet_citing_the_record(tmp_path: Path) -> None:
    content = _briefing(tmp_path, FACTS)
    proc = briefing_here(content.parent, "check")
    assert proc.returncode == 0, proc.stdout + proc.stderr


#: Pages that give the reading in the language's bare degrees: check compared them before the reader
#: read them as degrees (a number in a sentence about heat, content/units.by_scale); kept so.
BARE = {
    "sud-soir-fr": ("fr", "Canicule à Dravona\n\nLe mercure a atteint 44 degrés mardi à "
                          "Dravona.\n"),
    "west-blatt-de": ("de", "Hitze in Dravona\n\nIn Dravona wurden bei der Hitze am Dienstag 44 "
                            "Grad gemessen.\n"),
}


def test_check_reads_the_bare_degrees_of_a_cited_quote_as_the_figures_scale(
        tmp_path: Path) -> None:
    facts = ("figures:\n  - id: record-temperature\n    label: Record temperature\n"
             "    unit: °C\n    reports:\n"
             "      - article: sud-soir-fr\n        value: 44\n"
             '        quote: "Le mercure a atteint 44 degrés"\n'
             "      - article: west-blatt-de\n        value: 44\n"
             '        quote: "In Dravona wurden bei der Hitze am Dienstag 44 Grad gemessen"\n')
    content = _briefing(tmp_path, facts, BARE)
    proc = briefing_here(content.parent, "check")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    wrong = facts.replace("value: 44\n        quote: \"Le", "value: 45\n        quote: \"Le")
    (content / "facts" / "facts.yaml").write_text(wrong, encoding="utf-8")
    assert briefing_here(content.parent, "check").returncode != 0  # 45 is not what it says
