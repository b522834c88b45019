"""Furniture left in the story of fresh pages (cleaning round 24, issue 13: a gas explosion in a
block of flats and a stampede at a pilgrimage, twelve pages to tune on, six set aside), in
invented pages of the same shapes; beside each mend, the nearest story shape stays story.
Every case is conserved (tests.conservation)."""

from __future__ import annotations

import pytest

from tests.conservation import BODY, LEDE, TITLE, page, read, rules, story

# --- a caption closing on its bracketed credit, then the site's own credit field ---------------

CAPTION = ("Volunteers carry a stretcher past the riverside camp at Marlow Ford on March 3, "
           "2031. A crush near the bathing steps left at least 12 pilgrims dead, a hospital "
           "official told reporters.")


@pytest.mark.parametrize("field", ["Image: AFP", "Photo: Reuters", "Foto: dpa"])
def test_a_caption_with_the_sites_credit_field_after_its_bracket_goes(field):
    caption = f"{CAPTION} (Photo by Jane ROWLEY / AFP) {field}"
    c = read(page(TITLE, LEDE, caption, BODY))
    assert story(c) == [LEDE, BODY] and rules(c)[caption] == "picture-credit"


def test_a_story_sentence_ending_on_a_bracket_and_a_label_stays():
    line = ("The mayor said the camp would reopen on Monday (after the inspection). Image: the "
            "town hall has not said who pays for the repairs.")
    c = read(page(TITLE, LEDE, line, BODY))
    assert line in story(c)


# --- a newsletter box's label between two paragraphs --------------------------------------------


@pytest.mark.parametrize("label", ["Email newsletter signup", "Daily newsletter sign-up",
                                   "Newsletter-Anmeldung"])
def test_a_newsletter_boxs_label_between_paragraphs_goes(label):
    c = read(page(TITLE, LEDE, label, BODY))
    assert story(c) == [LEDE, BODY] and rules(c)[label] == "newsletter-button"


def test_a_sentence_about_a_newsletter_stays():
    line = "The council said its newsletter signup had doubled since the flood."
    c = read(page(TITLE, LEDE, line, BODY))
    assert line in story(c)


# --- an archive's credit naming the wire with "From" --------------------------------------------


@pytest.mark.parametrize("credit", ["From Associated Press", "From The Associated Press",
                                    "From Reuters"])
def test_a_wire_credit_opening_on_from_goes(credit):
    c = read(page(TITLE, credit, LEDE, BODY))
    assert story(c) == [LEDE, BODY] and rules(c)[credit] == "agency-credit"


def test_a_sentence_opening_on_from_and_a_wire_stays():
    line = "From Reuters came the first pictures of the flooded square on Sunday."
    c = read(page(TITLE, LEDE, line, BODY))
    assert line in story(c)


# --- a title bar whose outlet the address does not name (an archive's copy) ---------------------

ARCHIVE = "https://archive.example.net/pages/vt-2031-03-14-me-0412-story.html"
BAR_TITLE = "Nine Hurt as Leak Sets Off Blast in Block of Flats"


@pytest.mark.parametrize("bar", [f"{BAR_TITLE} - Valley Times", f"{BAR_TITLE} | The Harbour Post",
                                 f"Valley Times - {BAR_TITLE}"])
def test_a_title_bar_naming_an_outlet_the_address_does_not_gives_way_to_the_title(bar):
    c = read(ARCHIVE + "\n" + page(bar, "Advertisement", BAR_TITLE, LEDE, BODY))
    assert c.headline == BAR_TITLE and story(c) == [LEDE, BODY]
    assert rules(c)[bar] == "title-bar-headline"


def test_a_title_with_a_dash_before_a_second_statement_stays_the_headline():
    title = "Nine Hurt as Leak Sets Off Blast - Firefighters Search Rubble"
    c = read(ARCHIVE + "\n" + page(title, LEDE, BODY))
    assert c.headline == title and story(c) == [LEDE, BODY]


# --- the article bar's button for reporting a mistake, in each language -------------------------

