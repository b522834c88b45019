"""Counts of the dead that are not the toll itself: the dead identified so far
(:mod:`.identified`) and the people presumed, feared or believed dead.

While a search goes on, outlets give the confirmed dead and, beside them, those presumed dead:
"five confirmed dead and eight more presumed dead", "six deaths were confirmed and another eight
people are believed to have died", "huit disparus considérés comme décédés", "zwei Vermisste
gelten als tot" (trial 16, a volcanic eruption covered in four languages). Grouped with the
toll, the presumed eight read as a second report of the dead that contradicts the confirmed six
of the same sentence, and the two were split across two groups at random. They are a running
count of their own, "presumed dead"; a total that adds both ("an estimated 13 killed") stays the
toll, and "missing" people said to be presumed dead count there too. The words are
:mod:`generator.text.presumed`'s, which ``check`` reads too.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from generator.extract.identified import IDENTIFIED, identified
from generator.text.presumed import presumed

#: The head a count of the presumed dead is given: a noun group of its own, never the toll's.
PRESUMED = "presumed dead"
#: The head of a toll that adds the presumed dead to the confirmed ("an estimated 13 killed":
#: five confirmed, eight presumed): grouped with the other such totals, not with the confirmed.
WITH_PRESUMED = "dead and presumed dead"
#: How near (in characters) a total must stand to the presumed count it adds up: its own
#: sentence or the one beside it.
_TOTAL_REACH = 400


class _Hit(Protocol):
    head: str
    start: int
    vague: bool

    @property
    def group(self) -> str: ...

    @property
    def low(self) -> float: ...


def totals_with_presumed(hits: Sequence[_Hit]) -> None:
    """Gives the head :data:`WITH_PRESUMED` to each death toll of one article that is the sum
    of a confirmed toll and a presumed count it states nearby ("killing an estimated 13 …
    five confirmed fatalities and eight more presumed dead"; "quatorze morts (six morts et huit
    disparus considérés comme décédés)"). Beside the confirmed toll of other outlets, such a
    total reads as a higher count of the confirmed dead on the same day."""
    presumed = [h for h in hits if h.group == PRESUMED and not h.vague]
    dead = [h for h in hits if h.group == "dead" and not h.vague]
    for total in dead:
        if any(abs(total.start - p.start) <= _TOTAL_REACH and any(
                d is not total and d.low + p.low == total.low
                and abs(d.start - p.start) <= _TOTAL_REACH for d in dead) for p in presumed):
            total.head = WITH_PRESUMED


def beside_toll(head: str, group: str, before: str, after: str) -> str:
    """``head``, or the head of a count kept beside the toll: the dead identified so far, the
    presumed dead (a count of people, of the missing or of climbers said to be dead)."""
    if group in ("dead", "person") and identified(before, after):
        return IDENTIFIED  # "diez han sido identificados": identifications, not the toll
    if presumed(after):  # of any noun: "seven climbers are feared dead"
        return PRESUMED  # "eight more people were presumed dead": not the confirmed toll
    return head
