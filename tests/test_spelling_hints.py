"""Spelling hints pair spellings of one name, not a name with a credit glued to it. Invented
pages."""

from __future__ import annotations

from pathlib import Path

from generator.site.pipeline import run_check
from generator.text.names import similar


def test_an_acronym_on_one_side_only_is_no_spelling():
    assert similar("Indonesian", "Indonesia CNN") is None  # a credit glued to a place
    assert similar("Lembara FM", "Lembara FN") is None
    assert similar("Humeima", "Humaymah") is not None  # transliterations stay hints
    assert similar("UN Secretary", "UN Secretery") is not None  # same acronym both sides


def test_check_gives_no_hint_for_a_glued_credit(tmp_path: Path):
    content = tmp_path / "content"
    (content / "articles").mkdir(parents=True)
    (content / "briefing.yaml").write_text("title: The Lembara floods\n", encoding="utf-8")
    (content / "outlets.yaml").write_text(
        "outlets:\n  - id: one\n    name: One\n  - id: two\n    name: Two\n", encoding="utf-8")
    (content / "articles" / "one.txt").write_text(
        "Floods in Lembara\n\nThe Indonesian rescue agency said 12 people died in Lembara and "
        "Paloe.\n",
        encoding="utf-8")
    (content / "articles" / "two.txt").write_text(
        "Lembara floods\n\nRivers rose across Lembara on Monday, Indonesia CNN reported.\n\n"
        "Rescuers from Palu searched the banks.\n", encoding="utf-8")
    for name in ("one", "two"):
        (content / "articles" / f"{name}.yaml").write_text(
            f"outlet: {name}\npublished: 2031-03-02\n", encoding="utf-8")
    _checked, problems = run_check(content)
    hints = [p.format() for p in problems.sorted() if "spelling" in p.format()]
    assert any("'Paloe'" in h and "'Palu'" in h
               for h in hints), hints  # hints are given
    assert not any("Indonesia CNN" in h for h in hints), hints


def test_a_german_noun_is_no_spelling_but_a_german_name_is(tmp_path: Path):
    content = tmp_path / "content"
    (content / "articles").mkdir(parents=True)
    (content / "briefing.yaml").write_text("title: The Lembara floods\n", encoding="utf-8")
    (content / "outlets.yaml").write_text(
        "outlets:\n  - id: one\n    name: One\n  - id: two\n    name: Two\n", encoding="utf-8")
    (content / "articles" / "one.txt").write_text(
        "Tragedi di Lembara\n\nBanjir di Lembara menewaskan 12 orang, kata pejabat di "
        "Paloe.\n", encoding="utf-8")
    (content / "articles" / "two.txt").write_text(
        "Flut in Lembara\n\nIn Lembara hat die Tragödie zwölf Menschen getötet, sagten "
        "Behörden in Palu am Montag. Nach der Tragödie ist die Stadt still.\n",
        encoding="utf-8")
    for name, language in (("one", "id"), ("two", "de")):
        (content / "articles" / f"{name}.yaml").write_text(
            f"outlet: {name}\npublished: 2031-03-02\nlanguage: {language}\n", encoding="utf-8")
    _checked, problems = run_check(content)
    hints = [p.format() for p in problems.sorted() if "spelling" in p.format()]
    assert any("'Paloe'" in h and "'Palu'" in h for h in hints), hints
    assert not any("Tragödie" in h for h in hints), hints
