"""``briefing extract`` on Hungarian, Greek, Swedish, Danish and Norwegian copy (issues 13 and
16): the dead, the injured, the evacuated, passengers and the services sent, counted in words or
digits (:mod:`generator.text.counted_words_more`), Hungarian's collective ending glued to
digits ("12-en megsérültek"), and the speaker of a quotation given with a dialogue dash and an
inverted verb ("– …, sier operasjonsleder Per Dahl til NTB",
:mod:`generator.extract.speech.dialogue`). Before these tables no figure of these languages was
proposed; each case fails without them. Sentences, places and people invented for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import quote_speakers
from tests.probes import figures


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Hat ember meghalt, tizenketten megsérültek a kisvárosi úton.", "hu",
     [(6, "dead"), (12, "wounded")]),
    ("Legalább 12 halott és 30 sérült a kisvárosi balesetben.", "hu",
     [(12, "dead"), (30, "wounded")]),
    ("Hárman életüket vesztették, negyvenkét tűzoltó vonult ki.", "hu",
     [(3, "dead"), (42, "responder")]),
    # the collective ending after digits, not a compound adjective as "12-es busz" (a line)
    ("A kisvárosi balesetben 12-en megsérültek.", "hu", [(12, "wounded")]),
    ("A 12-es busz összeütközött egy autóval.", "hu", []),
    ("Τρεις νεκροί και 27 τραυματίες στο τροχαίο στη Μικρόπολη.", "el",
     [(3, "dead"), (27, "wounded")]),
    ("Στο σημείο επιχείρησαν 24 πυροσβέστες.", "el", [(24, "responder")]),
    ("Tre personer omkom och 20 skadades i olyckan vid Småby.", "sv",
     [(3, "dead"), (20, "wounded")]),
    ("Tolv personer evakuerades från huset i Småby.", "sv", [(12, "evacuee")]),
    ("To personer er døde, og tre er kørt på hospitalet i Lilleby.", "da",
     [(2, "dead"), (3, "wounded")]),
    ("Fem brandmænd rykkede ud til Lilleby.", "da", [(5, "responder")]),
    ("Tre personer er bekreftet omkommet, fem personer er alvorlig skadd.", "no",
     [(3, "dead"), (5, "wounded")]),
    # a people's count no outcome follows stays people ("personer"), not the dead
    ("Fem personer var i bilen i Lilleby.", "no", [(5, "person")]),
])
def test_counts(text, lang, expected):
    assert figures(text, lang) == expected


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("I den ene bil befandt sig tre personer, to af dem døde i Lilleby.", "da",
     [(3, "person"), (2, "dead")]),
    ("Polisen säger att samtliga tre av de döda var elever från Småby.", "sv", [(3, "dead")]),
    # a part named without an outcome stays unread as one ("two of them were pupils")
    ("To af dem var elever fra Lilleby.", "da", []),
])
def test_nordic_part_of_a_group(text, lang, expected):
    """"of" between a number and its group ("to af dem døde", "tre av de döda"): the Nordic
    "af"/"av" is a link as "of" and "de" are (counts.outcomes.LINKS); without it the count of
    the dead was not proposed (two sites of the pool)."""
    assert figures(text, lang) == expected


def test_a_nordic_word_does_not_count_in_another_language():
    """Danish "døde" (the dead) is no word of English, where the same letters count nothing."""
    assert figures("To personer er døde i Lilleby.", "da") == [(2, "dead")]
    assert figures("Two personer er døde in Lilleby.", "en") != [(2, "dead")]


def test_nordic_dialogue_dashes(tmp_path: Path):
    """A dash opens the words, a comma closes them before the inverted verb; the speaker is the
    name after the lower-case role and before the outlet ("til NTB", "vid regionen")."""
    for lang, text, quote, speaker in (
            ("no", "Ulykke i Lilleby\n\n– Det er for tidlig å si noe, sier operasjonsleder "
                   "Kari Lie til NTB.\n", "Det er for tidlig å si noe", "Kari Lie"),
            ("da", "Brand i Lilleby\n\n- Det var et stort område, siger vagtchef Ole Holm til "
                   "avisen.\n", "Det var et stort område", "Ole Holm"),
            ("sv", "Brand i Småby\n\n– Det handlar om rök, säger Anna Berg vid regionen.\n",
             "Det handlar om rök", "Anna Berg")):
        quotes = quote_speakers(tmp_path / lang, text, lang)
        assert quotes.get(quote) == speaker, (lang, quotes)


def test_a_writers_dash_aside_is_no_quotation(tmp_path: Path):
    """Without a dash opening them, words before a dash and a verb are the writer's report."""
    quotes = quote_speakers(tmp_path / "q", (
        "Brand i Lilleby\n\nBranden startede i stuen – fortæller politiet, der undersøger "
        "sagen.\n"), "da")
    assert quotes == {}


def test_hungarian_speakers(tmp_path: Path):
    """"– közölte X" after the quotation, "X elmondta:" before it."""
    quotes = quote_speakers(tmp_path / "q", (
        "Baleset Kisvárosban\n\n„Sajnos hárman meghaltak” – közölte Kiss Péter szóvivő.\n\n"
        "Nagy Anna elmondta: „A sérülteket kórházba vittük.”\n"), "hu")
    assert quotes["Sajnos hárman meghaltak"] == "Kiss Péter"
    assert quotes["A sérülteket kórházba vittük"] == "Nagy Anna"