#: An invented page per language: a headline, a lede and a body paragraph.
LANG_PAGES = {
    "fr": ("Explosion dans un immeuble de Verlo : deux morts",
           "Deux habitants de Verlo sont morts dimanche quand leur immeuble a explosé, a "
           "indiqué la préfecture en fin de matinée.",
           "Les pompiers ont fouillé les décombres toute la journée avec des chiens, et une "
           "cellule d'aide a été ouverte à la mairie."),
    "de": ("Explosion in Wohnhaus in Verlo: zwei Tote",
           "Bei der Explosion eines Wohnhauses in Verlo sind am Sonntag zwei Menschen gestorben, "
           "teilte die Polizei am Mittag mit.",
           "Die Feuerwehr suchte den ganzen Tag mit Hunden in den Trümmern, und die Stadt "
           "richtete in der Schule eine Notunterkunft ein."),
    "es": ("Dos muertos en la explosión de un edificio en Verlo",
           "Dos personas murieron el domingo en la explosión de un edificio de viviendas en "
           "Verlo, informaron los bomberos al mediodía.",
           "Los equipos de rescate buscaron entre los escombros durante todo el día con perros, "
           "y el ayuntamiento abrió un albergue en la escuela."),
    "pt": ("Explosão em prédio de Verlo deixa dois mortos",
           "Duas pessoas morreram no domingo na explosão de um prédio residencial em Verlo, "
           "informaram os bombeiros ao meio-dia.",
           "As equipes de resgate procuraram nos escombros durante todo o dia com cães, e a "
           "prefeitura abriu um abrigo na escola."),
    "it": ("Esplode una palazzina a Verlo: due morti",
           "Due persone sono morte domenica nell'esplosione di una palazzina a Verlo, hanno "
           "riferito i vigili del fuoco a mezzogiorno.",
           "I soccorritori hanno scavato tra le macerie per tutto il giorno con i cani, e il "
           "comune ha aperto un centro di accoglienza nella scuola."),
}
ERROR_BUTTON = {"en": "Report an error", "fr": "Signaler une erreur", "de": "Fehler melden",
                "es": "Reportar un error", "it": "Segnala un errore"}


def _lang_page(language: str) -> tuple[str, str, str]:
    return (TITLE, LEDE, BODY) if language == "en" else LANG_PAGES[language]


def test_a_sentence_asking_readers_to_report_errors_stays():
    line = "Residents were asked to report an error in the damage list to the town hall."
    c = read(page(TITLE, LEDE, line, BODY))
    assert line in story(c)


# --- a heading of related topics, the word for related after the tag word -----------------------

RELATED_TOPICS = {"es": "Temas relacionados", "it": "Argomenti correlati",
                  "fr": "Sujets associés"}


# --- the latest-news heading, in the languages that lacked it -----------------------------------

LATEST = {"es": "Últimas noticias", "it": "Ultime notizie", "pt": "Últimas notícias"}


# --- a table of contents' label under the standfirst -------------------------------------------

CONTENTS = {"en": "Table of contents", "fr": "Sommaire du contenu", "de": "Inhaltsverzeichnis",
            "es": "Tabla de contenidos", "it": "Indice dei contenuti"}


# --- a pointer to another article, its title glued on with a question inside ------------------


def test_a_read_also_pointer_whose_title_holds_a_question_goes():
    title, lede, body = LANG_PAGES["fr"]
    link = "À lire aussi Comment réagir après une explosion de gaz ? Les conseils des pompiers"
    c = read(page(title, lede, body, link), language="fr")
    assert story(c) == [lede, body] and rules(c)[link] == "related-link"


def test_a_sentence_opening_on_also_on_with_a_question_stays():
    line = "Also on Monday? Two bridges the water damaged stayed closed to traffic."
    c = read(page(TITLE, LEDE, line, BODY))
    assert line in story(c)


# --- a short caption and its twin with the source in brackets -----------------------------------


def test_a_short_caption_printed_again_with_its_source_in_brackets_goes():
    bare, credited = "Cars in the hole, Verlo", "Cars in the hole, Verlo (Instagram)"
    c = read(page(TITLE, LEDE, bare, credited, BODY))
    assert story(c) == [LEDE, BODY]
    assert rules(c)[bare] == rules(c)[credited] == "caption-twins"


