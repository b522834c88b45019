"""Furniture left on fresh working pages (cleaning round 27, issue 13), in invented pages of the
same shapes; beside each mend, the nearest story shape stays story. Every case is conserved
(tests.conservation)."""

from __future__ import annotations

import pytest

from tests.conservation import BODY, LEDE, TITLE, page, read, rules, story

# --- a caption ending on its picture's date, its credit cut off behind it -----------------------


def captions(c) -> set[str]:
    return {r.text for r in c.removed if r.kind == "caption"}


DATED = "Volunteers sort donated blankets in a gym in Marlow, Ore., on Tuesday, May 6, 2031."


@pytest.mark.parametrize("credit", ["(Jo Penrose/Valley News Group)", "— Reuters"])
def test_a_dated_caption_with_its_credit_above_the_lede_goes(credit):
    line = f"{DATED} {credit}"
    c = read(page(TITLE, line, LEDE, BODY))
    # (a caption by whichever rule reads it first: a credit's rule may take it too)
    assert story(c) == [LEDE, BODY] and DATED in captions(c)


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


# --- a gallery's captions printed as a stack of short lines above the story --------------------

DE_TITLE = "Das Hochwasser im Kelstal"
DE_LEDE = ("Am 3. Mai 2031 regnete es im Kelstal so stark, dass der Fluss über die Ufer trat. "
           "Mehr als 400 Häuser wurden beschädigt, Straßen und Brücken weggerissen.")
DE_BODY = ("Die Feuerwehr brachte in der Nacht mehr als 200 Menschen in Sicherheit, viele "
           "verbrachten die Nacht in einer Turnhalle.")
GALLERY = [
    "das Wasser steht bis zu den Fenstern der Häuser",
    "Helfer schaufeln Schlamm aus einem Keller",
    "Eine Frau und ein Kind sitzen auf einer Bank vor der Turnhalle.",
    "Säcke voller Spenden in einer großen Halle",
    "Ein Bagger räumt Trümmer von einer Brücke",
    "zerstörte Autos liegen am Ufer des Flusses",
]


def test_a_stack_of_captions_above_the_story_goes():
    c = read(page(DE_TITLE, "\n".join(GALLERY), DE_LEDE, DE_BODY), language="de")
    assert story(c) == [DE_LEDE, DE_BODY] and c.headline == DE_TITLE
    assert set(rules(c).values()) == {"caption-stack"}  # (the last two lines read as one)


def test_a_list_of_short_lines_under_the_lede_stays():
    intro = "Die Helfer berichten von diesen Schäden:"
    c = read(page(DE_TITLE, DE_LEDE, intro, "\n".join(GALLERY), DE_BODY), language="de")
    assert "caption-stack" not in rules(c).values() and DE_BODY in story(c)


def test_a_story_printed_without_blank_lines_stays():
    lines = [DE_TITLE, *GALLERY[:2], DE_LEDE, DE_BODY]
    c = read("\n".join(lines) + "\n", language="de")
    assert "caption-stack" not in rules(c).values()


def test_a_stack_of_short_sentences_stays():
    summary = ["Der Kreis wurde zum Katastrophengebiet erklärt.",
               "In Kelsdorf und Obermühl mussten Menschen ihre Häuser verlassen.",
               "Der Pegel des Flusses stieg auf einen neuen Rekord.",
               "Mehrere Viertel der Stadt wurden geräumt.",
               "Die Bahn stellte den Verkehr im Tal ein."]
    c = read(page(DE_TITLE, "\n".join(summary), DE_LEDE, DE_BODY), language="de")
    assert all(s in " ".join(story(c)) for s in summary)


# --- a lone title bar naming the page's own site -----------------------------------------------

URL = "https://valleytimes.us/news/floods-kill-40-in-the-valley.html"


@pytest.mark.parametrize("bar", [f"{TITLE} - valleytimes.us", f"{TITLE} | Valley Times"])
def test_a_lone_title_bar_naming_the_site_is_no_headline(bar):
    c = read(page(URL, bar, LEDE, BODY), url=URL)
    assert c.headline_origin == "url" and rules(c)[bar] == "title-bar-headline"
    assert story(c) == [LEDE, BODY]


