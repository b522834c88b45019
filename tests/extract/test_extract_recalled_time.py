"""A sentence set in another time is background from end to end (extraction round 12: a list
of past fires with the toll before its year, a recalled disaster's toll told over two
sentences, a list item dated in figures, on the fresh working sets). Invented pages; the near
shapes the rule must leave alone are the event's own day named by its date, a running count
"since Monday", this year's season when the page is of this year, a measure of a thing of the
event with its past, and a sentence that names the event's day beside an earlier year."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.content.load import load
from generator.content.problems import Problems
from generator.extract.draft import extract
from tests.conftest import copy_example

_DATED = "2024-05-06T12:00:00+02:00"


def _proposed(tmp_path: Path, text: str, lang: str = "en", published: str | None = _DATED,
              url: str | None = None) -> set[float]:
    """The values of the figures extract proposes for one invented page."""
    project = copy_example(tmp_path / "recall")
    articles = project / "content" / "articles"
    (articles / "recall.txt").write_text(text, encoding="utf-8")
    meta = "outlet: levant-wire\n" + (f"published: {published}\n" if published else "") + (
        f"url: {url}\n" if url else "") + f"language: {lang}\n"
    (articles / "recall.yaml").write_text(meta, encoding="utf-8")
    content = load(project / "content", Problems(project / "content"))
    draft = extract(content, ["recall"], skip_curated=False)
    return {r.value for f in draft.figures for r in f.reports}


@pytest.mark.parametrize("text, lang", [
    # a list of past fires: the toll before the year of its own sentence
    ("Test\n\nThe fire killed four people in Calvera on Sunday.\n\nRiverside tower fire, 31 "
     "dead Some 31 people died when a tenant set fire to the tower in Oct. 1977.\n", "en"),
    # the recalled disaster told over two sentences of one paragraph
    ("Test\n\nThe fire killed four people in Calvera on Sunday.\n\nA warehouse in Verlo burned "
     "in March 1994 and 31 workers died. At least 20 others were injured.\n", "en"),
    # a list item dated in figures
    ("Teste\n\nO acidente deixou quatro mortos neste domingo em Calvera.\n\n9/7/2005 - Caminhão "
     "tomba na ponte de Verlo - 12 mortos.\n", "pt"),
])
def test_a_sentence_set_in_another_year_is_background(tmp_path, text, lang):
    assert _proposed(tmp_path, text, lang) == {4}


def test_on_an_undated_page_another_event_named_so_is_background(tmp_path):
    text = ("Prueba\n\nLa riada dejó cuatro muertos en Calvera. Hace años otra crecida "
            "arrasó el 3 de junio de 2012 la aldea de Salvera, y dejó al menos 57 muertos.\n")
    assert _proposed(tmp_path, text, "es", None) == {4}


def test_a_month_in_the_address_dates_the_page(tmp_path):
    text = ("Teste\n\nO acidente deixou ao menos 17 mortos neste sábado em Calvera. O pior deles, "
            "com 23 mortos, foi em agosto de 2016, quando um caminhão tombou na serra.\n")
    assert _proposed(tmp_path, text, "pt", None,
                     "https://example.org/geral/2024/12/acidente-calvera.html") == {17}


@pytest.mark.parametrize("text, published, expected", [
    # the event's own day named by its date, on a dated and on an undated page
    ("Test\n\nThe flood of 4 May 2024 killed 12 people in Calvera.\n", _DATED, {12}),
    ("Test\n\nAn explosion in Verlo killed 200 people on 4 August 2020.\n", None, {200}),
    # a running count since a weekday, measured against an earlier year
    ("Test\n\nSince Monday, 30 people have died in the floods, the worst since 1998.\n", _DATED,
     {30}),
    # this year's season on a page of this year
    ("Test\n\nThe 2024 monsoon season has killed 80 people in Calvera so far.\n", _DATED, {80}),
    # a measure of a thing of the event, with its past
    ("Test\n\nDocuments describe a cargo of 900 tonnes of fertiliser that was seized in Verlo "
     "in 2016.\n", "2020-08-05T12:00:00+02:00", {900}),
    # the event's day beside an earlier year: what comes before the year stays
    ("Test\n\nThree people died on Monday, five years after the 2019 flood killed 10.\n", _DATED,
     {3}),
    # the event's month named beside the past of what it counts
    ("Test\n\nThe army recovered the bodies of nine soldiers who had been seized in Verlo in "
     "2019, and of three guards killed in a raid earlier this month.\n", _DATED, {9, 3}),
    # an earlier year measured against, with no day of the event's own
    ("Test\n\nSeven people died in Calvera, the most in a storm since 2009.\n", _DATED, {7}),
])
def test_the_events_own_numbers_stay(tmp_path, text, published, expected):
    assert _proposed(tmp_path, text, "en", published) == expected


@pytest.mark.parametrize("text, lang", [
    # German "hier" is "here", not the French "yesterday": it names no day of the event's own
    ("Test\n\nIn Calvera brannte am Sonntag eine Halle, vier Menschen starben.\n\nIm Jahr 2009 "
     "brannte die Halle schon einmal ab. Hier starben damals 31 Menschen.\n", "de"),
])
def test_a_word_that_is_today_or_yesterday_in_another_language_is_no_day_of_the_event(
        tmp_path, text, lang):
    assert 31 not in _proposed(tmp_path, text, lang)


def test_yesterday_in_the_pages_own_language_keeps_the_sentence_the_events(tmp_path):
    text = ("Test\n\nEn 2009, la halle avait déjà brûlé. Hier, 31 personnes sont mortes dans "
            "l'incendie de la halle de Calvera.\n")
    assert 31 in _proposed(tmp_path, text, "fr")
