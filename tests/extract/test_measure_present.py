"""The people there when the event struck (on board, the passengers and the crew, people
there by a verb of being and a place) measure the people it put at risk, ``affected``; the
injured sent home from hospital measure the injured (tests/corpus/README.md's convention since
the thirty-eighth stop; the lead's read of the spent set s38, where fourteen such counts in
five languages were read as a plain ``count``). Their groups stay their own: a boat's
passengers are no rival of its dead. Fails without the groups' measures in
:mod:`generator.content.measured`. Invented sentences."""

from __future__ import annotations

import pytest

from generator.content.measured import measure_of
from generator.extract.figures import figures_in
from generator.text.sentences import Sentence


def _read(text: str, lang: str) -> list[tuple[float, str, str]]:
    return [(f.value, f.group, measure_of(f.befell or f.group, f.noun, lang))
            for f in figures_in(Sentence(0, len(text), text, 0), lang)]


@pytest.mark.parametrize("text, lang, value, group, measure", [
    ("The tour boat capsized on Lake Varnow with 31 passengers on board.", "en", 31,
     "passenger", "affected"),
    ("Le bateau transportait deux membres d'équipage lorsqu'il a chaviré.", "fr", 2, "crew",
     "affected"),
    ("Two people were discharged from hospital on Friday.", "en", 2, "discharged",
     "injured"),
])
def test_people_there_measure_the_affected(text, lang, value, group, measure):
    assert (value, group, measure) in _read(text, lang)


@pytest.mark.parametrize("text, lang, value, measure", [
    ("Thirteen people died when the tour boat capsized on Lake Varnow.", "en", 13, "dead"),
    ("Sept personnes ont été blessées lors de l'éruption.", "fr", 7, "injured"),
])
def test_the_victims_keep_their_outcome(text, lang, value, measure):
    assert any(v == value and m == measure for v, _, m in _read(text, lang))


@pytest.mark.parametrize("text, lang, value", [
    ("In totale sull'isola al momento dell'eruzione c'erano 47 persone.", "it", 47),
    ("En el momento de la erupción había menos de 50 personas en la isla.", "es", 50),
    ("Die Polizei sagte, dass zu diesem Zeitpunkt bis zu 50 Menschen auf der Insel waren.", "de",
     50),
    ("Forty-seven people were on the island when it erupted.", "en", 47),
    ("Il y avait 40 personnes sur le bateau au moment du naufrage.", "fr", 40),
])
def test_people_there_by_a_verb_of_being_and_a_place(text, lang, value):
    """A count stated by existence and a place (s38: five sites, five languages) is of the
    people present. Fails without extract/counts/present_there.py."""
    assert (value, "there", "affected") in _read(text, lang)


@pytest.mark.parametrize("text, lang, value, measure", [
    ("There were 30 people in hospital on Monday night.", "en", 30, "injured"),
    ("Forty-seven people were killed on the island.", "en", 47, "dead"),
    ("Había 12 personas heridas en la isla.", "es", 12, "injured"),
])
def test_a_hospital_or_an_outcome_keeps_its_measure(text, lang, value, measure):
    assert any(v == value and m == measure for v, _, m in _read(text, lang))
