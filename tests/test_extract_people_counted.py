"""Counts of people the tables do not name, read on a new user's tornado briefing (trial 14,
FIDELITY.md): people named by their place ("Texans"), people said to be alive after a toll,
a number before "other" and its noun, flags at "half staff", and Spanish "decesos". Each case
failed before its change; beside it, the nearest shape that must stay as it was. Invented
sentences."""

from __future__ import annotations

import pytest

from generator.extract.figures import figures_in
from generator.text.sentences import Sentence, sentence_spans


def _found(text: str, lang: str = "en") -> list[tuple[float, str]]:
    return [(f.value, f.group) for start, end in sentence_spans(text)
            for f in figures_in(Sentence(start, end, text[start:end], 0), lang)]


@pytest.mark.parametrize("text, expected", [
    ("The governor said at least 74 Texans are dead after the storm at Varno.", (74, "dead")),
    ("By Monday 109 Californians were still missing in the valley.", (109, "missing")),
    ("Twelve Londoners were injured when the roof at Varno fell.", (12, "wounded")),
])
def test_people_named_by_their_place_take_the_outcome_after_them(text, expected):
    assert expected in _found(text)


def test_a_capitalised_plural_that_names_no_people_keeps_its_own_noun():
    """The nearest shape: a count of named things, with no outcome after it."""
    found = _found("The council of Varno bought 12 Boeings for the airline last year.")
    assert all(group != "dead" for _value, group in found)


@pytest.mark.parametrize("text, lang", [
    ("Se temía que el número de muertes en la planta fuera mayor, pero un portavoz dijo que los "
     "102 trabajadores restantes están vivos.", "es"),
    ("Temia-se que o número de mortes na fábrica fosse maior, mas um porta-voz disse que os "
     "102 trabalhadores restantes estão vivos.", "pt"),
    ("On craignait que le nombre de morts soit plus élevé, mais un porte-parole a dit que les "
     "102 ouvriers restants sont sains et saufs.", "fr"),
    ("Si temeva che il numero dei morti fosse più alto, ma un portavoce ha detto che i 102 "
     "lavoratori rimasti sono vivi.", "it"),
])
def test_people_said_to_be_alive_are_not_the_toll_named_before_them(text, lang):
    found = _found(text, lang)
    assert (102, "dead") not in found and any(v == 102 for v, _g in found)


@pytest.mark.parametrize("text, lang", [
    ("Se temía que el número de muertes en la planta fuera mayor; al final los 102 trabajadores "
     "restantes murieron.", "es"),
    ("Temia-se que o número de mortes fosse maior, mas um porta-voz disse que os 102 "
     "trabalhadores restantes morreram.", "pt"),
])
def test_people_said_to_have_died_after_a_toll_are_still_the_dead(text, lang):
    assert (102, "dead") in _found(text, lang)


@pytest.mark.parametrize("text, lang", [
    ("Se temía que el número de muertes fuera mayor, pero los bomberos dijeron que 12 personas "
     "fueron quemadas vivas.", "es"),
    ("Die Zahl der Toten ist unklar, doch die Feuerwehr sagte, dass 12 Menschen lebendig "
     "begraben wurden.", "de"),
    ("Die Zahl der Toten ist unklar, doch die Feuerwehr sagte, dass 12 Menschen lebendig "
     "verbrannt sind.", "de"),
])
def test_burned_or_buried_alive_is_no_word_that_they_survived(text, lang):
    assert (12, "dead") in _found(text, lang)


def test_a_number_before_other_and_a_noun_counts_that_noun():
    found = _found("The storms killed at least 14 people in four other provinces of Varno.")
    assert found == [(14, "dead")]


def test_other_before_people_still_counts_them():
    assert (2, "wounded") in _found("Two other people were injured in the blast at Varno.")


@pytest.mark.parametrize("text", [
    "The mayor ordered the flags of Varno flown at half staff until Friday.",
    "Flags over the town hall of Varno flew at half mast on Sunday.",
])
def test_half_staff_is_no_share(text):
    assert _found(text) == []


def test_half_the_houses_is_still_a_share():
    assert (50, "percent") in [(v, "percent") for v, _g in _found(
        "Half the houses in Varno were destroyed by the flood.")]


def test_spanish_decesos_are_the_dead():
    assert (100, "dead") in _found("El alcalde dijo que podría haber más de 100 decesos en "
                                   "Varno.", "es")

