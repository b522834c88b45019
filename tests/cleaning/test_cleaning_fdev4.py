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

LEDE_PL = ("Strażacy interweniowali w nocy ponad 1200 razy w związku z silnym wiatrem, najwięcej "
           "w województwie łódzkim, przekazał rzecznik straży.")
BODY_PL = ("W Sieradzu wiatr zerwał dach z budynku szkoły; nikt nie został ranny, a lekcje "
           "odwołano do poniedziałku.")

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


# --- second batch of fresh pages ---------------------------------------------------------------

TITLE_DE = "Sturm legt den Bahnverkehr im Norden lahm"
STANDFIRST_DE = ("Der Wetterdienst hat seine Warnung am Abend aufgehoben, die Feuerwehr zieht "
                 "eine erste Bilanz.")
LEDE_ES = ("Más de 3.100 personas fueron evacuadas de la costa de Nayarit ante la llegada del "
           "huracán, informaron las autoridades de protección civil.")
BODY_ES = ("Los albergues de Tepic recibieron a las familias durante la noche, y las clases se "
           "suspendieron en doce municipios.")


def by_rule(c, rule):
    return [r.text for r in c.removed if r.rule == rule]


def test_a_picture_label_closed_by_a_bar_is_no_title_bar():
    cap = "Un arbre tombé sur une voiture à Morlaix, dans le Finistère, le 4 mars."
    c = read(f"{cap} |\nPhoto : AFP/Jean Roux |\n{LEDE_FR}\n{BODY_FR}\n")
    assert story(c) == [LEDE_FR, BODY_FR]
    assert by_rule(c, "picture-label") == ["Photo : AFP/Jean Roux |"]
    assert by_rule(c, "caption-over-top-credit") == [cap]
    # a site's name closed by a bar is still a title bar
    c = read(f"Le Courrier du Var |\n\n{LEDE_FR}\n\n{BODY_FR}\n")
    assert by_rule(c, "title-bar") == ["Le Courrier du Var |"]


@pytest.mark.parametrize("text,byline", [
    (f"{STANDFIRST_DE} Von Jana Becker", "Von Jana Becker"),
    ("The weather service lifted its warning on Friday evening. By Jo Roe", "By Jo Roe"),
    ("Le vent a soufflé à 140 km/h sur la côte samedi. Par Anne Morel", "Par Anne Morel"),
])
def test_a_byline_after_the_last_sentence_is_cut_off(text, byline):
    c = read(page(TITLE, text, BODY))
    assert by_rule(c, "byline-tail") == [byline]
    assert story(c)[0] == text[:-len(byline)].rstrip() and story(c)[1] == BODY
    # a sentence that ends on "von" and a place, with its full stop, stays whole
    whole = "Die Züge fuhren am Abend wieder, zuerst auf der Strecke Von Kassel Nach Fulda."
    assert whole in story(read(page(TITLE_DE, STANDFIRST_DE, whole, BODY_DE)))


def test_the_photographers_name_under_a_credited_caption_is_a_credit():
    cap = ("Umgestürzte Bäume blockieren die Landstraße bei Kirchheim am Morgen. "
           "Foto: Jana Becker")
    c = read(f"{TITLE_DE}\n{cap}\nJana Becker\n{LEDE_DE}\n{BODY_DE}\n")
    assert story(c) == [LEDE_DE, BODY_DE] and by_rule(c, "credit-again") == ["Jana Becker"]
    # a name the caption does not end on is no credit of it
    c = read(f"{TITLE_DE}\n{cap}\nPeter Wolf\n{LEDE_DE}\n{BODY_DE}\n")
    assert by_rule(c, "credit-again") == []


@pytest.mark.parametrize("stamp", ["Dienstag, 8.34 Uhr:", "Tuesday, 8:34 a.m."])
def test_a_weekday_and_a_time_alone_are_a_live_entrys_stamp(stamp):
    c = read(page(TITLE, LEDE, stamp, BODY))
    assert story(c) == [LEDE, BODY] and [r.kind for r in c.removed] == ["date-stamp"]


