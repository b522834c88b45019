"""A picture's text printed twice (trial 48): as whole sentences twice in a row, its alternative
text and its caption (``caption-printed-twice``), and bare over its caption that carries the
credit before the text ("Photo: Name - Outlet <the caption>", ``caption-twice``). Invented pages;
each removal fails without its mend (the copies stayed in the story). A story paragraph printed
twice that is told as news (a dateline, the past, someone's words) stays: a scraper's double."""

from __future__ import annotations

import pytest

from tests.conservation import BODY, LEDE, TITLE, page, read, rules, story

CAPTION = "Downtown Kelmford lies in ruins as firefighters water the rubble after the blast."
OTHER = "The prime minister visits the shelter in the school of Kelmford."


def test_captions_printed_twice_in_a_row_go():
    cleaned = read(page(TITLE, LEDE, CAPTION, CAPTION, OTHER, OTHER, BODY))
    assert story(cleaned) == [LEDE, BODY]
    assert rules(cleaned)[CAPTION] == rules(cleaned)[OTHER] == "caption-printed-twice"


@pytest.mark.parametrize("language", ["fr", "es"])
def test_a_caption_printed_twice_goes_in_other_languages(language):
    caption = {"fr": "Des pompiers arrosent les décombres du centre de Valmont après l'explosion.",
               "es": "Los bomberos riegan los escombros del centro de Valmont tras la explosión."
               }[language]
    cleaned = read(page(TITLE, LEDE, caption, caption, BODY), language=language)
    assert caption not in story(cleaned) and rules(cleaned)[caption] == "caption-printed-twice"


@pytest.mark.parametrize("twice", [
    "KELMFORD, Ruritania \u2014 Rescuers dug through the night for the last of the miners.",
    "Rescuers said they would dig through the night for the last of the miners.",
    "The last of the miners were brought out of the shaft at dawn.",
    "\u201cWe will dig through the night,\u201d the chief of the rescuers promised.",
])
def test_a_story_paragraph_printed_twice_stays(twice):
    cleaned = read(page(TITLE, LEDE, twice, twice, BODY))
    assert story(cleaned).count(twice) == 2


def test_a_bare_caption_over_its_credited_copy_goes():
    caption = "Relatives listen to the head of the rail company in the school of Valmont."
    credited = f"Photo: Anne Morel - Le Journal {caption}"
    cleaned = read(page(TITLE, caption, credited, LEDE, BODY), language="en")
    assert caption not in story(cleaned) and credited not in story(cleaned)
    assert rules(cleaned)[caption] == "caption-twice"


@pytest.mark.parametrize(("twice", "language"), [
    ("Douze personnes ont été blessées, dont quatre grièvement, selon les pompiers.", "fr"),
    ("Los bomberos han rescatado a doce personas de los escombros de Valmont.", "es"),
    ("Crews from three towns joined the search at Kelmford on Sunday.", "en"),
])
def test_a_paragraph_told_in_the_news_past_printed_twice_stays(twice, language):
    """The news's past of each language (a perfect, an English "-ed" after its subject) is no
    caption's present: the scraper's double stays story."""
    cleaned = read(page(TITLE, LEDE, twice, twice, BODY), language=language)
    assert story(cleaned).count(twice) == 2


@pytest.mark.parametrize(("twice", "language"), [
    ("The bridge at Kelmford fell into the river shortly after midnight on Sunday.", "en"),
    ("The fire broke out in the basement of the Kelmford hotel at dawn.", "en"),
    ("Trois personnes sont mortes dans l'incendie de l'immeuble de Valmont.", "fr"),
    ("L'immeuble s'est effondré dimanche soir dans le centre de Valmont.", "fr"),
    ("El edificio se derrumbó el domingo por la tarde en el centro de Valmont.", "es"),
    ("Tres personas murieron en el incendio del edificio de Valmont.", "es"),
    ("Nell'incendio sono morte tre persone nel centro di Valmonte.", "it"),
    ("Il palazzo crollò domenica sera nel centro di Valmonte.", "it"),
    ("Três pessoas morreram no incêndio do prédio de Valmonte no domingo.", "pt"),
    ("O prédio desabou no domingo à tarde no centro de Valmonte.", "pt"),
    ("Drei Menschen starben bei dem Brand in dem Wohnhaus in Kelmstadt.", "de"),
    ("Drie mensen kwamen om het leven bij de brand in Kelmstad zondag.", "nl"),
    ("Trzy osoby zginęły w pożarze budynku w Kelmowie w niedzielę.", "pl"),
    ("Tre personer omkom i branden i Kelmstad på söndagen.", "sv"),
])
def test_a_paragraph_told_in_a_simple_past_printed_twice_stays(twice, language):
    """rev42: the news told in a simple past (an English strong past, a Romance preterite, a
    French or Italian perfect with "be", a German or Dutch strong past) or in a language whose
    past the rule does not read is no caption: the scraper's double stays story. Each case was
    removed as ``caption-printed-twice`` before (``told_as_caption`` read no past in it)."""
    cleaned = read(page(TITLE, LEDE, twice, twice, BODY), language=language)
    assert story(cleaned).count(twice) == 2


@pytest.mark.parametrize(("caption", "language"), [
    ("Mourners lay flowers at the gate of the school in Kelmford on Monday.", "en"),
    ("Bombeiros trabalham nos escombros do museu de Valmonte neste domingo.", "pt"),
    ("I vigili del fuoco al lavoro tra le macerie del palazzo di Valmonte.", "it"),
    ("Feuerwehrleute löschen die Trümmer des Wohnhauses in Kelmstadt.", "de"),
    ("Brandweerlieden blussen het puin van het huis in Kelmstad.", "nl"),
])
def test_a_caption_in_the_present_printed_twice_still_goes(caption, language):
    """The near shapes rev42's pasts leave alone: a caption in the present ("lay" flowers, a
    noun in "-eu") printed twice still goes in each language whose past is read."""
    cleaned = read(page(TITLE, LEDE, caption, caption, BODY), language=language)
    assert caption not in story(cleaned) and rules(cleaned)[caption] == "caption-printed-twice"


def test_a_caption_naming_the_war_printed_twice_goes():
    """rev42: English "war" is a noun, no past of "be" (``copulas.PAST_TELLING_NOT_IN``):
    without it this caption printed twice stayed in the story twice. A German "war" is still
    the past (the German paragraph printed twice stays)."""
    caption = "Soldiers walk past the ruins of a school in Kelmford during the war."
    cleaned = read(page(TITLE, LEDE, caption, caption, BODY))
    assert caption not in story(cleaned) and rules(cleaned)[caption] == "caption-printed-twice"
    german = "Die Schule in Kelmstadt war am Sonntag geschlossen worden."
    cleaned = read(page(TITLE, LEDE, german, german, BODY), language="de")
    assert story(cleaned).count(german) == 2
