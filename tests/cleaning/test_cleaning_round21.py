"""Furniture left in the story of a second set of fresh pages (cleaning round 21, furniture on
fresh pages), in invented pages of the same shapes: a German caption closed by a picture label
and a wire in lower case, a caption closed by a wire's bare name (after a dash, or after the
caption's last name with no full stop), a share bar's abbreviated network and its "copied"
state, a newsroom's credit with the labels of a stamp that lost its values. Every case is
conserved (tests.conservation); beside each, the nearest story shape stays story."""

from __future__ import annotations

import pytest

from tests.conservation import BODY, LEDE, TITLE, page, read, story


def _rule(c, text):
    return next((r.rule for r in c.removed if r.text == text), None)


# --- a German caption closed by "− Foto: epd": the wire's name in lower case -----------------

@pytest.mark.parametrize("caption", [
    "Helfer stapeln am Nachmittag Sandsäcke am Ufer der Kelm bei Varnstadt. − Foto: epd",
    "Ein Boot der Wasserwacht fährt durch die überflutete Hauptstraße. Bild: afp",
])
def test_a_caption_closed_by_a_picture_label_and_a_lower_case_wire_is_a_caption(caption):
    c = read(page(TITLE, caption, LEDE, BODY))
    assert story(c) == [LEDE, BODY]
    assert _rule(c, caption) == "picture-credit-tail"


def test_a_picture_label_before_a_lower_case_word_that_is_no_wire_stays_story():
    said = "Der Bürgermeister zeigte ein altes Foto: die Brücke stand damals noch."
    c = read(page(TITLE, LEDE, said, BODY))
    assert said in story(c)


# --- a caption closed by a wire's bare name, with no full stop --------------------------------

@pytest.mark.parametrize("caption", [
    "A fire engine tows a dinghy along a flooded street in Harmsby on 9 March 2025, in the "
    "Varn valley near Kelport AFP",
    "Thousands of marchers filled the main square of Varnmouth, as in 40 other towns - Reuters",
    "Des pompiers évacuent une maison inondée à Kelmont, le 4 mai 2025, dans la vallée de la "
    "Varne AFP",
])
def test_a_long_caption_closed_by_a_bare_wire_name_is_a_caption(caption):
    c = read(page(TITLE, LEDE, caption, BODY))
    assert story(c) == [LEDE, BODY]
    assert _rule(c, caption) == "wire-name-tail"


@pytest.mark.parametrize("said", [
    # a sentence naming the wire it spoke to, its full stop lost
    "The toll rose to 40 on Saturday, a police officer in the valley told AFP",
    "Rescuers searched the banks of the river all night, according to Reuters",
    # a title of an aggregator's list: short, no comma
    "Floods kill 40 in the valley - Reuters",
])
def test_a_sentence_or_a_short_title_ending_on_a_wire_stays(said):
    c = read(page(TITLE, LEDE, said, BODY))
    assert said in story(c)


def test_a_caption_ending_on_a_wire_at_the_top_is_not_taken_for_the_headline():
    caption = ("Thousands of marchers filled the main square of Varnmouth, as in 40 other "
               "towns - Reuters")
    c = read(page(caption, LEDE, BODY))
    assert c.headline_block is None or c.headline_block.text != caption
    assert story(c) == [LEDE, BODY]


# --- a share bar: an abbreviated network, the "copied" state of its link button --------------

@pytest.mark.parametrize("line", ["TW", "FB", "• Copied", "Copié", "Kopiert"])
def test_a_share_bars_abbreviation_or_copied_state_alone_is_a_share_button(line):
    c = read(page(TITLE, line, LEDE, BODY))
    assert story(c) == [LEDE, BODY]
    assert _rule(c, line) == "share-buttons"


def test_a_sentence_about_copies_stays_story():
    said = "Copied keys to the pumping station were found in the office."
    c = read(page(TITLE, LEDE, said, BODY))
    assert said in story(c)


# --- a newsroom's credit and the labels of a stamp whose values were lost ---------------------

@pytest.mark.parametrize("line", [
    "Rédaction Kelmor.fr, mis à jour le",
    "Redaktion Varnblatt | Aktualisiert am",
])
def test_a_newsroom_credit_with_an_empty_stamp_is_a_byline(line):
    c = read(page(TITLE, line, LEDE, BODY))
    assert story(c) == [LEDE, BODY]
    assert _rule(c, line) == "newsroom-byline"


def test_a_newsroom_sentence_with_a_date_label_stays_story():
    said = "Redaktion Varnblatt published the list on Monday."
    c = read(page(TITLE, LEDE, said, BODY))
    assert said in story(c)


# --- a sentence pointing the reader at the outlet's own coverage ------------------------------

