"""Review of the thirty-first stop: near shapes of its new rules that they read wrong, on
invented sentences, each beside the shape the rule was written for, which it still reads."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from generator.extract.context.habits import not_as_of_now
from generator.extract.counts.casualties import casualties_hurt
from generator.extract.speakers.noun_phrases import subject_before
from generator.text.quantities import quantities
from tests.probes import source


def _read(text: str, lang: str = "en") -> list[tuple[float | None, float | None, str]]:
    return [(q.value, q.floor, text[q.start:q.end]) for q in quantities(text, lang)]


# --- "early reports said N": the first figure only when the page says the count changed


def _first_figure(text: str, value: int) -> bool:
    q = next(q for q in quantities(text, "en") if q.value == value)
    return not_as_of_now(q, text)


@pytest.mark.parametrize(("text", "first"), [
    ("Initial reports said 12 people had been hurt on the Ostra ferry.", False),
    ("Early reports said 12 people were hurt, and the harbour police confirmed it.", False),
    ("Early reports said 12 people were hurt, but none of them seriously.", False),
    ("Early reports said 12 people were hurt, but rescuers said it could rise.", False),
    # the shapes the rule reads
    ("Early reports said 12 people were hurt, but the harbour police since cut that number.", True),
    ("Early reports said 12 people were hurt, but the harbour police now say nine.", True),
    ("Early reports said 12 people had been hurt. The figure was later revised to nine.", True),
])
def test_early_reports_are_the_first_figure_only_when_revised(text, first):
    assert _first_figure(text, 12) is first


# --- "there were no fatalities reported": not past a conjunction opening a clause


@pytest.mark.parametrize(("text", "near", "who"), [
    ("There was panic as police reported 40 cars were damaged at Tarvik.", "40", "police"),
    ("There was chaos when wardens reported 40 cars stuck at Tarvik.", "40", "wardens"),
    # the shapes the rule reads
    ("There were no deaths reported, yet at least nine drivers were badly hurt.", "nine",
     None),
    ("There have been 3 deaths reported and 40 cars damaged at Tarvik.", "40", None),
])
def test_a_clause_after_there_was_keeps_its_speaker(text, near, who):
    assert source(text, near) == who


# --- "casualties" where nobody died: "no one has died" says so too


def _casualties(text: str) -> str:
    hit = SimpleNamespace(head="casualty", group="dead", why=[])
    casualties_hurt([hit], text, "en")
    return hit.head


@pytest.mark.parametrize(("text", "head"), [
    ("Ninety casualties on the Norvik ring road. No one has died, police said.", "wounded"),
    ("Ninety casualties on the Norvik ring road. Nobody had died by the evening.", "wounded"),
    ("Ninety casualties on the Norvik ring road. No one was killed, police said.", "wounded"),
    ("Ninety casualties on the Norvik ring road, where many have died.", "casualty"),
])
def test_casualties_where_no_one_has_died(text, head):
    assert _casualties(text) == head


# --- a passive's agent before "who": lower case too, never past a preposition


@pytest.mark.parametrize(("prefix", "who"), [
    ("The danger was underlined by firefighters, who", "firefighters"),
    ("The risk was stressed by rescue workers who", "rescue workers"),
    ("The danger was underlined by the fire service who", "the fire service"),
    # the shapes the rule reads
    ("The danger was underlined by Tarvik harbour rescue crews who",
     "Tarvik harbour rescue crews"),
    ("The toll was confirmed by the Ostra coastguard, which", "the Ostra coastguard"),
])
def test_an_agent_of_lower_case_speaks(prefix, who):
    assert subject_before(prefix) == who


def test_an_agent_does_not_run_past_a_preposition():
    assert subject_before("The bridge was shut by wardens on Monday and officials, who") \
        != "wardens on Monday and officials"


# --- Italian "venti": the noun only right after it, and not before "che hanno" alone


@pytest.mark.parametrize(("text", "read"), [
    ("I dispersi a Varno sono saliti a venti, fino a ieri erano dodici.",
     [(20, None, "venti"), (12, None, "dodici")]),
    ("Sono venti che hanno perso la vita nella bufera di Varno.", [(20, None, "venti")]),
    # the shapes the rule reads
    ("I venti che hanno soffiato su Varno erano gelidi.", []),
    ("I soccorritori hanno lottato contro venti gelidi sulle colline di Varno.", []),
    ("I venti fino a 90 km/h hanno abbattuto alberi a Varno.", [(90, None, "90")]),
])
def test_venti_as_twenty_and_as_winds(text, read):
    assert _read(text, "it") == read


# --- "several hundred thousands": one vague amount, as "several hundred thousand"


@pytest.mark.parametrize(("text", "read"), [
    ("Several hundred thousands of homes in Varnia lost power.",
     [(None, 300_000, "Several hundred thousands")]),
    # the shapes the rule reads, and two amounts that stay two
    ("Several hundred thousand homes in Varnia lost power.",
     [(None, 300_000, "Several hundred thousand")]),
    ("Several hundred were hurt, thousands more fled.",
     [(None, 300, "Several hundred"), (None, 2000, "thousands")]),
])
def test_several_hundred_thousands(text, read):
    assert _read(text) == read


# --- a title opening with a dash that is no list's marker stays the title (the neighbour in
# test_cleaning_spfur5 names the shape but prints a title with no dash)


@pytest.mark.parametrize("title", ["-40 °C in Tarvik: ferries stuck in the ice",
                                   "– Ferries stuck in the ice off Tarvik"])
def test_a_title_opening_with_a_dash_and_no_space_or_a_long_dash_stays_the_title(title):
    from tests.conservation import read
    lede = ("Four ferries were stuck in the ice off Tarvik on Tuesday morning, and about 300 "
            "passengers waited for hours, the harbour office said.")
    assert read(f"{title}\n{lede}\n").headline == title
