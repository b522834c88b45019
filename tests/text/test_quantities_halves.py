"""Halves of a scale word are read as the outlet wrote them (issue 16, extraction round 10's
finding): "eine halbe Million" is 500,000, not a million; "one and a half million" is one number,
not one, 50 % and a million. Invented sentences."""

from __future__ import annotations

import pytest

from generator.text.quantities.reader import quantities


def _read(text: str, lang: str) -> list[tuple[str, float | None]]:
    return [(text[q.start:q.end], q.value) for q in quantities(text, lang)]


@pytest.mark.parametrize(("text", "lang", "value"), [
    ("Die Flut traf fast eine halbe Million Menschen im Tal.", "de", 500_000),
    ("Mehr als einer halben Million Haushalte fehlte der Strom.", "de", 500_000),
    ("Anderthalb Millionen Menschen sollen die Stadt verlassen.", "de", 1_500_000),
    ("Zweieinhalb Millionen Euro Soforthilfe wurden zugesagt.", "de", 2_500_000),
    ("Casi medio millón de vecinos se quedaron sin agua.", "es", 500_000),
    ("Las pérdidas superan el millón y medio de euros.", "es", 1_500_000),
    ("Près d'un demi-million de foyers ont été privés de courant.", "fr", 500_000),
    ("Un million et demi de personnes ont été évacuées.", "fr", 1_500_000),
    ("Oltre mezzo milione di persone sono rimaste al buio.", "it", 500_000),
    ("Cerca de meio milhão de pessoas foram afetadas.", "pt", 500_000),
    ("Een half miljoen huishoudens zat zonder stroom.", "nl", 500_000),
    ("Ewakuowano pół miliona mieszkańców.", "pl", 500_000),
    ("Ewakuowano półtora tysiąca mieszkańców.", "pl", 1_500),
    ("Эвакуированы полмиллиона жителей.", "ru", 500_000),
    ("Эвакуированы полтора миллиона жителей.", "ru", 1_500_000),
    ("Some one and a half million people lost power.", "en", 1_500_000),
    ("Half a million people lost power.", "en", 500_000),
    ("The storm cut power to half million homes.", "en", 500_000),
])
def test_a_half_of_a_scale_is_one_number_of_its_value(text: str, lang: str, value: float) -> None:
    read = _read(text, lang)
    assert [v for _, v in read] == [value], read


def test_a_half_of_an_approximate_noun_is_about_its_half() -> None:
    (q,) = quantities("Ardieron medio centenar de casas.", "es")
    assert (q.value, q.approx) == (50, "about")


def test_the_qualifier_before_the_article_is_kept() -> None:
    text = "Die Schäden belaufen sich auf rund eine halbe Million Euro."
    (q,) = quantities(text, "de")
    assert (q.value, q.approx, q.unit) == (500_000, "about", "eur")
    assert text[q.span[0]:q.span[1]] == "rund eine halbe Million Euro"


@pytest.mark.parametrize(("text", "lang"), [
    ("La media de edad de los heridos es alta.", "es"),
    ("Trabajaron medio día en la zona.", "es"),
    ("Dopo mezza giornata di ricerche.", "it"),
    ("Es kamen halb so viele Helfer wie erwartet.", "de"),
    ("Meia hora depois chegaram os bombeiros.", "pt"),
])
def test_a_half_word_without_a_scale_is_no_number(text: str, lang: str) -> None:
    assert _read(text, lang) == []


def test_half_of_a_place_stays_a_share() -> None:
    assert _read("Half the town was flooded.", "en") == [("Half", 50)]


def test_and_a_half_after_a_unit_is_a_count_and_a_half() -> None:
    assert _read("The rescue took two and a half hours.", "en") == [("two and a half", 2.5)]


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("A las cinco y media llegaron dos ambulancias.", "es", [("dos", 2)]),
    ("Eram duas e meia quando o alarme tocou.", "pt", [("duas", 2)]),
    ("Alle tre e mezza è scattato l'allarme.", "it", []),
])
def test_a_clock_time_and_a_half_is_no_count_and_a_half(text: str, lang: str,
                                                       expected: list) -> None:
    """Without a scale word or a unit, "cinco y media" is half past five: the half is not
    added to a count (it was read as 5.5 people); after a preposition of the hour the hour is
    the clock's, no count at all."""
    assert _read(text, lang) == expected
