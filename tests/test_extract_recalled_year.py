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
    ("It is the worst disaster in Verlo since the one of 1987, when 212 people died.", "en"),
    ("Es el peor naufragio desde el ocurrido en 1987, cuando 212 personas murieron.", "es"),
    ("Nearly 200 people died when a ferry sank off the same coast in 1987.", "en"),
    ("A hotel in Verlo collapsed in 1991, killing more than 400 people.", "en"),
    ("Quelque 200 personnes étaient mortes dans le naufrage d'un ferry en 1987.", "fr"),
])
def test_a_toll_of_another_year_is_no_figure(text, lang):
    assert _values(text, lang) == []


@pytest.mark.parametrize("text, lang, value", [
    ("The ferry sank on Wednesday; 212 people died, officials said.", "en", 212),
    ("In Verlo 212 people died when the ferry sank, the worst toll since 1987.", "en", 212),
    ("Murieron 212 personas en el naufragio del ferry, dijo la guardia costera.", "es", 212),
    # what the event was made of, stored since another year: no death in its clause
    ("The blast came from a cargo of 900 tonnes of fertiliser seized at the port in 2016.",
     "en", 900),
])
def test_the_events_own_toll_stays(text, lang, value):
    assert value in _values(text, lang)


def test_a_toll_word_naming_its_own_noun_does_not_take_the_sentence_befores():
    # "the figure of the missing … 30" then "the figure of people aboard … 95": people, not
    # the missing (trial 4: the number aboard was proposed as the missing)
    first = "Los guardacostas dejaron la cifra de desaparecidos en 30."
    then = "La cifra de personas a bordo también fue elevada a 95."
    earlier = figures_in(Sentence(0, len(first), first, 0), "es")
    assert [(f.value, f.group) for f in earlier] == [(30, "missing")]
    start = len(first) + 1
    found = figures_in(Sentence(start, start + len(then), then, 0), "es", earlier)
    assert [(f.value, f.group) for f in found] == [(95, "person")]
