"""Fresh-page round fur6 on page shapes (live tickers, police statements, galleries, interviews):
invented snippets in the shapes of the pages read, each with a neighbour that must stay."""

from __future__ import annotations

import pytest

from tests.conservation import page, read, rules, story

# --- a police statement: its findings between two lines addressed to the reader -----------------

POLICE = {
    "nl": ("Woning in Westerveld uitgebrand, politie vermoedt brandstichting",
           "De melding kwam rond middernacht binnen. Toen de brandweer aankwam, stond een "
           "rijtjeshuis aan de Lindelaan in lichterlaaie; twee bewoners konden op tijd naar "
           "buiten.",
           "Help ons met uw tips!",
           "De recherche zoekt uit hoe het vuur is ontstaan en sluit brandstichting niet uit. "
           "Buren zagen kort voor de brand een man in een lichte jas bij de voordeur staan. Hij "
           "fietste daarna weg in de richting van het station. Ook een harde knal is gemeld en "
           "wordt in het onderzoek meegenomen.",
           "Beelden gezocht",
           "Heeft u beelden van een deurbel- of dashcam? Bel ons dan via het nummer onderaan, "
           "of gebruik het tipformulier op deze pagina."),
    "de": ("Gartenhaus in Lindau abgebrannt, Polizei ermittelt",
           "Gegen 23 Uhr meldeten Anwohner Flammen in einer Gartenanlage am Seeweg. Die "
           "Feuerwehr konnte das Übergreifen auf zwei Nachbarhütten verhindern.",
           "Geben Sie Ihre Hinweise weiter!",
           "Die Kriminalpolizei prüft die Brandursache und schließt Brandstiftung nicht aus. "
           "Zeugen sahen kurz vor dem Brand zwei Jugendliche mit Fahrrädern am Zaun der Anlage. "
           "Sie fuhren danach in Richtung Bahnhof davon. Auch ein lauter Knall wurde gemeldet "
           "und wird bei den Ermittlungen berücksichtigt.",
           "Videos gesucht",
           "Haben Sie Aufnahmen einer Türklingel- oder Dashcam? Rufen Sie uns unter der Nummer "
           "unten an oder nutzen Sie das Formular auf dieser Seite."),
    "en": ("Shed fire in Marlow treated as arson",
           "The call came in shortly before midnight. When crews arrived, a timber shed behind "
           "the houses on Mill Lane was fully alight and the fire had reached a fence.",
           "Share your information!",
           "Detectives are looking into the cause and have not ruled out a deliberate act. "
           "Neighbours saw a man in a light jacket near the gardens shortly before. He cycled "
           "off towards the station afterwards. A loud bang was also heard and is being looked "
           "into as part of the inquiry.",
           "Footage wanted",
           "Do you have doorbell or dashboard camera footage? Call us on the number below, or "
           "use the form at the bottom of this page."),
}


#: The neighbour: a box after the story whose lines all speak to the reader, one of them long
#: and naming an account ("cuenta" is also "tells"): it bridges the box still.
STORY_ES = ("Arde un almacén de neumáticos en Alcira",
            "Un incendio declarado a media tarde en un almacén de neumáticos del polígono de "
            "Alcira obligó a cortar la carretera nacional durante tres horas.",
            "Los bomberos dieron el fuego por controlado pasada la medianoche; nadie resultó "
            "herido, según el consorcio provincial, que investiga la causa.")
BOX_ES = ["Tu suscripción se usa ahora mismo en otra pantalla.",
          "Si decides seguir usando tu suscripción en las dos pantallas a la vez, este aviso "
          "saldrá en ambas y la cuenta quedará abierta en las dos, hasta que cambies al plan "
          "familiar desde la página de ajustes de tu perfil.",
          "¿Quieres añadir otra pantalla a tu plan?"]


@pytest.mark.parametrize("language", sorted(POLICE))
def test_a_statements_findings_between_two_appeals_are_story(language):
    title, lede, appeal, findings, crosshead, footage = POLICE[language]
    c = read(page(title, lede, appeal, findings, crosshead, footage), language=language)
    assert findings in story(c) and lede in story(c)
    # the neighbours: a paywall box's short line between two lines addressed to the reader,
    # and a long line of a box that speaks to the reader too, go with their box
    box = ["Your account is open on another screen right now.",
           "Only one screen can show the story at a time.",
           "Log in again here to keep reading on this one."]
    c = read(page(title, lede, findings, *box))
    assert story(c) == [lede, findings]
    assert all(rules(c)[line] == "reader-address" for line in box)
    c = read(page(*STORY_ES, *BOX_ES), language="es")
    assert story(c) == list(STORY_ES[1:])


# --- a photo gallery: its captions are the story, their credits the page's -----------------------

