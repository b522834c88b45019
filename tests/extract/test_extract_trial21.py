"""Figures a new user found misread on coverage of a crush at a football ground (trial 21), in
invented sentences of the same shapes: a toll with the part of it named between commas
("N people, including M officers, died") lost its outcome to the aside."""

from __future__ import annotations

import pytest

from generator.extract.figures import figures_in
from generator.text.sentences import Sentence
from tests.probes import figures as _figures


@pytest.mark.parametrize("text, lang", [
    ("At least 41 people, including three stewards, died inside the arena.", "en"),
    ("Mindestens 41 Menschen, darunter drei Ordner, starben in der Arena.", "de"),
    ("Au moins 41 personnes, dont trois stadiers, ont perdu la vie.", "fr"),
    ("Al menos 41 personas, entre ellas tres guardias, murieron en la arena.", "es"),
])
def test_a_toll_keeps_its_outcome_past_the_part_named_between_commas(text, lang):
    assert (41, "dead") in _figures(text, lang)


@pytest.mark.parametrize("text, lang", [
    ("Some 41 people, said a nurse at the ward, were treated for smoke.", "en"),
    ("Au moins 41 personnes, dont trois stadiers, attendaient dehors.", "fr"),
])
def test_an_aside_without_a_part_or_without_an_outcome_stays_uncounted(text, lang):
    assert (41, "dead") not in _figures(text, lang)


@pytest.mark.parametrize("text, lang", [
    ("Les 62 victimes blessées ont été prises en charge à Corvel.", "fr"),
    ("Unas 62 víctimas heridas seguían graves en Corvel.", "es"),
    ("Le 62 vittime ferite sono state curate a Corvel.", "it"),
    ("As 62 vítimas feridas foram levadas para Corvel.", "pt"),
    ("Some 62 injured victims were still in Corvel's clinic.", "en"),
])
def test_victims_with_a_word_of_injury_after_them_are_the_injured(text, lang):
    assert [g for _, g in _figures(text, lang)] == ["wounded"]


def _approx(text: str, lang: str = "en") -> list[tuple[float, str | None]]:
    return [(f.value, f.approx) for f in figures_in(Sentence(0, len(text), text, 0), lang)]


@pytest.mark.parametrize("text, lang", [
    ("The fans' club said the toll had exceeded 58.", "en"),
    ("The death toll has surpassed 58, the club said.", "en"),
    ("Selon le club, le bilan a dépassé 58 morts.", "fr"),
    ("Die Zahl der Toten überstieg 58, teilte der Verein mit.", "de"),
    ("Según el club, el número de muertos superó los 58.", "es"),
])
def test_a_toll_that_exceeded_a_number_is_more_than_it(text, lang):
    assert _approx(text, lang) == [(58, "more-than")]


@pytest.mark.parametrize("text, lang", [
    ("Nach dem 2:3 von Kelmar FC gegen Vortuna stürmten 900 Fans das Feld.", "de"),
    ("Nach der 1:4-Niederlage der Gastgeber stürmten 900 Fans das Feld.", "de"),
    ("Après la défaite 1:4 des locaux, 900 supporters ont envahi le terrain.", "fr"),
])
def test_a_result_written_with_a_colon_is_no_count(text, lang):
    before = Sentence(0, 30, "Mindestens 60 Menschen starben.", 0)
    earlier = figures_in(before, lang)
    got = figures_in(Sentence(31, 31 + len(text), text, 0), lang, earlier)
    assert [f.value for f in got] == [900]


def test_a_clock_time_with_a_colon_is_still_a_time():
    from generator.text.quantities import TIME, read
    assert [q.kind for q in read("Das Spiel endete um 21:45 Uhr.", "de")] == [TIME]
