"""Review 30: near shapes of the stop's new rules, in invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from generator.extract.dates import dates_in
from generator.extract.verbless_credit import verbless_speaker
from generator.text.written_dates import days_written
from tests.conftest import quote_speakers
from tests.probes import sentence

# --- a verb of a simple tense, or an object pronoun, right after an office: narration, no
# credit of the quotation before it


@pytest.mark.parametrize(("lang", "after"), [
    ("es", ", el alcalde llegó poco después a la plaza de Tarvik."),
    ("es", ", el presidente lo negó ante la prensa."),
    ("fr", ", le maire visitait alors le quartier de Tarvik."),
    ("it", ", il sindaco arrivò sul posto con Olga Berti."),
    ("de", ", der Bürgermeister dementierte am Abend."),
])
def test_a_verb_after_an_office_is_no_credit(lang, after):
    assert verbless_speaker(after, lang) == ("", "")


@pytest.mark.parametrize(("lang", "after", "who"), [
    ("es", ", la ministra de sanidad, Lucía Ferrer.", "Lucía Ferrer"),
    ("it", " la presidente della Regione Olga Berti.", "Olga Berti"),
    ("fr", ", le maire de Tarvik.", "le maire de Tarvik"),
])
def test_an_office_with_its_complement_still_credits(lang, after, who):
    assert who in verbless_speaker(after, lang)[0]


def test_narration_after_a_quotation_is_no_speaker(tmp_path):
    text = ("«No queda nada en pie», el alcalde llegó poco después a la plaza de Tarvik. "
            "Los vecinos esperaban en la calle.")
    speakers = quote_speakers(tmp_path / "p", f"https://x.example.org/a\nTarvik\n\n{text}\n",
                              "es")
    assert "llegó" not in speakers.get("No queda nada en pie", ""), speakers


# --- a month before a number is a date in English only: elsewhere the number counts something


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Seit Mai 30 Menschen in Kelbach gestorben sind, wächst die Sorge."),
    ("es", "En marzo 15 personas murieron en Tarvik."),
    ("fr", "Depuis mars 12 familles ont quitté Tarvik."),
])
def test_a_number_after_a_month_is_no_day_outside_english(lang, text):
    assert days_written(text, lang, date(2031, 7, 20)) == []


def test_a_day_after_its_month_in_english_stays_a_day():
    assert days_written("The first cases came on Nov. 12 in Tarvik.", "en",
                        date(2031, 11, 20)) == [date(2031, 11, 12)]


# --- a month's abbreviation without its dot or a year is a word of its own after a count


@pytest.mark.parametrize(("lang", "text"), [
    ("it", "Olga Berti ha vinto 2 set a 1 a Tarvik."),
    ("es", "Lucía Ferrer ganó 3 set seguidos en Tarvik."),
    ("pt", "Ana Lobo perdeu 2 set em Tarvik."),
])
def test_a_bare_abbreviation_after_a_number_is_no_date(lang, text):
    assert not dates_in(sentence(text), date(2031, 11, 20), lang)
    assert days_written(text, lang, date(2031, 11, 20)) == []


@pytest.mark.parametrize(("lang", "text", "day"), [
    ("es", "Llegaron el 12 dic. a Tarvik.", date(2030, 12, 12)),
    ("it", "Arrivarono il 3 set. a Tarvik.", date(2031, 9, 3)),
])
def test_an_abbreviation_with_its_dot_stays_a_date(lang, text, day):
    assert dates_in(sentence(text), date(2031, 11, 20), lang)
    assert days_written(text, lang, date(2031, 11, 20)) == [day]