GALLERY = {
    "it": ("Piena del Serchio: le immagini",
           ["Il Serchio esonda nelle campagne di Ponte a Moriano, 4 marzo 2031",
            "Una famiglia viene soccorsa in gommone a Nozzano, 4 marzo 2031",
            "La strada provinciale chiusa all'altezza di Vinchiana per l'acqua, 4 marzo 2031",
            "Volontari riempiono sacchi di sabbia davanti al municipio di Lucca, 4 marzo 2031"],
           "(Foto: ANSA/ Carla Neri)",
           "Come ogni inverno, la piena del fiume ha costretto decine di famiglie a lasciare la "
           "casa per una notte, e i sindaci della valle chiedono di nuovo lavori agli argini."),
    "en": ("In pictures: the Severn breaks its banks",
           ["Water covers the fields outside Tewkesbury on Monday, March 4, 2031",
            "A family is helped into a rescue boat in Upton, March 4, 2031",
            "The A38 closed near Longford as the river rose overnight, March 4, 2031",
            "Volunteers fill sandbags outside the town hall in Worcester, March 4, 2031"],
           "(Photo: PA/ Tom Reed)",
           "As every winter, the river forced dozens of families from their homes for a night, "
           "and mayors along the valley are again asking for work on the banks."),
    "de": ("Hochwasser an der Mosel: Weinberge und Straßen unter Wasser",
           ["Wasser bedeckt die Weinberge bei Zell am Montag, 4. März 2031",
            "Eine Familie wird in Traben mit dem Boot in Sicherheit gebracht, 4. März 2031",
            "Die Uferstraße bei Bernkastel ist seit der Nacht gesperrt, 4. März 2031",
            "Helfer füllen Sandsäcke vor dem Rathaus in Cochem, 4. März 2031"],
           "(Bild: dpa/ Jan Wirth)",
           "Wie in jedem Winter mussten Dutzende Familien für eine Nacht ihre Häuser verlassen, "
           "und die Bürgermeister im Tal fordern erneut Arbeiten an den Deichen."),
}


@pytest.mark.parametrize("language", sorted(GALLERY))
def test_a_gallerys_captions_are_story_and_their_credits_removed(language):
    title, captions, credit, body = GALLERY[language]
    c = read(page(title, *[f"{cap} {credit}" for cap in captions], body), language=language)
    assert story(c) == [*captions, body]
    assert [r.rule for r in c.removed] == ["gallery-credit"] * len(captions)
    # the neighbour: two credited pictures in an article of three paragraphs stay captions
    lede = POLICE.get(language, POLICE["de"])[1]
    lines = [f"{captions[0]} {credit}", lede, f"{captions[1]} {credit}", body, f"{body} {lede}"]
    c = read(page(title, *lines), language=language)
    assert story(c) == [lede, body, f"{body} {lede}"]
    assert "gallery-credit" not in [r.rule for r in c.removed]


# --- a live page's own title, opening on the live label ------------------------------------------

LIVE = {
    "es": ("https://www.example.es/sociedad/2031/07/02/ultima-hora-fuego-gredos-1234567.html",
           "Última hora del fuego en Gredos | Desalojados tres pueblos de Ávila",
           "Los bomberos trabajan toda la noche en un frente de doce kilómetros.",
           "El fuego, declarado el martes por la tarde, ha quemado ya unas 900 hectáreas de "
           "pinar, según la Junta, que mantiene activado el nivel 2 de emergencia."),
    "en": ("https://www.example.co.uk/news/live/2031/jul/02/live-updates-moorland-fire-saddleworth",
           "Live updates on the moorland fire | Three villages evacuated overnight",
           "Firefighters worked through the night along a front of several kilometres.",
           "The fire, which broke out on Tuesday afternoon, has burned about 900 hectares of "
           "moorland so far, the fire service said, and roads into the valley stay closed."),
    "de": ("https://www.example.de/panorama/liveticker-waldbrand-saechsische-schweiz-100.html",
           "Liveticker Waldbrand in der Sächsischen Schweiz | Drei Orte evakuiert",
           "Die Feuerwehr kämpfte die ganze Nacht an einer mehrere Kilometer langen Front.",
           "Das Feuer war am Dienstagnachmittag ausgebrochen und hat bisher etwa 900 Hektar Wald "
           "erfasst, teilte der Landkreis mit; die Zufahrtsstraßen bleiben gesperrt."),
}


@pytest.mark.parametrize("language", sorted(LIVE))
def test_a_live_pages_own_title_is_its_headline_not_a_teaser(language):
    url, title, standfirst, lede = LIVE[language]
    c = read(page(title, standfirst, lede), language=language, url=url)
    assert c.headline == title and story(c) == [standfirst, lede]
    # the neighbour: the same line under another story's address links to the live page
    other = "https://www.example.org/news/2031/07/02/council-approves-new-harbour-budget"
    c = read(page(title, standfirst, lede), language=language, url=other)
    assert rules(c).get(title) == "live-teaser"
