"""Shapes of the spent sealed sets read at the thirtieth stop (s28 first, then s22 to s25 and
s27), in invented snippets of several languages, each beside a neighbour of the same shape that
must stay as it is:

* a crawl date followed by a date that is the story's first sentence ("Tuesday, 23 February
  1999. One of the saddest days …", an anniversary piece): only the crawl date is removed; a
  publication date printed after the crawl date, with the lede after it and no full stop
  between, is still removed with it (``pieces._prefix``, rule ``crawl-date``);
* a prompt after the story that asks the reader a question and then makes a request ("Spotted
  a mistake? Report it here"): the request opens the block's second sentence, not its first;
  a question and a request inside the story, or one that speaks of the story's event, stay
  (``address.addresses_reader``, rule ``reader-address``).
"""

from __future__ import annotations

import pytest

from tests.conservation import page, read, rules, story

# --- a crawl date before a date that opens the story ---------------------------------------------

DATED_OPENINGS = [
    # (language, the dates, the rest of the opening paragraph, the publication date's neighbour)
    ("de", "Mittwoch, 14. März 1984.",
     "Ein Tag, den in Unterhofen niemand vergessen hat. Eine Mure verschüttete damals zwölf "
     "Häuser, neun Menschen kamen ums Leben.", "14. März 2024"),
    ("en", "Wednesday, March 14, 1984.",
     "A day nobody in Lower Marden has forgotten. A mudslide buried twelve houses there, and "
     "nine people died.", "March 14, 2024"),
    ("fr", "Mercredi 14 mars 1984.",
     "Une journée que personne n'a oubliée à Valbrune. Une coulée de boue a enseveli douze "
     "maisons et fait neuf morts.", "14 mars 2024"),
    ("it", "Mercoledì 14 marzo 1984.",
     "Una giornata che nessuno a Valdoria ha dimenticato. Una colata di fango travolse dodici "
     "case e nove persone morirono.", "14 marzo 2024"),
]
BODY = {"de": "Am Sonntag wird im Dorf der Opfer gedacht.",
        "en": "The village will remember the victims on Sunday.",
        "fr": "Le village rendra hommage aux victimes dimanche.",
        "it": "Domenica il paese ricorderà le vittime."}


@pytest.mark.parametrize(("language", "dates", "rest", "published"), DATED_OPENINGS)
def test_a_date_that_is_the_first_sentence_stays_after_the_crawl_date(language, dates, rest,
                                                                       published):
    c = read(f" date 2024-03 {dates} {rest}\n\n{BODY[language]}\n", language=language)
    assert rules(c).get("date 2024-03") == "crawl-date", rules(c)
    assert story(c)[0] == f"{dates} {rest}"
    # the neighbour: a publication date after the crawl date, the lede after it
    c = read(f" date 2024-03 {published} {rest}\n\n{BODY[language]}\n", language=language)
    assert rules(c).get(f"date 2024-03 {published}") == "crawl-date", rules(c)
    assert story(c)[0] == rest


# --- a question to the reader and a request after it, closing the page ---------------------------

PROMPTS = [
    # (language, title, lede, body, the prompt, a question and request of the story)
    ("nl", "Bus van schoolreis verongelukt bij Valkerveen",
     "Bij een ongeval met een bus van een schoolreis zijn dinsdagavond bij Valkerveen twaalf "
     "kinderen gewond geraakt, meldt de politie.",
     "De chauffeur verloor volgens getuigen de macht over het stuur in een bocht. De weg bleef "
     "tot middernacht afgesloten.",
     "Fout gezien of nieuws gemist? Meld het ons via dit formulier",
     "Wat moeten ouders nu doen? Volg de berichten van de school, zei de burgemeester. De "
     "ouders worden woensdag op school verwacht."),
    ("en", "School coach crashes near Marlow Bay",
     "Twelve children were hurt when a school coach crashed near Marlow Bay on Tuesday evening, "
     "police said.",
     "Witnesses said the driver lost control on a bend. The road stayed closed until midnight.",
     "Spotted a mistake or missing news? Click here to tell our newsroom",
     "What should parents do now? Follow the school's messages, the mayor said. Parents are "
     "expected at the school on Wednesday."),
    ("de", "Schulbus bei Obermoos verunglückt",
     "Bei einem Unfall eines Schulbusses sind am Dienstagabend bei Obermoos zwölf Kinder "
     "verletzt worden, wie die Polizei mitteilte.",
     "Der Fahrer verlor laut Zeugen in einer Kurve die Kontrolle. Die Straße blieb bis "
     "Mitternacht gesperrt.",
     "Fehler entdeckt oder Neuigkeiten für uns? Schreib uns über dieses Formular",
     "Was sollen Eltern jetzt tun? Folge den Nachrichten der Schule, riet der Bürgermeister. "
     "Die Eltern werden am Mittwoch in der Schule erwartet."),
    ("fr", "Un car scolaire accidenté près de Valbrune",
     "Douze enfants ont été blessés mardi soir dans l'accident d'un car scolaire près de "
     "Valbrune, selon la police.",
     "Le chauffeur a perdu le contrôle dans un virage, selon des témoins. La route est restée "
     "fermée jusqu'à minuit.",
     "Une erreur ou une info à partager ? Écrivez à la rédaction par ce formulaire",
     "Que doivent faire les parents ? Consultez les messages de l'école, a dit le maire. Les "
     "parents sont attendus mercredi à l'école."),
]


@pytest.mark.parametrize(("language", "title", "lede", "body", "prompt", "neighbour"), PROMPTS)
def test_a_question_and_request_to_the_reader_after_the_story_is_removed(
        language, title, lede, body, prompt, neighbour):
    c = read(page(title, lede, body, prompt), language=language)
    assert rules(c).get(prompt) == "reader-address", rules(c)
    assert story(c) == [lede, body]
    assert not c.excerpt, c.excerpt_reason
    # the neighbour: the same shape inside the story, above its last paragraph
    c = read(page(title, lede, neighbour, body), language=language)
    assert story(c) == [lede, neighbour, body], rules(c)
