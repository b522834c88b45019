"""Fresh-page round fur7 on furniture by its features on unseen sites: invented snippets in the
shapes of the pages read, each with a neighbour that must stay."""

from __future__ import annotations

import pytest

from tests.conservation import page, read, rules, story

# --- the entries a removed pointer lists: titles of other stories, or a ticker's jump links ------

LISTS = {
    "pt": ("Chuvas deixam 12 mortos no litoral de Sergipe",
           "A Defesa Civil confirmou nesta terça-feira 12 mortes causadas pelas chuvas em cinco "
           "cidades do litoral, e 840 pessoas seguem fora de casa.",
           "Leia mais:",
           ["Cantora mineira anuncia turnê de despedida em outubro",
            "Prefeitura de Aracaju abre inscrições para concurso de guardas",
            "Seleção feminina vence o Chile e garante vaga na final"],
           "Segundo a Defesa Civil, equipes continuam as buscas por dois moradores desaparecidos "
           "no bairro Santa Maria."),
    "de": ("Hochwasser an der Lahn: zwei Vermisste",
           "Nach tagelangem Regen ist die Lahn bei Gießen über die Ufer getreten; zwei Angler "
           "werden seit Sonntagabend vermisst.",
           "- 14:20 Uhr:",
           ["Ministerpräsident besucht Krisenstab",
            "- 12:05 Uhr: Zweiter Damm bei Wetzlar gesichert",
            "- 09:40 Uhr: Bahnstrecke nach Marburg gesperrt"],
           "Die Feuerwehr hat am Abend ein Auto aus dem Fluss geborgen; die beiden "
           "Männer sind weiter nicht gefunden."),
    "es": ("Las lluvias cortan diez carreteras en Teruel",
           "Las fuertes lluvias de la madrugada obligaron a cortar diez carreteras de la provincia "
           "y a desalojar un camping junto al río Guadalope.",
           "Leer más:",
           ["El Real Zaragoza ficha a un delantero uruguayo",
            "Abre la nueva biblioteca municipal de Alcañiz",
            "Los precios del aceite bajan por tercer mes seguido"],
           "La Guardia Civil pidió a los conductores que eviten los desplazamientos hasta que "
           "baje el caudal de los barrancos."),
}


def _page(*lines: str) -> str:
    """A page whose list is printed one entry a line, as the pages read print it."""
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("language", sorted(LISTS))
def test_the_titles_a_removed_pointer_lists_are_removed_with_it(language):
    title, lede, pointer, entries, body = LISTS[language]
    c = read(_page(title, lede, pointer, *entries, body), language=language)
    assert story(c) == [lede, body]
    assert all(rules(c)[entry] == "pointed-entries" for entry in entries)
    # the neighbour: a live page's stamp over one entry's title and its text keeps both
    c = read(_page(title, lede, pointer, entries[0], body), language=language)
    assert entries[0] in story(c) and body in story(c)
    # and a list whose lines end their sentences is the story's, whatever stands over it
    sentences = [f"{entry}." for entry in entries]
    c = read(_page(title, lede, pointer, *sentences, body), language=language)
    assert all(line in story(c) for line in sentences)


# --- a gallery's counter on a line of its own ----------------------------------------------------

GALLERIES = {
    "en": ("Grass fire forces evacuations near Kihei",
           "A fast-moving grass fire above Kihei forced about 300 residents from their homes on "
           "Tuesday before crews held it at the highway.",
           "Two thirds of the burned land was pasture, the county said; 1/3 was brush on the "
           "slopes above the subdivision."),
    "de": ("Flächenbrand bei Jüterbog: Dorf evakuiert",
           "Ein Flächenbrand auf einem früheren Truppenübungsplatz bei Jüterbog hat am Dienstag "
           "die Räumung eines Dorfes mit 120 Einwohnern nötig gemacht.",
           "Nach Angaben des Landkreises war 1/3 der Fläche Wald, der Rest Heide und Gras."),
    "fr": ("Incendie dans les Maures : 400 vacanciers évacués",
           "Un feu de forêt a parcouru 250 hectares dans le massif des Maures mardi et contraint "
           "400 vacanciers à quitter deux campings.",
           "Selon la préfecture, 1/3 des surfaces brûlées étaient des pinèdes."),
}


