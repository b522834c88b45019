"""Furniture left on unseen pages (cleaning round 25, issue 13: the known leftovers of round 24 and
fresh pages of a power blackout in seven languages), in invented pages of the same shapes; beside
each mend, the nearest story shape stays story. Every case is conserved (tests.conservation)."""

from __future__ import annotations

import pytest

from tests.conservation import BODY, LEDE, TITLE, page, read, rules, story

BODY2 = ("The grid company said crews had restored power to most districts by nightfall, and that "
         "the cause of the fault was still being investigated.")

# --- notices of the article's own update, and correction notices, closing a page --------------


@pytest.mark.parametrize("notice", [
    "Dieser Artikel wurde am 29. April aktualisiert.",
    "Cet article a été mis à jour le 29 avril avec la réaction du gestionnaire du réseau.",
    "Este artículo fue actualizado a las 18:00 con nueva información.",
    "Questo articolo è stato aggiornato alle 18.",
    "Este texto foi atualizado às 19h com a posição do governo.",
    "Dit artikel is bijgewerkt met de laatste cijfers.",
    "This piece has been updated to include the operator's statement.",
])
def test_a_notice_of_the_articles_update_goes(notice):
    c = read(page(TITLE, LEDE, BODY, BODY2, notice))
    assert story(c) == [LEDE, BODY, BODY2] and rules(c)[notice] == "age-notice"


@pytest.mark.parametrize("notice", [
    "Correction: An earlier version of this article gave the wrong number of substations.",
    "Clarification: This story has been amended to make clear where the fault began.",
    "Rectificatif : une version précédente de cet article indiquait une mauvaise date.",
    "Berichtigung: In einer früheren Fassung hieß es, der Ausfall habe vier Stunden gedauert.",
    "Fe de errores: una versión anterior de esta nota atribuía la cifra al ministerio.",
])
def test_a_correction_notice_goes(notice):
    c = read(page(TITLE, LEDE, BODY, BODY2, notice))
    assert story(c) == [LEDE, BODY, BODY2] and rules(c)[notice] == "correction-notice"


@pytest.mark.parametrize("line", [
    "Dieser Artikel der Verfassung wurde nie geändert, sagte die Ministerin am Montag.",
    "The correction of the grid's frequency took less than a second, the operator said.",
    "Editor's note: We revised this report at 14:00 to add the names of both villages.",
])
def test_a_story_line_about_an_article_or_a_correction_stays(line):
    c = read(page(TITLE, LEDE, BODY, line, BODY2))
    assert line in story(c)


# --- a writer's bio closing the page, in the other languages ------------------------------------


@pytest.mark.parametrize("bio", [
    "Ana Ruiz es periodista de la sección de Internacional. Ha trabajado en Lisboa y Bruselas.",
    "Jan Weber ist Korrespondent in Madrid und berichtet seit 2020 über die Iberische Halbinsel.",
    "Lucie Martin est journaliste au service Monde depuis 2019.",
])
def test_a_writers_bio_in_another_language_goes(bio):
    c = read(page(TITLE, LEDE, BODY, BODY2, bio))
    assert story(c) == [LEDE, BODY, BODY2] and rules(c)[bio] == "author-bio"


def test_a_last_paragraph_about_a_journalist_who_spoke_stays():
    line = "Ana Ruiz es periodista y vio cómo se apagaban los semáforos, dijo a la radio local."
    c = read(page(TITLE, LEDE, BODY, BODY2, line))
    assert line in story(c)


# --- a title the title bar cut short with an ellipsis, over the title in full -------------------

SLUG = "https://www.harbourpost.example/world/power-cut-leaves-millions-in-the-dark-across-the-valley\n"
BARE = "https://www.harbourpost.example/world/2031/04/28/a1b2c3\n"
FULL = "Power cut leaves millions in the dark across the valley"


@pytest.mark.parametrize("address, bar", [
    (SLUG, "Power cut leaves millions in the dark across the… | Harbour Post"),
    (SLUG, "Power cut leaves millions in the dark across the... | Harbour Post"),
    (BARE, "Power cut leaves millions in the dark across the ... - Harbour Post"),
    (BARE, "Power cut leaves millions in the dark… | Valley Times"),
])
def test_a_cut_title_bar_gives_way_to_the_title_in_full(address, bar):
    c = read(address + page(bar, FULL, LEDE, BODY))
    assert c.headline == FULL and story(c) == [LEDE, BODY]
    assert rules(c)[bar] == "title-bar-headline"


def test_a_title_ending_on_an_ellipsis_with_no_bar_stays_the_headline():
    title = "Power cut leaves millions in the dark… for now"
    c = read(BARE + page(title, LEDE, BODY))
    assert c.headline == title and story(c) == [LEDE, BODY]


# --- a German caption above its "Quelle: Name/agency" credit at the top -------------------------

DE_TITLE = "Stromausfall legt Teile des Landes lahm"
DE_LEDE = ("Der Stromausfall hat am Montag weite Teile des Landes lahmgelegt, teilte der "
           "Netzbetreiber am Abend mit. Die Ursache sei noch unklar.")
DE_BODY = ("Nach Angaben der Behörden waren mehr als zwei Millionen Haushalte betroffen. Die Bahn "
           "stellte den Verkehr auf mehreren Strecken ein.")
DE_URL = "https://www.kelsdorfer-bote.example/panorama/stromausfall-legt-teile-des-landes-lahm-12345.html\n"


