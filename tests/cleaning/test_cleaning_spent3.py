"""Shapes of the spent sealed sets read at the twenty-ninth stop (s27 first, then s22 to s25),
in invented snippets of several languages, each beside a neighbour of the same shape that must
stay as it is:

* a picture's caption with its credit field glued after its last full stop, with no space or
  after a note in brackets that the picture only illustrates (rule ``credit-field-tail``);
* a desk's signature glued after the story's last sentence, a name in capitals after a slash or
  a feed's e-mail author field, cut off so that the copy is not flagged as cut
  (``notes.signature_tail``);
* a text-size control's buttons ("Aa Aa", a size in pixels between plus and minus), anywhere,
  never the headline (``features.is_text_size``);
* a line of one word in lower case (a picture's alt text, initials, a leftover token), anywhere
  (``features.lone_lower_word``).
"""

from __future__ import annotations

import pytest

from tests.conservation import read, rules, story

# --- a caption with its credit field glued after its last full stop -------------------------------

LEDES = {
    "fr": "Un bateau de pêche a chaviré mardi soir sur le lac de Valbrune, et trois personnes "
          "sont toujours portées disparues, a indiqué la police cantonale dans un communiqué.",
    "de": "Auf dem Obermooser See ist am Dienstagabend ein Fischerboot gekentert, drei Menschen "
          "werden noch vermisst, wie die Kantonspolizei am Mittwoch mitteilte.",
    "it": "Un peschereccio si è ribaltato martedì sera sul lago di Valdoria e tre persone "
          "risultano ancora disperse, ha comunicato la polizia cantonale.",
}
CREDIT_FIELD = [
    # (language, caption, neighbour: a paragraph of the story of the same shape)
    ("fr", "Le port de Valbrune, au bord du lac, accueille des bateaux de pêche depuis le "
           "Moyen Âge. (Photo d’illustration) Keystone",
     "Les recherches reprendront jeudi à l’aube, selon la police. (Voir aussi) Les plongeurs "
     "de l’armée sont attendus dans la matinée."),
    ("fr", "Des plongeurs se préparent sur la rive du lac de Valbrune.AFP",
     "Des plongeurs se préparent sur la rive du lac de Valbrune.AFP a ensuite confirmé que "
     "les recherches continueraient toute la nuit."),
    ("de", "Rettungskräfte suchen am Ufer des Obermooser Sees nach den Vermissten.Keystone",
     "Rettungskräfte suchen am Ufer des Obermooser Sees nach den Vermissten, sagte ein Sprecher "
     "der Polizei.keystone"),
    ("de", "Der Hafen von Obermoos am Abend nach dem Unglück. (Archivbild) AP",
     "Der Hafen von Obermoos blieb am Abend nach dem Unglück gesperrt, teilte die Gemeinde mit "
     "(AP)."),
    ("it", "I soccorritori al lavoro sulla riva del lago di Valdoria.Ansa",
     "I soccorritori hanno lavorato tutta la notte sulla riva del lago di Valdoria, ha detto "
     "il sindaco all’Ansa."),
    ("it", "Il porto di Valdoria fotografato dal drone dei vigili del fuoco. (Foto d'archivio) "
           "Reuters",
     "Il porto di Valdoria è rimasto chiuso per tutta la giornata. (Foto d'archivio) Le "
     "ricerche riprenderanno domani mattina."),
]


@pytest.mark.parametrize(("language", "caption", "neighbour"), CREDIT_FIELD)
def test_a_caption_with_its_credit_field_glued_after_the_full_stop_is_removed(
        language, caption, neighbour):
    lede = LEDES[language]
    closing = {"fr": "Une enquête a été ouverte.", "de": "Die Ermittlungen laufen.",
               "it": "È stata aperta un'inchiesta."}[language]
    c = read(f"Titel des Berichts\n\n{lede}\n\n{caption}\n\n{closing}\n", language=language)
    assert rules(c).get(caption) == "credit-field-tail", rules(c)
    assert story(c) == [lede, closing]
    c = read(f"Titel des Berichts\n\n{lede}\n\n{neighbour}\n\n{closing}\n", language=language)
    assert neighbour in story(c), rules(c)