def test_a_short_line_and_its_copy_with_a_sentence_in_brackets_stay():
    line = "Two roads closed, Verlo"
    copy = "Two roads closed, Verlo (the third reopened at noon.)"
    c = read(page(TITLE, LEDE, line, copy, BODY))
    assert line in story(c) and copy in story(c)


# --- the consent banner's settings button in other languages ------------------------------------

PRIVACY = {"it": "Impostazioni privacy", "de": "Cookie-Einstellungen",
           "fr": "Gérer les cookies", "es": "Configuración de privacidad"}


# --- a gallery plugin's shortcode with long attributes ------------------------------------------


def test_a_shortcode_with_long_attributes_goes():
    code = ("[gallery_images source=”albums” album_ids=”4521″ display=”basic_thumbnails” "
            "paging=”0″ order_by=”position” order_direction=”DESC” returns=”included” "
            "maximum_count=”250″ thumbnail_width=”240″ thumbnail_height=”160″ "
            "show_slideshow_link=”1″ slideshow_link_text=”Slideshow” ajax_pagination=”1″]")
    c = read(page(TITLE, LEDE, BODY, code))
    assert story(c) == [LEDE, BODY] and rules(c)[code] == "template"


def test_a_long_editors_note_in_brackets_stays():
    note = ("[update: the council said on Monday evening that the bridge over the Kelm would "
            "stay closed until the engineers finish their inspection, and that buses would run "
            "on the ring road meanwhile; the toll of the flood rose to 41 in the afternoon, "
            "after two more bodies were found downstream]")
    c = read(page(TITLE, LEDE, BODY, note))
    assert note in story(c)


# --- a pointer to the rest of the story glued after the last sentence ---------------------------

TEASER = ("Rescuers pulled two drivers from the hole in the ring road after the asphalt gave "
          "way under their cars.")


@pytest.mark.parametrize("pointer", ["Read More", "Continue reading →", "(Continued…)",
                                     "(Continua…)", "(All the details on the next page…)"])
def test_a_read_more_pointer_glued_after_the_last_sentence_goes(pointer):
    c = read(page(TITLE, LEDE, f"{TEASER} {pointer}"))
    assert story(c) == [LEDE, TEASER] and rules(c)[pointer] == "read-more-tail"
    assert c.excerpt


def test_a_sentence_ending_on_the_words_read_more_stays():
    line = "The council asked residents to read more."
    c = read(page(TITLE, LEDE, BODY, line))
    assert line in story(c)


# --- a newsroom desk's name above the headline ------------------------------------------------

DESKS = {"es": "Nacional", "it": "Attualità", "de": "Vermischtes", "fr": "Faits divers",
         "pt": "Cotidiano"}


@pytest.mark.parametrize("language", sorted(DESKS))
def test_a_desks_name_above_the_headline_goes(language):
    title, lede, body = _lang_page(language)
    desk = DESKS[language]
    slug = "-".join(w.lower() for w in title.replace(":", "").split())
    c = read(f"https://news.example.org/{slug}\n" + page(desk, title, lede, body),
             language=language)
    assert c.headline == title and story(c) == [lede, body]
    assert rules(c)[desk] == "section-name"


# --- the cover picture's credit closing the page ------------------------------------------------


COVER_CREDITS = [("it", "Foto copertina da Instagram"), ("es", "Foto de portada de Archivo"),
                 ("en", "Cover photo from Facebook")]


# --- the outlet's pitches for its networks and messaging channel, and the button ---------------


PITCHES = [
    ("pt", ">> Para mais notícias, siga o Diário do Vale no Twitter, Instagram e Facebook."),
    ("en", "For more news, follow Valley Times on Instagram and Facebook."),
    ("pt", "Quer receber as notícias do Vale no seu WhatsApp?"),
    ("en", "Want to get the latest news on your WhatsApp?"),
    ("es", "¿Quieres recibir noticias en tu WhatsApp?")]


def test_the_pitchs_yes_button_is_no_credit():
    c = read(page(TITLE, LEDE, BODY, "Want to get the latest news on your WhatsApp?", "EU QUERO"))
    assert story(c) == [LEDE, BODY] and rules(c)["EU QUERO"] == "newsletter-button"
    assert not c.via


