"""Speakers of quotations on fresh pages of a tower-block fire in five languages (quotes round
20): a name whose long description in apposition holds commas of its own, speech verbs of a
scene told in the imperfect or on and on, witnesses speaking in the plural. All text invented."""

from __future__ import annotations

import pytest

from tests.conftest import quote_speakers

_HEADS = {
    "es": "Incendio en Valdorna\n\nEl fuego arrasó el jueves un bloque de doce plantas.\n\n",
    "it": "Incendio a Valdorna\n\nIl fuoco ha distrutto giovedì un palazzo di dodici piani.\n\n",
    "fr": "Incendie à Valdorna\n\nLe feu a ravagé jeudi un immeuble de douze étages.\n\n",
    "pt": "Incêndio em Valdorna\n\nO fogo destruiu na quinta-feira um prédio de doze andares.\n\n",
    "de": "Brand in Valdorna\n\nDas Feuer hat am Donnerstag ein Hochhaus in Valdorna zerstört.\n\n",
    "en": "Fire in Valdorna\n\nFire destroyed a twelve-storey block in Valdorna on Thursday.\n\n",
}


def _speakers(tmp_path, lang: str, body: str) -> dict[str, str]:
    return quote_speakers(tmp_path / "q", _HEADS[lang] + body + "\n", lang)


#: A name then a description with commas of its own.
DESCRIBED_WITH_COMMAS = [
    ("es", "Lucía, vecina del bloque que ha dejado, de momento, sin casa a cuarenta "
           "familias, ha explicado a la prensa: \"Bajamos todos en cinco minutos y nadie se "
           "quedó dentro\".",
     "Bajamos todos en cinco minutos y nadie se quedó dentro", "Lucía"),
    ("es", "Tomeu, portero de la finca que se ha quemado, por lo que parece, con todo dentro, "
           "ha contado a los periodistas: «Subí a avisar puerta por puerta hasta el sexto».",
     "Subí a avisar puerta por puerta hasta el sexto", "Tomeu"),
    ("it", "Marco, titolare del forno che resterà chiuso, per ora, fino a nuovo "
           "avviso, ha raccontato ai cronisti: «Ho visto il fumo uscire dalle finestre del "
           "quarto piano».",
     "Ho visto il fumo uscire dalle finestre del quarto piano", "Marco"),
    ("pt", "Rui, morador do prédio que ardeu, na quinta-feira, em poucos minutos, "
           "contou aos jornalistas: \"O fogo subiu pela fachada em poucos minutos\".",
     "O fogo subiu pela fachada em poucos minutos", "Rui"),
]


#: Verbs of a scene told on ("explicaba", "prosigue").
SCENE_TOLD_ON = [
    ("es", "Tomás Lleó, el conserje, resaltó que el fuego \"subió por la fachada en minutos\".",
     "subió por la fachada en minutos", "Tomás Lleó"),
    ("es", "Nuria Calvet explicaba que había visto humo en el quinto. «No sé dónde está mi "
           "vecina del quinto», decía entre lágrimas.",
     "No sé dónde está mi vecina del quinto", "Nuria Calvet"),
    ("es", "Nuria Calvet lo vio todo desde el portal. \"Bajamos por la escalera sin mirar "
           "atrás\", prosigue Nuria.",
     "Bajamos por la escalera sin mirar atrás", "Nuria"),
]


#: A person named with an age in apposition is whom "she" stands for.
AGE_IN_APPOSITION = [
    ("en", "Mayor Pau Soler said the block had 90 flats. Tanya Morel, a 31-year-old nurse, said "
           "she knew several families there.\n\n\"We lost everything within an hour,\" she told "
           "reporters.", "We lost everything within an hour", "Tanya Morel"),
    ("fr", "Le maire Paul Soler a annoncé l'ouverture d'un hôtel. Tanya Morel, Suissesse de "
           "31 ans, connaît bien les familles du bloc.\n\n\"Nous avons tout perdu en une "
           "heure\", dit-elle à la presse.", "Nous avons tout perdu en une heure",
     "Tanya Morel"),
]


#: A pronoun after the verb is the subject alone.
PRONOUN_AFTER_THE_VERB = [
    ("it", "Il sindaco Pau Soler ha annunciato aiuti.\n\n\"Abbiamo aperto due alberghi\", ha "
           "detto lui ai cronisti.", "Abbiamo aperto due alberghi", "Pau Soler"),
    ("de", "Bürgermeister Paul Soler kam am Abend.\n\n«Wir haben zwei Hotels geöffnet», sagte er "
           "und fügte hinzu, die Familien würden versorgt.", "Wir haben zwei Hotels geöffnet",
     "Bürgermeister Paul Soler"),
]