def test_a_title_ending_on_another_outlets_name_stays_the_headline():
    bar = f"{TITLE} - Hill Courier"
    c = read(page(URL, bar, LEDE, BODY), url=URL)
    assert c.headline == bar and story(c) == [LEDE, BODY]


# --- a copy's credit to the page it copies ------------------------------------------------------


@pytest.mark.parametrize("line", ["Copied from the Valley Times",
                                  "Reposted from the Valley Times blog",
                                  "Publicado originalmente en El Diario del Valle",
                                  "Zuerst erschienen auf dem Blog der Talbote"])
def test_a_copys_credit_goes(line):
    c = read(page(TITLE, line, LEDE, BODY))
    assert story(c) == [LEDE, BODY] and rules(c)[line] == "copy-credit"


def test_a_sentence_opening_on_a_first_publication_stays():
    line = "Originally published in 1998, the flood guide was revised after the storms of 2031."
    c = read(page(TITLE, LEDE, line, BODY))
    assert line in story(c)


# --- a pointer to the outlet's own live coverage, glued after a paragraph's last sentence -------

DE_PARA = ("Auch in Bayern wächst die Sorge, besonders in Kelsdorf steigt der Pegel weiter. Die "
           "Feuerwehr hat Sandsäcke verteilt.")


@pytest.mark.parametrize("tail", [
    "Alle Neuigkeiten zur Lage lesen Sie hier im Liveblog.",
    "Alle Meldungen zum Hochwasser finden Sie in unserem Live-Ticker.",
])
def test_a_pointer_to_the_live_blog_after_the_last_sentence_is_cut(tail):
    c = read(page(DE_TITLE, DE_LEDE, f"{DE_PARA} {tail}", DE_BODY), language="de")
    assert story(c) == [DE_LEDE, DE_PARA, DE_BODY] and rules(c)[tail] == "own-coverage-tail"


def test_a_reported_live_blog_stays():
    line = (f"{DE_PARA} Die Stadt berichtet über die Lage im Liveblog der Feuerwehr, sagte "
            "der Sprecher.")
    c = read(page(DE_TITLE, DE_LEDE, line, DE_BODY), language="de")
    assert line in story(c)


def test_an_english_pointer_to_the_live_blog_after_the_last_sentence_is_cut():
    tail = "You can follow the latest in our live blog."
    para = "Water levels kept rising in the lower valley overnight. Schools stayed shut."
    c = read(page(TITLE, LEDE, f"{para} {tail}", BODY))
    assert story(c) == [LEDE, para, BODY] and rules(c)[tail] == "own-coverage-tail"


# --- a live page's entry signed by its writer under the entry's time -------------------------

ENTRY = ("Residents of the flooded streets gathered at the school gym, where volunteers handed out "
         "blankets and hot meals through the night.")


def test_a_writers_name_under_a_live_entrys_time_goes():
    c = read(page(TITLE, LEDE, "10.55am BST\n10:55\nMarta Quillon\n" + ENTRY, BODY))
    assert rules(c)["Marta Quillon"] == "entry-byline" and ENTRY in story(c)


def test_a_name_as_a_crosshead_over_its_story_stays():
    para = "Quillon, 65, had lived on the ninth floor since 1998 and ran the tenants' association."
    c = read(page(TITLE, LEDE, "10.55am BST\n10:55\nMarta Quillon\n" + para, BODY))
    assert "Marta Quillon" in story(c)


# --- the reader sent to a web address ----------------------------------------------------------


def test_a_pointer_to_a_web_address_goes():
    line = "You can read the first version of this report at https://valleytimes.us/a/9"
    c = read(page(TITLE, line, LEDE, BODY))
    assert story(c) == [LEDE, BODY] and rules(c)[line] == "own-coverage"


def test_a_quoted_web_address_stays():
    line = ("“You can find the forms at www.valley.gov.us/relief” said the mayor, who asked "
            "families to apply before Friday.")
    c = read(page(TITLE, LEDE, line, BODY))
    assert line in story(c)


# --- one word over the headline, a word the stop list holds ------------------------------------


def test_a_city_word_over_the_headline_is_its_label():
    c = read(page("München", DE_TITLE, DE_LEDE, DE_BODY), language="de")
    assert c.headline == DE_TITLE and rules(c)["München"] == "bare-label"
    assert story(c) == [DE_LEDE, DE_BODY]


