"""Headlines and cut copies of the fifth fresh-page round (head5).

Three shapes of page that lost their title, and one whole copy read as cut:

* The page prints the address' words as a line of its own, but below a long line that ended the
  page's head (a title bar glued to its section and standfirst, or the lede printed above the
  title): the cleaner made the headline from the address, without the accents and punctuation
  the page has, and removed the page's own line as the headline printed again.
* A tag over a title that shares no word of the address (the title was changed after the
  address was made): the tag above made the title look like a crosshead.
* A logo's or a section's word over a title the template prints twice: the cleaner passed over
  the pair, as it does over a picture's text and its caption, and took the word for the title.
* A last paragraph printed without its full stop, the source's or wire's name right under it:
  the copy was flagged as an excerpt, though the credit says the article ended there.

Each test pairs the shape with a neighbour that keeps its reading. Invented text, in the shapes
of the pages (positions only in the labels)."""

from __future__ import annotations

import pytest

from tests.conservation import BODY, LEDE, TITLE, page, read, rules, story

# ---------------------------------------------------------------- the address' words printed

GLUED = {
    "de": dict(
        url="https://www.beispiel-zeitung.de/region/land_artikel,-sturmtief-legt-bahnverkehr-"
            "lahm-orkan-ueberrascht-pendler-_arid,4455667.html",
        head=("Wetter Ein Sturmtief wirft Bäume um und die Pendler warten an den Gleisen "
              "vergeblich auf ihre Züge - Und in den Städten bleiben viele Schulen geschlossen, "
              "während die Feuerwehr ausrückt und die Polizei die Straßen am Fluss sperrt, weil "
              "das Wasser steigt: „Sturmtief“ legt Bahnverkehr lahm – Orkan überrascht Pendler"),
        title="„Sturmtief“ legt Bahnverkehr lahm – Orkan überrascht Pendler",
        lede=("Kurz nach zehn Uhr stellte die Bahn am Dienstag den Verkehr im ganzen Land ein, "
              "weil umgestürzte Bäume auf den Gleisen lagen."),
        body="Am Bahnhof in Kleinfeld warteten am Mittag noch 300 Reisende auf Anschlüsse.",
    ),
    "pt": dict(
        url="https://www.exemplo-folha.com.br/politica/para-ministra-reforma-e-prioridade-do-"
            "governo",
        head=("Campinas – A ministra do Planejamento, Helena Prado, afirmou nesta terça-feira que "
              "a reforma administrativa é a principal tarefa do governo neste semestre e que o "
              "texto deve chegar ao Congresso antes do recesso, segundo ela sem cortes nos "
              "salários dos servidores que já estão na carreira."),
        title="Para ministra, reforma é prioridade do governo",
        lede=("A ministra disse ainda que o governo conversa com os líderes dos partidos desde "
              "o mês passado e que espera votar o texto até dezembro."),
        body="Os sindicatos prometeram uma assembleia na próxima semana para discutir a proposta.",
    ),
    "fr": dict(
        url="https://www.exemple-info.fr/societe/greve-des-controleurs-l-aeroport-de-morlaix-"
            "a-l-arret",
        head=("Aucun avion n'a décollé ce jeudi matin de l'aéroport de Morlaix, où les "
              "contrôleurs aériens ont cessé le travail à l'appel de deux syndicats qui "
              "réclament des renforts depuis le printemps, et la direction a conseillé aux "
              "voyageurs de ne pas se présenter avant samedi."),
        title="Grève des contrôleurs : l'aéroport de Morlaix à l'arrêt",
        lede=("Selon la préfecture, quarante vols ont été annulés et une centaine de passagers "
              "ont été logés dans les hôtels de la ville."),
        body="Les syndicats doivent être reçus par la direction vendredi après-midi.",
    ),
}


@pytest.mark.parametrize("language", sorted(GLUED))
def test_the_page_line_with_the_address_words_is_the_headline_with_its_accents(language):
    p = GLUED[language]
    c = read(page(p["head"], p["title"], p["lede"], p["body"]), url=p["url"],
             language=language)
    assert c.headline == p["title"] and c.headline_origin == "page"
    assert p["title"] not in rules(c) and story(c)[-2:] == [p["lede"], p["body"]]
    # the neighbour: without that line the headline is still made from the address, and the
    # long line above (which carries the same words among others) stays story
    n = read(page(p["head"], p["lede"], p["body"]), url=p["url"], language=language)
    assert n.headline_origin == "url" and p["head"] in story(n)


# ---------------------------------------------------------------- a tag over a renamed title