def test_a_question_about_a_channel_in_the_story_stays():
    line = "Do you want to get news on WhatsApp, she asked the mayor, or on the radio?"
    c = read(page(TITLE, LEDE, line, BODY))
    assert line in story(c)


# --- a picture's label, an agency in any case and a slash ---------------------------------------


@pytest.mark.parametrize("credit", ["foto Ap/Lapresse", "Foto Ansa/Roberto Verdi"])
def test_a_picture_label_with_an_agency_and_a_slash_goes(credit):
    title, lede, body = LANG_PAGES["it"]
    c = read(page(credit, title, lede, body), language="it")
    assert story(c) == [lede, body] and rules(c)[credit] == "picture-label"


# --- a video's title between paragraphs ---------------------------------------------------------


VIDEO_TITLES = [("it", "Il video del crollo della palazzina"),
                ("en", "The video of the blast in Verlo"),
                ("fr", "Les images de l'explosion à Verlo")]


def test_a_crosshead_naming_no_medium_stays():
    line = "The search of the ruins"
    c = read(page(TITLE, LEDE, line, BODY))
    assert line in story(c)


# --- an aggregator's pointer to its source, and a credit glued to the last full stop ------------

COPIED = ("Two people died on Sunday when a gas leak set off a blast in a block of flats in "
          "Verlo, the fire brigade said.")


def test_an_aggregators_pointer_to_its_source_goes():
    tail = "🔗 Read on Valleypost.example © Valleypost.example - Blast in Verlo: two dead"
    c = read(page(TITLE, LEDE, f"{COPIED} {tail}"))
    assert story(c) == [LEDE, COPIED] and rules(c)[tail] == "read-on-tail"


def test_a_pictures_credit_glued_to_the_last_full_stop_goes():
    c = read(page(TITLE, LEDE, COPIED + "Pictures: Reuters"))
    assert story(c) == [LEDE, COPIED] and rules(c)["Pictures: Reuters"] == "credit-glued-after"


def test_a_sentence_glued_to_the_next_one_stays():
    line = COPIED + "Photos of the site show the roof gone: Verlo's mayor called it a miracle."
    c = read(page(TITLE, LEDE, line))
    assert line in story(c)


# --- a gallery's pager between the paragraphs, and a don't-miss heading -------------------------


PAGERS = [("it", "2 di 7"), ("en", "3 of 12"), ("fr", "4 sur 9")]
DONT_MISS = [("it", "Da non perdere"), ("es", "No te lo pierdas"), ("fr", "À ne pas manquer")]


# --- furniture of each language, set between the lede and the body or after the body -----------


def _cases(shape: str, lines, where: str, rule: str | None) -> list:
    """(language, line) pairs of one shape as cases named by the shape, the language and the
    pair's place; ``rule`` None: the line goes by some rule, the shape's test named none."""
    return [pytest.param(language, line, where, rule, id=f"{shape}-{language}-{i}")
            for i, (language, line) in enumerate(lines, 1)]


@pytest.mark.parametrize(("language", "line", "where", "rule"), [
    *_cases("error-button", sorted(ERROR_BUTTON.items()), "between", None),
    *_cases("related-topics", sorted(RELATED_TOPICS.items()), "between", "tag-list"),
    *_cases("latest-news", sorted(LATEST.items()), "after", None),
    *_cases("contents", sorted(CONTENTS.items()), "between", None),
    *_cases("privacy-button", sorted(PRIVACY.items()), "after", "consent-button"),
    *_cases("cover-credit", COVER_CREDITS, "after", "courtesy"),
    *_cases("outlet-pitch", PITCHES, "after", "newsletter-pitch"),
    *_cases("video-title", VIDEO_TITLES, "between", "media-title"),
    *_cases("gallery-pager", PAGERS, "between", "gallery-pager"),
    *_cases("dont-miss", DONT_MISS, "between", None),
])
def test_furniture_of_a_pages_language_goes(language, line, where, rule):
    title, lede, body = _lang_page(language)
    lines = (title, lede, line, body) if where == "between" else (title, lede, body, line)
    c = read(page(*lines), language=language)
    assert story(c) == [lede, body] and (line in rules(c) if rule is None
                                         else rules(c)[line] == rule)
