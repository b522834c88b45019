"""Speakers of quotations on copy no rule had seen (sealed set s11, used up: an unnamed witness
named after the quotation with a verb of telling; a person described by where they were
treated). All text invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import quote_speakers

_HEAD = "Fire at Orlen club\n\nAt least 12 people died in the fire at the Orlen club on Sunday.\n\n"
_QUOTE = "The ceiling was burning above us and nobody could find the door"


def _speaker(tmp_path: Path, tail: str) -> str:
    quotes = quote_speakers(tmp_path / "q", f"{_HEAD}\"{_QUOTE},\" {tail}\n", "en")
    return quotes[_QUOTE]


@pytest.mark.parametrize(("tail", "who"), [
    ("one witness recounted.", "one witness"),
    ("another man recounted to the local radio.", "another man"),
    ("a survivor described.", "a survivor"),
    ("said one witness.", "one witness"),
    ("recounted another guest.", "another guest"),
    ("an elderly neighbour recounted.", "an elderly neighbour"),
])
def test_an_unnamed_speaker_after_the_quotation(tmp_path, tail, who):
    assert _speaker(tmp_path, tail) == who


@pytest.mark.parametrize(("tail", "who"), [
    ("one witness said.", "one witness"),
    ("said fire chief Ana Brill.", "Ana Brill"),
    ("Ana Brill said.", "Ana Brill"),
])
def test_speakers_found_before_still_are(tmp_path, tail, who):
    assert _speaker(tmp_path, tail) == who


def test_a_description_is_not_a_speech_verb(tmp_path):
    quotes = quote_speakers(tmp_path / "q", _HEAD + (
        "The mayor described the club as \"a trap with one door\" on Monday.\n"), "en")
    assert quotes.get("a trap with one door", "") in ("", "The mayor")


@pytest.mark.parametrize(("prefix", "who"), [
    ("A young woman who was treated at Varna General Hospital", "A young woman"),
    ("A nurse at Varna General Hospital", "A nurse at Varna General Hospital"),
    ("One guest who stayed at the Alpen Lodge", "One guest"),
])
def test_a_person_described_by_a_place_is_the_person(prefix, who):
    from generator.extract.speakers.noun_phrases import subject_before
    assert subject_before(prefix) == who


@pytest.mark.parametrize(("prefix", "who"), [
    ("Jana Miles, who was treated at Varna General Hospital,", "Jana Miles"),
    ("Hospital officials in Varna", "Hospital officials"),
    ("Varna General Hospital", "Varna General Hospital"),
    ("Police", "Police"),
])
def test_subjects_read_before_still_are(prefix, who):
    from generator.extract.speakers.noun_phrases import subject_before
    assert subject_before(prefix) == who


def test_the_quotation_of_a_person_treated_at_a_hospital_is_theirs(tmp_path):
    quotes = quote_speakers(tmp_path / "q", _HEAD + (
        "A young woman who was treated at Varna General Hospital said the smoke came "
        "\"in seconds\".\n"), "en")
    assert quotes["in seconds"] == "A young woman"


def test_one_of_them_after_the_quotation_is_still_the_group(tmp_path):
    # "said one of them": the group named before, not a speaker called "one of them" (dev)
    quotes = quote_speakers(tmp_path / "q", _HEAD + (
        "Stewards shouted at the crowd at the gate. \"Get back, the roof is going,\" said one "
        "of them.\n"), "en")
    assert quotes["Get back, the roof is going"] != "one of them"


@pytest.mark.parametrize(("lang", "text", "quote", "who"), [
    ("en", "Collapse at Corvel\n\nCounty official Carlos Vinez said rescue work was hard.\n\n"
           "The police chief then spoke to reporters. \"We are still searching under the "
           "rubble,\" he said.\n", "We are still searching under the rubble", "The police chief"),
    ("fr", "Effondrement à Corvel\n\nLe responsable du comté, Carlos Vinez, a évoqué des "
           "secours difficiles.\n\nLe chef de la police a ensuite pris la parole. « Nous "
           "cherchons encore sous les décombres », a-t-il déclaré.\n",
     "Nous cherchons encore sous les décombres", "Le chef de la police"),
])
def test_a_pronoun_after_a_role_opening_the_sentence_is_that_role(tmp_path, lang, text, quote,
                                                                   who):
    # sealed set s11 (used up): "il" was given to the official named a paragraph before
    assert quote_speakers(tmp_path / "q", text, lang)[quote] == who


def test_a_role_named_before_is_the_person_named(tmp_path):
    text = ("Collapse at Corvel\n\nPolice chief Marc Telin said the search would go on.\n\n"
            "The police chief then spoke to reporters. \"We are still searching under the "
            "rubble,\" he said.\n")
    assert quote_speakers(tmp_path / "q", text, "en")[
        "We are still searching under the rubble"] == "Marc Telin"


def test_a_pronoun_after_the_named_person_is_still_theirs(tmp_path):
    text = ("Collapse at Corvel\n\nThe police chief said officers had closed the road.\n\n"
            "County official Carlos Vinez spoke later. \"We are still searching under the "
            "rubble,\" he said.\n")
    assert quote_speakers(tmp_path / "q", text, "en")[
        "We are still searching under the rubble"] == "Carlos Vinez"


def test_a_straight_quotation_cut_by_the_page_end_is_proposed(tmp_path):
    # sealed set s11 (used up): a cut page ends inside a quotation opened with a straight mark
    text = _HEAD + ("\"We treated about forty patients tonight. Sadly, some of them did not "
                    "surv")
    quotes = quote_speakers(tmp_path / "q", text, "en")
    assert any(q.startswith("We treated about forty patients tonight") for q in quotes)


def test_a_straight_mark_of_inches_opens_no_quotation(tmp_path):
    text = _HEAD + "Firefighters ran a 12\" hose through the back door of the club to the bar."
    assert quote_speakers(tmp_path / "q", text, "en") == {}


def test_a_spaced_straight_mark_left_open_at_the_cut_is_no_quotation(tmp_path):
    # copy that sets names between spaced straight marks (" Orlen ") and is cut inside one
    text = _HEAD + "Other towns were hit as well, among them \" the old quarter of Varna and Tesk"
    assert quote_speakers(tmp_path / "q", text, "en") == {}


@pytest.mark.parametrize(("lang", "text", "quote", "who"), [
    ("fr", "Incendie au club Orlen\n\nAu moins 12 personnes sont mortes dans l'incendie du club "
     "Orlen dimanche.\n\nMarc Dubois, un témoin, a vu les flammes. « Je suis sorti par la "
     "fenêtre », a-t-il dit.\n\n« Le plafond brûlait et personne ne trouvait la porte », a "
     "raconté un témoin.\n", "Le plafond brûlait et personne ne trouvait la porte", "un témoin"),
    ("es", "Incendio en el club Orlen\n\nAl menos 12 personas murieron en el incendio del club "
     "Orlen el domingo.\n\nMarta Ruiz, una vecina, vio las llamas. «Salí por la ventana», "
     "dijo.\n\n«El techo ardía y nadie encontraba la puerta», contó una vecina.\n",
     "El techo ardía y nadie encontraba la puerta", "una vecina"),
    ("de", "Brand im Club Orlen\n\nMindestens 12 Menschen starben am Sonntag beim Brand im Club "
     "Orlen.\n\nKlaus Berger, ein Zeuge, sah die Flammen. „Ich kam durch das Fenster raus“, "
     "sagte er.\n\n„Die Decke brannte und niemand fand die Tür“, sagte ein Zeuge.\n",
     "Die Decke brannte und niemand fand die Tür", "ein Zeuge"),
])
def test_an_indefinite_in_any_language_refers_back_to_no_one(tmp_path, lang, text, quote, who):
    """"un témoin" after a witness was named is someone new (roles._INDEFINITE now reads the
    articles of described_people, not an English list)."""
    assert quote_speakers(tmp_path / "q", text, lang)[quote] == who


@pytest.mark.parametrize(("lang", "body", "quote", "who"), [
    ("en", "The police chief then spoke to reporters. Jane Roe, a nurse at the hospital, was "
     "also there. \u201cWe worked all night without a break,\u201d she said.\n",
     "We worked all night without a break", "Jane Roe"),
    ("en", "Engineer Tom Bale inspected the cracks. The chief concern now is the building next "
     "door. \u201cIt could go too,\u201d he said.\n", "It could go too", "Engineer Tom Bale"),
    ("en", "The police chief then spoke to reporters. \u201cWe worked all night,\u201d he said.\n",
     "We worked all night", "The police chief"),
])
def test_a_role_opening_a_sentence_gives_way_to_a_person_named_after_it(tmp_path, lang, body,
                                                                        quote, who):
    """Review 22: the role rule took the pronoun from a person named between the role and it,
    and read "The chief concern" as a role."""
    quotes = quote_speakers(tmp_path / "q", _HEAD + body, lang)
    assert quotes[quote] == who
