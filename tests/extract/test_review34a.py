"""Review 34a of the lead's rules of the thirty-fourth stop: near shapes they read wrong, each
beside the shape the rule reads, which it still reads. Invented sentences."""

from __future__ import annotations

import pytest

# --- "revealed to"/"disclosed that" are speech verbs, "revealed to be" is no telling: the toll
# or the man it is said of is no source


@pytest.mark.parametrize(("text", "who"), [
    ("Rescuers revealed to reporters that 14 miners were still missing.", "Rescuers"),
    ("The mayor disclosed that 14 miners were still missing.", "The mayor"),
    ("The count was revealed to be 14 on Tuesday.", None),
    ("The toll was disclosed to have reached 14 by dusk.", None),
])
def test_revealed_to_be_is_no_speech(text, who):
    from generator.extract.speakers.attribution import attribution
    from tests.probes import sentence

    found = attribution(sentence(text), near=text.index("14"), lang="en")
    assert (found.who if found else None) == who, found


# --- "He said" goes past a person only named in a passive of what was done to him, not past one
# whose relative or whose victim it was done to ("identified as the victim's brother", "whose
# son was killed"), and the one who spoke before is the one whose speech verb it is ("Marta
# Kessel, whose deputy told reporters …" is not her telling)

_SPOKE = ("Fire at Larne depot\n\nThe blaze was out by noon.\n\nMarta Kessel, the district fire "
          "chief in Larne, told a local radio that the depot had been empty.\n\n")
_AFTER = "\n\nHe said, \"The roof came down within minutes.\"\n"


@pytest.mark.parametrize(("middle", "speaker"), [
    # the rule: he is the one killed, named as a victim, buried
    ("Tomas Brell, a 40-year-old guard, was named as one of the victims.", "Marta Kessel"),
    ("Tomas Brell, 40, a guard from Osk, was killed in the blaze.", "Marta Kessel"),
    ("Tomas Brell, who was buried on Friday, had worked at the depot.", "Marta Kessel"),
    # someone else's: his relative, the victim's relative, the suspect's lawyer
    ("Tomas Brell, a 40-year-old guard, was identified as the victim's brother.", "Tomas Brell"),
    ("Tomas Brell, a 52-year-old lawyer, was named as the first suspect's counsel.",
     "Tomas Brell"),
    ("Tomas Brell, whose brother was killed in the blaze, arrived at noon.", "Tomas Brell"),
])
def test_the_passive_must_be_said_of_the_one_named(tmp_path, middle, speaker):
    from tests.conftest import quote_speakers

    found = quote_speakers(tmp_path, _SPOKE + middle + _AFTER)
    assert set(found.values()) == {speaker}, found


def test_a_speech_verb_of_someone_else_after_a_name_is_not_its_telling(tmp_path):
    from tests.conftest import quote_speakers

    text = ("Fire at Larne depot\n\nJon Hale said the depot had been empty.\n\nMarta Kessel, "
            "whose deputy told reporters the gate was shut, was away.\n\nTomas Brell, a "
            "40-year-old guard, was killed in the blaze." + _AFTER)
    found = quote_speakers(tmp_path, text)
    assert set(found.values()) == {"Jon Hale"}, found


# --- an outlet's title after its noun in the genitive ("laut des Senders „…“") is a name too


@pytest.mark.parametrize(("text", "expected"), [
    ("Laut der Zeitung „Nordkurier“ wurden 14 Menschen verletzt.", "der Zeitung Nordkurier"),
    ("Laut des Senders „Radio Kessby“ wurden 14 Menschen verletzt.",
     "des Senders Radio Kessby"),
])
def test_a_title_after_a_genitive_outlet_noun_is_the_source(text, expected):
    from generator.extract.speakers.attribution import attribution
    from tests.probes import sentence

    found = attribution(sentence(text), near=text.index("14"), lang="de")
    assert found is not None and found.who == expected, found
