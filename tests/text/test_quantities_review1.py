"""Review 1 of numbers round 8: near shapes the pooled readings took too far. A "no" that ends
a clause is no negation of the number after it, a witness can be a casualty, a passive verb of
saying is about the one counted, "one hundred" is a number of its own, a Roman numeral spelt
as a little word ("Le", "Ce", "I") is the word, and a number after "day" and a comma or in
brackets is no date. Invented phrases; rows as in
tests/text/test_quantities.py."""

from __future__ import annotations

import pytest

from tests.text.test_quantities import _check

Q, ORD, D = "quantity", "ordinal", "date"

TABLE: list[tuple[str, str, list[tuple]]] = [
    # "no" closes the clause before the number word: the number is a count again
    ("en", "asked if it was safe, he said no; two engineers disagreed", [(Q, "two", 2)]),
    ("en", "the answer was no – three of the pillars had cracked", [(Q, "three", 3)]),
    ("en", "no one was hurt", []),
    # a full stop after "no" ends the sentence: the capitalised number word after it is a
    # count, not a numbered thing; the sign "No." before digits or a small word stays a sign
    ("en", "asked if it was safe, he said no. Two engineers disagreed", [(Q, "Two", 2)]),
    ("en", "Gate No. 5 stayed shut", [("id", "5", 5)]),
    ("es", "el pozo no. cuatro", [("id", "cuatro", 4)]),
    # a witness or a bystander counted as a casualty
    ("en", "One bystander was killed and two were hurt", [(Q, "One", 1), (Q, "two", 2)]),
    ("en", "one witness died at the scene", [(Q, "one", 1)]),
    ("en", "One witness, a shopkeeper, recalled the blast", []),
    ("en", "one onlooker recalled the blast", []),
    # a passive verb of saying is about the one counted
    ("en", "one child was described as critical", [(Q, "one", 1)]),
    ("en", "one worker was told to leave the site", [(Q, "one", 1)]),
    ("en", "one worker told reporters the site shook", []),
    # "one" opening a larger number word
    ("en", "one hundred residents told the council", [(Q, "one hundred", 100)]),
    # a Roman numeral spelt as a little word is the word, beside "century" too; Czech writes
    # the century's numeral with a stop
    ("fr", "Le siècle dernier a vu trois crues", [(Q, "trois", 3)]),
    ("fr", "Ce siècle a vu deux incendies", [(Q, "deux", 2)]),
    ("it", "I secoli passati", []),
    ("en", "the worst flood this century I have seen", []),
    ("fr", "au Ve siècle", [(ORD, "Ve", 5)]),
    ("cs", "požár ve XX. století", [(ORD, "XX", 20)]),
    # the word for "day" takes its day number straight after it; after a comma or in brackets
    # the number is what the day held
    ("pt", "a média de mortes por dia (12) dobrou", [(Q, "12", 12)]),
    ("es", "el peor día, 16. Los demás", [(Q, "16", 16)]),
    ("es", "el día 16, cuando", [(D, "16", 16)]),
    ("pt", "o incêndio começou na sexta feira (13) à noite", [(D, "13", 13)]),
]


@pytest.mark.parametrize(("lang", "phrase", "expected"), TABLE,
                         ids=[f"{r[0]}:{r[1][:30]}" for r in TABLE])
def test_review_reading(lang, phrase, expected):
    _check(lang, phrase, expected)
