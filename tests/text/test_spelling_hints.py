"""Spelling hints pair spellings of one name, not a name with a credit glued to it, nor a German
noun with a word of another language. Invented pages."""

from __future__ import annotations

from pathlib import Path

from generator.site.pipeline import run_check
from generator.text.names import similar
from tests.conftest import small_briefing


def test_an_acronym_on_one_side_only_is_no_spelling():
    assert similar("Indonesian", "Indonesia CNN") is None  # a credit glued to a place
    assert similar("Lembara FM", "Lembara FN") is None
    assert similar("Humeima", "Humaymah") is not None  # transliterations stay hints
    assert similar("UN Secretary", "UN Secretery") is not None  # same acronym both sides


def _hints(root: Path, one: tuple[str, str], two: tuple[str, str]) -> list[str]:
    """The spelling hints `check` gives on two invented pages ((text, language) each)."""
    content = small_briefing(root, {"one": "One", "two": "Two"}, "figures: []\n", {
        stem: (text, f"outlet: {stem}\npublished: 2031-03-02\nlanguage: {language}\n")
        for stem, (text, language) in (("one", one), ("two", two))},
        title="The Lembara floods")
    _checked, problems = run_check(content)
    return [p.format() for p in problems.sorted() if "spelling" in p.format()]


def test_check_gives_no_hint_for_a_glued_credit(tmp_path: Path):
    hints = _hints(tmp_path, (
        "Floods in Lembara\n\nThe Indonesian rescue agency said 12 people died in Lembara and "
        "Paloe.\n", "en"), (
        "Lembara floods\n\nRivers rose across Lembara on Monday, Indonesia CNN reported.\n\n"
        "Rescuers from Palu searched the banks.\n", "en"))
    assert any("'Paloe'" in h and "'Palu'" in h for h in hints), hints  # hints are given
    assert not any("Indonesia CNN" in h for h in hints), hints


def test_a_german_noun_is_no_spelling_but_a_german_name_is(tmp_path: Path):
    hints = _hints(tmp_path, (
        "Tragedi di Lembara\n\nBanjir di Lembara menewaskan 12 orang, kata pejabat di "
        "Paloe.\n", "id"), (
        "Flut in Lembara\n\nIn Lembara hat die Tragödie zwölf Menschen getötet, sagten "
        "Behörden in Palu am Montag. Nach der Tragödie ist die Stadt still.\n", "de"))
    assert any("'Paloe'" in h and "'Palu'" in h for h in hints), hints
    assert not any("Tragödie" in h for h in hints), hints


def test_a_demonym_is_no_spelling_of_its_city():
    assert similar("Lisboa", "Lisboeta") is None


def test_a_headline_made_from_the_address_gives_no_names(tmp_path: Path):
    content = small_briefing(tmp_path, {"one": "One", "two": "Two"}, "figures: []\n", {
        "one": ("The tram left the rails at the foot of the hill in Valmora on Monday.\n",
                "outlet: one\npublished: 2031-03-02\nlanguage: pt\n"
                "url: https://example.com/noticias/acidente-no-elevador-de-valmora\n"),
        "two": ("Valmora tram crash\n\nThe Accidente bar by the hill tram shut, and "
                "the tram left the rails in Valmora.\n",
                "outlet: two\npublished: 2031-03-02\nlanguage: en\n")},
        title="The Valmora tram crash")
    _checked, problems = run_check(content)
    hints = [p.format() for p in problems.sorted() if "spelling" in p.format()]
    assert not any("Acidente" in h for h in hints), hints  # our capital, not the outlet's


def test_two_names_one_article_writes_side_by_side_are_two_places(tmp_path: Path):
    """Trial 20: one outlet wrote two neighbouring islands ("Kalo Bay", "Kelewe Bay") in one
    story; their consonants agree, and check offered them as one name's spellings. A writer who
    prints both tells them apart; across articles the same pair stays a hint."""
    hints = _hints(tmp_path, (
        "Ferry sinks off Kalo Bay\n\nThe ferry sank between Kalo Bay and Kelewe Bay on Monday, "
        "police said.\n", "en"), (
        "Ferry disaster\n\nDivers searched the water off Kalo Bay on Tuesday.\n", "en"))
    assert not any("'Kelewe Bay'" in h and "'Kalo Bay'" in h for h in hints), hints
    apart = _hints(tmp_path / "apart", (
        "Ferry sinks off Kalo Bay\n\nThe ferry sank off Kalo Bay on Monday, police said.\n",
        "en"), (
        "Ferry disaster\n\nDivers searched the water off Kelewe Bay on Tuesday.\n", "en"))
    assert any("'Kelewe Bay'" in h and "'Kalo Bay'" in h for h in apart), apart


def test_a_name_printed_with_its_variant_in_one_article_stays_a_hint(tmp_path: Path):
    """Review 18: "Kelbe (also spelled Kalba)" prints both in one story as one place's two
    spellings; only names joined as a list ("X and Y") are told apart."""
    hints = _hints(tmp_path, (
        "Ferry sinks off Kelbe\n\nThe ferry sank off Kelbe (also spelled Kalba) on Monday, "
        "police said.\n", "en"), (
        "Ferry disaster\n\nDivers searched the water off Kalba on Tuesday.\n", "en"))
    assert any("'Kelbe'" in h and "'Kalba'" in h for h in hints), hints
