"""Extract round 28 (issue #16): the speaker phrase made the name a draft shows. A firm's
description ("the shipping giant", "a empresa", "der Konzern") is the firm the page named
before (`extract/speakers/firms.py`); a relative clause, a speech verb or a role taken along with
the
name is left out (`extract/speakers/speaker_phrase.tidy`). All text invented."""

from __future__ import annotations

import pytest

from tests.conftest import quote_speakers
from tests.probes import FERRY_HEADS

_HEADS = FERRY_HEADS


def _speaker(tmp_path, lang: str, body: str, quote: str) -> str:
    found = quote_speakers(tmp_path / "q", _HEADS[lang] + body + "\n", lang)
    return next(who for text, who in found.items() if text.startswith(quote))


@pytest.mark.parametrize(("lang", "body", "quote", "who"), [
    ("en", "Shipping firm Nordline, which runs the route, said its crews were trained last "
           "spring.\n\nThe shipping giant said that \"every lifeboat on board was checked in "
           "March.\"", "every lifeboat on board was checked in March", "Nordline"),
    ("pt", "Segundo a Naval Sul, que expressou \"profundo pesar\" pelas vítimas, o navio era "
           "novo. \"Vamos colaborar com as autoridades em tudo\", disse a empresa.",
     "Vamos colaborar com as autoridades em tudo", "Naval Sul"),
    ("fr", "La compagnie maritime Transmar exploite la ligne depuis 2009.\n\n«Le navire avait "
           "passé toutes ses inspections», a indiqué la compagnie.",
     "Le navire avait passé toutes ses inspections", "Transmar"),
    ("de", "Der Energiekonzern Voltwerk betreibt das Kraftwerk am Hafen.\n\n„Wir arbeiten eng "
           "mit den Behörden zusammen“, teilte der Konzern mit.",
     "Wir arbeiten eng mit den Behörden zusammen", "Voltwerk"),
    ("it", "L'azienda Ferrotrasporti gestisce la linea da dieci anni.\n\n«Collaboreremo "
           "pienamente con gli inquirenti», ha spiegato l'azienda.",
     "Collaboreremo pienamente con gli inquirenti", "Ferrotrasporti"),
])
def test_a_firm_described_by_its_kind_is_the_firm_named_before(tmp_path, lang, body, quote, who):
    assert _speaker(tmp_path, lang, body, quote) == who


@pytest.mark.parametrize(("lang", "body", "quote", "who"), [
    ("en", "Shipping firm Nordline runs the route.\n\n\"Every lifeboat was checked in March,\" "
           "the company's spokesman said.", "Every lifeboat was checked in March",
     "the company's spokesman"),
    ("en", "A ferry operator runs the route.\n\n\"Every lifeboat was checked in March,\" the "
           "company said.", "Every lifeboat was checked in March", "the company"),
    ("en", "Company founder Ana Ruiz bought the ferry in 2015.\n\n\"Every lifeboat was checked "
           "in March,\" the company said.", "Every lifeboat was checked in March", "the company"),
    ("fr", "La société dirigée par Jean Morel exploite la ligne.\n\n«Le navire avait passé "
           "toutes ses inspections», a indiqué la société.",
     "Le navire avait passé toutes ses inspections", "la société"),
])
def test_a_firm_s_person_or_an_unnamed_firm_stays_as_written(tmp_path, lang, body, quote, who):
    """The firm's spokesman is a person; a firm never named, or named only beside its founder
    or its head, has no name to take."""
    assert _speaker(tmp_path, lang, body, quote) == who


