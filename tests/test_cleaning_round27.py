"""Furniture left on fresh working pages (cleaning round 27, issue 13), in invented pages of the
same shapes; beside each mend, the nearest story shape stays story. Every case is conserved
(tests.conservation)."""

from __future__ import annotations

import pytest

from tests.conservation import BODY, LEDE, TITLE, page, read, rules, story

# --- a caption ending on its picture's date, its credit cut off behind it -----------------------

DATED = "Volunteers sort donated blankets in a gym in Marlow, Ore., on Tuesday, May 6, 2031."


@pytest.mark.parametrize("credit", ["(Jo Penrose/Valley News Group)", "— Reuters"])
def test_a_dated_caption_with_its_credit_above_the_lede_goes(credit):
    line = f"{DATED} {credit}"
    c = read(page(TITLE, line, LEDE, BODY))
    assert story(c) == [LEDE, BODY] and rules(c)[DATED] == "dated-caption"


def test_a_dated_caption_with_its_credit_closing_the_page_goes():
    line = f"{DATED} (Jo Penrose/Valley News Group)"
    c = read(page(TITLE, LEDE, BODY, line))
    assert story(c) == [LEDE, BODY] and rules(c)[DATED] == "dated-caption"


@pytest.mark.parametrize("line", [
    # the date inside its clause, not set off by a comma
    "The county said the shelter it had opened in the school gym for the families of the "
    "flooded streets near the river closed its doors on May 6, 2031. (Jo Penrose/Valley News)",
    # two sentences: a paragraph, not a caption
    "Volunteers sorted blankets all night. The shelter closed in Marlow, Tuesday, May 6, 2031. "
    "(Jo Penrose/Valley News Group)",
])
def test_a_story_paragraph_with_a_credit_cut_behind_it_stays(line):
    c = read(page(TITLE, LEDE, BODY, line))
    kept = " ".join(story(c))
    assert line.split(" (")[0] in kept


# --- a listing page's teasers: its address names a tag, a topic or a category ------------------

TEASERS = [
    "Las brigadas contienen el incendio forestal que amenazaba tres barrios de Almena",
    "El gobernador decreta la alerta roja; hay 14 focos activos en la costa",
    "Vecinos de Porto Lindo denuncian que el agua no llegó a los hidrantes",
    "Un bombero resultó herido al caer un árbol, informó la comandancia, “fue un susto”",
]


@pytest.mark.parametrize("url", ["https://www.diario.example/tag/incendios/4",
                                 "https://noticias.example/temas/incendios-forestales"])
def test_a_listing_pages_teasers_go(url):
    c = read(page(url, *TEASERS), url=url, language="es")
    # (the first teaser may be taken for the page's title: the page has none)
    assert story(c) == [] and all(rules(c)[t] == "listing-page" for t in TEASERS[1:])


def test_a_tag_page_that_prints_a_whole_post_stays():
    url = "https://blog.example/tag/floods/"
    c = read(page(url, TITLE, LEDE, BODY), url=url)
    assert story(c) == [LEDE, BODY]


def test_an_articles_standfirsts_without_a_full_stop_stay():
    url = "https://www.diario.example/nacional/incendio-en-almena-deja-tres-barrios-evacuados"
    c = read(page(url, *TEASERS), url=url, language="es")
    assert "listing-page" not in rules(c).values()
