"""How far the event reached is one of its figures (figures round 19, the corpus convention of 2
December 2026): the radius in which a blast was heard, felt or did damage, and how far it was
heard or felt, the verb right before the distance. Each is proposed in its own group of
distances, never with the lengths of things. A distance that says where a place lies, even a
place where the blast was felt, stays dropped, and so does a vague radius (where the event
itself happened is :mod:`generator.extract.amounts.locating`'s). Invented sentences."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.extract.figures import figures_in
from generator.text.sentences import Sentence
from tests.conftest import draft_of_pages


def _found(text: str, lang: str) -> list[tuple[float, str]]:
    return [(f.value, f.group) for f in figures_in(Sentence(0, len(text), text, 0), lang)]


@pytest.mark.parametrize("text, lang, expected", [
    ("La explosión fue tan fuerte que se escuchó en un radio de 50 kilómetros.", "es",
     [(50, "distance")]),
    ("La déflagration a été entendue à plus de 12 kilomètres à la ronde.", "fr",
     [(12, "distance")]),
    ("Die Explosion war im Umkreis von 20 Kilometern zu hören.", "de", [(20, "distance")]),
    ("Lo scoppio è stato udito nel raggio di 15 chilometri.", "it", [(15, "distance")]),
    ("Windows were shattered within a radius of 3 km of the depot.", "en", [(3, "distance")]),
    ("The blast at the Tarrow plant was heard up to 10 miles away.", "en", [(10, "distance")]),
    # how far from the event's own place it was felt (a "far distance" no figure in round 12)
    ("O estrondo foi sentido a mais de 30 km de distância de Calvera.", "pt", [(30, "distance")]),
    ("Le souffle a été ressenti à 8 km et 200 habitants ont été évacués.", "fr",
     [(8, "distance"), (200, "evacuee")]),
])
def test_how_far_the_event_reached_is_a_figure(text, lang, expected):
    assert _found(text, lang) == expected


#: One invented report, sentence by sentence: only the reach of the blast is proposed.
_REPORT = [
    ("The blast, heard within a radius of 30 km, was felt in Nessia, 240 km away.", "en"),
    ("La onda se sintió en la isla de Vara, a unos 200 kilómetros de distancia.", "es"),
    ("Il boato è stato avvertito a 90 chilometri a est.", "it"),  # where a place lies
    ("The rumble was heard 40 km away in Verlo.", "en"),  # how far Verlo lies
    ("Windows shattered; the hospital lies within a radius of 5 km of the port.", "en"),
    ("Every parked car within a radius of several hundred metres was damaged.", "en"),  # vague
]
# ("ran aground about 6 km north of the lock" locates the event: a figure since chk52a,
# tests/extract/test_locating_distance_checklist.py)


def test_a_distance_that_places_something_stays_dropped():
    found = [(i, value) for i, (text, lang) in enumerate(_REPORT)
             for value, _group in _found(text, lang)]
    assert found == [(0, 30)]


def test_a_reached_distance_is_not_grouped_with_a_length():
    """The radius of the blast and the length of track it tore up are two measures."""
    found = _found("Heard in a radius of 3 km, the blast tore up 3 km of track.", "en")
    assert sorted(found) == [(3, "distance"), (3, "km")]


PAGES = {
    "reach-en": ("en", "Test\n\nThe blast at the Varnholm depot was heard within a radius of 40 km "
                       "and tore up 3 km of track.\n"),
    "reach-fr": ("fr", "Essai\n\nL'explosion du dépôt de Varnholm a été entendue à 40 kilomètres "
                       "à la ronde.\n"),
}


def test_reports_of_the_reach_make_one_figure_apart_from_lengths(tmp_path: Path) -> None:
    draft = draft_of_pages(tmp_path / "reach", PAGES)
    found = {p.label: (p.id, sorted((r.article, r.value) for r in p.reports))
             for p in draft.figures}
    assert found["Distance reached, kilometres (40)"] == (
        "kilometres-40", [("reach-en", 40), ("reach-fr", 40)])
    assert found["Kilometres (3)"] == ("kilometres-3", [("reach-en", 3)])
