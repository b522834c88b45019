"""Quotations a new user found missed or left without a speaker on coverage of a ferry
capsizing (trial 20), in invented text of the same shapes: marks mixed straight and curly, a
name and its title in apposition before "said", and a statement credited with "read"."""

from __future__ import annotations

import pytest

from tests.conftest import quote_speakers


@pytest.mark.parametrize("text", [
    "Sinking\n\n\"Our prayers are with every family on the island,” the minister said in a "
    "post.\n",
    "Sinking\n\n“Our prayers are with every family on the island,\" the minister said in a "
    "post.\n",
])
def test_mixed_marks_make_a_quotation(tmp_path, text):
    speakers = quote_speakers(tmp_path, text)
    assert speakers.get("Our prayers are with every family on the island") == "the minister"


@pytest.mark.parametrize("comma", [",", ""])
def test_a_name_and_its_title_before_said(tmp_path, comma):
    speakers = quote_speakers(tmp_path, (
        f"Sinking\n\n“We have counted 25 so far,” Mara Lindqvist, the port’s "
        f"press officer{comma} said in a post.\n"))
    assert speakers["We have counted 25 so far"] == "Mara Lindqvist"


def test_a_statement_read_its_quotation(tmp_path):
    speakers = quote_speakers(tmp_path, (
        "Sinking\n\n“The port authority regrets to announce that the launch has overturned,” read "
        "a statement from the harbour office.\n\n“Divers are searching the hull and more boats "
        "are on their way to the island.”\n"))
    assert speakers["The port authority regrets to announce that the launch has overturned"] \
        == "a statement from the harbour office"
    assert speakers["Divers are searching the hull and more boats are on their way to the "
                    "island"] == "a statement from the harbour office"
