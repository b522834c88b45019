"""A pronoun speaker whose person the people index did not take (named doing something else,
with no title, apposition or speech verb: "… the house where Ana Ruiz lives. “…,” she said") is
the last name near it; never an organisation, an agency or a place-like run, and nothing when no
name is near.
Sentences written for these tests (none is a real article's)."""

from __future__ import annotations

from tests.extract.test_extract_shapes import _quotes


def test_he_is_the_name_near_it(tmp_path):
    quotes = _quotes(tmp_path, (
        "Street fire\n\n"
        "Smoke rose over Lake Tarvin before dawn. The blaze reached the yard next to the house "
        "where Ramon Estevez Ortega lives. “The sky was orange, then the roof went,” he said.\n"),
        "en")
    assert "Estevez Ortega" in quotes["The sky was orange, then the roof went"]
    quotes = _quotes(tmp_path / "b", (
        "Street fire\n\n"
        "Bakery owner Dalia Fenwick counted the broken trays on the pavement. “We lost every "
        "oven we had,” she said.\n"), "en")
    assert "Dalia Fenwick" in quotes["We lost every oven we had"]


def test_no_name_near_leaves_the_pronoun(tmp_path):
    quotes = _quotes(tmp_path, (
        "Street fire\n\n"
        "The fire spread to the Northfield Furniture Company depot overnight. “Nothing could "
        "be saved from the back rooms,” he said.\n"), "en")
    # no person is near: the pronoun stays, for the analyst to resolve (not a company's name)
    assert quotes["Nothing could be saved from the back rooms"] == "he"
