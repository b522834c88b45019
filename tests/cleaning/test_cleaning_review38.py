"""Review 38 of the cleaning mends of spfur12 and review 37, on invented text only.

* An error is the page's to report only when the line asks the reader to tell the newsroom
  (:data:`generator.text.reader_address.US`): the story's advice about an error names a verb of
  spotting too ("if you notice an error code …, report it to the landlord") and was still
  removed as a request of the page in every language tried. The advice cases fail without the
  rule; the requests for corrections stay removed.
* A line of capitalised phrases between the headline and the story whose words the story writes
  in lower case ("River Banks Searched, Dozens Missing") is the story's subtitle, not a byline of
  names without "by": those cases fail without the guard in
  :func:`generator.content.cleaning.under_headline.names_byline`; writers' names stay a byline.
"""

from __future__ import annotations

import pytest

from tests.conservation import BODY, LEDE, TITLE, page, read, rules, story

EN = ["Fire in a flat on Mill Road",
      "A fire broke out in a third-floor flat on Mill Road in Dunmere on Tuesday night, the fire "
      "service said. Two residents were treated for smoke inhalation.",
      "The cause of the fire is under investigation, a spokesperson said."]
DE = ["Brand in einer Wohnung in Kelmbach",
      "In einer Wohnung im dritten Stock ist am Dienstagabend ein Feuer ausgebrochen, teilte die "
      "Feuerwehr mit. Zwei Bewohner kamen mit einer Rauchvergiftung ins Krankenhaus.",
      "Die Polizei ermittelt zur Ursache des Brandes."]
FR = ["Incendie dans un appartement à Valmont",
      "Un incendie s'est déclaré mardi soir dans un appartement du troisième étage à Valmont, ont "
      "indiqué les pompiers. Deux habitants ont été intoxiqués par la fumée.",
      "La police enquête sur les causes du sinistre."]
ES = ["Incendio en un piso de Villarrosa",
      "Un incendio se declaró el martes por la noche en un piso de la tercera planta en "
      "Villarrosa, informaron los bomberos. Dos vecinos fueron atendidos por inhalación de humo.",
      "La policía investiga las causas del fuego."]
NL = ["Brand in flat in Veldhoven-Noord",
      "In een flat op de derde verdieping in Veldhoven-Noord brak dinsdagavond brand uit, meldde "
      "de brandweer. Twee bewoners werden behandeld voor rookinademing.",
      "De politie onderzoekt de oorzaak van de brand."]
IT = ["Incendio in un appartamento a Borgoalto",
      "Un incendio è scoppiato martedì sera in un appartamento al terzo piano a Borgoalto, hanno "
      "riferito i vigili del fuoco. Due residenti sono stati soccorsi per inalazione di fumo.",
      "La polizia indaga sulle cause del rogo."]
PAGES = {"en": EN, "de": DE, "fr": FR, "es": ES, "nl": NL, "it": IT}


@pytest.mark.parametrize(("lang", "advice"), [
    ("en", "If you notice an error code on your smoke alarm, report it to the landlord."),
    ("en", "If you spot a mistake on your insurance form, please tell the insurer at once."),
    ("en", "Tell your neighbours if you notice any errors on the new fire-escape signs."),
    ("de", "Wenn Sie einen Fehler an Ihrem Rauchmelder bemerkt haben, melden Sie ihn bitte dem "
           "Vermieter."),
    ("fr", "Si vous avez constaté une erreur sur votre détecteur de fumée, signalez-la au "
           "bailleur."),
    ("es", "Si has visto un error en tu factura, por favor llama a la compañía."),
    ("nl", "Heeft u een fout gezien op uw rookmelder, meld het dan bij de verhuurder."),
])
def test_advice_to_report_an_error_to_someone_else_is_story(lang, advice):
    p = PAGES[lang]
    c = read("\n\n".join(p[:2] + [advice] + p[2:]) + "\n", language=lang)
    assert story(c) == [p[1], advice] + p[2:]


@pytest.mark.parametrize(("lang", "asking"), [
    ("en", "Have you spotted an error? Please let us know."),
    ("de", "Sie haben einen Fehler entdeckt? Bitte schreiben Sie uns."),
    ("fr", "Vous avez repéré une erreur ? Signalez-la-nous, s'il vous plaît."),
    ("es", "¿Has encontrado un error? Por favor, avísanos."),
    ("it", "Hai trovato un errore? Per favore, segnalacelo."),
    ("nl", "Heeft u een fout gezien? Meld het ons alstublieft."),
])
def test_a_request_to_tell_the_newsroom_of_an_error_is_removed(lang, asking):
    p = PAGES[lang]
    c = read("\n\n".join(p[:2] + [asking] + p[2:]) + "\n", language=lang)
    assert rules(c).get(asking) == "page-request"
    assert story(c) == p[1:]


@pytest.mark.parametrize("subtitle", [
    "River Banks Searched, Dozens Missing",  # "river", "missing": the lede's own words
    "Floods Rise, Army Called",
    "Shelters Opened and Boats Sent",
])
def test_a_subtitle_of_the_storys_words_is_no_byline(subtitle):
    c = read(page(TITLE, subtitle, LEDE, BODY))
    assert rules(c).get(subtitle) != "names-byline"
    assert subtitle in story(c)


@pytest.mark.parametrize("byline", [
    "Tamsin Orrell and Kofi Brandt",
    "Tamsin Orrell The Valley Dispatch",  # "valley" is the lede's, but the paper's name is no name
])
def test_writers_names_stay_a_byline(byline):
    c = read(page(TITLE, byline, LEDE, BODY))
    assert rules(c)[byline] == "names-byline"
    assert story(c) == [LEDE, BODY]
