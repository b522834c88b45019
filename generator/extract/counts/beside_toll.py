"""Counts of the dead that are not the toll itself: the people presumed, feared or believed
dead (the dead identified so far are :mod:`.identified`'s).

While a search goes on, outlets give the confirmed dead and, beside them, those presumed dead:
"five confirmed dead and eight more presumed dead", "six deaths were confirmed and another eight
people are believed to have died", "huit disparus considérés comme décédés", "zwei Vermisste
gelten als tot" (trial 16, a volcanic eruption covered in four languages). Grouped with the
toll, the presumed eight read as a second report of the dead that contradicts the confirmed six
of the same sentence, and the two were split across two groups at random. They are a running
count of their own, "presumed dead"; a total that adds both ("an estimated 13 killed") stays the
toll, and "missing" people said to be presumed dead count there too. The words are
:mod:`generator.text.presumed`'s, which ``check`` reads too.

A count joined by "and" to one person named before it who met the same end ("the gunman and two
hostages died", "el atracador y dos clientes murieron") is no toll either: the dead are one
more than the number, which the outlet does not write (trial 43: "2 dead" became the running
toll's latest where every outlet told of three). It is a count of its own,
:data:`BESIDE_NAMED`, that an analyst may cite as a part.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from generator.extract.counts.identified import IDENTIFIED
from generator.extract.counts.increment import more_dead
from generator.text.lexicon import NOUN_GROUPS
from generator.text.presumed import may_yet_reach, presumed
from generator.text.quantities import QUANTITY, quantities

#: The head a count of the presumed dead is given: a noun group of its own, never the toll's.
PRESUMED = "presumed dead"
#: The head of a toll that adds the presumed dead to the confirmed ("an estimated 13 killed":
#: five confirmed, eight presumed): grouped with the other such totals, not with the confirmed.
WITH_PRESUMED = "dead and presumed dead"
#: The head of a count of the dead joined to one person named before it (see the docstring).
BESIDE_NAMED = "dead beside named"
#: One person right before "and" and the count: an article and a noun or two ("the gunman",
#: "der Geiselnehmer", "el secuestrador"), or a capitalised name of up to three words; the
#: subject of its clause (:data:`_CLAUSE_OPEN`), not a place or a thing inside it ("20 siguen
#: en el hospital y tres murieron": three dead).
_ONE_NAMED_AND = re.compile(
    r"((?:\b(?i:the|a|an|el|la|le|l['’]|der|die|das|il|lo|o|um|uma|un|una|une|ein|eine|de|het)\s+"
    r"[^\W\d_]+(?:[\s-][^\W\d_]+)?|(?<![\w’'])[A-ZÀ-Þ][\w’'-]+(?:\s+[A-ZÀ-Þ][\w’'-]+){0,2}))"
    r"\s+(?i:and|y|e|et|und|en|i)\s+(?:(?i:another|other|autres|otros|otras|weitere|altri)\s+)?$")
#: What may stand before the one named: the clause's opening (the sentence's start, a mark,
#: "that", "said"), so that it is the subject the count joins, or a verb of killing, whose
#: objects they are ("killed the gunman and two hostages"); "the fire spread to Lisbon and 14
#: people died", "the boat sank near the harbour and 14 died" join two clauses, not two
#: subjects, and their count stays the toll.
_CLAUSE_OPEN = re.compile(r"(?:^|[,;:(–—]|\b(?i:that|said|says|que|dass|che|dat|killed|"
                          r"mató|mataron|tué|tuant|tötete|töteten|ucciso|uccidendo))\s*$")
#: A clause's verb taken for the second word of the one named ("the building collapsed and
#: 14 people died"): an English past form.
_PAST_EN = re.compile(r"(?i:the|a|an)\s+\w+\s+\w+ed")
#: An English plural after "the" ("the hostages", "the buses"): a group, no one person.
_PLURAL_EN = re.compile(r"(?i:the)\s+(?:\w+\s+)?\w*[^\Ws]s")
#: How near (in characters) an estimated total may stand to the presumed count it adds up:
#: the sentence beside it.
_TOTAL_REACH = 400


class _Hit(Protocol):
    head: str
    start: int
    vague: bool
    approx: str | None

    @property
    def group(self) -> str: ...

    @property
    def low(self) -> float: ...


def totals_with_presumed(hits: Sequence[tuple[_Hit, object]]) -> None:
    """Gives the head :data:`WITH_PRESUMED` to each death toll of one article that is the sum
    of a confirmed toll and a presumed count: in one sentence ("quatorze morts (six morts et
    huit disparus considérés comme décédés)"), or as an estimate in the sentence beside them
    ("killing an estimated 13 …" before "five confirmed fatalities and eight more presumed
    dead"). Beside the confirmed toll of other outlets, such a total reads as a higher count of
    the confirmed dead on the same day. A toll that equals such a sum by chance, in a sentence
    of its own and not an estimate ("the toll had risen to 14"), stays the toll (review 13).
    ``hits`` pairs each figure with its sentence."""
    presumed = [(h, s) for h, s in hits if h.group == PRESUMED and not h.vague]
    dead = [(h, s) for h, s in hits if h.group == "dead" and not h.vague]
    for total, where in dead:
        for p, p_where in presumed:
            near = where is p_where or (total.approx is not None
                                        and abs(total.start - p.start) <= _TOTAL_REACH)
            if near and any(d is not total and d_where is p_where and d.low + p.low == total.low
                            for d, d_where in dead):
                total.head = WITH_PRESUMED
                break


def beside_toll(head: str, after: str, before: str = "", lang: str = "en") -> str:
    """``head``, or :data:`PRESUMED` when the words after the count say its people (of any
    noun: "seven climbers are feared dead") are presumed dead, not confirmed, or the words
    before it say a toll may yet reach it ("could rise to 450"), or
    :data:`.increment.MORE_DEAD` when it is a rise on an earlier toll, or :data:`BESIDE_NAMED`
    when one person named before it died too. (The dead identified so far are told apart
    before, by :mod:`.identified`.)"""
    if head != IDENTIFIED and presumed(after):
        return PRESUMED  # "eight more people were presumed dead": not the confirmed toll
    if (head == "dead" or head in NOUN_GROUPS["dead"]) and may_yet_reach(before, after):
        return PRESUMED  # "the toll could rise to 450": feared, not counted
    if head == "dead" and (m := _ONE_NAMED_AND.search(before[-80:])) \
            and not _counts(m.group(), lang) \
            and _one_subject(before[:max(0, len(before) - 80) + m.start()], m.group(1)):
        return BESIDE_NAMED  # "the gunman and two hostages died": three dead, not two; not
        # "the two carriages and two tourists died" (things counted, no one named)
    return more_dead(head, before, after)


def _one_subject(preceding: str, name: str) -> bool:
    """Whether the one named opens its clause (:data:`_CLAUSE_OPEN`) and is one person, not an
    English plural ("the hostages and two officers died": a group) nor a clause of its own."""
    return _CLAUSE_OPEN.search(preceding) is not None and not _PLURAL_EN.fullmatch(name) \
        and not _PAST_EN.fullmatch(name)


def _counts(phrase: str, lang: str) -> bool:
    """Whether a noun phrase holds a number, in figures or in the article's own number words
    ("the two carriages", "die zwei Waggons"): it counts things, and names no one."""
    return any(q.kind == QUANTITY for q in quantities(phrase, lang))
