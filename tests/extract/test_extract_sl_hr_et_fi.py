"""``briefing extract`` on Slovenian, Croatian, Estonian and Finnish copy (issue 16): the dead,
the injured, the evacuated, passengers and the services sent, counted in words or digits
(:mod:`generator.text.counted_words_inflected`), the verb of what befell them before the
number past a focus adverb ("sai raskelt vigastada veel neli inimest"), one casualty written
with the numeral one (these languages have no article), and the speaker after an inverted
verb ("…," ütles Mari Tamm). Before these tables no figure of these languages was proposed and
no speaker found; each case fails without them. Sentences, places and people invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.text.casualty.one import one_casualties
from tests.conftest import quote_speakers
from tests.probes import figures


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("V nesreči pri Malem Vrhu sta umrli dve osebi, šest pa je bilo ranjenih.", "sl",
     [(2, "dead"), (6, "wounded")]),
    ("Petindvajset ljudi so evakuirali iz bloka v Malem Vrhu.", "sl", [(25, "evacuee")]),
    ("V Mali vasi je posredovalo 30 gasilcev.", "sl", [(30, "responder")]),
    ("U nesreći su dvije osobe teško ozlijeđene.", "hr", [(2, "wounded")]),
    ("Na mjesto je stiglo dvadeset pet vatrogasaca.", "hr", [(25, "responder")]),
    ("Tulekahjus hukkus viis inimest.", "et", [(5, "dead")]),
    ("Väikekülas sai raskelt vigastada veel neli inimest.", "et", [(4, "wounded")]),
    ("Kaksikymmentäviisi ihmistä loukkaantui onnettomuudessa Pikkukylässä.", "fi",
     [(25, "wounded")]),
    ("Kolme ihmistä kuoli ja kaksi loukkaantui vakavasti.", "fi", [(3, "dead"), (2, "wounded")]),
    ("Autossa oli kuljettajan lisäksi kolme matkustajaa.", "fi", [(3, "passenger")]),
    # a people's count no outcome names stays people
    ("Autos viibis kolm meest.", "et", [(3, "person")]),
])
def test_counts(text, lang, expected):
    assert figures(text, lang) == expected


@pytest.mark.parametrize(("text", "lang", "noun", "group"), [
    ("Jedan policajac je preminuo kod Malog Sela.", "hr", "policajac", "dead"),
    ("Pri Malem Vrhu je ena oseba umrla.", "sl", "oseba", "dead"),
    ("Üks mees hukkus tulekahjus.", "et", "mees", "dead"),
    ("Yksi ihminen kuoli onnettomuudessa.", "fi", "ihminen", "dead"),
])
def test_one_casualty_with_the_numeral(text, lang, noun, group):
    """The numeral one, with a person and an outcome, is one casualty (these languages write
    no article; the quantity reader's "one" is no figure of its own)."""
    found = one_casualties(text, lang)
    assert [(c.noun, c.group) for c in found] == [(noun, group)]


def test_the_numeral_one_without_an_outcome_is_no_casualty():
    assert one_casualties("Jedan policajac je stigao kod Malog Sela.", "hr") == []
    assert one_casualties("Üks mees helistas häirekeskusse.", "et") == []


def test_inverted_speech_verbs(tmp_path: Path):
    """The verb after the quotation and before its speaker, a role between ("…," rääkis
    päästekeskuse juht Mari Tamm), or after the speaker ("…," Matti Virtanen kertoo)."""
    for lang, text, quote, speaker in (
            ("et", 'Tulekahju Väikekülas\n\n"Maja oli tuld täis," rääkis päästekeskuse juht '
                   'Mari Tamm pressikonverentsil.\n', "Maja oli tuld täis,", "Mari Tamm"),
            ("et", 'Tulekahju Väikekülas\n\n"Päästjad jõudsid kiiresti," ütles Jaan Kask.\n',
             "Päästjad jõudsid kiiresti,", "Jaan Kask"),
            ("fi", 'Onnettomuus Pikkukylässä\n\n"Auto suistui tieltä," kertoo Matti Virtanen '
                   'poliisista.\n', "Auto suistui tieltä,", "Matti Virtanen"),
            ("hr", "Nesreća kod Malog Sela\n\n„Vozač je izgubio nadzor”, rekao je Ivan Horvat.\n",
             "Vozač je izgubio nadzor", "Ivan Horvat"),
            ("sl", "Nesreča pri Malem Vrhu\n\n»Voznik je zapeljal s ceste,« je povedal Janez "
                   "Novak.\n", "Voznik je zapeljal s ceste,", "Janez Novak")):
        quotes = quote_speakers(tmp_path / f"{lang}{len(quote)}", text, lang)
        assert quotes.get(quote.rstrip(",")) == speaker or quotes.get(quote) == speaker, \
            (lang, quotes)
