"""A figure in a unit is labelled by the unit's English name: "Metres (400)", "Per cent (about
30)", "Tonnes (…)", not "Number of mètres", "Number of %" (with the id "30") or "Number of
tonnen", which trial 13's draft showed, named in the first outlet's language or by a sign.
Counted nouns keep "Number of …". Invented pages."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import draft_of_pages

PAGES = {
    "unit-fr": ("fr", "Essai\n\nLe cargo Varnholm, long de 300 mètres et d'une capacité de "
                      "90.000 tonnes, bloque le chenal depuis mardi.\n"),
    "unit-de": ("de", "Test\n\nDer 300 Meter lange Frachter Varnholm blockiert seit Dienstag "
                      "den Kanal. Rund 12 Prozent des Handels laufen durch den Kanal.\n"),
    "unit-en": ("en", "Test\n\nAbout 12% of the region's trade passes through the channel, "
                      "where the 300-metre freighter Varnholm ran aground. It carried 45 "
                      "sailors.\n"),
}


def test_a_figure_in_a_unit_is_named_by_the_unit(tmp_path: Path) -> None:
    draft = draft_of_pages(tmp_path / "units", PAGES)
    labels = {p.label: (p.id, {r.article for r in p.reports}) for p in draft.figures}
    assert labels["Metres (300)"] == ("metres-300", {"unit-fr", "unit-de", "unit-en"})
    assert labels["Per cent (about 12)"][0] == "per-cent-12"
    assert labels["Tonnes (90,000)"][0] == "tonnes-90000"
    assert any(label.startswith("Number of sailors") for label in labels)
    assert not any("mètres" in label or "%" in label or "Meter" in label for label in labels)
