"""Review 30: near shapes of the stop's new rules, in invented sentences, each beside the shape
the rule reads, which it still reads."""

from __future__ import annotations

from datetime import date

import pytest

from generator.extract.counts.counted import severity
from generator.extract.dates import dates_in
from generator.extract.speech.verbless_credit import verbless_speaker
from generator.text.written_dates import days_written
from tests.conftest import quote_speakers
from tests.probes import sentence

# --- a verb of a simple tense, or an object pronoun, right after an office: narration, no
# credit of the quotation before it; the office with its complement and name still credits


@pytest.mark.parametrize(("lang", "narration", "credit", "who"), [
    ("es", ", el alcalde llegó poco después a la plaza de Tarvik.",
     ", la ministra de sanidad, Lucía Ferrer.", "Lucía Ferrer"),
    ("es", ", el presidente lo negó ante la prensa.",
     ", el presidente del Gobierno, Pedro Ortal.", "Pedro Ortal"),
    ("fr", ", le maire visitait alors le quartier de Tarvik.", ", le maire de Tarvik.",
     "le maire de Tarvik"),
    ("it", ", il sindaco arrivò sul posto con Olga Berti.",
     " la presidente della Regione Olga Berti.", "Olga Berti"),
    ("de", ", der Bürgermeister dementierte am Abend.", ", der Bürgermeister von Kelbach.",
     "Kelbach"),
    # after the office's comma only its holder's name stands
    ("es", ", la alcaldesa, Ana Gil, visitó después el barrio de Tarvik.",
     ", la alcaldesa, Ana Gil.", "Ana Gil"),
    ("es", ", el alcalde, que llegó tarde a Tarvik.",
     ", el presidente del Gobierno, Pedro de la Vega.", "Pedro de la Vega"),
])
def test_a_verb_after_an_office_is_no_credit(lang, narration, credit, who):
    assert verbless_speaker(narration, lang) == ("", "")
    assert who in verbless_speaker(credit, lang)[0]


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
    assert days_written("The first cases came on Nov. 12 in Tarvik.", "en",
                        date(2031, 11, 20)) == [date(2031, 11, 12)]


# --- a month's abbreviation without its dot or a year is a word of its own after a count;
# with its dot it is a date


@pytest.mark.parametrize(("lang", "text", "dated", "day"), [
    ("it", "Olga Berti ha vinto 2 set a 1 a Tarvik.", "Arrivarono il 3 set. a Tarvik.",
     date(2031, 9, 3)),
    ("es", "Lucía Ferrer ganó 3 set seguidos en Tarvik.", "Llegaron el 12 dic. a Tarvik.",
     date(2030, 12, 12)),
    ("pt", "Ana Lobo perdeu 2 set em Tarvik.", "Chegaram no dia 4 set. a Tarvik.",
     date(2031, 9, 4)),
])
def test_a_bare_abbreviation_after_a_number_is_no_date(lang, text, dated, day):
    assert not dates_in(sentence(text), date(2031, 11, 20), lang)
    assert days_written(text, lang, date(2031, 11, 20)) == []
    assert dates_in(sentence(dated), date(2031, 11, 20), lang)
    assert days_written(dated, lang, date(2031, 11, 20)) == [day]


# --- a level word beside the event's kind qualifies the event, not the hurt: the count keeps
# no level of its own (and joins the count of every level another outlet gives)


@pytest.mark.parametrize(("after", "hurt", "lang", "level"), [
    (" people were injured in moderate flooding near Tarvik",
     " people were moderately injured in Tarvik", "en", "moderate"),
    (" people were hurt in severe storms across Tarvik",
     " people were seriously hurt in the storm", "en", "serious"),
    (" heridos por las inundaciones graves en Tarvik",
     " heridos de gravedad moderada tras el incendio", "es", "moderate"),
])
def test_a_level_beside_the_events_kind_is_no_level_of_hurt(after, hurt, lang, level):
    assert severity(after, lang) is None
    assert severity(hurt, lang) == level
