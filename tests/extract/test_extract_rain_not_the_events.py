"""Millimetres and inches that are not the event's own rain (review 9's leftovers, figures round
22): a calibre, a climate normal or what falls as a rule, an old record, a rate, a forecast, and
French "pouces" that are thumbs. Each case failed before its change; the event's own amounts
beside them (review 11's shapes are in tests/extract/test_extract_review11_kept.py). Invented
sentences
(an invented town, Kelmora)."""

from __future__ import annotations

import pytest

from generator.extract.figures import figures_in
from generator.text.sentences import Sentence, sentence_spans

_UNITS = ("millimeter", "inch", "cm")


def _amounts(text: str, lang: str = "en") -> list[float]:
    return [f.value for start, end in sentence_spans(text)
            for f in figures_in(Sentence(start, end, text[start:end], 0), lang)
            if f.group in _UNITS]


@pytest.mark.parametrize("text, lang, dropped", [
    # a calibre
    ("Police said the gunman used a 9 mm pistol in Kelmora.", "en", 9),
    ("Officers found a 9-mm semi-automatic handgun in Kelmora.", "en", 9),
    ("Soldiers fired 155 mm shells into the hills near Kelmora.", "en", 155),
    ("Des obus de 155 mm sont tombés près de Kelmora.", "fr", 155),
    ("Der Täter von Kelmora benutzte eine Pistole vom Kaliber 9 mm.", "de", 9),
    # a climate normal, or what falls as a rule
    ("Kelmora received 180 mm of rain, twice the June average of 80 mm.", "en", 80),
    ("The normal for June is 40 mm in Kelmora.", "en", 40),
    ("A normal 40 mm for June fell in a day in Kelmora.", "en", 40),
    ("Kelmora normally gets 40 mm of rain in June.", "en", 40),
    ("Il a plu 180 mm à Kelmora, contre une normale de 40 mm en juin.", "fr", 40),
    ("In Kelmora fielen 318 mm Regen, der Durchschnitt für Juni liegt bei 80 mm.", "de", 80),
    ("A média de junho é 80 mm, mas em Kelmora caíram 180 mm de chuva.", "pt", 80),
    ("A Kelmora sono caduti 180 mm, contro una media di 80 mm.", "it", 80),
    # an old record
    ("The previous record of 210 mm was set in 1998 in Kelmora.", "en", 210),
    ("The record of 210 mm set in 1998 was broken as 250 mm of rain fell on Kelmora.", "en",
     210),
    # a rate
    ("Rain fell at 20 mm an hour in Kelmora.", "en", 20),
    ("Rain fell on Kelmora at up to 40 mm an hour, 180 mm in all.", "en", 40),
    ("In Kelmora fielen zeitweise 40 mm pro Stunde.", "de", 40),
    # a forecast
    ("Up to 100 mm of rain are expected in Kelmora.", "en", 100),
    ("Some 180 mm is forecast to fall on Kelmora.", "en", 180),
    ("Forecasters had expected 50 mm, but 180 mm of rain fell on Kelmora.", "en", 50),
    ("180 mm de pluie sont tombés à Kelmora alors que 80 mm étaient prévus.", "fr", 80),
    ("Se esperan hasta 100 mm en Kelmora.", "es", 100),
    ("In Kelmora werden bis zu 100 mm Regen erwartet.", "de", 100),
    # thumbs
    ("Le blessé de Kelmora a perdu deux pouces dans l'explosion.", "fr", 2),
])
def test_an_amount_that_is_not_the_events_rain_is_not_proposed(text, lang, dropped):
    assert dropped not in _amounts(text, lang)


@pytest.mark.parametrize("text, lang, kept", [
    ("Kelmora received 180 mm of rain, twice the June average of 80 mm.", "en", 180),
    ("An average of 180 mm fell across Kelmora.", "en", 180),
    ("The plant at Kelmora was operating normally when 180 mm of rain fell.", "en", 180),
    ("Above-normal 180 mm of rain fell on Kelmora.", "en", 180),
    ("180 mm of rain fell in an hour on Kelmora.", "en", 180),
    ("Rain fell on Kelmora at up to 40 mm an hour, 180 mm in all.", "en", 180),
    ("Forecasters had expected 50 mm, but 180 mm of rain fell on Kelmora.", "en", 180),
    ("Heavier than expected, 180 mm of rain fell on Kelmora.", "en", 180),
    ("The gun club at Kelmora was flooded by 180 mm of rain.", "en", 180),
    ("A new record of 250 mm was set in Kelmora on Tuesday.", "en", 250),
    ("Il est tombé en moyenne 180 mm sur Kelmora.", "fr", 180),
    ("Il est tombé 30 pouces de neige à Kelmora.", "fr", 30),
    ("Según los medios, en Kelmora cayeron 180 mm de lluvia.", "es", 180),
])
def test_the_events_own_amount_stays(text, lang, kept):
    assert kept in _amounts(text, lang)