# --- a desk's signature after the story's last sentence ------------------------------------------

SIGNATURES = [
    # (language, last paragraph's sentences, the signature glued after them)
    ("fr", "La commune a ouvert une salle pour accueillir les familles, a-t-elle précisé dans "
           "un communiqué.", "/AGP"),
    ("fr", "Les routes du vallon resteront fermées jusqu’à nouvel ordre, selon le canton.",
     "/SERVICE"),
    ("it", "«Abbiamo perso la nostra piazza», ha detto il sindaco. «La ricostruiremo».",
     "—esteri/redazioneweb@agenzia-valdoria.example (Redazione Web)"),
    ("de", "Die Gemeinde richtete eine Notunterkunft in der Turnhalle ein, wie sie am Abend "
           "mitteilte.", "—desk@talbote.example (Nachrichtendesk)"),
    ("de", "Die Straße ins Tal bleibt bis auf Weiteres gesperrt.", "/TBA"),
]
#: Neighbours: an e-mail address inside the story's last sentence, and a slash in a sentence
#: that the scraper cut after it (the copy stays flagged as cut).
SIGNATURE_NEIGHBOURS = {
    "fr": ("Les familles peuvent écrire à aide@valbrune.example pour signaler un proche.",
           "Les routes du vallon resteront fermées sur l’axe Valbrune/Mor"),
    "it": ("Le famiglie possono scrivere a aiuto@valdoria.example per segnalare un disperso.",
           "Le strade della valle resteranno chiuse sulla tratta Valdoria/Ser"),
    "de": ("Angehörige können sich per E-Mail an hilfe@obermoos.example wenden.",
           "Die Straße ins Tal bleibt auf der Strecke Obermoos/Tal"),
}


@pytest.mark.parametrize(("language", "sentences", "signature"), SIGNATURES)
def test_a_desks_signature_after_the_last_sentence_is_cut_off(language, sentences, signature):
    lede = LEDES[language]
    c = read(f"Titel des Berichts\n\n{lede}\n\n{sentences} {signature}\n", language=language)
    assert rules(c).get(signature) == "signature-tail", rules(c)
    assert story(c)[-1] == sentences
    assert not c.excerpt, c.excerpt_reason
    whole, cut = SIGNATURE_NEIGHBOURS[language]
    c = read(f"Titel des Berichts\n\n{lede}\n\n{whole}\n", language=language)
    assert story(c)[-1] == whole, rules(c)
    c = read(f"Titel des Berichts\n\n{lede}\n\n{cut}\n", language=language)
    assert story(c)[-1] == cut, rules(c)
    assert c.excerpt


# --- a text-size control's buttons ---------------------------------------------------------------

TEXT_SIZE = [
    # (language, title, control, lede, neighbour: a line of the story ending the same way)
    ("it", "Crolla un ponte a Valdoria, quattro feriti", "Dimensione del testo Aa Aa",
     "Quattro persone sono rimaste ferite nel crollo di un ponte a Valdoria nella notte tra "
     "lunedì e martedì, hanno riferito i vigili del fuoco.",
     "Nonostante il crollo, l’agenzia ha lasciato al comune il suo giudizio Aa"),
    ("en", "Bridge collapse in Marlow Bay injures four", "Text size Aa Aa Aa",
     "Four people were injured when a road bridge collapsed in Marlow Bay late on Monday, the "
     "county fire service said on Tuesday.",
     "Despite the collapse, the agency said the county's bonds would stay rated Aa"),
    ("de", "Brücke bei Obermoos eingestürzt", "+ ⟳ − 14 px",
     "Bei dem Einsturz einer Straßenbrücke bei Obermoos sind am Montagabend vier Menschen "
     "verletzt worden, wie die Feuerwehr am Dienstag mitteilte.",
     "Auf der Warntafel an der Brücke stand die Sperrung in Buchstaben von + 40 − 16 px"),
]


