"""Figures misread on a sealed set of fresh pages (issue #16, round 22), in invented sentences
of the same shapes: status counts with no kind of their own (arrested, under investigation,
whereabouts unknown or cleared), and a lower bound lost to a dateline glued to its sentence."""

from __future__ import annotations

import pytest

from generator.extract.figures import figures_in
from generator.extract.singular import singular_figures
from tests.probes import figures as _figures
from tests.probes import sentence


@pytest.mark.parametrize("text, lang", [
    ("Eleven people were arrested over the blaze at the hall.", "en"),
    ("In all, 11 people have been detained, among them two inspectors.", "en"),
    ("Elf Personen wurden festgenommen.", "de"),
    ("Onze personnes ont été arrêtées après l'incendie.", "fr"),
    ("Once personas fueron detenidas tras el incendio.", "es"),
])
def test_people_arrested_are_a_count_of_the_arrested(text, lang):
    assert (11, "arrested") in _figures(text, lang)


@pytest.mark.parametrize("text, lang", [
    ("More than 30 individuals are under investigation, the prosecutor said.", "en"),
    ("Unas 30 personas están siendo investigadas.", "es"),
])
def test_people_under_investigation_are_their_own_kind(text, lang):
    groups = [g for v, g in _figures(text, lang) if v == 30]
    assert groups and groups[0] == "investigated"


@pytest.mark.parametrize("text, lang, kind", [
    ("Eleven people were injured in the blast.", "en", "wounded"),
    ("Zwei Vermisste wurden noch gesucht.", "de", "missing"),
])
def test_guard_the_injured_and_the_missing_keep_their_kind(text, lang, kind):
    assert [g for _, g in _figures(text, lang)] == [kind]


def _approx(text: str, lang: str = "en") -> list[tuple[float, str | None]]:
    return [(f.value, f.approx) for f in figures_in(sentence(text), lang)]


@pytest.mark.parametrize("text, lang, want", [
    ("LisbonAt least 41 people died in the fire, the ministry said.", "en", (41, "at-least")),
    ("PortoMore than 41 people were hurt in the fire.", "en", (41, "more-than")),
    ("MadridAl menos 41 personas murieron en el incendio.", "es", (41, "at-least")),
])
def test_a_qualifier_keeps_its_number_after_a_dateline_glued_to_it(text, lang, want):
    assert want in _approx(text, lang)


@pytest.mark.parametrize("text", [
    "The handsome 41 recruits died in the fire.",  # "some" inside a word is no qualifier
    "Over in Lisbon 41 people died in the fire.",
])
def test_guard_no_qualifier_is_read_inside_a_word(text):
    assert (41, None) in _approx(text)


def _one(text: str, lang: str) -> list[tuple[float, str | None, str]]:
    return [(f.value, f.approx, f.group) for f in singular_figures(sentence(text), lang)]


@pytest.mark.parametrize("text, lang", [
    ("Selon la mairie de Corvel, l'éboulement a causé au moins un mort lundi.", "fr"),
    ("Al menos un muerto dejó el derrumbe en Corvel.", "es"),
    ("The storm left at least one dead in the valley.", "en"),
])
def test_at_least_one_written_in_words_keeps_its_lower_bound(text, lang):
    assert (1, "at-least", "dead") in _one(text, lang)


def test_guard_one_without_a_qualifier_stays_exact():
    assert _one("Un mort a été signalé à Corvel.", "fr") == [(1, None, "dead")]


@pytest.mark.parametrize("text, want", [
    ("Der Verbleib von 73 Menschen ist nach dem Einsturz in Corvel weiter unklar.", "missing"),
    ("Der Verbleib von 73 Personen ist ungeklärt.", "missing"),
    ("Der Verbleib von 73 Menschen konnte inzwischen geklärt werden.", "accounted"),
])
def test_german_whereabouts_unclear_or_cleared_say_missing_or_accounted_for(text, want):
    assert (73, want) in _figures(text, "de")


def test_guard_a_cleared_cause_beside_people_counts_no_whereabouts():
    assert (73, "accounted") not in _figures(
        "Die Ursache ist geklärt, 73 Menschen wurden verletzt.", "de")
