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
    ("At least 31 Texans died when the storm reached Varno, the sheriff said.", (31, "dead")),
    ("Nine Californians were still missing near Varno on Monday.", (9, "missing")),
    ("Twelve Londoners were injured when the roof at Varno fell.", (12, "wounded")),
])
def test_people_named_by_their_place_take_the_outcome_after_them(text, expected):
    assert expected in _found(text)


def test_a_capitalised_plural_that_names_no_people_keeps_its_own_noun():
    """The nearest shape: a count of named things, with no outcome after it."""
    found = _found("The council of Varno bought 12 Boeings for the airline last year.")
    assert all(group != "dead" for _value, group in found)


@pytest.mark.parametrize("text, lang", [
    ("El número de muertes en Varno se temía mayor, pero la empresa informó de que sus 57 "
     "obreros restantes están vivos.", "es"),
    ("O número de mortes em Varno era temido maior, mas a empresa informou que os seus 57 "
     "operários restantes estão vivos.", "pt"),
    ("Le nombre de morts à Varno faisait craindre le pire, mais selon l'usine ses 57 ouvriers "
     "restants sont sains et saufs.", "fr"),
    ("Il numero dei morti a Varno faceva temere il peggio, ma secondo la ditta i suoi 57 "
     "operai rimasti sono vivi.", "it"),
])
def test_people_said_to_be_alive_are_not_the_toll_named_before_them(text, lang):
    found = _found(text, lang)
    assert (57, "dead") not in found and any(v == 57 for v, _g in found)


@pytest.mark.parametrize("text, lang", [
    ("El número de muertes en Varno se temía mayor; al final sus 57 obreros restantes "
     "murieron.", "es"),
    ("O número de mortes em Varno era temido maior, e os seus 57 operários restantes "
     "morreram.", "pt"),
])
def test_people_said_to_have_died_after_a_toll_are_still_the_dead(text, lang):
    assert (57, "dead") in _found(text, lang)


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
    found = _found("Storms killed 6 people in three other provinces of Varno.")
    assert found == [(6, "dead")]


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



@pytest.mark.parametrize("text, lang", [
    ("The fire killed 12 people who were trapped alive in the hall at Varno.", "en"),
    ("The fire killed 12 people who were not found alive in the hall at Varno.", "en"),
    ("The storm killed 12 passengers, none of whom were found alive.", "en"),
    ("Il numero dei morti è alto: l'incendio ha ucciso 12 persone che vivevano nel palazzo.", "it"),
    ("Le bilan est lourd: l'incendie a tué 12 personnes vivant dans l'immeuble de Varno.", "fr"),
    ("The toll was feared higher; the storm killed 12 workers who accounted for half the shift.",
     "en"),
])
def test_the_verb_that_killed_them_still_counts_them_whatever_alive_words_follow(text, lang):
    """Review 10: "alive" words cancelled the verb's outcome ("killed 12 people who were trapped
    alive"), and matched inside other words ("vivevano", "vivant dans", "accounted for")."""
    assert (12, "dead") in _found(text, lang)


def test_people_who_lost_their_lives_are_the_dead():
    assert (40, "dead") in _found("Officials said 40 people lost their lives when the bridge at "
                                  "Varno fell.")


@pytest.mark.parametrize("text, lang", [
    ("The storm claimed the lives of 12 people in Varno.", "en"),
    ("The blast took the lives of 12 workers at the Varno plant.", "en"),
    ("A tragédia levou a vida de 12 pessoas em Varno.", "pt"),
    ("La tormenta se cobró la vida de 12 personas en Varno.", "es"),
    ("La tempête a coûté la vie à 12 personnes à Varno.", "fr"),
    ("Il ciclone è costato la vita a 12 persone a Varno.", "it"),
])
def test_a_verb_that_took_their_lives_counts_the_dead(text, lang):
    """Trial 15: "levou a vida de 104 pessoas" was a count of people."""
    assert (12, "dead") in _found(text, lang)


@pytest.mark.parametrize("text, lang", [
    ("The surgeons saved the lives of 12 people in Varno.", "en"),
    ("Os bombeiros salvaram a vida de 12 pessoas em Varno.", "pt"),
])
def test_lives_saved_are_no_dead(text, lang):
    assert (12, "dead") not in _found(text, lang)
