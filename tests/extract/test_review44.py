"""Review 44 (4 December 2026): what the eighteenth stop's readings took too far, each with the
shape it was written for beside it (FIDELITY.md, "Review 44")."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.extract.singular import singular_figures
from tests.conftest import quote_speakers
from tests.conservation import BODY, LEDE, TITLE, page, read, rules, story
from tests.probes import figures, sentence


@pytest.mark.parametrize("text", [
    # German speakers with a separable verb are who spoke, not a count
    "30 Augenzeugen teilten mit, es sei sehr laut gewesen.",
    "30 Augenzeugen gaben zu, sie hätten nichts gesehen.",
])
def test_german_witnesses_with_a_separable_verb_spoke(text: str) -> None:
    assert figures(text, "de") == []


@pytest.mark.parametrize(("text", "want"), [
    # animals and machines killed or hurt are no people; an agent's noun is (animals killed
    # are a figure of dead animals of their own, never the toll: trial 38)
    ("The fire killed 40 cows and injured two farmers.", [(40, "cows (dead)"), (2, "wounded")]),
    ("The blast injured four horses.", []),
    ("The blast killed two dogs.", []),
    ("The collapse injured three surveyors.", [(3, "wounded")]),
    # one person's injuries are no toll
    ("The driver suffered three injuries to his head.", []),
    # asked to leave a room is no evacuation; asked to leave their homes is
    ("Three reporters were asked to leave the press conference.", []),
    ("Some 300 residents were urged to leave their homes.", [(300, "evacuee")]),
])
def test_outcomes_read_only_of_people_and_homes(text: str, want: list) -> None:
    assert figures(text, "en") == want


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Not one of the victims was a child."),
    ("en", "Three hikers died, not one of them a child."),
    ("fr", "Pas une des victimes n'est un enfant."),
])
def test_a_member_denied_is_no_figure(lang: str, text: str) -> None:
    assert singular_figures(sentence(text), lang) == []


def test_a_name_after_whom_it_was_said_to_is_the_speaker(tmp_path: Path) -> None:
    """"dijo a la prensa Marta Gil": the press is whom she spoke to, she speaks; a broadcaster's
    kind before a name makes the name the broadcaster's ("a la emisora … Canal Norte")."""
    said = quote_speakers(tmp_path / "a", "«Fue terrible», dijo a la prensa Marta Gil.\n", "es")
    assert said == {"Fue terrible": "Marta Gil"}
    told = quote_speakers(tmp_path / "b", "«Fue terrible», contó a la emisora regional de "
                          "noticias Canal Norte.\n", "es")
    assert told == {"Fue terrible": ""}


def test_a_subject_with_an_accented_capital_opens_the_sentence(tmp_path: Path) -> None:
    text = ("Ángela Ruiz, que vive al lado de Luis Mora, contó cómo salió del edificio. «No vi "
            "nada», ha relatado.\n")
    assert quote_speakers(tmp_path, text, "es") == {"No vi nada": "Ángela Ruiz"}


ENTRY = ("The mayor ordered the evacuation of the riverside streets after the levee gave way "
         "near the old mill.")


def test_a_live_entry_s_title_that_the_entry_takes_up_stays() -> None:
    c = read(page(TITLE, LEDE, "10.55am BST\n10:55\nEvacuation Ordered\n" + ENTRY, BODY))
    assert "Evacuation Ordered" in story(c)


def test_a_writer_s_name_under_a_live_entry_s_time_still_goes() -> None:
    c = read(page(TITLE, LEDE, "10.55am BST\n10:55\nMarta Quillon\n" + ENTRY, BODY))
    assert rules(c)["Marta Quillon"] == "entry-byline" and ENTRY in story(c)
