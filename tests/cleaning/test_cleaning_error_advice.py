"""An error is the page's to report only when the line asks for it to be reported (review 37):
the story's own advice names errors too. Each case failed before the rule (the advice was
removed as a request of the page); the requests for corrections stay removed. Invented text."""

from __future__ import annotations

import pytest

from tests.conservation import read, rules, story

EN = ["Fire in a flat on Mill Road",
      "A fire broke out in a third-floor flat on Mill Road on Tuesday night, the fire service "
      "said. Two residents were treated for smoke inhalation.",
      "The cause of the fire is under investigation, a spokesperson said."]
DE = ["Brand in einer Wohnung in Kelmbach",
      "In einer Wohnung im dritten Stock ist am Dienstagabend ein Feuer ausgebrochen, teilte die "
      "Feuerwehr mit. Zwei Bewohner kamen mit einer Rauchvergiftung ins Krankenhaus.",
      "Die Polizei ermittelt zur Ursache des Brandes."]


@pytest.mark.parametrize(("lang", "page", "advice"), [
    ("en", EN, "If your smoke alarm shows an error, please replace its battery at once."),
    ("en", EN, "Please check your boiler for errors before you switch it on again."),
    ("de", DE, "Zeigt Ihr Rauchmelder einen Fehler an, tauschen Sie bitte die Batterie aus."),
])
def test_advice_that_names_an_error_is_story(lang, page, advice):
    c = read("\n\n".join(page[:2] + [advice] + page[2:]) + "\n", language=lang)
    assert story(c) == [page[1], advice] + page[2:]


@pytest.mark.parametrize(("lang", "page", "asking"), [
    ("en", EN, "Spotted an error in this story? Please tell us."),
    ("en", EN, "Have you found a typo? Please let us know."),
    ("de", DE, "Sie haben einen Fehler entdeckt? Bitte schreiben Sie uns."),
])
def test_a_request_to_report_an_error_is_still_removed(lang, page, asking):
    c = read("\n\n".join(page[:2] + [asking] + page[2:]) + "\n", language=lang)
    assert rules(c).get(asking) == "page-request"
    assert story(c) == page[1:]


@pytest.mark.parametrize(("lang", "advice", "closing"), [
    ("en", "If you hear an alarm at home, please leave at once.",
     "Police are investigating the cause."),
    ("de", "Wenn Sie einen Alarm hören, verlassen Sie bitte sofort das Haus.",
     "Die Polizei ermittelt zur Ursache des Brandes."),
])
def test_a_short_closing_sentence_below_advice_is_story(lang, advice, closing):
    """A closing sentence of the story too short to be prose, under a line of advice to the
    reader, is where the story goes on: both stay (it had been removed as the box's button)."""
    page = EN if lang == "en" else DE
    c = read("\n\n".join(page[:2] + [advice, closing]) + "\n", language=lang)
    assert story(c) == [page[1], advice, closing]
