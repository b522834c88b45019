"""Review of the twenty-ninth stop's merged rounds: near shapes of the new rules that misread,
on invented sentences, each beside a neighbour whose reading must stay."""

from __future__ import annotations

import pytest

from generator.text.future import in_future_clause
from tests.conservation import read, rules, story
from tests.probes import figures

# --- a wire's sign-off glued after the story's last stop is no caption (credit-field-tail)

_LEDE = ("Der Fluss stieg über Nacht um zwei Meter, und die Brücke von Talheim wurde für den "
         "Verkehr gesperrt, sagte der Bürgermeister.")
_LAST = "Die Retter erreichten den Weiler am Mittwochmorgen mit Booten, teilte das Amt mit.AFP"


def test_the_stories_last_paragraph_with_a_glued_sign_off_stays():
    c = read(f"Hochwasser in Talheim\n\n{_LEDE}\n\n{_LAST}\n", language="de")
    assert story(c) == [_LEDE, _LAST], rules(c)


def test_a_caption_with_a_glued_credit_between_paragraphs_is_still_one():
    caption = "Die Brücke von Talheim am Morgen nach dem Hochwasser.Keystone"
    closing = "Die Aufräumarbeiten sollen in der kommenden Woche beginnen, hieß es im Rathaus."
    c = read(f"Hochwasser in Talheim\n\n{_LEDE}\n\n{caption}\n\n{closing}\n", language="de")
    assert rules(c).get(caption) == "credit-field-tail", rules(c)
    assert story(c) == [_LEDE, closing]


# --- a toll another running count names is not the dead's (outcome_verbs._TOLL_OF)


def test_an_injury_toll_does_not_count_the_dead():
    assert (35, "dead") not in figures("The pile-up raised the injury toll to 35 people.")


def test_a_bare_toll_still_counts_the_dead():
    assert figures("The ferry sinking left a toll of 62 passengers.") == [(62, "dead")]


# --- Dutch "bezwijken": a person succumbs to wounds; a dyke or a roof gives way


def test_dykes_giving_way_are_no_dead():
    assert figures("Vier dijken bezweken na de storm.", "nl") == []


def test_walkers_succumbing_to_their_wounds_are_dead():
    assert figures("Drie wandelaars bezweken aan hun verwondingen.", "nl") == [(3, "dead")]


# --- es/pt "-ría" after "que": a name or a noun after an article is no conditional


@pytest.mark.parametrize("before", [
    "La portavoz dijo que la Consejería de Montes cerró el albergue el ",
    "El alcalde explicó que Gran Canaria recibió los víveres el ",
    "Informou que a Secretaria de Obras abriu o abrigo na ",
    "Dijo que el Ministerio de Ganadería cerró los mercados el ",
])
def test_a_noun_ending_like_a_conditional_is_no_future(before):
    assert not in_future_clause(before)


@pytest.mark.parametrize("before", [
    "El ministro anunció que viajaría a la comarca el ",
    "Dijo que la visitaría el ",
    "Disse que o governador visitaria a vila na ",
])
def test_the_conditional_of_reported_speech_is_still_the_future(before):
    assert in_future_clause(before)


# --- a conditional before a perfect infinitive says what may have happened, as "would have"


@pytest.mark.parametrize("before", [
    "Selon les experts, la digue pourrait avoir cédé dès ",
    "Selon eux, les talus pourraient avoir glissé ",
    "O engenheiro disse que a ponte poderia ter cedido na ",
])
def test_a_conditional_perfect_is_no_future(before):
    assert not in_future_clause(before)


@pytest.mark.parametrize("before", [
    "La réunion pourrait avoir lieu ",
    "Le préfet a dit que les secours se rendraient au village ",
])
def test_a_conditional_to_come_is_still_the_future(before):
    assert in_future_clause(before)
