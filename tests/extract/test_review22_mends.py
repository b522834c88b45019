"""Review 22's findings on the merged rounds, in invented sentences: a status word that
describes the people gives way to what happened to them; a denied verdict on their
whereabouts leaves them missing; a noun or an active verb spelt like a status is no status."""

from __future__ import annotations

import pytest

from generator.extract.figures import figures_in
from tests.probes import sentence


def _groups(text: str, lang: str) -> list[tuple[float, str]]:
    return [(f.value, f.group) for f in figures_in(sentence(text), lang)]


@pytest.mark.parametrize("text, lang", [
    ("Al menos 41 personas detenidas en el centro de Varn murieron en el incendio.", "es"),
    ("Almeno 41 persone arrestate nel centro di Varn sono morte nell'incendio.", "it"),
    ("Pelo menos 41 pessoas detidas no centro de Varn morreram no incêndio.", "pt"),
    ("At least 41 people in custody at the Varn centre have died.", "en"),
])
def test_people_held_who_died_are_the_dead(text, lang):
    assert (41, "dead") in _groups(text, lang)


@pytest.mark.parametrize("text, lang", [
    ("Al menos 41 personas fueron detenidas en el centro de Varn.", "es"),
    ("41 personas detenidas en Varn pasaron la noche en comisaría.", "es"),
    ("At least 41 people were arrested after the riot in Varn.", "en"),
])
def test_guard_people_held_are_still_arrested(text, lang):
    assert (41, "arrested") in _groups(text, lang)


@pytest.mark.parametrize("text", [
    "Der Verbleib von 80 Menschen ist noch nicht geklärt.",
    "Der Verbleib von 80 Menschen konnte bislang nicht geklärt werden.",
])
def test_whereabouts_not_cleared_up_are_the_missing(text):
    assert (80, "missing") in _groups(text, "de")


def test_guard_whereabouts_cleared_up_are_accounted_for():
    text = "Der Verbleib von 80 Menschen ist inzwischen geklärt."
    assert (80, "accounted") in _groups(text, "de")


@pytest.mark.parametrize("text, lang", [
    ("Le gouvernement a publié 12 arrêtés de catastrophe naturelle pour la région.", "fr"),
    ("Unos 30 investigadores de la policía científica trabajan en el lugar.", "es"),
    ("Twelve people investigated the site on Monday.", "en"),
])
def test_a_noun_or_an_active_verb_spelt_like_a_status_is_none(text, lang):
    assert all(g not in ("arrested", "investigated") for _, g in _groups(text, lang))


@pytest.mark.parametrize("text, lang", [
    ("Unos 30 investigados por la policía quedaron en libertad.", "es"),
    ("Twelve people were investigated by the police.", "en"),
])
def test_guard_people_under_investigation_still_are(text, lang):
    assert any(g == "investigated" for _, g in _groups(text, lang))


@pytest.mark.parametrize("text, lang, wrong", [
    ("Ongeveer 300 vrijwilligers hebben de hele nacht in het dorp gezocht naar de vermisten.",
     "nl", "missing"),
    ("Etwa 300 Angehörige sind am Abend zum Krankenhaus der Stadt gekommen um nach ihren "
     "verletzten Verwandten zu fragen.", "de", "wounded"),
    ("300 mensen waren in de fabriek toen de explosie plaatsvond waarbij veel arbeiders gewond "
     "raakten.", "nl", "wounded"),
])
def test_a_verb_last_outcome_is_only_the_one_closing_the_groups_clause(text, lang, wrong):
    assert (300, wrong) not in _groups(text, lang)


@pytest.mark.parametrize("text, lang", [
    ("31 Menschen sind bei einem Brand in einem Stollen im Süden des Landes ums Leben gekommen.",
     "de"),
    ("31 Arbeiter konnten nach der Explosion in der Grube nur noch tot geborgen werden.", "de"),
])
def test_guard_a_long_verb_last_toll_is_still_read(text, lang):
    assert (31, "dead") in _groups(text, lang)


def _one(text: str) -> list[tuple[float, str]]:
    from generator.extract.singular import singular_figures
    return [(f.value, f.group) for f in singular_figures(sentence(text), "en")]


def test_what_a_hurt_person_said_of_the_dead_is_not_their_death():
    text = "A man who was injured in the blast said dead fish covered the river for miles."
    assert _one(text) == [(1, "wounded")]


def test_guard_a_hurt_person_reported_dead_died():
    text = "A climber who was injured in the fall was reported dead on Monday."
    assert (1, "dead") in _one(text)