def test_a_weekday_and_a_time_before_an_entry_are_cut_off():
    c = read(page(TITLE_DE, STANDFIRST_DE, f"Montag, 9.00 Uhr: {BODY_DE}"))
    assert story(c) == [STANDFIRST_DE, BODY_DE]
    assert [t.strip() for t in by_rule(c, "date-prefix")] == ["Montag, 9.00 Uhr:"]


@pytest.mark.parametrize("notice,lede,body", [
    ("Ten artykuł został opublikowany ponad 5 lat temu.", LEDE_PL, BODY_PL),
    ("Esta noticia tiene más de 9 años.", LEDE_ES, BODY_ES),
    ("Dieser Artikel wurde vor mehr als 4 Jahren veröffentlicht.", LEDE_DE, BODY_DE),
    ("Nota de archivo", LEDE_ES, BODY_ES),
])
def test_a_notice_that_the_page_is_old_is_an_age_notice(notice, lede, body):
    old = "The bridge over the river is more than 50 years old."
    c = read(page(notice, lede, old, body))
    assert story(c) == [lede, old, body] and rules(c) == {notice: "age-notice"}


@pytest.mark.parametrize("lines,lede,body", [
    (["Ups...", "Esta página no es compatible con tu navegador.",
      "Por favor, actualiza tu navegador para seguir leyendo:"], LEDE_ES, BODY_ES),
    (["Oops!", "Your browser is not supported. Please update it to read this page."],
     LEDE, BODY),
    (["Votre navigateur n'est pas pris en charge."], LEDE_FR, BODY_FR),
])
def test_a_browser_notice_after_the_story_is_page_chrome(lines, lede, body):
    about = "The company said the browser update it shipped on Monday fixes the flaw."
    c = read(page(lede, about, body, *lines))
    assert story(c) == [lede, about, body]
    assert {rules(c)[t] for t in lines} <= {"browser-notice", "browser-oops"}
    assert rules(c)[lines[-1]] == "browser-notice"


def test_a_popular_stories_heading_is_a_related_links_header():
    c = read(page(LEDE_ES, BODY_ES, "Popular en la Comunidad"))
    assert story(c) == [LEDE_ES, BODY_ES]
    assert rules(c) == {"Popular en la Comunidad": "related-header"}


# --- third batch of fresh pages ----------------------------------------------------------------

LEDE_IT = ("Il servizio dei vaporetti è stato sospeso a Chioggia per l'acqua alta, che ha "
           "superato i 140 centimetri nel pomeriggio, ha spiegato l'azienda dei trasporti.")
BODY_IT = ("Le scuole resteranno chiuse anche domani in tre comuni della laguna, ha deciso la "
           "prefettura dopo una riunione del comitato.")
LEDE_NL = ("Tussen zes en twaalf uur rukte de brandweer meer dan 90 keer uit voor stormschade "
           "in de regio, vooral voor omgewaaide bomen.")
BODY_NL = ("In Leiden viel een boom op een geparkeerde auto; niemand raakte gewond, meldt de "
           "veiligheidsregio.")
LEDE_PT2 = ("A chuva que caiu desde a madrugada deixou 120 pessoas desalojadas em Itaguara, "
            "segundo a Defesa Civil municipal.")


def test_an_italian_live_entrys_hour_before_its_title_is_cut_off():
    entry = "stop dei vaporetti a Chioggia per l'acqua alta"
    c = read(page(f"Ore 15:01, {entry}", LEDE_IT, BODY_IT))
    assert [t.strip() for t in by_rule(c, "date-prefix")] == ["Ore 15:01,"]
    assert c.headline == entry and story(c) == [LEDE_IT, BODY_IT]
    # the hours inside a sentence are the story's
    inside = "Alle ore 15:01 il servizio è ripreso su tutte le linee della laguna."
    assert inside in story(read(page(LEDE_IT, inside, BODY_IT)))


