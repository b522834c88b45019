"""A number set before its copula and its subject in Italian, Spanish and Portuguese counts
that subject (issue 16, figures round 17, left by round 16): invented sentences of the shapes
unseen pages wrote, with the near shapes left alone."""

from __future__ import annotations

import pytest

from generator.extract.figures import figures_in
from generator.text.sentences import Sentence


def _figures(text: str, lang: str) -> list[tuple[float, str]]:
    return [(f.value, f.head) for f in figures_in(Sentence(0, len(text), text, 0), lang)]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("A Valdoria dodici sono stati invece i mezzi inviati dalla protezione civile.",
     "it", [(12, "mezzo")]),
    ("A Valdoria - una trentina i tecnici sul posto - e molte squadre.", "it",
     [(30, "tecnico")]),
    ("En Villarrosa, veinte fueron los camiones enviados por la región.", "es",
     [(20, "camión")]),
    ("Em Porto Lindo, quinze foram os carros enviados.", "pt", [(15, "carro")]),
])
def test_the_subject_after_the_copula_is_counted(text: str, lang: str,
                                                 expected: list[tuple[float, str]]) -> None:
    assert _figures(text, lang) == expected


@pytest.mark.parametrize(("text", "lang"), [
    ("Nel 2019 i vigili di Valdoria erano pochi.", "it"),  # a year before the article
    ("Llegaron a las 5 los bomberos de Villarrosa.", "es"),  # a time
])
def test_a_year_or_a_time_before_an_article_counts_nothing(text: str, lang: str) -> None:
    assert _figures(text, lang) == []
