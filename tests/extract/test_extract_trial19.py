"""Figures a new user found misread on coverage of a train derailment (trial 19), in invented
sentences of the same shapes: a railway's coaches counted as buses, "the death of N people"
read as people, travellers killed read as travellers, a share of the injured read as 50 of
them, and an incident's year after "a" read as a count."""

from __future__ import annotations

import pytest

from generator.text.quantities import QUANTITY, YEAR, read
from tests.probes import figures as _figures


@pytest.mark.parametrize("text, lang, expected", [
    ("At least 12 coaches of the night express left the rails near Verlo.", "en",
     [(12, "coach")]),
    ("Doctors at the district hospital confirmed the death of 48 people.", "en",
     [(48, "dead")]),
    ("The deaths of 48 passengers were confirmed on Monday.", "en", [(48, "dead")]),
    ("La police a confirmé la mort de 48 personnes.", "fr", [(48, "dead")]),
    ("The night train overturned near Verlo, killing 31 sleeping travellers.", "en",
     [(31, "dead")]),
    ("The night train overturned near Verlo, killing 31 sleeping travelers.", "en",
     [(31, "dead")]),
])
def test_what_the_count_counts(text, lang, expected):
    assert _figures(text, lang) == expected


def test_a_share_of_the_injured_is_no_count_of_them():
    found = _figures("The crash killed 62 passengers and left 90 injured, roughly half of them "
                     "in a serious state.")
    assert (62, "dead") in found and (90, "wounded") in found
    assert not [f for f in found if f[1] == "wounded" and f[0] == 50]


def test_the_buses_of_a_convoy_stay_buses():
    assert _figures("Twelve buses carried the evacuees out of the city.") == [(12, "bus")]


@pytest.mark.parametrize("text, kinds", [
    ("Some 52 died in a 2009 collision.", [QUANTITY, YEAR]),
    ("The law dates from an 1850 decree.", [YEAR]),
    ("It was a 1500 km journey.", [QUANTITY]),
    ("They walked a 2000 metre stretch.", [QUANTITY]),
])
def test_a_four_digit_number_after_a_is_a_year_unless_a_unit_follows(text, kinds):
    assert [q.kind for q in read(text, "en")] == kinds


def test_a_title_alone_after_a_quotation_is_the_person_named_with_it(tmp_path):
    from tests.conftest import quote_speakers

    speakers = quote_speakers(tmp_path, (
        "Derailment\n\nPM Jan Varga wrote to the families on Sunday night. “Our thoughts are "
        "with every family tonight,” PM tweeted.\n\n"
        "“We will rebuild the line,” Minister said.\n"))
    assert speakers["Our thoughts are with every family tonight"] == "PM Jan Varga"


_WIRE = ("A night express left the rails near Verlo on Sunday, and 48 people died; crews were "
         "still cutting into two carriages at dawn.\n\nEngineers were inspecting the rails, "
         "and the operator said the cause would not be known for weeks, the line's worst loss "
         "in decades.\n\n{named}“Every hour counts now,” he said at the scene.\n\nBy "
         "evening the regional governor counted 48 dead, and 60 people were still in "
         "hospital.\n")
_NAMED = ("The first buses for the stranded passengers left at noon, said senior railway "
          "official Tomas Reyko.\n\n")


def test_a_copy_that_cut_the_speakers_name_takes_it_from_its_family(tmp_path):
    from tests.conftest import draft_of_pages

    draft = draft_of_pages(tmp_path, {
        "wire-a": ("en", "Derailment\n\n" + _WIRE.format(named=_NAMED)),
        "wire-b": ("en", "Derailment near Verlo\n\n" + _WIRE.format(named=_NAMED)),
        "wire-c": ("en", "Express derails\n\n" + _WIRE.format(named="")),
    })
    quote = next(q for q in draft.quotes
                 if any(r.text.startswith("Every hour counts now") for r in q.reports))
    speakers = {r.article: r.speaker for r in quote.reports}
    assert speakers == {"wire-a": "Tomas Reyko", "wire-b": "Tomas Reyko",
                        "wire-c": "Tomas Reyko"}


@pytest.mark.parametrize("text, value", [
    ("Families of the 12 killed will receive Rs 4 lakh each from the state.", 400000),
    ("Those injured get Rs. 50,000 each.", 50000),
    ("A compensation of ₹2 lakh was announced.", 200000),
    ("The railway set aside 500,000 rupees for the injured.", 500000),
])
def test_rupees_are_money_not_a_count_of_the_dead(text, value):
    found = [q for q in read(text, "en") if q.value == value]
    assert found and found[0].unit == "inr"
    assert not [f for f in _figures(text) if f[1] in ("dead", "wounded") and f[0] == value]


