"""Figures on the five spent sealed sets s30–s34 (issue 16, round spfig3): the shapes left by
spfig2, each beside a near shape whose reading stays. Invented sentences (invented places
Tarnowo, Velmora, Harrowgate; other numbers).

* A place's population by a verb of living (:mod:`generator.extract.context.habits`): Polish
  "zamieszkuje" or "mieszka" before the number, with a pronoun and an abbreviation between,
  and any plural noun before a verb of living in the six languages after it ("N nationals live
  in poverty"); Polish "ok." (about) before a number ends no sentence, which had cut the
  population from its verb. People living in tents or camps stay a figure (the displaced); so
  do the victims "who live" somewhere.
* A toll recalled from another event (:mod:`generator.extract.context.background`): on an undated
page,
  a sentence set in a year long before the event's own (the analyst's years), and the sentence
  after it that tells its toll with no time of its own; "another similar one" with its noun
  left out, before where or when it happened. A page's own year, and "another similar case"
  of the event's own, stay.
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from generator.extract.context.background import recalled_spans
from generator.extract.figures import figures_in
from generator.text.sentences import Sentence, sentences


def _figures(text: str, lang: str) -> list[tuple[float, str]]:
    return [(f.value, f.group) for f in figures_in(Sentence(0, len(text), text, 0), lang)]


# ---- a place's population ------------------------------------------------------------------------

@pytest.mark.parametrize("text, lang", [
    ("Tarnowo leży nad rzeką Wisłą. Zamieszkuje je ok. 7 tys. osób.", "pl"),
    ("W Tarnowie mieszka 12 tys. osób, a pożar zniszczył dwa domy.", "pl"),
    ("Más de 600.000 velmoreños viven en la pobreza extrema.", "es"),
    ("About 90,000 Harrowgate residents live along the estuary.", "en"),
    ("Plus de 40 000 Velmorois vivent dans la vallée.", "fr"),
])
def test_a_population_by_a_verb_of_living_is_no_figure(text: str, lang: str) -> None:
    assert _figures(text, lang) == []


@pytest.mark.parametrize("text, lang", [
    ("Unos 3.000 desplazados viven en tiendas de campaña tras la inundación.", "es"),
    ("Some 4,000 evacuees live in tents since the flood hit Harrowgate.", "en"),
])
def test_people_living_in_tents_stay_a_figure(text: str, lang: str) -> None:
    assert _figures(text, lang), text


def test_about_abbreviated_before_a_number_ends_no_sentence() -> None:
    text = "Tarnowo leży nad rzeką. Zamieszkuje je ok. 7 tys. osób. Pożar wybuchł w nocy."
    sents = sentences(SimpleNamespace(paragraphs=[SimpleNamespace(text=text)]))
    assert [s.text for s in sents][1] == "Zamieszkuje je ok. 7 tys. osób."
    assert all(_figures(s.text, "pl") == [] for s in sents)
    assert len(sentences(SimpleNamespace(paragraphs=[SimpleNamespace(
        text="It was ok. Then 9 people left.")]))) == 2


# ---- a toll recalled from another event ----------------------------------------------------------

def _recalled(paragraph: str, lang: str, event_years: frozenset[int]) -> list[str]:
    """The words of ``paragraph``, on an undated page, that recall another event."""
    sents = sentences(SimpleNamespace(paragraphs=[SimpleNamespace(text=paragraph)]))
    return [paragraph[a:b] for a, b in recalled_spans(sents, "", lang, None, event_years)]


def test_a_toll_after_a_sentence_set_long_before_the_event_is_recalled() -> None:
    text = ("In het Friese Velmora brak in 1971 een brand uit in een spinnerij. Daarbij kwamen "
            "ruim 300 arbeiders om.")
    assert any("300" in span for span in _recalled(text, "nl", frozenset({2020})))


def test_a_year_of_the_event_recalls_nothing() -> None:
    text = ("In Velmora brak in 2020 een brand uit in een spinnerij. Daarbij kwamen ruim 30 "
            "arbeiders om.")
    assert not any("30" in span for span in _recalled(text, "nl", frozenset({2020})))


@pytest.mark.parametrize("text, lang, toll", [
    ("Il cedimento di Velmora fa pensare a un altro analogo, accaduto in Austria a fine marzo, "
     "quando 12 persone morirono sotto il tetto di una piscina.", "it", "12"),
    ("The collapse recalls another similar one in Harrowgate in March, when 14 people died.",
     "en", "14"),
])
def test_another_similar_one_tells_its_own_toll(text: str, lang: str, toll: str) -> None:
    assert any(toll in span for span in _recalled(text, lang, frozenset({2006})))


@pytest.mark.parametrize("text, lang", [
    ("Another similar case was reported in Harrowgate, where 3 people were hurt.", "en"),
    ("Un altro ferito è morto in ospedale: le vittime salgono a 9.", "it"),
])
def test_the_events_own_cases_stay(text: str, lang: str) -> None:
    assert _recalled(text, lang, frozenset({2006})) == []