@pytest.mark.parametrize("line", [
    "Die neuesten Pegelstände an der Kelm können Sie in unserem Newsblog verfolgen.",
    "Alle Ergebnisse der Kreiswahl und eine Karte der Wahlbezirke finden Sie hier.",
    "You can follow the latest on the floods in the valley in our live blog.",
    "Retrouvez toutes les informations sur la crue de la Varne dans notre direct.",
    "Puede seguir la última hora del temporal en nuestro directo.",
    "Potete seguire gli aggiornamenti sul maltempo nel nostro live.",
])
def test_a_sentence_pointing_the_reader_at_the_outlets_own_coverage_is_a_pointer(line):
    c = read(page(TITLE, LEDE, line, BODY))
    assert story(c) == [LEDE, BODY]
    assert _rule(c, line) == "own-coverage"


@pytest.mark.parametrize("said", [
    # quoted: someone speaking to the reader, not the page
    "„Die Sandsäcke finden Sie hier“, sagte der Bürgermeister den Anwohnern.",
    # the reader's own place, not the outlet's page
    "You can see the water line in our street from the bridge, a resident said.",
    "Suivez les consignes des pompiers et restez chez vous, a demandé le préfet.",
])
def test_a_sentence_addressing_someone_that_points_at_no_coverage_stays(said):
    c = read(page(TITLE, LEDE, said, BODY))
    assert said in story(c)


# --- a picture's title with no credit on the line right above its credited caption ----------

_CREDITED = "Early counts in the valley point to a clear win for the Greens. (EPA PHOTO)"
_PICTURE_TITLE = "Votes being counted at the Kelmore town hall"


def test_a_title_glued_on_the_line_above_a_credited_caption_is_the_pictures():
    c = read(page(TITLE, LEDE, _PICTURE_TITLE + "\n" + _CREDITED, BODY))
    assert story(c) == [LEDE, BODY]
    assert _rule(c, _PICTURE_TITLE) == "title-over-caption"


def test_a_crosshead_set_apart_by_a_blank_line_above_a_credited_caption_stays():
    c = read(page(TITLE, LEDE, _PICTURE_TITLE, _CREDITED, BODY))
    assert _PICTURE_TITLE in story(c)


def test_on_a_page_of_single_lines_a_line_above_a_credited_caption_stays():
    text = "\n".join([TITLE, LEDE, _PICTURE_TITLE, _CREDITED, BODY]) + "\n"
    c = read(text)
    assert _PICTURE_TITLE in story(c)


# --- a section's heading ("Trending") over the headline at the page's top ---------------------

@pytest.mark.parametrize("label", ["Trending", "Most read", "À lire aussi"])
def test_a_related_heading_at_the_top_over_one_title_and_the_lede_leaves_the_headline(label):
    c = read(page(label, TITLE, LEDE, BODY))
    assert c.headline_block is not None and c.headline_block.text == TITLE
    assert story(c) == [LEDE, BODY]
    assert _rule(c, label) == "related-header"


def test_a_related_heading_between_paragraphs_still_claims_its_one_title():
    title = "Harbour fees rise again"
    c = read(page(TITLE, LEDE, "Trending", title, BODY))
    assert title not in story(c) and story(c) == [LEDE, BODY]


# --- "Article written by <site>": the story's noun before the byline's phrase -----------------

@pytest.mark.parametrize("line", [
    "Article rédigé par valinfo - avec Radio Kelmor",
    "Article written by Jane Roe",
    "Artikel geschrieben von varnblatt.de",
])
def test_the_storys_noun_before_a_bylines_phrase_is_a_byline(line):
    c = read(page(TITLE, line, LEDE, BODY))
    assert story(c) == [LEDE, BODY]
    assert _rule(c, line) == "article-by"


@pytest.mark.parametrize("said", [
    "Article written by the mayor in 2019 was withdrawn from the council's site.",
    "L'article rédigé par le préfet a été publié lundi.",
])
def test_a_sentence_about_an_article_someone_wrote_stays(said):
    c = read(page(TITLE, LEDE, said, BODY))
    assert said in story(c)


def test_a_hyphenated_writers_name_after_the_storys_noun_is_the_author():
    line = "Article rédigé par Jean-Paul Varnier, à Kelmont"
    c = read(page(TITLE, line, LEDE, BODY))
    removed = next(r for r in c.removed if r.text == line)
    assert removed.rule == "article-by" and dict(removed.yields)["author"] == "Jean-Paul Varnier"


@pytest.mark.parametrize("said", [
    # review 21: a story sentence with a common verb of the table, ending on a bare "here"
    "Le due vittime sono state trovate nel fiume, a pochi metri da qui.",
    "Eine Notunterkunft für die 200 Evakuierten gibt es seit Sonntag auch hier.",
    "Die Helfer suchen die Vermissten, doch finden sie bislang nur Trümmer hier.",
    "Según los técnicos, el nivel del río puede seguir subiendo aquí.",
    "As you can see from the marks on the walls, the water rose two metres here.",
    "Volunteers said you can find sandbags and drinking water here.",
])
def test_a_story_sentence_ending_on_here_stays(said):
    c = read(page(TITLE, LEDE, said, BODY))
    assert said in story(c)
