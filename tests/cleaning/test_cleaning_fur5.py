"""Furniture found on the fur5 fresh-page round (issue 13), kept only where the shape was found
on two sites or more: a box addressed to the reader after the story whose words the story also
uses (a quotation's "your", the reader's "account" that is a verb of speech elsewhere), such a
box above the story, a list of other articles whose entries repeat a mark, a picture's caption
and credit printed around each other, and a video's or gallery's title with an adjective.

Every snippet is invented by the project, in the shapes the pages printed; each furniture case
has a neighbour of the same shape that must stay story.
"""

from __future__ import annotations

import pytest

from tests.conservation import BODY, LEDE, TITLE, page, read, rules, story

TITLE_ES = "Los tractores cortan las carreteras de Soria"
LEDE_ES = ("Más de 2.000 tractores cortaron este martes los accesos a Soria y a otras seis "
           "localidades de la provincia, en una protesta convocada por las organizaciones "
           "agrarias contra los precios del cereal.")
BODY_ES = ("La Guardia Civil desvió el tráfico por carreteras comarcales durante toda la tarde, "
           "y los agricultores anunciaron nuevas marchas para el viernes.")

TITLE_PT = "Greve de motoristas deixa Campinas sem ônibus"
LEDE_PT = ("Cerca de 800 mil passageiros ficaram sem ônibus nesta segunda-feira em Campinas, "
           "onde os motoristas cruzaram os braços à zero hora por reajuste salarial, segundo a "
           "empresa municipal de transportes.")
BODY_PT = ("Os terminais permaneceram fechados durante a manhã, e a prefeitura liberou o rodízio "
           "de veículos até o fim da paralisação.")

LEDE_FR = ("Plus de 300 habitants ont été évacués dimanche à Montbrison, où la Loire a débordé "
           "dans la nuit après trois jours de pluies, a indiqué la préfecture.")
QUOTE_FR = ("« Fermez vos volets et restez chez vous si votre rue est inondée », a lancé le maire "
            "aux habitants réunis devant la mairie.")

TITLE_DE = "Mehr als 800 Polizisten sichern Kundgebungen in Gera"
LEDE_DE = ("Zwei Kundgebungen und eine Gegendemonstration in der Innenstadt von Gera sichert die "
           "Polizei am Samstag mit Beamten aus vier Bundesländern ab, Wasserwerfer stehen am "
           "Stadtrand bereit.")

BODY_DE = ("Am Nachmittag blieb es nach Angaben eines Sprechers weitgehend friedlich, nur an "
           "der Straßenbahnhaltestelle am Theater kam es zu Rangeleien.")

LEDE_PL = ("We wtorek rolnicy zablokowali drogi dojazdowe do Lublina, a policja skierowała "
           "kierowców na objazdy przez Świdnik i Łęczną; protestujący zapowiedzieli kolejne "
           "blokady w przyszłym tygodniu.")

LEDE_IT = ("La protezione civile ha diramato un'allerta arancione per piogge intense su Savona "
           "e sulla costa ligure a partire dalle 18 di stasera, con rischio di frane e "
           "allagamenti nei comuni dell'entroterra.")


# --- a box addressed to the reader after the story -----------------------------------------

@pytest.mark.parametrize("language,title,lede,body,reported,box", [
    # the reader's account: "cuenta" is also "tells"
    ("es", TITLE_ES, LEDE_ES, BODY_ES,
     "Si ves humo en tu calle, llama al 112, dice el alcalde de Soria.", [
         "Tu cuenta está abierta ahora mismo en una tableta",
         "Para leer en dos pantallas a la vez, pásate al plan familiar con tu cuenta.",
         "Mientras sigas usando tu cuenta en la tableta, este aviso saldrá en ambas "
         "pantallas."]),
    # a newsletter box whose "your" a quotation of the story also says
    ("en", TITLE, LEDE, '"Leave your house now if the water reaches your door," the mayor told '
     "residents on the radio.", "If you see water on your road, turn back, the fire chief says.",
     ["Sent to your inbox each Friday.", "See a past Morning Notes letter."]),
    ("fr", "Crue de la Loire : 300 habitants évacués à Montbrison", LEDE_FR, QUOTE_FR,
     "Si vous voyez l'eau monter, appelez le 112, a dit le préfet.", [
         "Inscrivez-vous à notre lettre du matin", "Livrée dans votre boîte mail"]),
])
def test_a_box_addressed_to_the_reader_after_the_story_is_removed(language, title, lede, body,
                                                                 reported, box):
    # the neighbour: a request the story reports, naming who made it, right above the box
    c = read(page(title, lede, body, reported, *box), language=language)
    assert story(c) == [lede, body, reported]
    assert rules(c)[box[-1]] == "reader-address"


# --- a box addressed to the reader above the story -------------------------------------------