TAGGED = {
    "de": ("Hitze", "Wetterdienst misst neuen Rekord in Oberau",
           "https://www.beispiel.de/nachrichten/welt/heisser-montag-erwartet-warnungen-vor-"
           "gewitter-512345.html",
           "Der Wetterdienst hat am Nachmittag in Oberau 38,4 Grad gemessen, so viel wie noch "
           "nie an diesem Ort seit Beginn der Aufzeichnungen."),
    "it": ("Cronaca", "Grandinata su Valdoro, auto danneggiate in centro",
           "https://www.esempio.it/notizie/allerta-meteo-temporali-in-arrivo-al-nord-88123.html",
           "Una grandinata di venti minuti ha colpito Valdoro nel pomeriggio di ieri, "
           "danneggiando decine di auto parcheggiate nelle vie del centro storico."),
    "es": ("Sucesos", "Un incendio obliga a desalojar un colegio en Almadén",
           "https://www.ejemplo.es/local/alerta-por-calor-extremo-en-la-provincia-77412.html",
           "Los bomberos desalojaron este martes a 250 alumnos de un colegio de Almadén por un "
           "incendio en la cocina, que quedó controlado en media hora."),
}


@pytest.mark.parametrize("language", sorted(TAGGED))
def test_a_tag_over_a_title_sharing_no_word_of_the_address_leaves_it_the_headline(language):
    tag, title, url, lede = TAGGED[language]
    c = read(page(tag, title, lede), url=url, language=language)
    assert c.headline == title and c.headline_origin == "page" and story(c)[-1] == lede
    # the neighbour: a line of that shape under the lede is a crosshead, not the title
    n = read(page(lede, title, lede.replace("0", "1")), url=url, language=language)
    assert n.headline_origin == "url" and title in story(n)


# ---------------------------------------------------------------- a word over a title twice

TWICE = {
    "en": ("logo", "Heat alert extended as forecasters warn of 36C in the east",
           "Forecasters kept the heat warning in force for the eastern counties on Tuesday, "
           "with 36C expected in the towns by Thursday."),
    "fr": ("Météo", "Canicule : l'alerte prolongée jusqu'à dimanche dans le Sud",
           "L'alerte canicule a été prolongée jusqu'à dimanche dans six départements du Sud, "
           "où il a fait jusqu'à 41 degrés mercredi."),
    "it": ("logo", "Caldo record, ospedali in allerta in tre regioni",
           "Gli ospedali di tre regioni hanno attivato il piano per il caldo dopo che le "
           "temperature hanno superato i 39 gradi per il quarto giorno di fila."),
}


@pytest.mark.parametrize("language", sorted(TWICE))
def test_a_word_over_a_title_printed_twice_is_not_the_headline(language):
    word, title, lede = TWICE[language]
    url = "https://news.example.net/en/article/0f3a9c2b7d114e5f8a6b2c3d4e5f6a7b"
    c = read(page(word, title, title, lede), url=url, language=language)
    assert c.headline == title and c.headline_origin == "page" and story(c) == [lede]
    assert word in rules(c)
    # the neighbour: a title over a short text printed twice (a picture's text and its caption)
    # stays the headline, and the pair is a caption
    caption = title.split()[0] + " " + title.split()[-1]
    n = read(page(title, caption, caption, lede), url=url, language=language)
    assert n.headline == title and rules(n)[caption] == "printed-twice"


# ---------------------------------------------------------------- a copy signed off below

SIGNED = {
    "pt": ("Segundo a prefeitura, os ginásios de Santa Luzia vão receber durante a semana as "
           "famílias desalojadas pela enchente", "(Agência Brasil)",
           ["Nenhum comentário:", "Postar um comentário"]),
    "de": ("Die Feuerwehr pumpte bis zum späten Abend Wasser aus den Kellern der Altstadt von "
           "Neuried", "dpa", ["Kommentare"]),
    "en": ("The two shelters in Millbrook will stay open until the water goes down, the mayor "
           "said", "Reuters", ["Comments"]),
}


@pytest.mark.parametrize("language", sorted(SIGNED))
def test_a_source_signing_the_copy_off_under_a_last_line_without_a_stop_leaves_it_whole(
        language):
    last, credit, tail = SIGNED[language]
    c = read(page(TITLE, LEDE, BODY, last, credit, *tail), language=language)
    assert story(c)[-1] == last and credit in rules(c)
    assert not c.excerpt, c.excerpt_reason
    # the neighbour: the same last line with no source under it is still a copy cut short
    n = read(page(TITLE, LEDE, BODY, last, *tail), language=language)
    assert n.excerpt and "mid-sentence" in (n.excerpt_reason or "")