def test_a_web_address_after_the_last_sentence_is_cut_off():
    asked = "Wat doet u bij een omgevallen boom?"
    address = "https://www.example.nl/storm/wat-te-doen"
    c = read(page(LEDE_NL, f"{BODY_NL} {asked} {address}"))
    assert story(c) == [LEDE_NL, f"{BODY_NL} {asked}"] and by_rule(c, "address-tail") == [address]
    assert not c.excerpt
    # an address inside the sentence stays in it
    inside = f"De regio zet de meldingen op {address} en werkt ze elk uur bij."
    assert inside in story(read(page(LEDE_NL, inside, BODY_NL)))


@pytest.mark.parametrize("marker", ["##RECOMENDA##", "%%RELATED_BOX%%"])
def test_a_template_marker_between_hash_signs_is_a_template(marker):
    c = read(page(TITLE, LEDE, marker, BODY))
    assert story(c) == [LEDE, BODY] and rules(c) == {marker: "template"}
    # a hashtag in a sentence is the story's
    tagged = "Residents shared pictures under #ValleyFloods through the night."
    assert tagged in story(read(page(TITLE, LEDE, tagged, BODY)))


def test_a_bulleted_label_beside_a_bulleted_date_under_the_headline_is_navigation():
    title = "Veel meldingen door eerste herfststorm"
    c = read(f"{title}\n\n • Hollands Midden\n • 14 oktober 2031\n\n{LEDE_NL}\n\n{BODY_NL}\n")
    assert c.headline == title and story(c) == [LEDE_NL, BODY_NL]
    assert [t.strip() for t in by_rule(c, "bulleted-label")] == ["• Hollands Midden"]
    # a bulleted line of the story, no bulleted stamp beside it, stays
    c = read(f"{title}\n\n{LEDE_NL}\n\n • Leiden\n\n{BODY_NL}\n")
    assert "bulleted-label" not in rules(c).values()


@pytest.mark.parametrize("signature", ["G1.", "TV Tribuna.", "RBS."])
def test_a_short_signature_with_its_full_stop_after_the_story_is_a_credit(signature):
    c = read(page(LEDE_PT, BODY_PT, signature))
    assert story(c) == [LEDE_PT, BODY_PT] and rules(c) == {signature: "trailing-credit"}
    # a last sentence of a few words is the story's
    c = read(page(LEDE_PT, BODY_PT, "Ninguém ficou ferido."))
    assert "Ninguém ficou ferido." in story(c)


@pytest.mark.parametrize("call,lede,body", [
    ("Tem vídeos do temporal? Envie para a gente", LEDE_PT2, BODY_PT),
    ("Do you have photos of the flooding? Send them to us", LEDE, BODY),
    ("Haben Sie Fotos vom Sturm? Schicken Sie sie uns", LEDE_DE, BODY_DE),
])
def test_a_call_for_the_readers_pictures_is_reader_address(call, lede, body):
    sent = "Residents sent photos of the flooded square to the town hall on Sunday."
    c = read(page(lede, call, sent, body))
    assert story(c) == [lede, sent, body] and rules(c) == {call: "reader-call"}
    # an appeal the story reports is the story's
    told = "Do you have photos of the flood? Send them to us, police told residents."
    assert told in story(read(page(lede, told, body)))


# --- fourth batch of fresh pages ---------------------------------------------------------------



def test_a_caption_with_a_copyright_an_outlet_and_a_photographer_is_a_caption():
    cap = "Le toit d'une grange arraché par le vent à Lunéville. © Radio Est - Marc Petit"
    c = read(page(TITLE_FR, LEDE_FR, cap, BODY_FR))
    assert story(c) == [LEDE_FR, BODY_FR] and rules(c) == {cap: "credited-caption"}
    # a paragraph of the story ending on a copyright with no photographer keeps its words
    long = f"{BODY_FR} © Radio Est"
    assert BODY_FR in story(read(page(TITLE_FR, LEDE_FR, long)))


