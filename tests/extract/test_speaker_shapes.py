"""Speakers named with a title chain ("Brig. Gen. …") or with the body they belong to ("… of the
River Authority"). Invented sentences; each assertion fails without its rule."""

from __future__ import annotations

from generator.extract.speakers.noun_phrases import person_of, subject_before
from tests.extract.test_extract_shapes import _quotes


def test_a_title_chain_before_the_name_keeps_the_quote_and_its_speaker(tmp_path):
    quotes = _quotes(tmp_path, (
        "Flood test\n\n"
        "“The roads are closed,” Brig. Gen. Paul Okafor said.\n\n"
        "“Stay indoors tonight,” Lt. Col. Mara Jensen told reporters.\n\n"
        "“The pumps are running,” Dr. Ines Varga said.\n"), "en")
    assert quotes["The roads are closed"] == "Brig. Gen. Paul Okafor"
    assert quotes["Stay indoors tonight"] == "Lt. Col. Mara Jensen"
    assert quotes["The pumps are running"] == "Dr. Ines Varga"


def test_a_person_of_a_body_is_the_speaker_not_the_body(tmp_path):
    quotes = _quotes(tmp_path, (
        "Flood test\n\n"
        "“The levee held for six hours,” John Marsh of the River Authority said on Monday.\n\n"
        "“We moved everyone out,” said Ana Ruiz of the Red Cross.\n\n"
        "“We lost the school,” Mayor Tom Hale of Rivertown said.\n\n"
        "“The money will come,” the Bank of England said.\n"), "en")
    assert quotes["The levee held for six hours"] == "John Marsh"
    assert quotes["We moved everyone out"] == "Ana Ruiz"
    assert quotes["We lost the school"] == "Mayor Tom Hale"
    assert quotes["The money will come"] == "the Bank of England"


def test_titles_and_bodies_named_with_of_stay_whole():
    assert person_of("Governor Andrew Bailey of the Bank of England") == "Governor Andrew Bailey"
    assert person_of("Bank of England") is None  # one word before "of": a body's name
    assert person_of("US Secretary of State") is None  # a title before "of"
    assert person_of("Emergency Office of the Valley") is None  # a body's word before "of"
    assert subject_before("US Secretary of State Ana Lima") == "US Secretary of State Ana Lima"


def test_quotations_typed_with_the_wrong_closing_marks_are_read(tmp_path):
    quotes = _quotes(tmp_path, (
        "Flood test\n\n"
        "“The levee held for six hours“, said John Marsh, a spokesman.\n\n"
        "The mayor said ''the school is gone for good'' on Monday.\n\n"
        "The term “levee“ is local.\n\n"
        "He wrote “see the map“and left.\n"), "en")
    assert quotes["The levee held for six hours"] == "John Marsh"
    assert "the school is gone for good" in quotes
    assert "levee" not in quotes  # one word between the marks: a term
    assert not any(k.startswith("see the map") for k in quotes)  # no space after: no closing


def test_a_pulled_quotation_takes_the_name_on_the_credit_line_under_it(tmp_path):
    quotes = _quotes(tmp_path, (
        "Flood test\n\n"
        "“The water came at night,” said John Marsh, a spokesman.\n\n"
        "“We moved everyone out before dawn.”\n\n"
        "— Ana Ruiz, Red Cross\n\n"
        "“Nobody was left behind in the valley.”\n\n"
        "Rescue work went on until noon.\n"), "en")
    assert quotes["We moved everyone out before dawn"] == "Ana Ruiz"
    # no credit line under it: it carries on the quotation before, as before
    assert quotes["Nobody was left behind in the valley"] != "Ana Ruiz"


def test_a_straight_mark_closed_high_and_a_long_quotation_closed_with_its_opener_are_read(
        tmp_path):
    quotes = _quotes(tmp_path, (
        "Explosion in Grünfeld\n\n"
        "Die Feuerwehr war schnell vor Ort. \"Der Kran hat die Katze vom Dach geholt, bevor "
        "das Gerüst umkippte“, sagt Jan Kurz, Sprecher der Polizei.\n"), "de")
    assert quotes["Der Kran hat die Katze vom Dach geholt, bevor das Gerüst umkippte"] == \
        "Jan Kurz"
    account = ("Poi abbiamo portato le ceste di pane nella piazza del mercato. " * 7
               + "La sera era tutto in ordine")
    quotes = _quotes(tmp_path / "it", (
        "Crollo a Borgo Lieto\n\n“La mattina il fornaio ha acceso il forno – spiega il signor "
        "Ugo – " + account + "“.\n"), "it")
    # "signor" is a courtesy title, dropped as "Sra." is; the attribution between the dashes
    # is cut out of the quotation's words
    assert quotes["La mattina il fornaio ha acceso il forno"] == quotes[account] == "Ugo"
