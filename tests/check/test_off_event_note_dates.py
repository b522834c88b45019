"""A page's own date in a note in brackets after its last sentence (issue 15, round 5).

The cleaner cuts such a note off the story as a date-stamp or a credit (``bracketed-note``).
The date it holds is still when the page appeared: cut off as a credit (a date in figures has
slashes, "(14/09/2033)"; a credit may carry the date, in the note or after it, "(Ostrel
Press/ Dorvan) 10:15 14.09.2033"), it was lost, and a short report of a later disaster that
recalls the event by its day was dated by that recalled day, in the event's days, so nothing
pointed away from it.
Invented text in the shape of mine-blast coverage; the same-shape page that must not be flagged
is one of the event's own reports, its date in the same kind of note.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.check.event_signature import signatures
from generator.check.off_event import judge_pages
from tests.conftest import loaded_pages

#: The briefing's event: a blast at the Karsek pit, 3 May 2031, five reports.
EVENT = [
    ("wire-one", "Blast at Karsek pit traps 40 miners\n\nKARSEK — A methane blast trapped 40 "
     "miners at the Karsek pit on 3 May 2031, the Veltran energy office said."),
    ("daily-two", "Karsek toll rises to 28\n\nRescuers at the Karsek pit brought out 28 dead on "
     "4 May 2031, the Veltran energy office said."),
    ("paper-three", "Families wait at Karsek gates\n\nFamilies waited at the gates of the Karsek "
     "pit on 4 May 2031 as the Veltran energy office listed the dead."),
    ("site-four", "Karsek pit closed after blast\n\nThe Veltran energy office closed the Karsek "
     "pit on 5 May 2031 while inspectors searched for the cause of the blast."),
    ("radio-five", "Karsek buries its miners\n\nThe town of Karsek buried twelve miners on 6 May "
     "2031, and the Veltran energy office promised an inquiry."),
]
#: A blast at another pit two years on, which measures itself against Karsek by its day; its
#: own date is only in the note after its last sentence.
LATER = ("Blast at Dorvan pit kills 17\n\nDORVAN — A gas blast killed 17 miners at the Dorvan pit "
         "of the Ostrel Coal Company, mine director Ilse Brandt told reporters at the gate.\n\n"
         "Rescuers led by Tomas Varga searched the lower galleries of the Dorvan pit through the "
         "night. It is the worst blast in the coalfield since the one at Karsek on 3 May 2031."
         "{note}")
#: One of the event's own reports in the same shape: its date only in the same kind of note.
OWN = ("Karsek miners remembered\n\nKARSEK — Miners' families laid flowers at the gate of the "
       "Karsek pit, and the Veltran energy office read out the names of the dead.\n\n"
       "The pit stays closed while inspectors of the Veltran energy office look for the cause of "
       "the blast of 3 May 2031, a spokesman told reporters at the gate.{note}")

NOTES = [" (14/09/2033)", " (Ostrel Press/ Dorvan, 14 September 2033)",
         " (Ostrel Press/ Dorvan) 10:15 14.09.2033"]


def _content(root: Path, extra: list[tuple[str, str]]) -> object:
    return loaded_pages(root, "The Karsek blast", EVENT + extra)


@pytest.mark.parametrize("note", NOTES)
def test_a_later_blast_dated_only_by_its_note_is_flagged(tmp_path: Path, note: str) -> None:
    content = _content(tmp_path, [("later", LATER.format(note=note))])
    assert note.strip() not in content.articles["later"].text  # the cleaner cut it off
    _event, sigs = signatures(content)
    assert str(sigs["later"].when) == "2033-09-14" and sigs["later"].when_how == "printed"
    verdict = {v.article: v for v in judge_pages(content)}.get("later")
    assert verdict is not None and verdict.sure, verdict
    assert "the date printed on it is 2033-09-14" in verdict.text


@pytest.mark.parametrize("note", [" (17/05/2031)", " (Veltran Press/ Karsek, 17 May 2031)"])
def test_an_own_report_dated_by_the_same_note_is_not_flagged(tmp_path: Path, note: str) -> None:
    content = _content(tmp_path, [("own", OWN.format(note=note))])
    _event, sigs = signatures(content)
    assert str(sigs["own"].when) == "2031-05-17"
    assert "own" not in {v.article for v in judge_pages(content)}
