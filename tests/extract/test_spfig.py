"""Figures on the spent sealed sets s30–s33 (issue 16, round spfig): the shapes that lost a figure
or made a wrong one, each beside a near shape whose reading stays. Invented sentences (invented
towns Harrowgate and Velmora, invented people, other numbers).

* A small number alone in brackets right after a person's full name ("Lena Marsh (34)") is that
  person's age, in a list of notables among the victims: no count of the victims named before
  (:mod:`generator.text.casualty.ages`). A count in brackets after one place's name stays read.
* The suspects the police hold are people, counted however few ("seven suspects", "seis
  sospechosos"; :data:`generator.text.counted_words.PEOPLE`); a few things no table names stay
  dropped ("two wings"), and so do an English crew's pilots safe on board.
* An English part set before "of the" and the whole's own number, people named by who they are
  with nothing befalling them ("four of the nine suspects had a record"), is no count: the whole
  is (:func:`generator.extract.counts.counted.not_counted_here`); a part that died stays a figure.
* A share of the victims given as an unconfirmed report ("tra le vittime ci sarebbero quattro
  olandesi") is counted as "ci sono" is (:data:`generator.text.copulas.AMONG_VERBS`).
* A full date alone opening the lede, set off by a dash as a dateline ("14 de marzo del 2016.-
  Al menos …"), is the page's own date, not an earlier year recalled: the lede's toll stays
  (:func:`generator.text.datelines.opening_date`). A year in the clause of a toll on an undated
  page still recalls another event.
"""

from __future__ import annotations

import pytest

from generator.extract.figures import figures_in
from generator.text.sentences import Sentence


def _figures(text: str, lang: str, earlier: str = "") -> list[tuple[float, str]]:
    before = figures_in(Sentence(0, len(earlier), earlier, 0), lang) if earlier else []
    return [(f.value, f.group) for f in figures_in(Sentence(0, len(text), text, 0), lang, before)]


# ---- an age in brackets after a full name -------------------------------------------------------

@pytest.mark.parametrize("earlier, text, lang", [
    ("Beim Absturz bei Harrowgate starben neun Briten und zwei Piloten.",
     "Unter den Opfern sind die Reiterin Lena Marsh (34) und der Koch Piet van Dorn (61).", "de"),
    ("Nello schianto sono morti nove britannici e due piloti.",
     "Tra le vittime la cantante Lena Marsh (34) e il cuoco Piet Dorn (61).", "it"),
    ("Nine Britons and two pilots died in the crash near Harrowgate.",
     "The victims include the rider Lena Marsh (34) and the chef Piet van Dorn (61).", "en"),
])
def test_an_age_in_brackets_after_a_name_is_no_count(earlier, text, lang):
    assert _figures(text, lang, earlier) == []


def test_a_count_in_brackets_after_a_single_place_name_stays():
    # (tourists, not Britons: a country's people are its share, "national", since trial 47)
    earlier = "Nine tourists died in the crash near Harrowgate."
    text = "The victims came from Harrowgate (4) and Velmora (5)."
    assert _figures(text, "en", earlier) == [(4, "dead"), (5, "dead")]


# ---- suspects are people, counted however few --------------------------------------------------

@pytest.mark.parametrize("text, lang, want", [
    ("Police in Velmora have detained seven suspects over the blaze.", "en", [7]),
    ("La policía de Velmora detuvo a seis sospechosos.", "es", [6]),
])
def test_suspects_are_counted_however_few(text, lang, want):
    assert [v for v, _ in _figures(text, lang)] == want


@pytest.mark.parametrize("text, lang", [
    ("Deux ailes de l'appareil ont pris feu à Velmora.", "fr"),
    ("The two wings of the plane broke off near Velmora.", "en"),
    # an English crew's pilots safe on board: a part of the crew, not listed (corpus labels)
    ("The firm said its whole crew, the two pilots aboard among them, was safe in Velmora.", "en"),
])
def test_a_few_things_no_table_names_stay_dropped(text, lang):
    assert _figures(text, lang) == []


# ---- a part of a counted whole that nothing befalls ---------------------------------------------

@pytest.mark.parametrize("text, want", [
    ("The chief said four of the nine suspects in Velmora had a record.", [(9, "suspect")]),
    ("The captain said two of the 30 passengers in Velmora were Dutch.", [(30, "passenger")]),
])
def test_an_idle_part_of_a_counted_whole_is_no_count(text, want):
    assert _figures(text, "en") == want


@pytest.mark.parametrize("text, want", [
    ("Four of the nine passengers in Velmora died.", [(4, "dead"), (9, "passenger")]),
    ("Ten of the 64 victims in Velmora have been identified.", [10, 64]),
])
def test_a_part_something_befalls_stays_a_figure(text, want):
    got = _figures(text, "en")
    if isinstance(want[0], tuple):
        assert got == want
    else:
        assert [v for v, _ in got] == want


# ---- a share of the victims said as an unconfirmed report ("ci sarebbero") ----------------------

@pytest.mark.parametrize("text, want", [
    # (tourists: "olandesi" are the Netherlands' share, "national", since trial 47)
    ("Fra le vittime ci sarebbero anche quattro turisti, un polacco e un greco.", [(4, "dead")]),
    ("Tra i feriti ci sarebbero tre pescatori.", [(3, "wounded")]),
])
def test_a_share_of_the_victims_reported_unconfirmed(text, want):
    assert _figures(text, "it") == want


def test_the_indicative_share_stays():
    assert _figures("Tra le vittime ci sono anche quattro turisti.", "it") == [(4, "dead")]


# ---- a date alone opening the lede as a dateline ------------------------------------------------

def _drafted(text: str, lang: str) -> list[float]:
    from generator.extract.context.background import recalled_spans
    from generator.text.sentences import sentence_spans

    sents = [Sentence(a, b, text[a:b], 0) for a, b in sentence_spans(text)]
    spans = recalled_spans(sents, "", lang)
    return [f.value for s in sents for f in figures_in(s, lang)
            if not any(a <= f.start < b for a, b in spans)]


@pytest.mark.parametrize("text, lang", [
    ("14 de marzo del 2016.- Al menos 37 personas murieron en el derrumbe de un puente en Velmora.",
     "es"),
    ("14 March 2016 – At least 37 people died when a bridge fell in Velmora.", "en"),
])
def test_a_date_opening_the_lede_is_the_pages_own(text, lang):
    assert _drafted(text, lang) == [37]


def test_a_year_recalled_in_the_clause_of_a_toll_stays_recalled():
    text = "En marzo del 2016 al menos 37 personas murieron en el derrumbe de un puente en Velmora."
    assert _drafted(text, "es") == []
