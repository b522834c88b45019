"""Today and yesterday in the other corpus languages date an event as "today" and "yesterday"
do in English, each in its own language only ("hier" is yesterday in French, "here" in German
and Dutch). Invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from generator.extract.dates import dates_in
from generator.text.relative_dates import resolve
from generator.text.sentences import Sentence

PUBLISHED = date(2031, 3, 5)
YESTERDAY, TODAY = date(2031, 3, 4), date(2031, 3, 5)


def _found(text: str, language: str) -> list[tuple[str, date]]:
    found = dates_in(Sentence(text=text, start=0, end=len(text), paragraph=0), PUBLISHED,
                     language)
    return [(m.expression, m.date.first) for m in found]


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Die Brücke in Valmora ist gestern Abend eingestürzt.", "de", [("gestern Abend", YESTERDAY)]),
    ("Le pont de Valmora s'est effondré hier soir.", "fr", [("hier soir", YESTERDAY)]),
    ("El puente de Valmora se derrumbó esta tarde.", "es", [("esta tarde", TODAY)]),
    ("Il ponte di Valmora è crollato ieri sera.", "it", [("ieri sera", YESTERDAY)]),
    ("A ponte de Valmora caiu ontem à noite.", "pt", [("ontem à noite", YESTERDAY)]),
    ("De brug in Valmora stortte vandaag in.", "nl", [("vandaag", TODAY)]),
    ("Most w Valmorze runął wczoraj.", "pl", [("wczoraj", YESTERDAY)]),
    # the same letters meaning something else, or "nowadays", date nothing
    ("Hier ist die Brücke von Valmora eingestürzt.", "de", []),
    ("Hier stortte de brug in.", "nl", []),
    ("Hoy en día nadie cruza el puente.", "es", []),
    ("Hoje em dia ninguém usa a ponte.", "pt", []),
])
def test_today_and_yesterday_in_the_articles_language(text, language, expected):
    assert _found(text, language) == expected


def test_check_reads_the_analysts_wording_in_another_language():
    assert resolve("gestern Abend", PUBLISHED).date.first == YESTERDAY
    assert resolve("ce matin", PUBLISHED).date.first == TODAY
