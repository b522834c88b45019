"""A copy family carries one text, so it gets one off-event verdict (round 28, issue 15): a
page whose copy is judged on the event is on it too. Before, two copies cleaned apart were
judged apart, and merging the family's candidates into one record carried the off-event note
into the main records (s15 once opened)."""

from __future__ import annotations

from generator.analyse.copies import Copies, CopyFamily, Member
from generator.check.off_event import OffEvent
from generator.extract.proposals.families import one_verdict_per_text


def _copies(*families: tuple[str, ...]) -> Copies:
    copies = Copies()
    for k, articles in enumerate(families, start=1):
        family = CopyFamily(f"family-{k}", tuple(Member(a, ((0, 10),), 0.9) for a in articles), "")
        copies.families.append(family)
        for a in articles:
            copies.family_of[a] = family
    return copies


def _off(*articles: str) -> dict[str, OffEvent]:
    reasons = ("most of the names it uses are in no other article",)
    return {a: OffEvent(a, reasons) for a in articles}


def test_a_page_whose_copy_is_on_the_event_is_on_it_too():
    kept = one_verdict_per_text(_off("wire-copy-b"), _copies(("wire-copy-a", "wire-copy-b")))
    assert kept == {}


def test_a_family_judged_off_the_event_as_a_whole_stays_off():
    off = _off("near-a", "near-b")
    assert set(one_verdict_per_text(off, _copies(("near-a", "near-b")))) == {"near-a", "near-b"}


def test_a_page_with_no_copy_keeps_its_verdict():
    off = _off("lone-page")
    assert set(one_verdict_per_text(off, _copies(("wire-copy-a", "wire-copy-b")))) == {"lone-page"}
