"""Whose copy a family is: what a member's credit says about the whole family.

Invented pages of one shape met in a trial: an aggregator reprints a paper's early story under a
``via`` naming the paper; the paper's later page on the event merged an uncredited wire text into
that story; a second paper ran the wire text alone. The three are one family by the chain, but
the second paper's page is no copy of the first paper.
"""

from __future__ import annotations

from pathlib import Path

from generator.analyse.copies import find_copies
from generator.content.load import load
from generator.content.problems import Problems
from tests.analyse.test_copies import add_article

EARLY = ("Dozens of passengers were feared missing after the river barge Tollan overturned near "
         "the quay at Brennwick late on Monday afternoon, harbour officials said. The barge ran "
         "between the islands of Osk and Merrow and was loaded with sacks of grain and timber. "
         "A harbour spokeswoman said divers from the naval station had reached the hull before "
         "dark and that a second team would go down at first light on Tuesday morning. ")
WIRE = ("At least 27 people died when a river barge overturned in the delta on Monday, regional "
        "officials said on state radio. The cause was not yet known, but overloading is often "
        "blamed for such accidents on the delta, where barges carry farmers and their goods to "
        "the weekly markets. Rescue teams pulled eleven survivors from the water before the "
        "search was halted for the night because of strong currents near the quay. ")
OWN = ("Traders at the market in Selm closed their stalls early on Tuesday in mourning for the "
       "barge's passengers, several of whom were regular sellers of dried fish and cloth there. ")


def families(root: Path):
    problems = Problems()
    content = load(root / "content", problems)
    return find_copies(content)


def test_a_via_naming_a_paper_does_not_name_a_family_it_shares_nothing_with(
        example: Path) -> None:
    add_article(example, "aggregator-barge", "Barge overturns near Brennwick\n\n" + EARLY,
                "2031-03-03", outlet="desert-digest", via="The Harbour Gazette (Brennwick)")
    add_article(example, "gazette-barge", "Barge toll rises\n\n" + WIRE + EARLY,
                "2031-03-04", outlet="frontline-journal")
    add_article(example, "courier-barge", "27 die as barge overturns\n\n" + WIRE + OWN,
                "2031-03-04", outlet="gulf-daily-courier")
    family = next(f for f in families(example).families if "courier-barge" in f.articles)
    assert set(family.articles) == {"aggregator-barge", "gazette-barge", "courier-barge"}
    assert family.label == "same copy"
    # the aggregator's own page still says whose story it carries
    assert family.member("aggregator-barge").credit == "The Harbour Gazette (Brennwick)"


def test_a_via_shared_with_every_member_still_names_the_family(example: Path) -> None:
    add_article(example, "aggregator-barge", "Barge overturns near Brennwick\n\n" + EARLY,
                "2031-03-03", outlet="desert-digest", via="The Harbour Gazette (Brennwick)")
    add_article(example, "gazette-barge", "Barge feared lost\n\n" + EARLY + OWN,
                "2031-03-03", outlet="frontline-journal")
    family = next(f for f in families(example).families if "gazette-barge" in f.articles)
    assert family.label == "The Harbour Gazette (Brennwick) copy"


def test_an_agency_one_member_credits_outvotes_an_outlet_two_members_name(
        example: Path) -> None:
    """Two aggregators carry a paper's page "via" the paper; the paper's page opens on the
    agency's dateline: the family is the agency's copy, not the paper's (issue 15)."""
    for stem, outlet in (("digest-barge", "desert-digest"), ("journal-barge", "frontline-journal")):
        add_article(example, stem, "Barge overturns near Brennwick\n\n" + EARLY + WIRE,
                    "2031-03-04", outlet=outlet, via="The Harbour Gazette (Brennwick)")
    add_article(example, "courier-barge", "Barge overturns\n\nBRENNWICK (AFP) — " + EARLY + WIRE,
                "2031-03-03", outlet="gulf-daily-courier")
    family = next(f for f in families(example).families if "courier-barge" in f.articles)
    assert set(family.articles) == {"digest-barge", "journal-barge", "courier-barge"}
    assert family.label == "AFP copy"
