"""A toll recalled from another year in the clause of the number is no figure of the event
(trial 4: an earlier disaster's toll joined the running count of the dead). Invented
sentences."""

from __future__ import annotations

import pytest

from generator.extract.figures import figures_in
from generator.text.sentences import Sentence


def _values(text: str, lang: str) -> list[float]:
    return [f.value for f in figures_in(Sentence(0, len(text), text, 0), lang)]


@pytest.mark.parametrize("text, lang", [
    ("It is the worst disaster in Verlo since the flood of 1987, when 212 people drowned.", "en"),
    ("Verlo no vivía algo así desde la riada de 1987, cuando murieron 212 vecinos.", "es"),
    ("Seit dem Hochwasser von 1987, als 212 Menschen starben, war in Verlo nichts so schlimm.",
     "de"),
])
def test_a_toll_of_another_year_is_no_figure(text, lang):
    assert _values(text, lang) == []


@pytest.mark.parametrize("text, lang, value", [
    ("The ferry sank on Wednesday; 212 people died, officials said.", "en", 212),
    ("In Verlo 212 people died when the ferry sank, the worst toll since 1987.", "en", 212),
    ("Murieron 212 personas en el naufragio del ferry, dijo la guardia costera.", "es", 212),
    # another year with no "when" after it
    ("The blast came from 900 tonnes of fertiliser stored at the port since 2016.", "en", 900),
])
def test_the_events_own_toll_stays(text, lang, value):
    assert value in _values(text, lang)


def test_a_toll_word_naming_its_own_noun_does_not_take_the_sentence_befores():
    # "the figure of the missing … 30" then "the figure of people aboard … 95": people, not
    # the missing (trial 4: the number aboard was proposed as the missing)
    first = "Según la guardia costera, la cifra de desaparecidos quedó en 30."
    then = "Más tarde la cifra de personas embarcadas se elevó a 95."
    earlier = figures_in(Sentence(0, len(first), first, 0), "es")
    assert [(f.value, f.group) for f in earlier] == [(30, "missing")]
    start = len(first) + 1
    found = figures_in(Sentence(start, start + len(then), then, 0), "es", earlier)
    assert [(f.value, f.group) for f in found] == [(95, "person")]
