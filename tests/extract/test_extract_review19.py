"""Review 19: near shapes trial 20's extract mends misread, in invented sentences: survivors
taken to hospital are the injured, a number of victims hedged or replaced is no toll, "According
to <body>, <Name>," credits the body, and written sources ("read a statement") that name their
issuer or lose the floor to another speaker."""

from __future__ import annotations

import pytest

from tests.probes import figures as _figures
from tests.probes import source


@pytest.mark.parametrize("text, lang", [
    ("Dix-sept survivants ont été hospitalisés à Marova.", "fr"),
    ("17 Überlebende wurden verletzt ins Krankenhaus gebracht.", "de"),
])
def test_survivors_taken_to_hospital_are_the_wounded(text, lang):
    assert _figures(text, lang) == [(17, "wounded")]


@pytest.mark.parametrize("text, expected", [
    ("The number of victims is expected to be 140 people.", []),
    ("The number of victims, once thought to be 140, has been revised to 60.", [(60, "dead")]),
])
def test_a_hedged_or_replaced_number_of_victims_is_no_toll(text, expected):
    assert [(v, g) for v, g in _figures(text) if g == "dead"] == expected


def _source(text: str) -> str | None:
    return source(text, near="31")


@pytest.mark.parametrize("text, who", [
    ("According to police, Santa Marova, the largest town on the island, counted 31 dead.",
     "police"),
    ("According to officials, Red Cross, which arrived on Tuesday, rescued 31 people.",
     "officials"),
    ("According to the district police commander, Ivo Marek, 31 bodies were found.", "Ivo Marek"),
])
def test_according_to_a_body_then_a_name_between_commas_credits_the_body(text, who):
    assert _source(text) == who


def test_a_statement_naming_its_issuer_is_not_the_previous_speaker(tmp_path):
    from tests.conftest import quote_speakers

    speakers = quote_speakers(tmp_path, (
        "Ferry\n\n“We are searching through the night,” the governor, Ana Ruiz, said.\n\n"
        "“The ferry company will answer for this,” read a statement from the opposition.\n"))
    assert speakers["The ferry company will answer for this"] != "Ana Ruiz"


def test_a_statements_quotation_is_not_carried_past_another_persons_sentence(tmp_path):
    from tests.conftest import quote_speakers

    speakers = quote_speakers(tmp_path, (
        "Ferry\n\n“The boat left at dawn,” the release said. Ana Ruiz, a survivor, disagreed."
        "\n\n“I boarded at noon and it was already full.”\n"))
    assert speakers["I boarded at noon and it was already full"] != "the release"


@pytest.mark.parametrize("object_", ["the plaque at the harbour", "a banner on the bridge"])
def test_read_before_an_object_that_is_no_text_gives_no_speaker(tmp_path, object_):
    from tests.conftest import quote_speakers

    speakers = quote_speakers(tmp_path, f"Ferry\n\n“Rest in peace,” read {object_}.\n")
    assert speakers.get("Rest in peace") in (None, "")
