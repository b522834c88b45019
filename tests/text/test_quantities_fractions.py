"""Fractions in words with a numerator or a qualifier, and several tens of thousands (trial 9:
"almost two thirds of the staff" was read as a count of 2, "almost a third" lost its
"almost", and German "mehrere zehntausend" was read as exactly 10,000). Invented phrases."""

from __future__ import annotations

import pytest

from generator.text.quantities import read


def _read(text: str, lang: str) -> list[tuple]:
    return [(text[q.start:q.end], q.kind, round(q.value, 2) if q.value else q.value, q.unit,
             q.approx) for q in read(text, lang)]


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "almost two thirds of the staff stayed home",
     [("two thirds", "quantity", 66.67, "percent", "nearly")]),
    ("fr", "deux tiers des habitants ont voté", [("deux tiers", "quantity", 66.67, "percent",
                                                  "exact")]),
    ("es", "tres cuartos de los vecinos", [("tres cuartos", "quantity", 75, "percent", "exact")]),
    ("de", "zwei Drittel der Häuser", [("zwei Drittel", "quantity", 66.67, "percent", "exact")]),
    ("en", "almost a third of the staff", [("a third", "quantity", 33.33, "percent", "nearly")]),
    ("en", "more than half of the homes", [("half", "quantity", 50, "percent", "more-than")]),
    # near shapes: a numerator before a plural that is no share of something stays a count
    ("en", "two quarters later the plant closed", [("two", "quantity", 2, None, "exact")]),
    ("en", "three people, two thirds of them children",
     [("three", "quantity", 3, None, "exact"), ("two thirds", "quantity", 66.67, "percent",
                                                "exact")]),
])
def test_fractions_with_a_numerator_or_a_qualifier(lang, text, expected):
    assert _read(text, lang) == expected


def test_several_tens_of_thousands_is_vague():
    (q,) = read("mehrere zehntausend Menschen zogen durch die Stadt", "de")
    assert q.kind == "vague" and q.value is None and q.floor == 30_000
    (q,) = read("zehntausend Menschen zogen durch die Stadt", "de")
    assert (q.kind, q.value) == ("quantity", 10_000)


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # a part of a unit of time or length: no share, no figure (as "half an hour")
    ("en", "The barn had stood there for a quarter of a century.", []),
    ("en", "The shed lay a quarter of a mile down the lane.", []),
    ("es", "El fuego duró un cuarto de hora y dejó 3 heridos.",
     [("3", "quantity", 3, None, "exact")]),
    ("fr", "Un quart d'heure plus tard, les secours arrivaient.", []),
    ("es", "Volcó a las cinco y cuarto de la tarde con 9 obreros.",
     [("cinco y cuarto de la tarde", "time", 5, None, "exact"),
      ("9", "quantity", 9, None, "exact")]),
    # near shapes: a share of a thing of the event stays
    ("en", "A quarter of the village was flooded.",
     [("A quarter", "quantity", 25, "percent", "exact")]),
    ("fr", "Un quart des habitants ont été évacués.",
     [("Un quart", "quantity", 25, "percent", "exact")]),
    ("es", "Un cuarto de los vecinos perdió su casa.",
     [("Un cuarto", "quantity", 25, "percent", "exact")]),
])
def test_a_part_of_a_span_of_time_or_length_is_no_share(lang, text, expected):
    """Figures round 14 found "a quarter of a century" and "un cuarto de hora" read as 25 % on
    three sites; its fix sat in the figure code, a second place for a reading rule (review 3):
    the reader itself now leaves them unread."""
    assert _read(text, lang) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "A quarter of the hectares burned were pine.",
     [("A quarter", "quantity", 25, "percent", "exact")]),
    ("en", "A third of the dollars pledged never came.",
     [("A third", "quantity", 33.33, "percent", "exact")]),
    ("en", "Half of the tonnes of grain were lost.",
     [("Half", "quantity", 50, "percent", "exact")]),
    ("fr", "Un quart des hectares a brûlé.", [("Un quart", "quantity", 25, "percent", "exact")]),
    ("es", "Un tercio de las hectáreas ardió.",
     [("Un tercio", "quantity", 33.33, "percent", "exact")]),
])
def test_a_share_of_a_measured_whole_stays_a_share(lang, text, expected):
    """Review 4: any unit after "of the" made a fraction word no share, so a quarter of the
    hectares burned or a third of the dollars pledged was lost; only a unit of time or length
    after "of" and an indefinite article (or none) is a span."""
    assert _read(text, lang) == expected