#: A name after a role is its holder only in apposition.
NAME_AFTER_A_ROLE = [
    # whom the words were said to, after the verb, is no name in apposition to the speaker
    ("de", "Der Anwohner Tom Berger sagte dem Sender Radio Nord, das Haus habe „in wenigen "
           "Minuten“ gebrannt.", "in wenigen Minuten", "Der Anwohner Tom Berger"),
    # the place a role is of, then the name after the comma
    ("de", "„Wir können noch nicht hinein“, sagte der Leiter der Feuerwehr in der Region Val "
           "Serena, Paul Berger.", "Wir können noch nicht hinein", "Paul Berger"),
    ("es", "\"No podemos entrar todavía\", dijo el subdirector de emergencias en la Comunidad "
           "de Valdorna, Jorge Ferrer.", "No podemos entrar todavía", "Jorge Ferrer"),
    ("it", "\"Non possiamo ancora entrare\", ha detto il vicedirettore dei soccorsi nella Val "
           "Serena, Paolo Neri.", "Non possiamo ancora entrare", "Paolo Neri"),
]


#: An inverted subject, counted or after an adverb.
INVERTED_SUBJECT = [
    # witnesses counted by a small number, no article and no capital
    ("it", "“Le fiamme salivano lungo la facciata” – dicono due testimoni ai cronisti.",
     "Le fiamme salivano lungo la facciata", "due testimoni"),
    ("es", "\"Las llamas subían por la fachada\", contaron dos vecinos a la prensa.",
     "Las llamas subían por la fachada", "dos vecinos"),
    ("fr", "« Les flammes montaient le long de la façade », racontent deux témoins.",
     "Les flammes montaient le long de la façade", "deux témoins"),
    # an adverb turning to another party between the verb and its subject
    ("it", "Il sindaco Pau Soler ha parlato di aiuti. “Siamo sorpresi dalla rapidità” – spiega, "
           "invece, l’amministratrice.", "Siamo sorpresi dalla rapidità", "l’amministratrice"),
    ("es", "El alcalde Pau Soler habló de ayudas. \"Nadie nos avisó\", añadió, en cambio, el "
           "portero.", "Nadie nos avisó", "el portero"),
]


#: A witness named by first name alone and described.
FIRST_NAME_DESCRIBED = [
    ("es", "El alcalde Pau Soler visitó la zona. Marta es vecina del bloque de enfrente y lo vio "
           "todo. «Las llamas saltaban de balcón en balcón», ha relatado.",
     "Las llamas saltaban de balcón en balcón", "Marta"),
    ("it", "Il sindaco Pau Soler ha visitato la zona. Marco, un vicino del palazzo di fronte, ha "
           "visto tutto. «Le fiamme saltavano da un balcone all'altro», ha raccontato.",
     "Le fiamme saltavano da un balcone all'altro", "Marco"),
    ("de", "Bürgermeister Paul Soler besuchte den Ort. Jonas, ein Nachbar aus dem Haus "
           "gegenüber, sah alles. „Die Flammen sprangen von Balkon zu Balkon“, sagte er.",
     "Die Flammen sprangen von Balkon zu Balkon", "Jonas"),
]


#: A sentence opened by its speech verb.
OPENED_BY_THE_VERB = [
    ("es", "El alcalde Pau Soler visitó la zona. Miguel Ferrán, vecino del primero, ha "
           "explicado que salió en pijama.\n\nHa agregado que el portero fue \"el primero en "
           "dar la alarma\".", "el primero en dar la alarma", "Miguel Ferrán"),
    ("it", "Il sindaco Pau Soler ha visitato la zona. Marco Teodori, vicino del primo piano, ha "
           "spiegato di essere uscito in pigiama.\n\nHa aggiunto che il portiere è stato \"il "
           "primo a dare l'allarme\".", "il primo a dare l'allarme", "Marco Teodori"),
    # what follows the verb is whom it was told to, not its subject
    ("es", "El alcalde Pau Soler habló de ayudas. Julián Roig, un jubilado de 58 años, pasó la "
           "noche fuera.\n\nCuenta a la prensa en la puerta del hotel que \"solo durmió un "
           "rato y mal\".", "solo durmió un rato y mal", "Julián Roig"),
]


def _cases(shape: str, rows: list[tuple[str, str, str, str]]) -> list:
    """Each row as a case named by its shape, its language and its place in the shape's rows."""
    return [pytest.param(*row, id=f"{shape}-{row[0]}-{i}") for i, row in enumerate(rows, 1)]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "body", "quote", "who"), [
    *_cases("description-with-commas", DESCRIBED_WITH_COMMAS),
    *_cases("scene-told-on", SCENE_TOLD_ON),
    *_cases("age-in-apposition", AGE_IN_APPOSITION),
    *_cases("pronoun-after-the-verb", PRONOUN_AFTER_THE_VERB),
    *_cases("name-after-a-role", NAME_AFTER_A_ROLE),
    *_cases("inverted-subject", INVERTED_SUBJECT),
    *_cases("first-name-described", FIRST_NAME_DESCRIBED),
    *_cases("opened-by-the-verb", OPENED_BY_THE_VERB),
])
def test_the_quotes_speaker_is_read(tmp_path, lang, body, quote, who):
    assert _speakers(tmp_path, lang, body)[quote] == who
