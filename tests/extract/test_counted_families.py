"""Families and relatives are counts of their own, not civilians (trial 40, an unseen event).

"Liaison officers were with 36 families" was drafted "Number of civilians (36)": the noun groups
of the first example (a battle's fighters and civilians) put "family" and "relative" among the
civilians. A family is a household, and relatives are the victims' kin: the label says what the
page counts. Fails without their own groups in text/lexicon.NOUN_GROUPS; women and children
keep their group and their outcome. Invented sentences."""

from __future__ import annotations

from tests.conftest import draft_of_pages

PAGE = ("Varn tower fire\n\nLiaison officers were with 36 families on Monday.\n\n"
        "Five relatives waited at the gate of the hospital.\n\n"
        "Among the dead were 19 women, the fire service said.\n")


def test_families_and_relatives_are_labelled_as_written(tmp_path):
    draft = draft_of_pages(tmp_path / "p", {"families": ("en", PAGE)}, keep=False)
    labels = {f.label: f.measure for f in draft.figures}
    assert labels.get("Number of families (36)") == "count", labels
    assert labels.get("Number of relatives (5)") == "count", labels
    assert labels.get("Number of dead (19)") == "dead", labels
    assert not [label for label in labels if "civilian" in label], labels