@pytest.mark.parametrize("language", sorted(GALLERIES))
def test_a_gallerys_counter_is_removed_and_a_fraction_in_a_sentence_stays(language):
    title, lede, body = GALLERIES[language]
    counters = ["1/3", "2/3", "3/3"]
    c = read(_page(title, counters[0], lede, counters[1], body, counters[2]), language=language)
    assert story(c) == [lede, body]
    assert all(rules(c)[counter] == "gallery-caption" for counter in counters)
    # the neighbours: a sentence with a fraction in it stays, and so does "24/7" on its own
    # (it counts no slides: an opening hours' sign the story may print under a crosshead)
    c = read(_page(title, lede, "24/7", body), language=language)
    assert "24/7" not in rules(c) or rules(c)["24/7"] != "gallery-caption"


# --- a one-word kicker glued before the standfirst, with no dash ---------------------------------

KICKERS = {
    "de": ("Sturmtief Der Sturm hat in der Nacht im ganzen Kreis Bäume entwurzelt und Dächer "
           "abgedeckt, die Feuerwehr rückte 240 Mal aus.",
           "Sturmtief",
           "Wie Die Kreiszeitung berichtet, mussten vor allem Straßen freigeräumt werden; "
           "verletzt wurde niemand."),
    "fr": ("ORAGES Le nombre d'appels aux pompiers a triplé dimanche soir dans le département "
           "pendant les fortes pluies.",
           "ORAGES",
           "Selon La Voix du Nord, une quarantaine de caves ont été inondées à Lens et à Liévin "
           "pendant la nuit."),
    "es": ("Temporal La lluvia caída durante la madrugada obligó a cortar seis carreteras de la "
           "comarca y a desalojar un camping.",
           "Temporal",
           "Según La Voz de Galicia, los bomberos atendieron más de cien avisos en toda la "
           "provincia durante la noche."),
}


@pytest.mark.parametrize("language", sorted(KICKERS))
def test_a_one_word_kicker_glued_before_a_sentence_is_cut_off(language):
    glued, kicker, neighbour = KICKERS[language]
    title = LISTS.get(language, LISTS["es"])[0]
    c = read(_page(title, glued, neighbour), language=language)
    assert rules(c)[kicker] == "section-prefix"
    assert glued[len(kicker):].strip() in story(c)
    # the neighbour: a word of the language's stop list before a capitalised article opens the
    # sentence (the article opens a name), and stays with it
    assert neighbour in story(c)


# --- a caption closed by its picture's credit "Name via Agency" ----------------------------------

VIA_CAPTIONS = {
    "en": ("Smoke rises over the hills above Kalamos, Greece, on Tuesday, Aug. 5, 2031. "
           "(Jane Roe via AP)",
           "The fire brigade said it had sent 140 firefighters and six aircraft, and that the "
           "message to leave was passed on via AP and local radio stations."),
    "es": ("Una columna de humo sobre la sierra de Alcaraz, el martes 5 de agosto de 2031. "
           "Ana Gil via Reuters",
           "El consorcio de bomberos difundió la orden de desalojo a los vecinos via Reuters y "
           "por la radio municipal, según su portavoz."),
    "it": ("Il fumo sopra le colline di Sarroch, martedì 5 agosto 2031. (Luca Pau via AP)",
           "La protezione civile ha diffuso l'ordine di evacuazione via AP e con i messaggi "
           "della radio locale, ha detto il sindaco."),
}


@pytest.mark.parametrize("language", sorted(VIA_CAPTIONS))
def test_a_caption_closed_by_name_via_agency_is_removed_whole(language):
    caption, neighbour = VIA_CAPTIONS[language]
    title, lede = {**GALLERIES, **{k: LISTS[k] for k in ("es",)}, "it": (
        "Incendio a Sarroch, evacuate due frazioni", "Un incendio partito nel pomeriggio ha "
        "costretto i vigili del fuoco a evacuare due frazioni di Sarroch per alcune ore.")}[
        language][:2]
    c = read(page(title, caption, lede, neighbour), language=language)
    assert rules(c)[caption] == "courtesy"
    # the neighbour: a sentence that names an agency after "via" and ends on its full stop
    assert story(c) == [lede, neighbour]