def test_one_word_under_the_headline_stays():
    c = read(page(DE_TITLE, "Sandsäcke", DE_LEDE, DE_BODY), language="de")
    assert "bare-label" not in rules(c).values()


# --- a caption closed by a long slashed picture credit in brackets -----------------------------


def test_a_caption_with_a_long_slashed_picture_credit_goes_whole():
    caption = ("Helfer stapeln Sandsäcke vor dem Rathaus, das Wasser stand am Morgen bis zu den "
               "Stufen. Auch die Feuerwehr war im Einsatz.")
    line = f"{caption} (picture alliance / FOTOAGENTUR / Jo Weller / FOTOAGENTUR)"
    c = read(page(DE_TITLE, DE_LEDE, line, DE_BODY), language="de")
    assert story(c) == [DE_LEDE, DE_BODY] and rules(c)[line] == "credited-caption"


def test_a_long_paragraph_keeps_its_text_before_a_long_picture_credit():
    para = " ".join([DE_LEDE, DE_BODY, DE_LEDE, DE_BODY, DE_BODY])  # past 100 words
    line = f"{para} (picture alliance / FOTOAGENTUR / Jo Weller / FOTOAGENTUR)"
    c = read(page(DE_TITLE, DE_LEDE, line, DE_BODY), language="de")
    assert para in story(c)


# --- a topic bar in capitals glued before the lede --------------------------------------------

ES_TITLE = "Un incendio forestal obliga a evacuar tres barrios de Almena"
ES_LEDE = ("Al menos tres personas resultaron heridas y cientos de vecinos fueron evacuados este "
           "martes por un incendio forestal en las afueras de Almena, informaron los bomberos.")
ES_BODY = ("Las llamas avanzaron empujadas por el viento durante toda la tarde y obligaron a "
           "cortar dos carreteras de la región.")
BAR = "INCENDIO FORESTAL ALMENA |"


@pytest.mark.parametrize("before", ["", "Almena (Agencia), martes 6 de mayo de 2031 (Efe).- "])
def test_a_topic_bar_glued_before_the_lede_is_cut_out(before):
    c = read(page(ES_TITLE, f"{before}{BAR} {ES_LEDE}", ES_BODY), language="es")
    assert rules(c)[BAR] == "glued-topic-bar" and ES_LEDE in story(c)
    assert c.headline == ES_TITLE and (not before or before.strip() in story(c))


def test_a_bar_between_capitals_deep_in_a_paragraph_stays():
    line = (f"{ES_LEDE} {ES_BODY} Los carteles de los vecinos decían SOS ALMENA | "
            "Queremos volver a casa, según las imágenes de la televisión local.")
    c = read(page(ES_TITLE, line, ES_BODY), language="es")
    assert line in story(c)


def test_a_long_title_the_address_spells_is_the_headline():
    """s19: a title of 22 words, over the shape's 20, had been taken from the address and its
    own line removed as the headline printed again; the address spells it, so it is the page's."""
    title = ("Scores of dead and at least 80 hurt after the blast of a gas tanker on the ring "
             "road outside the capital of Norvania")
    url = ("https://news.example.org/world/scores-of-dead-and-at-least-80-hurt-after-the-blast-"
           "of-a-gas-tanker-on-the-ring-road-outside-the-capital-of-norvania.html")
    lede = ("Eighty-two people were killed on Friday when a gas tanker exploded on the ring road "
            "outside the Norvanian capital, officials said.")
    c = read(page(url, title, lede, BODY), url=url)
    assert c.headline == title and c.headline_origin == "page"
    assert story(c) == [lede, BODY]


def test_a_long_lede_sentence_the_address_spells_stays_in_the_story():
    lede = ("Scores died and at least 80 were hurt after the blast of a gas tanker on "
            "the ring road outside the capital of Norvania.")
    url = ("https://news.example.org/world/scores-died-and-at-least-80-were-hurt-after-"
           "the-blast-of-a-gas-tanker-on-the-ring-road-outside-the-capital-of-norvania.html")
    c = read(page(url, lede, BODY), url=url)
    assert story(c)[0] == lede and c.headline_origin == "url"