@pytest.mark.parametrize(("lang", "body", "quote", "who"), [
    ("es", "El ministro viaja al lugar del \"grave accidente del ferry\", según explicó una "
           "vocera del Gobierno.", "grave accidente del ferry", "una vocera del Gobierno"),
    ("en", "\"The divers are ready to go down at first light,\" said fire brigade spokesman "
           "Marco Tessi who added that two boats were standing by.",
     "The divers are ready to go down at first light", "Marco Tessi"),
    ("it", "«Abbiamo trovato due persone ancora vive», ha spiegato un portavoce della polizia "
           "Marco Tessi che ha coordinato le ricerche.", "Abbiamo trovato due persone ancora vive",
     "Marco Tessi"),
    # what must not change: a relative clause set off by a comma, after a name or a role
    ("en", "\"We will not stop until everyone is found,\" said Ana Ruiz, who leads the rescue "
           "team.", "We will not stop until everyone is found", "Ana Ruiz"),
    ("fr", "«Nous avons retrouvé deux survivants», a déclaré le maire, qui a rejoint le "
           "port.", "Nous avons retrouvé deux survivants", "le maire"),
])
def test_the_speaker_is_the_name_without_what_the_reader_took_along(tmp_path, lang, body, quote,
                                                                    who):
    """A speech verb before its subject, a relative clause after the name and a role before
    it are left out."""
    assert _speaker(tmp_path, lang, body, quote) == who


@pytest.mark.parametrize(("lang", "body", "quote", "who"), [
    ("es", "Al menos tres personas murieron, informó la policía regional. La ministra de "
           "Transporte, Ana Ruiz, viaja al lugar.\n\nLas \"labores de rescate continúan\", agregó "
           "la policía.", "labores de rescate continúan", "la policía"),
    ("en", "Three people died, the coast guard said. Transport Minister Ana Ruiz flew to the "
           "port.\n\n\"The search goes on through the night,\" the coast guard added.",
     "The search goes on through the night", "the coast guard"),
    # what must not change: the title in the name's own sentence
    ("es", "El jefe de la policía regional, Juan Pérez, llegó al puerto.\n\n\"Las labores de "
           "rescate continúan\", agregó el jefe.", "Las labores de rescate continúan",
     "Juan Pérez"),
])
def test_a_body_named_in_the_sentence_before_a_person_is_no_title_of_theirs(tmp_path, lang, body,
                                                                            quote, who):
    """A role's holder is a person named with that title in their own sentence: the body that
    spoke in the sentence before is not their title (s15, opened)."""
    assert _speaker(tmp_path, lang, body, quote) == who


@pytest.mark.parametrize(("lang", "body", "quote", "who"), [
    ("es", "Ravi Kumar Desai, el ingeniero único superviviente del vuelo, habló desde el "
           "hospital.\n\nDesai, que recibió la visita de la ministra de Sanidad, Ana Ruiz Gómez, "
           "contó cómo salió. \"Vi caer el avión entero delante de mí\", ha recordado el "
           "superviviente.", "Vi caer el avión entero delante de mí", "Ravi Kumar Desai"),
    ("pt", "Ravi Kumar Desai, o engenheiro único sobrevivente do voo, falou do hospital.\n\n"
           "Desai, que recebeu a visita da ministra Ana Rocha Lima, contou como saiu. \"Vi cair "
           "o avião inteiro na minha frente\", lembrou o sobrevivente.",
     "Vi cair o avião inteiro na minha frente", "Ravi Kumar Desai"),
    ("it", "L'unico sopravvissuto, Ravi Kumar Desai, ha parlato dall'ospedale. L'uomo era "
           "seduto accanto all'uscita.\n\n«Quando mi sono alzato ero solo», ha detto l'uomo.",
     "Quando mi sono alzato ero solo", "Ravi Kumar Desai"),
    # what must not change: a description no one named was given stays as written
    ("es", "La ministra de Sanidad, Ana Ruiz Gómez, visitó el hospital.\n\n\"Vi caer el avión "
           "entero delante de mí\", dijo el superviviente.",
     "Vi caer el avión entero delante de mí", "el superviviente"),
])
def test_a_description_is_the_person_given_its_noun_not_the_last_one_named(tmp_path, lang, body,
                                                                           quote, who):
    """The survivor is the person the page called so in the sentence that names them or the
    next, not the minister named after them (x27's dev pages)."""
    assert _speaker(tmp_path, lang, body, quote) == who