@pytest.mark.parametrize("text, lang, expected", [
    ("The count of the dead, first put at 36 with some 70 hurt, has since grown.", "en", []),
    ("The toll was first given as 30, then raised to 52.", "en", [(52, "dead")]),
    ("The toll, initially put at 36 dead and 70 injured, rose to 119 on Monday.", "en",
     [(119, "dead")]),
    ("Le bilan, initialement évalué à 36 morts, s'élève désormais à 52 morts.", "fr",
     [(52, "dead")]),
    ("The first 30 victims were buried on Monday.", "en", [(30, "dead")]),
])
def test_a_counts_first_figure_recalled_is_not_the_pages_own(text, lang, expected):
    """Read as of the page's day, a first figure beside the page's own made the latest count a
    span from the first figure to the last."""
    assert _figures(text, lang) == expected


@pytest.mark.parametrize("prefix, subject", [
    ("Police in Varnland have", "Police"),
    ("The police in Varn have", "The police"),
    ("Rescuers in Kelmora", "Rescuers"),
    ("Hezbollah leader Hassan Nasrallah", "Hezbollah leader Hassan Nasrallah"),
    ("Ships in Varn", "Varn"),  # no body that speaks: the phrase as before
    ("Hospital officials in Varn", "Hospital officials"),  # review 16: the modifier kept
    ("Officials from UNICEF", "UNICEF"),  # review 16: a body "from" is no place
])
def test_a_speaking_body_before_its_place_is_the_subject(prefix, subject):
    from generator.extract.speakers.noun_phrases import subject_before

    assert subject_before(prefix) == subject


@pytest.mark.parametrize("text", ["बाढ़ में 23 लोगों के मरने की पुष्टि हुई।", "नदी के पास 23 लोग मर गए।"])
def test_hindi_people_dying_are_the_dead(text):
    assert [f[1] for f in _figures(text, "hi")] == ["dead"]


def test_a_body_alone_after_a_quotation_stays_the_body(tmp_path):
    """Review 16: "Police said" went to the police chief named before."""
    from tests.conftest import quote_speakers

    speakers = quote_speakers(tmp_path, (
        "Floods\n\nPolice Chief Tom Reed said the main road had been closed since the morning."
        "\n\nPolice said: “Nobody should try to cross the river until the water goes down.”\n"))
    assert speakers["Nobody should try to cross the river until the water goes down"] == "Police"


@pytest.mark.parametrize("text, lang", [
    ("Enchentes no RS: 181 mortos até agora.", "pt"),
    ("As vítimas do RS. 12 pessoas morreram.", "pt"),
])
def test_rs_in_capitals_or_another_language_is_no_rupee(text, lang):
    """Review 16: Rio Grande do Sul's abbreviation swallowed the toll as rupees."""
    assert not [q for q in read(text, lang) if q.unit == "inr"]


def test_the_identified_of_whom_are_labelled_by_the_people_named(tmp_path):
    """Trial 19: "of whom 40 had been identified" was labelled "Number of whom (40)"."""
    from tests.conftest import draft_of_pages

    draft = draft_of_pages(tmp_path, {"toll": ("en", (
        "Derailment\n\nThe crash near Verlo killed at least 61 people, of whom 40 had been "
        "identified by Monday, the medical officer said.\n"))})
    labels = [f.label for f in draft.figures]
    assert not [x for x in labels if "whom" in x], labels
    assert [x for x in labels if "40" in x], labels


@pytest.mark.parametrize("title", ["Commissioner", "PM", "Sheriff"])
def test_a_persons_title_alone_still_resolves(tmp_path, title):
    """Review 17: an allow-list of titles had stopped "Commissioner said" resolving."""
    from tests.conftest import quote_speakers

    speakers = quote_speakers(tmp_path, (
        f"Floods\n\n{title} Ana Ruiz visited the shelters on Sunday. “Nobody will be left "
        f"behind,” {title} said.\n"))
    assert speakers["Nobody will be left behind"] == f"{title} Ana Ruiz"


@pytest.mark.parametrize("said", ["the President said in a post", "the Governor said",
                                  "said the Governor"])
def test_the_and_a_title_alone_is_the_person_named_with_it(tmp_path, said):
    """Trial 20: "“…,” the President said in a tweet" two paragraphs after "President Jan
    Varga …" kept "The President" as its speaker."""
    from tests.conftest import quote_speakers

    title = "President" if "President" in said else "Governor"
    speakers = quote_speakers(tmp_path, (
        f"Floods\n\n{title} Ana Ruiz visited the shelters on Sunday.\n\nRoads stayed shut.\n\n"
        f"“Nobody will be left behind,” {said}.\n"))
    assert speakers["Nobody will be left behind"] == f"{title} Ana Ruiz"


def test_the_and_a_body_stays_the_body(tmp_path):
    from tests.conftest import quote_speakers

    speakers = quote_speakers(tmp_path, (
        "Floods\n\nPolice Chief Ana Ruiz visited the shelters on Sunday.\n\n"
        "“Nobody will be left behind,” the Police said.\n"))
    assert speakers["Nobody will be left behind"] != "Police Chief Ana Ruiz"