@pytest.mark.parametrize("language,title,lede,body,box,url", [
    # (in English: the welcome box under the headline, below)
    ("es", TITLE_ES, LEDE_ES, BODY_ES,
     ["¡Tu apoyo hace posible el periodismo local de calidad cada día!", "Hazte socio"],
     "https://example.es/espana/los-tractores-cortan-las-carreteras-de-soria"),
    ("fr", "Crue de la Loire : 300 habitants évacués à Montbrison", LEDE_FR, QUOTE_FR,
     ["Bienvenue sur votre site d'information locale", "Soutenez-nous :"],
     "https://example.fr/loire/crue-de-la-loire-300-habitants-evacues-a-montbrison"),
])
def test_a_box_addressed_to_the_reader_above_the_headline_is_removed(language, title, lede,
                                                                    body, box, url):
    c = read(page(*box, title, lede, body), language=language, url=url)
    assert story(c) == [lede, body]
    assert "reader-address-above" in rules(c).values()  # (a button may be another rule's)
    # the neighbour: a standfirst addressing the reader right over the lede is the story's
    dek = {"es": "Si vives en Soria, ya habrás visto las colas de tractores en la ronda.",
           "fr": "Si vous habitez au bord de la Loire, vous avez vu l'eau monter."}[language]
    c = read(page(title, dek, lede, body), language=language, url=url)
    assert story(c) == [dek, lede, body]


def test_a_welcome_box_between_the_headline_and_a_menu_is_removed():
    box = ["Welcome to your source for local news, wherever you are today.",
           "Stay with us: join the readers who trust our team, and never miss what matters to you."]
    c = read(page(TITLE, *box, "Table of Contents", LEDE, BODY))
    assert story(c) == [LEDE, BODY]
    assert all(rules(c)[line] == "reader-address-above" for line in box)
    # the neighbour: one line addressing the reader there is a standfirst
    c = read(page(TITLE, box[0], "Table of Contents", LEDE, BODY))
    assert box[0] in story(c)


# --- a list of other articles whose entries repeat a label or a signature ------------------

ENTRIES_PT = [("Câmara aprova novo plano de mobilidade urbana para 2030",
               "Projeto prevê corredores exclusivos e 40 km de ciclovias na região central"),
              ("Deputado anuncia saída do partido após divergências internas",
               "Parlamentar diz que vai decidir o novo destino até o fim do mês"),
              ("Governador inaugura hospital regional no interior do estado",
               "Unidade terá 120 leitos e deve atender 30 municípios da região")]


def test_a_list_repeating_a_label_over_each_entry_closes_the_page():
    entries = [line for title, summary in ENTRIES_PT for line in ("Política", title, summary)]
    c = read(page(TITLE_PT, LEDE_PT, BODY_PT, *entries), language="pt")
    assert story(c) == [LEDE_PT, BODY_PT]
    assert rules(c)[ENTRIES_PT[0][0]] == "marked-list"
    # the neighbour: a label printed twice is no list's rhythm
    two = [line for title, summary in ENTRIES_PT[:2] for line in ("Política", title, summary)]
    c = read(page(TITLE_PT, LEDE_PT, BODY_PT, *two), language="pt")
    assert "marked-list" not in rules(c).values()


LONG = {
    "de": ["Die Polizei zog am Abend eine ruhige Bilanz, nur an zwei Kreuzungen in der Nähe des "
           "Bahnhofs kam es zu kurzen Rangeleien zwischen Teilnehmern beider Kundgebungen und "
           "Passanten.",
           "Nach Angaben der Stadt blieben die Geschäfte in der Fußgängerzone geöffnet, die "
           "Straßenbahnen fuhren mit Umleitungen, und der Wochenmarkt wurde auf den Platz vor der "
           "Stadthalle verlegt.",
           "Ein Sprecher des Ordnungsamtes sagte, man habe die Erfahrungen der vergangenen Jahre "
           "genutzt und die Zahl der Ordner deutlich erhöht, was sich nach seinen Worten bewährt "
           "habe."],
    "en": ["The regional health office said the figure could rise again as teams reach the "
           "villages upstream, where roads were still under water and the phone lines had been "
           "down since Friday.",
           "Shops in the old town stayed shut for a second day, the buses ran on a reduced "
           "timetable, and the market moved to the car park beside the sports hall on the hill.",
           "A spokesman for the army said soldiers had built a temporary bridge near the mill and "
           "would keep two boats at the school for as long as the water stayed at this level."],
}


@pytest.mark.parametrize("language,title,lede,body,heading,items", [
    ("de", TITLE_DE, LEDE_DE, BODY_DE, "Lesenswerte Artikel", [
        "Bürgermeister eröffnet die neue Brücke über die Saale von redaktion am 12. März 2024",
        "Feuerwehr rettet Katze aus einem Baum im Stadtpark von redaktion am 3. Mai 2023",
        "Schwimmbad öffnet nach zwei Jahren Sanierung wieder von redaktion am 9. Juni 2022"]),
    ("en", TITLE, LEDE, BODY, "More to read", [
        "Mayor opens the new bridge over the river by staff on March 12th, 2024",
        "Firefighters free a cat from a tree in the park by staff on May 3rd, 2023",
        "Pool reopens after two years of repairs by staff on June 9th, 2022"]),
])
def test_a_list_repeating_a_signature_and_date_after_each_title_closes_the_page(
        language, title, lede, body, heading, items):
    c = read(page(title, lede, body, heading, *items), language=language)
    assert story(c) == [lede, body]
    assert all(rules(c)[line] == "marked-list" for line in [heading, *items])
    # the neighbour: paragraphs of the story that close on the same words and a date are
    # longer than a title
    paragraphs = [f"{long} {item}" for long, item in zip(LONG[language], items, strict=True)]
    c = read(page(title, *paragraphs), language=language)
    assert story(c) == paragraphs


