"""Figures a new user's trial misread (trial 26, fresh pages of a poisoning in six languages):
the rising toll of one event, in agency copies and their translations. Each row stands beside a
neighbour whose reading must stay. Invented sentences (invented places: Grauholm, Vessby).

* Citizens of no country named ("eleven foreign citizens are in hospital") are people like any
  others: what befell them is read after them; a country's citizens stay a country's share
  (:func:`generator.extract.counts.people_counted.people_outcome`).
* An aside between dashes right after a group ("three tourists – two Danes and an American –
  died") is read past, as an aside between commas is (:mod:`generator.text.casualty.asides`).
* A German or Dutch clause whose participle stands last reads past an apposition between commas
  ("sind in Grauholm, einer Stadt am Fluss, gestorben").
* Two or more small numbers joined by "and" between commas right after who they are ("two
  Finnish nationals, 23 and 31, and …") are their ages (:mod:`generator.text.casualty.ages`), and
  what
  befell the people is read past them.
* German sets "das Leben kostete" last in a relative or subordinate clause ("die zwölf Menschen
  das Leben kostete"): the dead, as "kostete zwölf Menschen das Leben" is.
"""

from __future__ import annotations

import pytest

from generator.extract.figures import figures_in
from generator.extract.singular import singular_figures
from generator.text.sentences import Sentence


def _figures(text: str, lang: str) -> list[tuple[float, str]]:
    return [(f.value, f.group) for f in figures_in(Sentence(0, len(text), text, 0), lang)]


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # citizens of no country: the outcome after them
    ("en", "Some eleven foreign citizens remain in hospital in Vessby.", [(11, "wounded")]),
    ("en", "Nine local citizens died in the blaze at Vessby.", [(9, "dead")]),
    ("fr", "Onze ressortissants étrangers ont été hospitalisés à Vessby.", [(11, "wounded")]),
    ("de", "Elf ausländische Staatsbürger wurden in Grauholm verletzt.", [(11, "wounded")]),
    # neighbours: a country's citizens stay its share, English adjective or another language's
    ("en", "Two Danish citizens died in the blaze at Vessby.", [(2, "national")]),
    ("de", "Zwei dänische Staatsbürger starben in Grauholm.", [(2, "national")]),
    ("fr", "Onze ressortissants péruviens ont été hospitalisés à Vessby.", [(11, "national")]),
    # an aside between dashes, or hyphens set as dashes
    ("en", "Three other guests – two Finns and a Canadian – died in Vessby.",
     [(3, "dead"), (2, "national")]),
    ("en", "Three other guests - two Finns and a Canadian - died in Vessby.",
     [(3, "dead"), (2, "national")]),
    # neighbour: a hyphenated word is no dash
    ("en", "Three other guests at the low-cost hostel were questioned.", [(3, "guest")]),
    # an apposition before the participle set last
    ("de", "Vier Urlauber sind in Grauholm, einer beliebten Stadt am Fluss, gestorben.",
     [(4, "dead")]),
    ("nl", "Vier toeristen zijn in Grauholm, een populaire stad aan de rivier, overleden.",
     [(4, "dead")]),
    # neighbour: a list after the comma is no apposition; the count stays a count of people
    ("de", "Vier Touristen sind in Grauholm, Vessby und Lunden unterwegs gewesen.",
     [(4, "person")]),
    # ages listed between commas
    ("en", "Two Finnish citizens, 23 and 31, died in Vessby.", [(2, "national")]),
    ("fr", "Deux touristes, 19 et 22, sont arrivés à Vessby.", [(2, "person")]),
    # and what befell them is read past their ages
    ("fr", "Deux touristes, 19 et 22, sont morts à Vessby.", [(2, "dead")]),
    ("de", "Zwei Touristen, 19 und 22 Jahre alt, starben in Grauholm.", [(2, "dead")]),
    ("es", "Dos turistas, de 19 y 22 años, murieron en Vessby.", [(2, "dead")]),
    # neighbours: a list that counts, and one age after a name
    ("en", "The toll rose to 40, 12 and 14 of them children.", [(40, "dead"), (12, "dead"),
                                                               (14, "dead")]),
    ("en", "Mara Lind, 19, died in Vessby on Thursday.", []),
    # "das Leben kostete" set last
    ("de", "Die Behörden bestätigten, dass der Brand zwölf Menschen das Leben kostete.",
     [(12, "dead")]),
    ("de", "Es war die Vergiftung, die mindestens sechs Urlaubern das Leben kostete.",
     [(6, "dead")]),
    # neighbours: the verb first, and a price
    ("de", "Der Brand kostete zwölf Menschen das Leben.", [(12, "dead")]),
    ("de", "Die Übernachtung kostete zwölf Euro.", [(12, "eur")]),
])
def test_trial26_figure(lang: str, text: str, expected: list[tuple[float, str]]) -> None:
    assert _figures(text, lang) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # one of a country's people among the victims is counted apart, as "two Finns" are
    # (an American too, since trial 47 knows the peoples apart from their country's name)
    ("en", "The victims are two Finns, a Canadian and an American.",
     [(1, "national"), (1, "national")]),
    ("de", "Unter den Toten ist eine junge Kanadierin aus Vessby.", [(1, "national")]),
    ("pt", "Entre as vítimas estavam dois finlandeses e uma australiana.", [(1, "national")]),
    ("es", "Entre los muertos hay un estadounidense y una australiana.", [(1, "national")]),
    # neighbours: one person named by their job or their town is the toll's, as before
    ("en", "A Boston firefighter was injured in the blaze.", [(1, "wounded")]),
    ("en", "A Vessby firefighter was injured in the blaze.", [(1, "wounded")]),
    ("de", "Unter den Toten ist eine junge Frau aus Vessby.", [(1, "dead")]),
])
def test_trial26_one_of_a_country(lang: str, text: str, expected: list[tuple[float, str]]
                                  ) -> None:
    sentence = Sentence(0, len(text), text, 0)
    assert [(f.value, f.group) for f in singular_figures(sentence, lang)] == expected
