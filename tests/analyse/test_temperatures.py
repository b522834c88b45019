"""A heat record's temperature (trial 17, a city's hottest day, pages in five languages):
Celsius and Fahrenheit are two units and an English bare "degrees" is the outlet's own scale,
so a figure in °C is cited by "41.8 degrees Celsius", and an outlet writing "41,8 °C" in a
sentence about the heat is not called silent on it. Before, "degrees Celsius" and "°F" were one
unit (an angle, to the units' library) and a French or German page was silent on any
temperature. Review 14 kept the other languages' bare words ("degrés", "Grad", "graden") out
of the reader (an earthquake's magnitude, "grad students"), and a sentence with no word of
heat or temperature ("the ferry turned 180 degrees") states no temperature. Invented pages."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.analyse.analysis import analyse
from generator.content.units import unit
from generator.site.pipeline import run_check
from generator.text.quantities import read
from tests.conftest import small_briefing


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Varno saw 41.8 degrees Celsius (107.2 Fahrenheit) on Thursday.", "en",
     [(41.8, "degree_Celsius"), (107.2, "degree_Fahrenheit")]),
    ("Le thermomètre a marqué 41,8 °C à Varno.", "fr", [(41.8, "degree_Celsius")]),
    ("In Varno werd 39,9 graden Celsius gemeten.", "nl", [(39.9, "degree_Celsius")]),
    ("Twenty grad students were injured in Varno.", "en", []),  # review 14
    ("Un séisme de 6 degrés sur l'échelle de Richter a frappé Varno.", "fr", []),
    ("It was 104 °F in Varno by noon.", "en", [(104, "degree_Fahrenheit")]),
])
def test_temperatures_are_read_in_their_scale(text, lang, expected):
    assert [(q.value, q.unit) for q in read(text, lang) if q.unit] == expected


def test_a_bare_degree_is_either_scale_and_celsius_is_not_fahrenheit():
    celsius, fahrenheit, bare = unit("°C"), unit("°F"), unit("degrees")
    assert unit("degrees Celsius").same(celsius) and bare.same(celsius) and bare.same(fahrenheit)
    assert not celsius.convertible(fahrenheit)  # an offset, not a factor: never compared
    assert not bare.convertible(unit("km"))


REPORTS = [  # article, language, published, text, quote or None (not cited), value
    ("alpha-news", "en", "2031-07-25T13:00:00+02:00",
     "Varno heat\n\nVarno recorded 40.1 degrees Celsius at noon, a new record.\n",
     "Varno recorded 40.1 degrees Celsius", 40.1),
    ("beta-post", "en", "2031-07-25T19:00:00+02:00",
     "Varno heat\n\nIt was 41.8 degrees in Varno by the afternoon.\n",
     "It was 41.8 degrees in Varno", 41.8),
    ("zeta-radio", "en", "2031-07-25T21:00:00+02:00",  # review 15: a record, no heat word
     "Varno\n\nVarno hit 41.8 degrees on Thursday afternoon, a record for the town.\n",
     None, None),
    ("gamma-daily", "fr", "2031-07-25T20:00:00+02:00",
     "Chaleur à Varno\n\nLe thermomètre a marqué 41,8 °C à Varno jeudi.\n", None, None),
    ("delta-times", "de", "2031-07-25T21:00:00+02:00",
     "Hitze in Varno\n\nDie Temperatur in Varno stieg am Donnerstag auf 41,8 Grad Celsius.\n",
     None, None),
    ("epsilon-wire", "en", "2031-07-25T21:00:00+02:00",
     "Varno\n\nThe ferry to Varno turned 180 degrees to avoid a sandbank on Thursday.\n",
     None, None),
]


def test_a_temperature_figure_is_cited_and_found_in_any_language(tmp_path: Path) -> None:
    facts = ("figures:\n  - id: peak\n    label: Highest temperature in Varno\n    unit: °C\n"
             "    kind: running\n    reports:\n")
    for article, _lang, _published, _text, quote, value in REPORTS:
        if quote:
            facts += (f"      - article: {article}\n        value: {value}\n"
                      f'        quote: "{quote}"\n')
    content = small_briefing(
        tmp_path, {a: a.replace("-", " ").title() for a, *_ in REPORTS}, facts,
        {article: (text, f"outlet: {article}\npublished: {published}\nlanguage: {lang}\n")
         for article, lang, published, text, _quote, _value in REPORTS},
        title="The Varno heat record")
    checked, problems = run_check(content)
    assert checked is not None and not problems.errors, [p.format() for p in problems.errors]
    states = {o: s.state for o, s in analyse(checked).figures[0].stances.items()}
    assert states == {"alpha-news": "reports", "beta-post": "reports",
                      "gamma-daily": "mentions", "delta-times": "mentions",
                      "zeta-radio": "mentions",
                      "epsilon-wire": "silent"}


def test_a_fahrenheit_report_in_a_celsius_figure_says_so(tmp_path: Path) -> None:
    content = small_briefing(
        tmp_path, {"alpha-news": "Alpha"},
        "figures:\n  - id: peak\n    label: Highest temperature\n    unit: °C\n    reports:\n"
        "      - article: alpha\n        value: 107\n"
        '        quote: "Varno recorded 107 degrees Fahrenheit"\n',
        {"alpha": ("Varno heat\n\nVarno recorded 107 degrees Fahrenheit at noon.\n",
                   "outlet: alpha-news\npublished: 2031-07-25\n")},
        title="The Varno heat record")
    _checked, problems = run_check(content)
    (error,) = [p.format() for p in problems.errors]
    assert "is '107 degrees Fahrenheit' in the quote, not 107 °C" in error
    assert "degrees Fahrenheit cannot be converted to °C" in error
    assert "converted for the comparison" not in error and "degree_" not in error
