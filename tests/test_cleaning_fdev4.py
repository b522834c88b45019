"""Furniture found on a fresh-page round (fdev4, issue 13): a gallery's full-screen button and
its "1 / 7" pager, a follow prompt whose network icons the scraper dropped, a caption set right
on its picture's bare label and the same caption printed once more, and the topic tag over the
last of several printings of the title.

Every snippet is invented by the project, in the shapes the pages printed; each furniture case
has a neighbour of the same shape that must stay story.
"""

from __future__ import annotations

import pytest

from tests.conservation import BODY, LEDE, TITLE, page, read, rules, story

TITLE_FR = "Les pompiers luttent contre trois feux dans le Var"
LEDE_FR = ("Plus de 900 pompiers étaient mobilisés jeudi soir contre trois incendies dans le Var, "
           "où 1.200 hectares de pinède ont déjà brûlé, selon la préfecture.")
BODY_FR = ("Les flammes ont atteint les premières maisons de Vidauban dans la nuit, et deux "
           "campings ont été évacués par précaution, a précisé le maire.")
CAPTION_FR = "Un pompier arrose une maison menacée par les flammes près de Vidauban."

LEDE_DE = ("Mehr als 300 Einsatzkräfte haben am Dienstag gegen einen Waldbrand bei Treuenbrietzen "
           "gekämpft, das Feuer hat nach Angaben des Landkreises bereits 90 Hektar erfasst.")
BODY_DE = ("Zwei Dörfer wurden am Abend vorsorglich geräumt, die Bewohner kamen in einer "
           "Turnhalle unter, teilte ein Sprecher der Feuerwehr mit.")
CAPTION_DE = "Ein Löschhubschrauber fliegt über den brennenden Wald bei Treuenbrietzen."

LEDE_PT = ("Um incêndio em uma área de mata atingiu a zona norte de Ribeirão na tarde desta "
           "quarta-feira (4) e chegou perto de cinco casas, segundo a Defesa Civil.")
BODY_PT = ("Os bombeiros usaram dois caminhões-pipa para conter as chamas, que foram controladas "
           "no começo da noite.")


# --- a gallery's full-screen button and pager --------------------------------------------------

@pytest.mark.parametrize("button", ["Full Screen", "Vollbild", "Plein écran", "Schermo intero",
                                    "Pantalla completa", "Tela cheia", "Pełny ekran"])
def test_a_gallerys_full_screen_button_is_a_media_control(button):
    line = "Families followed the rescue on a full screen set up in the town hall."
    c = read(page(TITLE, button, LEDE, line, BODY))
    assert story(c) == [LEDE, line, BODY] and rules(c) == {button: "media-control"}


@pytest.mark.parametrize("pager", ["1 / 7", "3 / 12"])
def test_a_pager_with_a_slash_is_a_gallerys_pager(pager):
    c = read(page(TITLE, "Full Screen", pager, LEDE, BODY))
    assert story(c) == [LEDE, BODY] and rules(c)[pager] == "gallery-pager"
    # a pair counting more than there are is no pager
    assert rules(read(page(TITLE, LEDE, "9 / 4", BODY))).get("9 / 4") != "gallery-pager"


# --- a follow prompt whose network icons were dropped ----------------------------------------

@pytest.mark.parametrize("prompt,lede,body", [
    ("SIGA O DIÁRIO NO", LEDE_PT, BODY_PT),
    ("Follow the Courier on", LEDE, BODY),
    ("Suivez Le Courrier sur", LEDE_FR, BODY_FR),
    ("Folgen Sie der Rundschau auf", LEDE_DE, BODY_DE),
])
def test_a_follow_prompt_ending_on_its_preposition_is_a_follow_link(prompt, lede, body):
    line = "Follow the river on foot and you reach the village in an hour."
    c = read(page(lede, line, prompt, body))
    assert story(c) == [lede, line, body] and rules(c) == {prompt: "follow-us"}


# --- a caption set on its picture's bare label, and printed again ------------------------------

def test_a_sentence_glued_on_a_bare_photo_label_is_its_caption():
    c = read(f"{TITLE_FR}\n\n{CAPTION_FR}\nPhoto: AFP\n\n{LEDE_FR}\n\n{BODY_FR}\n")
    assert c.headline == TITLE_FR and story(c) == [LEDE_FR, BODY_FR]
    assert rules(c)[CAPTION_FR] == "caption-over-label"
    # neighbours: a paragraph set apart from the label, a quotation on it, a page of single lines
    quoted = "« Le feu avançait plus vite que nos camions », a dit le maire."
    c = read(f"{TITLE_FR}\n\n{LEDE_FR}\n\nPhoto: AFP\n\n{quoted}\nPhoto: AFP\n\n{BODY_FR}\n")
    assert story(c) == [LEDE_FR, quoted, BODY_FR]
    c = read(f"{TITLE_FR}\n{CAPTION_FR}\nPhoto: AFP\n{LEDE_FR}\n{BODY_FR}\n")
    assert rules(c).get(CAPTION_FR) != "caption-over-label"


def test_a_sentence_glued_on_a_foto_label_is_its_caption_in_german():
    c = read(f"{LEDE_DE}\n\n{CAPTION_DE}\nFoto: dpa\n\n{BODY_DE}\n")
    assert story(c) == [LEDE_DE, BODY_DE] and rules(c)[CAPTION_DE] == "caption-over-label"


def test_a_caption_printed_again_above_is_a_caption():
    c = read(f"{TITLE_FR}\n\n{CAPTION_FR}\n\n{TITLE_FR}\n\n{CAPTION_FR}\nPhoto: AFP\n\n"
             f"{LEDE_FR}\n\n{BODY_FR}\n")
    assert story(c) == [LEDE_FR, BODY_FR]
    assert [r.rule for r in c.removed if r.text == CAPTION_FR] == ["caption-again",
                                                                   "caption-over-label"]
    # a paragraph printed twice with no caption placed by a label is no caption
    assert "caption-again" not in rules(read(page(TITLE_FR, LEDE_FR, BODY_FR, LEDE_FR))).values()


# --- the topic tag over the title's last printing ---------------------------------------------

def test_a_topic_tag_over_the_titles_last_printing_is_navigation():
    c = read(f"{TITLE_FR}\n\nSécheresse\n\n{TITLE_FR}\n\n{CAPTION_FR}\nPhoto: AFP\n\n"
             f"Incendies\n\n{TITLE_FR}\n\n{LEDE_FR}\n\n{BODY_FR}\n")
    assert story(c) == [LEDE_FR, BODY_FR]
    assert rules(c)["Incendies"] == "bare-label"
    # the same word under the first paragraph is a crosshead
    c = read(f"{TITLE_FR}\n\n{LEDE_FR}\n\nIncendies\n\n{BODY_FR}\n")
    assert "Incendies" in story(c)