def test_a_marked_list_cut_on_a_function_word_makes_the_copy_an_excerpt():
    entries = [line for title, summary in ENTRIES_PT for line in ("Política", title, summary)]
    cut = entries[:-1] + ["Unidade terá 120 leitos e deve atender os municípios da"]
    c = read(page(TITLE_PT, LEDE_PT, BODY_PT, *cut), language="pt")
    assert story(c) == [LEDE_PT, BODY_PT] and c.excerpt
    # the neighbour: a list closing on a whole entry leaves the copy whole
    c = read(page(TITLE_PT, LEDE_PT, BODY_PT, *entries), language="pt")
    assert story(c) == [LEDE_PT, BODY_PT] and not c.excerpt


def test_a_sign_up_line_over_a_newsletter_box_goes_with_the_box():
    body = '"Leave your house now if the water reaches your door," the mayor told residents.'
    box = ["Sign up for Morning Notes", "Sent to your inbox each Friday."]
    c = read(page(TITLE, LEDE, body, *box))
    assert story(c) == [LEDE, body] and not c.excerpt
    assert rules(c)[box[0]] == "reader-address"
    # the neighbour: the noun opening a story's paragraph is no request
    line = "Sign language interpreters stood beside the mayor at every briefing this week."
    c = read(page(TITLE, LEDE, body, line))
    assert story(c) == [LEDE, body, line]


# --- a caption and its credit, one printed again around the other ---------------------------

@pytest.mark.parametrize("language,title,lede,body,trio,chant", [
    ("en", TITLE, LEDE, BODY, ["Jane Moss / Valley Public Radio",
                               "Volunteers fill sandbags outside the town hall on Friday.",
                               "Jane Moss / Valley Public Radio"],
     ["No more empty promises!", "The marchers walked on past the station.",
      "No more empty promises!"]),
    ("fr", "Crue de la Loire : 300 habitants évacués à Montbrison", LEDE_FR, QUOTE_FR, [
        "Jean Dupuis / Radio Loire Info",
        "Des pompiers aident une habitante à quitter sa maison inondée à Montbrison.",
        "Jean Dupuis / Radio Loire Info"],
     ["Des digues, pas des promesses !", "Le cortège a longé les quais jusqu'à la mairie.",
      "Des digues, pas des promesses !"]),
    ("de", TITLE_DE, LEDE_DE, BODY_DE, ["Anna Berg / Stadtanzeiger Gera",
                                        "Polizisten stehen vor dem Rathaus in der Innenstadt.",
                                        "Anna Berg / Stadtanzeiger Gera"],
     ["Gera bleibt bunt!", "Der Zug zog weiter am Bahnhof vorbei zum Theater.",
      "Gera bleibt bunt!"]),
])
def test_a_caption_and_its_credit_printed_around_each_other_above_the_story(
        language, title, lede, body, trio, chant):
    c = read(page(title, *trio, lede, body), language=language, headline=title)
    assert story(c) == [lede, body]
    assert rules(c)[trio[1]] == "caption-around-credit"
    # the neighbour: inside the story, a line printed again around another is the story's
    # (a chant the marchers repeated)
    c = read(page(title, lede, *chant, body), language=language, headline=title)
    assert story(c) == [lede, *chant, body]


# --- a video's or gallery's title, an adjective before the medium ---------------------------

@pytest.mark.parametrize("language,title,lede,body,caption,sentence", [
    ("en", TITLE, LEDE, BODY, "Drone footage of the valley shows the river over its banks",
     "Footage of the valley filmed by a farmer was shared thousands of times on Sunday."),
    ("it", "Allerta arancione su Savona", LEDE_IT,
     "I sindaci dell'entroterra hanno chiuso le scuole e i parchi fino a domenica.",
     "Le immagini di Savona con il lungomare invaso dalle onde",
     "Le immagini del lungomare invaso dalle onde sono state girate da un pescatore."),
    ("es", TITLE_ES, LEDE_ES, BODY_ES,
     "Impactantes imágenes de los tractores bloqueando la ronda de Soria",
     "Las imágenes de la protesta fueron grabadas por un vecino desde su balcón."),
])
def test_a_media_title_with_an_adjective_is_removed(language, title, lede, body, caption,
                                                  sentence):
    c = read(page(title, caption, lede, body), language=language, headline=title)
    assert story(c) == [lede, body] and rules(c)[caption] == "media-title"
    # the neighbour: a sentence of the story about the pictures ends with its full stop
    c = read(page(title, lede, sentence, body), language=language, headline=title)
    assert story(c) == [lede, sentence, body]
