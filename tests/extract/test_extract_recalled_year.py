"""A toll recalled from another year is no figure of the event (trial 4: an earlier disaster's
toll joined the running count of the dead; extraction round 9: a recalled tornado's, fire's or
flood's toll on five sites of the fresh working sets). Invented sentences."""

from __future__ import annotations

import pytest

from generator.content.load import load
from generator.content.problems import Problems
from generator.extract.draft import extract
from generator.extract.figures import figures_in
from generator.text.sentences import Sentence
from tests.conftest import copy_example, proposed_values


def _values(text: str, lang: str) -> list[float]:
    return [f.value for f in figures_in(Sentence(0, len(text), text, 0), lang)]


@pytest.mark.parametrize("text, lang", [
    ("It is the worst disaster in Verlo since the flood of 1987, when 212 people drowned.", "en"),
    ("Verlo no vivía algo así desde la riada de 1987, cuando murieron 212 vecinos.", "es"),
    ("Seit dem Hochwasser von 1987, als 212 Menschen starben, war in Verlo nichts so schlimm.",
     "de"),
])
def test_a_toll_of_another_year_is_no_figure(text, lang):
    assert _values(text, lang) == []


@pytest.mark.parametrize("text, lang, value", [
    ("The ferry sank on Wednesday; 212 people died, officials said.", "en", 212),
    ("In Verlo 212 people died when the ferry sank, the worst toll since 1987.", "en", 212),
    ("Murieron 212 personas en el naufragio del ferry, dijo la guardia costera.", "es", 212),
    # another year with no "when" after it
    ("The blast came from 900 tonnes of fertiliser stored at the port since 2016.", "en", 900),
])
def test_the_events_own_toll_stays(text, lang, value):
    assert value in _values(text, lang)


def test_a_toll_word_naming_its_own_noun_does_not_take_the_sentence_befores():
    # "the figure of the missing … 30" then "the figure of people aboard … 95": people, not
    # the missing (trial 4: the number aboard was proposed as the missing)
    first = "Según la guardia costera, la cifra de desaparecidos quedó en 30."
    then = "Más tarde la cifra de personas embarcadas se elevó a 95."
    earlier = figures_in(Sentence(0, len(first), first, 0), "es")
    assert [(f.value, f.group) for f in earlier] == [(30, "missing")]
    start = len(first) + 1
    found = figures_in(Sentence(start, start + len(then), then, 0), "es", earlier)
    assert [(f.value, f.group) for f in found] == [(95, "person")]


@pytest.mark.parametrize("text, lang, expected", [
    # an undated page: the numbers after a year in their sentence are another event's
    ("Test\n\nThe storm killed seven people in Verlo on Saturday. It was the worst in the "
     "county since May 2009, when a gale flattened the school and later killed eleven people "
     "at a campsite.\n", "en", {7}),
    ("Test\n\nA warehouse fire in Verlo in 1994 caused 31 deaths. This week's fire killed six "
     "people.\n", "en", {6}),
    ("Prueba\n\nLa riada dejó cuatro muertos el domingo en Calvera. La otra crecida que "
     "arrasó el pueblo en mayo de 2012 dejó al menos 60 muertos.\n", "es", {4}),
    # the clause of the year ends at its comma: what follows is the event's again
    ("Test\n\nDivers raised two barges that had sunk there in 2016, and then the bodies of "
     "three drivers.\n", "en", {2, 3}),
    # the event's toll before the year it is measured against stays
    ("Test\n\nSeven people died in Verlo on Saturday, the most in a storm since 2009.\n",
     "en", {7}),
    # a dateline's year is the page's own date; a decade is when a building went up
    ("Test\n\nVERLO, 12 May 2023 (Levant Wire) - At least 14 people died when a footbridge "
     "collapsed.\n", "en", {14}),
    ("Test\n\nThe block, built in the 1970s, caught fire; firefighters rescued 40 residents.\n",
     "en", {40}),
    ("Test\n\nCe bâtiment des années 1960 a brûlé et les pompiers ont secouru 40 habitants.\n",
     "fr", {40}),
])
def test_numbers_after_a_year_on_an_undated_page(tmp_path, text, lang, expected):
    assert proposed_values(tmp_path, text, lang, None) == expected


def test_on_a_dated_page_only_a_year_long_before_recalls(tmp_path):
    text = ("Test\n\nOfficials said 14 people died in the 2023 collapse of the footbridge. The "
            "2019 flood in the same valley killed 60 people.\n")
    assert proposed_values(tmp_path, text, "en", "2023-09-12T12:00:00+02:00") == {14}


def test_a_date_in_the_address_dates_the_page(tmp_path):
    project = copy_example(tmp_path / "recall")
    articles = project / "content" / "articles"
    (articles / "recall.txt").write_text(
        "Test\n\nOfficials said the August 2023 collapse killed 14 people.\n", encoding="utf-8")
    (articles / "recall.yaml").write_text(
        "outlet: levant-wire\nurl: https://example.org/2023/08/14/collapse\nlanguage: en\n",
        encoding="utf-8")
    content = load(project / "content", Problems(project / "content"))
    draft = extract(content, ["recall"], skip_curated=False)
    assert {r.value for f in draft.figures for r in f.reports} == {14}