BODIES = {
    "it": "I vigili del fuoco hanno lavorato tutta la notte, e la strada resterà chiusa fino a "
          "venerdì.",
    "en": "Firefighters worked through the night, and the road will stay closed until Friday.",
    "de": "Die Feuerwehr arbeitete die ganze Nacht, die Straße bleibt bis Freitag gesperrt.",
}


@pytest.mark.parametrize(("language", "title", "control", "lede", "neighbour"), TEXT_SIZE)
def test_a_text_size_control_is_removed_and_never_the_headline(language, title, control, lede,
                                                                neighbour):
    body = BODIES[language]
    c = read(f"{control}\n\n{lede}\n\n{body}\n", language=language)
    assert rules(c).get(control) == "text-size", rules(c)
    assert c.headline != control
    c = read(f"{title}\n\n{control}\n\n{lede}\n", language=language)
    assert rules(c).get(control) == "text-size", rules(c)
    assert c.headline == title and story(c) == [lede]
    c = read(f"{title}\n\n{control}\n\n{lede}\n\n{body}\n", language=language)
    assert story(c) == [lede, body], rules(c)
    c = read(f"{title}\n\n{lede}\n\n{neighbour}\n\n{body}\n", language=language)
    assert neighbour in story(c), rules(c)


# --- a line of one word in lower case -----------------------------------------------------------

LONE_WORDS = [
    # (language, title, lede, body, the lone word, neighbour: a one-word line of the story)
    ("fr", "Un pont s’effondre à Valbrune", "Un pont routier s’est effondré mardi matin à "
     "Valbrune, et deux voitures sont tombées dans la rivière, a indiqué la préfecture.",
     "Les pompiers ont secouru les quatre occupants des véhicules, légèrement blessés.",
     "pont", "Enquête"),
    ("de", "Brücke bei Obermoos eingestürzt", "Bei dem Einsturz einer Straßenbrücke bei Obermoos "
     "sind am Montagabend vier Menschen verletzt worden, wie die Feuerwehr mitteilte.",
     "Die Feuerwehr arbeitete die ganze Nacht, die Straße bleibt bis Freitag gesperrt.",
     "brueckenfoto", "Ermittlungen"),
    ("pl", "Most zawalił się w Dolinie", "We wtorek rano w Dolinie zawalił się most drogowy, a "
     "dwa samochody wpadły do rzeki, poinformowała policja.",
     "Strażacy uratowali czterech kierowców, którzy zostali lekko ranni.", "kr", "Śledztwo"),
    ("en", "Bridge collapses in Marlow Bay", "A road bridge collapsed in Marlow Bay on Tuesday "
     "morning, sending two cars into the river, the county said.",
     "Firefighters rescued all four people in the cars, who were slightly hurt.", "logo",
     "Investigation"),
]


@pytest.mark.parametrize(("language", "title", "lede", "body", "word", "neighbour"), LONE_WORDS)
def test_a_line_of_one_word_in_lower_case_is_removed(language, title, lede, body, word,
                                                     neighbour):
    for text in (f"{title}\n\n{word}\n\n{lede}\n\n{body}\n",
                 f"{title}\n\n{lede}\n\n{body}\n\n{word}\n"):
        c = read(text, language=language)
        assert rules(c).get(word) == "lone-lower-word", rules(c)
        assert story(c) == [lede, body] and c.headline == title
        assert not c.excerpt, c.excerpt_reason
    # a crosshead of one word, with its capital, between two paragraphs stays the story's
    c = read(f"{title}\n\n{lede}\n\n{neighbour}\n\n{body}\n", language=language)
    assert story(c) == [lede, neighbour, body], rules(c)
    # a stop word alone closing the page is a paragraph cut after its first word: the story's
    cut = {"fr": "dans", "de": "und", "pl": "oraz", "en": "the"}[language]
    c = read(f"{title}\n\n{lede}\n\n{body}\n\n{cut}\n", language=language)
    assert rules(c).get(cut) != "lone-lower-word", rules(c)