@pytest.mark.parametrize("credit", ["Quelle: Jan Weber/dpa", "Quelle: IMAGO/Jan Weber",
                                    "Quelle: picture alliance/dpa/Jan Weber"])
def test_a_caption_over_its_source_credit_at_the_top_is_no_headline(credit):
    caption = "Menschen warten vor einem dunklen Bahnhof in Kelsdorf."
    c = read(page(caption, credit, DE_TITLE, DE_LEDE, DE_BODY))
    assert c.headline == DE_TITLE and story(c) == [DE_LEDE, DE_BODY]
    assert rules(c)[caption] == "caption-over-top-credit"
    assert rules(c)[credit] == "photo-agency-credit"


def test_a_caption_over_its_source_credit_gives_the_headline_to_the_address():
    caption = "Einsatzkräfte sperren eine Kreuzung in der Innenstadt von Kelsdorf ab."
    c = read(DE_URL + page(caption, "Quelle: IMAGO/Jan Weber", DE_LEDE, DE_BODY))
    assert story(c) == [DE_LEDE, DE_BODY] and c.headline == DE_TITLE


def test_a_source_naming_an_outlet_stays_an_attribution():
    c = read(page(DE_TITLE, DE_LEDE, DE_BODY, "Quelle: Kelsdorfer Bote"))
    assert story(c) == [DE_LEDE, DE_BODY] and rules(c)["Quelle: Kelsdorfer Bote"] == "attribution"


def test_a_headline_over_a_picture_credit_stays_the_headline():
    c = read(page(DE_TITLE, "Quelle: Jan Weber/dpa", DE_LEDE, DE_BODY))
    assert c.headline == DE_TITLE and story(c) == [DE_LEDE, DE_BODY]


# --- a caption with no credit between paragraphs, closed by its picture's date ------------------


@pytest.mark.parametrize("language, caption", [
    ("en", "Passengers walk along the tracks after trains stopped near Brenta, April 28, 2031."),
    ("en", "Commuters wait outside a darkened station in Valmora, Spain, Monday, April 28, 2031."),
    ("fr", "Des passants dans une rue de Valmora privée de courant, le 28 avril 2031."),
    ("de", "Menschen warten vor einem Bahnhof in Kelsdorf, am 28. April 2031."),
    ("es", "Viajeros esperan en la estación de Valmora, el 28 de abril de 2031."),
    ("it", "Passeggeri in attesa alla stazione di Valmora, il 28 aprile 2031."),
])
def test_a_dated_caption_between_paragraphs_goes(language, caption):
    c = read(page(TITLE, LEDE, caption, BODY, BODY2), language=language)
    assert story(c) == [LEDE, BODY, BODY2] and rules(c)[caption] == "dated-caption"


@pytest.mark.parametrize("line", [
    "The last blackout of this size hit the region on September 28, 2003.",
    "The plant, which opened in 1998, closed on March 3, 2004.",
    "“We were stuck for hours,” a passenger said, April 28, 2031.",
])
def test_a_story_sentence_telling_its_date_stays(line):
    c = read(page(TITLE, LEDE, line, BODY, BODY2))
    assert line in story(c)


def test_a_lede_ending_on_a_date_after_a_comma_stays():
    lede = "A blackout hit the whole peninsula shortly after noon, Monday, April 28, 2031."
    c = read(page(TITLE, lede, BODY, BODY2))
    assert lede in story(c)


# --- the consent notice of a blocked embed, glued inside a paragraph ----------------------------

FR_BEFORE = "La coupure a surpris les riverains vers midi ce mardi."
FR_NOTICE = ("Ce contenu vidéo dépose les cookies d'un service tiers. Vous devez accepter "
             "ces cookies pour le voir.")
FR_AFTER = "Les trains se sont arrêtés dans tout le pays, selon l'opérateur ferroviaire."


def test_a_consent_notice_glued_inside_a_paragraph_is_cut_out():
    line = f"{FR_BEFORE} {FR_NOTICE} {FR_AFTER}"
    c = read(page(TITLE, LEDE, line, BODY))
    assert story(c) == [LEDE, FR_BEFORE, FR_AFTER, BODY]
    assert rules(c)[FR_NOTICE] == "glued-cookie-notice"


def test_a_consent_notice_on_its_own_line_goes():
    c = read(page(TITLE, LEDE, FR_NOTICE, BODY))
    assert story(c) == [LEDE, BODY] and rules(c)[FR_NOTICE] == "cookie-notice"


def test_a_story_sentence_about_cookies_stays():
    line = ("The regulator said the site had set cookies without consent, and fined it on "
            "Tuesday.")
    c = read(page(TITLE, LEDE, line, BODY))
    assert line in story(c)


# --- a section's label glued before the lede -----------------------------------------------------

PT_LEDE = ("Um apagão deixou sem luz várias cidades do interior na tarde de sábado, segundo a "
           "distribuidora local.")


@pytest.mark.parametrize("label", ["Notícias do Mundo –", "World News -", "Internacional —"])
def test_a_section_label_glued_before_the_lede_is_cut_off(label):
    c = read(page(TITLE, f"{label} {PT_LEDE}", BODY))
    assert story(c) == [PT_LEDE, BODY] and rules(c)[label] == "section-prefix"


@pytest.mark.parametrize("line", [f"VALMORA – {PT_LEDE}", f"Valmora do Sul – {PT_LEDE}"])
def test_a_dateline_before_the_lede_is_no_section(line):
    c = read(page(TITLE, line, BODY))
    assert "section-prefix" not in rules(c).values()