@pytest.mark.parametrize("cap", [
    "Uszkodzony przez wiatr dach szkoły w Sieradzu / Gorąca Linia TVK",
    "Powalone drzewa, zniszczone samochody... J. Nowak / red",
])
def test_a_caption_closed_by_its_credit_after_a_slash_is_a_caption(cap):
    c = read(page(LEDE_PL, cap, BODY_PL))
    assert story(c) == [LEDE_PL, BODY_PL] and rules(c) == {cap: "slash-credited-caption"}
    # a sentence with its full stop before a slash and a name is the story's
    said = "Dach zerwało w kilka minut. / Jan Kowalski"
    assert "slash-credited-caption" not in rules(read(page(LEDE_PL, said, BODY_PL))).values()
    # a crosshead of two places is no caption and its credit
    places = "Ulewy na północy: Gdańsk / Gdynia"
    assert places in story(read(page(LEDE_PL, places, BODY_PL)))


@pytest.mark.parametrize("label", ["WIDEO: Wichura zerwała dachy w Sieradzu",
                                   "VIDEO: Storm tears roofs off in the valley",
                                   "Vidéo : la grêle frappe Lunéville"])
def test_a_video_label_before_its_title_is_an_embed(label):
    c = read(page(TITLE, LEDE, label, BODY))
    assert story(c) == [LEDE, BODY] and rules(c) == {label: "media-label-title"}
    # a picture's label before a credit stays the credits' rule
    assert rules(read(page(TITLE, LEDE, "Foto: Jan Nowak", BODY))).get("Foto: Jan Nowak") \
        != "media-label-title"


@pytest.mark.parametrize("pointer", ["Idź do oryginalnego materiału", "Go to the original article",
                                     "Voir l'article original"])
def test_a_link_to_the_original_article_is_a_truncation_notice(pointer):
    c = read(page(TITLE, LEDE, pointer))
    assert story(c) == [LEDE] and rules(c) == {pointer: "original-pointer"}
    # a sentence about an original article is the story's
    line = "The original article was corrected on Monday after the council's complaint."
    assert line in story(read(page(TITLE, LEDE, line, BODY)))


# --- fifth batch of fresh pages ----------------------------------------------------------------

@pytest.mark.parametrize("teaser", [
    "Ulm Wie die Hitze den Bahnverkehr bremst Das könnte Sie auch interessieren",
    "Valmora How the heat slows the trains You might also like",
    "Lyon Comment la chaleur ralentit les trains Vous aimerez aussi",
])
def test_a_teaser_with_its_label_after_it_is_a_related_link(teaser):
    c = read(page(TITLE, LEDE, teaser, BODY))
    assert story(c) == [LEDE, BODY] and rules(c) == {teaser: "related-label-after"}
    # a sentence that ends on its full stop keeps a related word inside it
    said = "Officials said the closures are related to the heat and may last a week."
    assert said in story(read(page(TITLE, LEDE, said, BODY)))
    later = "Rescuers will have more on this story later."
    assert later in story(read(page(TITLE, LEDE, later, BODY)))


@pytest.mark.parametrize("cap,lede,body", [
    ("Gráfica con la nueva máxima histórica en Soria capital. Aemet", LEDE_ES, BODY_ES),
    ("Chart of the river's level at the Valmora gauge. Met Office", LEDE, BODY),
])
def test_a_sentence_closed_by_a_sources_bare_name_between_paragraphs_is_a_caption(cap, lede,
                                                                                   body):
    c = read(page(lede, cap, body))
    assert story(c) == [lede, body] and rules(c) == {cap: "sourced-caption"}
    # a paragraph of the story ends on its full stop, and a cut last paragraph stays
    cut = f"{body} La"
    assert story(read(page(lede, cut))) == [lede, cut]


@pytest.mark.parametrize("badge,lede,body", [
    ("Este medio sigue los principios de The Trust Project", LEDE_ES, BODY_ES),
    ("This outlet follows the standards of The Trust Project", LEDE, BODY),
])
def test_the_trust_projects_badge_is_navigation(badge, lede, body):
    c = read(page(badge, lede, body))
    assert story(c) == [lede, body] and rules(c) == {badge: "trust-badge"}
    # a story sentence about trust is the story's
    said = "The mayor said residents must trust the project engineers to finish the levee."
    assert said in story(read(page(lede, said, body)))
