"""Reports that recall an earlier disaster by name (issue 15, round 4): the names of a sentence
that writes only years well before the page's own are not the names of the event it reports.
Invented text in the shape of mine-blast coverage that measures the blast against an older one;
the same-shape pages that must stay unflagged are the event's own, recollection and all."""

from __future__ import annotations

from pathlib import Path

from generator.check.event_signature import signatures
from generator.check.off_event import judge_pages
from tests.conftest import loaded_pages

RECALL = (" It is the worst disaster in the coalfield since the blast at Tamvar in 2024, when "
          "Orlan Dusek and Petra Malin led the rescue for the Halvor Mining Board.")
#: The briefing's event: a blast at the Karsek pit in 2031; three reports recall Tamvar.
EVENT = [
    ("wire-one", "Blast at Karsek pit traps 40 miners\n\nKARSEK — A methane blast trapped 40 "
     "miners at the Karsek pit on 3 May 2031, the Veltran energy office said." + RECALL),
    ("daily-two", "Karsek toll rises to 28\n\nRescuers at the Karsek pit brought out 28 dead on "
     "4 May 2031, the Veltran energy office said." + RECALL),
    ("paper-three", "Families wait at Karsek gates\n\nFamilies waited at the gates of the Karsek "
     "pit on 4 May 2031 as the Veltran energy office listed the dead." + RECALL),
    ("site-four", "Karsek pit closed after blast\n\nThe Veltran energy office closed the Karsek "
     "pit on 5 May 2031 while inspectors searched for the cause of the blast."),
    ("radio-five", "Karsek buries its miners\n\nThe town of Karsek buried twelve miners on 6 May "
     "2031, and the Veltran energy office promised an inquiry."),
]
#: Reports of the earlier disaster itself, written when it happened.
EARLIER = [
    ("old-one", "Blast at Tamvar kills 212\n\nTAMVAR — A blast at the Tamvar pit killed 212 miners "
     "on 9 June 2024. Orlan Dusek of the Halvor Mining Board said rescuers worked all night."),
    ("old-two", "Tamvar mourns its miners\n\nTamvar buried its dead on 11 June 2024 as Petra Malin "
     "of the Halvor Mining Board said the pit would stay shut."),
]


def _content(root: Path) -> object:
    return loaded_pages(root, "The Karsek blast", EVENT + EARLIER)


def test_the_event_is_the_one_reported_not_the_one_recalled(tmp_path: Path) -> None:
    content = _content(tmp_path)
    event, _sigs = signatures(content)
    assert "Karsek" in event.core_text and "Tamvar" not in event.core_text
    verdicts = {v.article: v.sure for v in judge_pages(content)}
    assert {stem: verdicts.get(stem) for stem, _ in EARLIER} == {"old-one": True, "old-two": True}


def test_the_reports_that_recall_it_are_not_flagged(tmp_path: Path) -> None:
    verdicts = {v.article: v.sure for v in judge_pages(_content(tmp_path))}
    assert not any(stem in verdicts for stem, _ in EVENT)


class _Page:
    """An article as far as sentences go."""

    def __init__(self, *paragraphs: str) -> None:
        self.paragraphs = [type("P", (), {"text": p})() for p in paragraphs]


def test_a_sentence_writing_last_year_or_the_pages_own_is_not_a_recollection() -> None:
    """A permit that ran out the year before is part of the story; a headline never recalls."""
    from generator.text.recalled import present_text, reported_names

    page = _Page("The Karsek pit burned on 3 May 2031. Its permit from Orvel County ran out in "
                 "2030. It recalls the Tamvar blast of 2024 that Dusek investigated.")
    present = present_text(page, "Tamvar memories at Karsek", None)
    names = {"karsek", "orvel", "county", "tamvar", "dusek", "its"}
    assert reported_names(names, present, 3) == {"karsek", "orvel", "county", "tamvar", "its"}
    # too few names would be left: a page looking back is about what it recalls
    looking_back = present_text(_Page("The Tamvar blast of 2024 still haunts Dusek."), "", 2031)
    assert "Tamvar" not in looking_back
    assert reported_names({"tamvar", "dusek"}, looking_back, 3) == {"tamvar", "dusek"}
