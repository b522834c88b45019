"""Figures a new user found misread on coverage of a train derailment (trial 19), in invented
sentences of the same shapes: a railway's coaches counted as buses, "the death of N people"
read as people, travellers killed read as travellers, "nearly half of them" read as 50 injured,
and a share's year ("a 2010 collision") read as a count of 2,010."""

from __future__ import annotations

import pytest

from generator.extract.figures import figures_in
from generator.text.quantities import QUANTITY, YEAR, read
from generator.text.sentences import Sentence


def _figures(text: str, lang: str = "en") -> list[tuple[float, str]]:
    return [(f.value, f.group) for f in figures_in(Sentence(0, len(text), text, 0), lang)]


@pytest.mark.parametrize("text, lang, expected", [
    ("At least 12 coaches of the night express left the rails near Verlo.", "en",
     [(12, "coach")]),
    ("Police have confirmed the death of 48 people after the crash.", "en", [(48, "dead")]),
    ("The deaths of 48 passengers were confirmed on Monday.", "en", [(48, "dead")]),
    ("La police a confirmé la mort de 48 personnes.", "fr", [(48, "dead")]),
    ("The train left the rails, killing at least 31 travellers in their sleep.", "en",
     [(31, "dead")]),
    ("The train left the rails, killing at least 31 travelers in their sleep.", "en",
     [(31, "dead")]),
])
def test_what_the_count_counts(text, lang, expected):
    assert _figures(text, lang) == expected


def test_a_share_of_the_injured_is_no_count_of_them():
    found = _figures("Over 60 passengers were killed and more than 90 injured, nearly half of "
                     "them seriously, when the coaches overturned.")
    assert (60, "dead") in found and (90, "wounded") in found
    assert not [f for f in found if f[1] == "wounded" and f[0] == 50]


def test_the_buses_of_a_convoy_stay_buses():
    assert _figures("Twelve buses carried the evacuees out of the city.") == [(12, "bus")]


@pytest.mark.parametrize("text, kinds", [
    ("More than 140 died in a 2010 collision.", [QUANTITY, YEAR]),
    ("The law dates from an 1850 decree.", [YEAR]),
    ("It was a 1500 km journey.", [QUANTITY]),
    ("They walked a 2000 metre stretch.", [QUANTITY]),
])
def test_a_four_digit_number_after_a_is_a_year_unless_a_unit_follows(text, kinds):
    assert [q.kind for q in read(text, "en")] == kinds


def test_a_title_alone_after_a_quotation_is_the_person_named_with_it(tmp_path):
    from conftest import quote_speakers

    speakers = quote_speakers(tmp_path, (
        "Derailment\n\nPM Jan Varga wrote to the families on Sunday night. “Anguished beyond "
        "words at the loss of so many lives,” PM tweeted.\n\n"
        "“We will rebuild the line,” Minister said.\n"))
    assert speakers["Anguished beyond words at the loss of so many lives"] == "PM Jan Varga"


_WIRE = ("At least 48 people were killed and more than 90 injured when a night express left "
         "the rails near Verlo on Sunday, with the toll expected to rise as rescuers searched "
         "the wreckage.\n\nOfficials said they were checking the tracks but would need more "
         "time before naming the cause of the derailment, the worst on the line in decades.\n\n"
         "{named}“We are doing all we can to reach the last carriage,” he said at the scene."
         "\n\nThe district magistrate said 48 people were confirmed dead, while 60 of the "
         "injured remained in hospital.\n")
_NAMED = ("Relatives searched for family members near the carriages, said senior railway "
          "official Tomas Reyko.\n\n")


def test_a_copy_that_cut_the_speakers_name_takes_it_from_its_family(tmp_path):
    from conftest import draft_of_pages

    draft = draft_of_pages(tmp_path, {
        "wire-a": ("en", "Derailment\n\n" + _WIRE.format(named=_NAMED)),
        "wire-b": ("en", "Derailment near Verlo\n\n" + _WIRE.format(named=_NAMED)),
        "wire-c": ("en", "Express derails\n\n" + _WIRE.format(named="")),
    })
    quote = next(q for q in draft.quotes
                 if any(r.text.startswith("We are doing all we can") for r in q.reports))
    speakers = {r.article: r.speaker for r in quote.reports}
    assert speakers == {"wire-a": "Tomas Reyko", "wire-b": "Tomas Reyko",
                        "wire-c": "Tomas Reyko"}


@pytest.mark.parametrize("text, value", [
    ("The minister announced Rs 3.5 lakh for the families of those killed.", 350000),
    ("Those injured get Rs. 50,000 each.", 50000),
    ("A compensation of ₹2 lakh was announced.", 200000),
    ("The railway set aside 500,000 rupees for the injured.", 500000),
])
def test_rupees_are_money_not_a_count_of_the_dead(text, value):
    found = [q for q in read(text, "en") if q.value == value]
    assert found and found[0].unit == "inr"
    assert not [f for f in _figures(text) if f[1] in ("dead", "wounded")]


@pytest.mark.parametrize("text, lang, expected", [
    ("The death toll was initially put at 36 with more than 70 injured.", "en", []),
    ("The toll was first given as 30, then raised to 52.", "en", [(52, "dead")]),
    ("The toll, initially put at 36 dead and 70 injured, rose to 119 on Monday.", "en",
     [(119, "dead")]),
    ("Le bilan, initialement évalué à 36 morts, s'élève désormais à 52 morts.", "fr",
     [(52, "dead")]),
    ("The first 30 victims were buried on Monday.", "en", [(30, "dead")]),
])
def test_a_counts_first_figure_recalled_is_not_the_pages_own(text, lang, expected):
    """Read as of the page's day, "initially put at 36" beside the page's 119 made the latest
    count a span from the first figure to the last."""
    assert _figures(text, lang) == expected


@pytest.mark.parametrize("prefix, subject", [
    ("Police in Varnland have", "Police"),
    ("The police in Varn have", "The police"),
    ("Rescuers in Kelmora", "Rescuers"),
    ("Hezbollah leader Hassan Nasrallah", "Hezbollah leader Hassan Nasrallah"),
    ("Ships in Varn", "Varn"),  # no body that speaks: the phrase as before
])
def test_a_speaking_body_before_its_place_is_the_subject(prefix, subject):
    from generator.extract.attribution import subject_before

    assert subject_before(prefix) == subject


@pytest.mark.parametrize("text", ["बाढ़ में 23 लोगों के मरने की पुष्टि हुई।", "नदी के पास 23 लोग मर गए।"])
def test_hindi_people_dying_are_the_dead(text):
    assert [f[1] for f in _figures(text, "hi")] == ["dead"]
