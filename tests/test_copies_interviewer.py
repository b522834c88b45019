"""A family no member credits is named for the agency someone in its shared text spoke to
("told Reuters", "a déclaré à l'AFP"): outlets do not write the same sentences around an
interview by chance. One page alone that says so only cites the agency, and a page citing the
agency as another outlet ("told the Reuters news agency") names nobody. Invented pages."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.text.agencies import interviewed_by
from tests.test_copies import add_article
from tests.test_copies_naming import OWN, WIRE, families

SAID = {
    "en": "“We reached the hull before dark,” the harbour master told {a} on Tuesday. ",
    "cited": "“We reached the hull before dark,” the harbour master told {a} news agency. ",
}


@pytest.mark.parametrize(("lang", "text", "agency"), [
    ("en", "the harbour master told Reuters on Tuesday", "Reuters"),
    ("en", "the harbour master said to AFP on Tuesday", "AFP"),
    ("fr", "a déclaré à l'AFP le capitaine du port", "AFP"),
    ("de", "sagte der dpa der Hafenmeister", "dpa"),
    ("es", "dijo a EFE el capitán del puerto", "EFE"),
    ("it", "ha detto all'ANSA il comandante del porto", "ANSA"),
    # neighbours: the agency saying it, citing it, naming it as another outlet's source
    ("en", "the toll rose to 27, said AFP", None),
    ("en", "according to Reuters, the toll rose to 27", None),
    ("en", "the harbour master told the Reuters news agency", None),
])
def test_the_agency_someone_spoke_to(lang, text, agency):
    assert interviewed_by(text, lang) == agency


def test_a_family_sharing_an_interview_with_an_agency_is_its_copy(example: Path) -> None:
    shared = WIRE + SAID["en"].format(a="Reuters")
    add_article(example, "courier-barge", "27 die as barge overturns\n\n" + shared + OWN,
                "2031-03-04", outlet="gulf-daily-courier")
    add_article(example, "journal-barge", "Barge overturns in the delta\n\n" + shared,
                "2031-03-04", outlet="frontline-journal")
    family = next(f for f in families(example).families if "courier-barge" in f.articles)
    assert set(family.articles) == {"courier-barge", "journal-barge"}
    assert family.label == "Reuters copy"


def test_a_family_sharing_a_citation_of_an_agency_stays_unnamed(example: Path) -> None:
    shared = WIRE + SAID["cited"].format(a="Reuters")
    add_article(example, "courier-barge", "27 die as barge overturns\n\n" + shared + OWN,
                "2031-03-04", outlet="gulf-daily-courier")
    add_article(example, "journal-barge", "Barge overturns in the delta\n\n" + shared,
                "2031-03-04", outlet="frontline-journal")
    family = next(f for f in families(example).families if "courier-barge" in f.articles)
    assert family.label == "same copy"


def test_one_page_that_spoke_of_an_agency_interview_is_its_outlets_own(example: Path) -> None:
    add_article(example, "courier-barge", "27 die as barge overturns\n\n" + WIRE
                + SAID["en"].format(a="Reuters") + OWN, "2031-03-04", outlet="gulf-daily-courier")
    copies = families(example)
    assert copies.family_of.get("courier-barge") is None
    assert not copies.origin("courier-barge").startswith("agency:")
