"""The lead's mends of the thirtieth stop (trial 34: a shooting at a university, reported in
five languages, its toll corrected downwards within hours, the gunman's earlier killings
recalled), on invented sentences, each beside a neighbour whose reading must stay."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import draft_of_pages

from generator.extract.dates import dates_in
from generator.text.sentences import Sentence

# --- a day of another language's month is a date (none was ever proposed: trial 34)

FRIDAY = date(2032, 1, 9)


def _dates(text: str, lang: str) -> list[tuple[str, str]]:
    found = dates_in(Sentence(0, len(text), text, 0), FRIDAY, lang)
    return [(m.expression, m.date.first.isoformat()) for m in found]


@pytest.mark.parametrize(("text", "lang", "expression", "day"), [
    ("Der Student hatte am 21. Dezember in der Aula das Feuer eröffnet.", "de",
     "21. Dezember", "2031-12-21"),
    ("Die Schule bleibt seit dem Angriff am 3. Jänner geschlossen.", "de",
     "3. Jänner", "2032-01-03"),
    ("Des tirs ont éclaté dans la faculté le 21 décembre au matin.", "fr",
     "21 décembre", "2031-12-21"),
    ("Un étudiant a ouvert le feu le jeudi 1er janvier dans la faculté.", "fr",
     "le jeudi 1er janvier", "2032-01-01"),
    ("El ayuntamiento fijó el 23 de diciembre de 2031 como día de duelo local.", "es",
     "23 de diciembre de 2031", "2031-12-23"),
    ("La sparatoria è avvenuta il 21 dicembre nella facoltà di Lettere.", "it",
     "21 dicembre", "2031-12-21"),
    ("O ataque aconteceu na quinta-feira, 18 de dezembro, na faculdade.", "pt",
     "na quinta-feira, 18 de dezembro", "2031-12-18"),
])
def test_a_day_of_another_languages_month_is_a_date(text, lang, expression, day):
    assert (expression, day) in _dates(text, lang)


@pytest.mark.parametrize(("text", "lang"), [
    ("Die Feuerwehr rückte mit 21 Mann und 4 Maischläuchen aus.", "de"),
    ("Le club compte 21 marsouins et 30 maires adjoints.", "fr"),
    ("La policía detuvo a 23 de los 40 sospechosos.", "es"),
])
def test_a_count_before_a_word_like_a_month_is_no_date(text, lang):
    assert _dates(text, lang) == []


def test_a_dated_sentence_of_another_language_is_proposed_as_an_event(tmp_path):
    draft = draft_of_pages(tmp_path / "p", {
        "aula-de": ("de", "https://one.example.org/a\nSchüsse in der Aula\n\nEin Student hatte "
                          "am 21. Dezember in der Aula in Norvik das Feuer eröffnet.\n"),
        "luto-es": ("es", "https://two.example.org/b\nDuelo en Norvik\n\nEl ayuntamiento "
                          "fijó el 23 de diciembre como día de duelo en Norvik.\n"),
    }, published="2032-01-09T12:00:00+01:00")
    events = {e.title: e.date.iso() for e in draft.events}
    assert events.get("Ein Student hatte in der Aula in Norvik das Feuer eröffnet.") \
        == "2031-12-21", events
    # the day's article goes with it: no "fijó el como"
    assert events.get("El ayuntamiento fijó como día de duelo en Norvik.") \
        == "2031-12-23", events
