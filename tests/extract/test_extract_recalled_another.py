"""A sentence that writes no year and no day of the event's own, and names another incident
("another storm two weeks later", "un altro grave incidente", "otra nave … se
derrumbó"), tells that incident's toll (extraction round 14: three sites of the pooled fresh
sets, in English, Italian and Spanish). Invented sentences; the near shapes the rule must leave
alone are another incident on the event's own day, "another" before a count ("another 15 were
injured") and another person of the event ("another firefighter was hurt")."""

from __future__ import annotations

import pytest

from generator.extract.context.background import recalled_spans
from generator.text.sentences import Sentence


def _recalled(text: str, lang: str) -> list[str]:
    """The words of ``text`` that recall another event."""
    return [text[a:b] for a, b in recalled_spans([Sentence(0, len(text), text, 0)], "", lang)]


@pytest.mark.parametrize("text, lang, toll", [
    ("Another storm two weeks later killed three campers at a lake.", "en", "three"),
    ("Solo due giorni fa, sulla stessa strada, c'era stato un altro grave incidente, che "
     "aveva causato la morte di tre ragazzi.", "it", "tre"),
    ("En marzo, otra nave del mismo polígono se derrumbó y dejó cinco muertos.", "es", "cinco"),
    ("Un autre accident, le mois dernier, avait fait six blessés sur la même route.", "fr", "six"),
])
def test_another_incident_tells_its_own_toll(text, lang, toll):
    assert any(toll in span for span in _recalled(text, lang))


@pytest.mark.parametrize("text, lang", [
    ("On Sunday another tornado struck the valley, killing four campers.", "en"),
    ("Another 15 people were injured when the roof caved in.", "en"),
    ("Another firefighter was hurt and three residents were taken to hospital.", "en"),
    ("Ieri sera un altro incendio è divampato nella stessa zona: due feriti.", "it"),
    ("Otros 12 heridos fueron trasladados tras el derrumbe.", "es"),
])
def test_the_events_own_incidents_and_counts_stay(text, lang):
    assert _recalled(text, lang) == []


@pytest.mark.parametrize("text, lang", [
    ("Another victim died overnight, raising the accident's death toll to 9.", "en"),
    ("Another person died in hospital, bringing the disaster's toll to 17.", "en"),
    ("Un autre blessé est mort à l'hôpital, portant le bilan de l'accident à 9 morts.", "fr"),
    ("Otro herido murió en el hospital, con lo que el balance de la tragedia sube a 9 muertos.",
     "es"),
])
def test_another_of_the_events_people_keeps_the_toll_after_it(text, lang):
    """Review 4: "another" before a person of the event, and an incident word in a later
    clause (the event's own toll), dropped the event's toll as another incident's."""
    assert _recalled(text, lang) == []
