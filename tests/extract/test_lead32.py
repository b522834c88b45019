"""The lead's mends of the thirty-second stop, on invented sentences, each beside a neighbour
whose reading must stay."""

from __future__ import annotations

import pytest

from generator.text.quantities.reader import read
from tests.conftest import draft_of_pages
from tests.probes import figures, source

# --- a count's change is two numbers, not a range (issue 16: "rose by 8 to 20" was 8–20 dead)


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("The toll from the Marlo mudslide rose by 6 to 19 overnight.", "en",
     [(6, "more dead"), (19, "dead")]),
    ("The death toll of the Marlo mudslide climbed from 11 to 19 overnight.", "en", [(19, "dead")]),
    ("Le nombre de morts à Marlo est passé de 11 à 19 dans la nuit.", "fr", [(19, "dead")]),
    ("Die Zahl der Toten in Marlo stieg über Nacht von 11 auf 19.", "de", [(19, "dead")]),
    ("El número de muertos en Marlo pasó de 11 a 19 durante la noche.", "es", [(19, "dead")]),
    ("Il numero dei morti a Marlo è passato da 11 a 19 nella notte.", "it", [(19, "dead")]),
    # a count of the hurt that fell: the fall is no count of its own
    ("The number of injured in Marlo was revised down by 4 to 27.", "en", [(27, "wounded")]),
])
def test_a_change_of_a_count_is_not_a_range(text, lang, expected):
    assert figures(text, lang) == expected


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Between 11 and 19 people died in the Marlo mudslide.", "en", [((11, 19), "dead")]),
    ("From 11 to 19 people died in the Marlo mudslide, officials said.", "en",
     [((11, 19), "dead")]),
    ("Entre 11 et 19 personnes sont mortes à Marlo.", "fr", [((11, 19), "dead")]),
])
def test_a_range_without_a_change_stays_a_range(text, lang, expected):
    assert figures(text, lang) == expected


def test_the_number_reader_reads_both_ends_of_a_change_apart():
    rose = [(q.value, q.high) for q in read("The toll rose from 11 to 19.", "en")]
    assert rose == [(11, None), (19, None)]
    # a noun that only begins like a verb of change keeps its range
    aged = [(q.value, q.high) for q in read("Passengers from 11 to 19 years old.", "en")]
    assert (11, 19) in aged


def test_the_draft_proposes_the_count_a_toll_rose_to(tmp_path):
    draft = draft_of_pages(tmp_path, {"marlo": (
        "en", "Mudslide at Marlo\n\nThe death toll from the Marlo mudslide rose from 11 to 19 "
              "on Monday, the district governor said.\n")})
    values = [r.value for f in draft.figures for r in f.reports]
    assert values == [19]


# --- one person of a named group, the subject of an outcome (issue 16: "one member of the
# salvage team was killed" was no figure)

def _one_page_figures(root, sentence: str) -> list[tuple[float, str]]:
    draft = draft_of_pages(root, {"dock": ("en", f"Wall falls at Varno dock\n\n{sentence}\n")})
    return [(r.value, f.measure) for f in draft.figures for r in f.reports]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("One member of the dredging team was killed when the jib snapped.", [(1, "dead")]),
    ("A member of the ferry crew was killed when the gangway gave way.", [(1, "dead")]),
    ("One of the volunteer divers was injured when the pontoon tipped.", [(1, "injured")]),
    ("One of the injured died later in the Varno clinic.", [(1, "dead")]),
])
def test_one_of_a_named_group_is_counted_by_its_outcome(tmp_path, sentence, expected):
    assert _one_page_figures(tmp_path, sentence) == expected


@pytest.mark.parametrize("sentence", [
    "One of the warehouses was destroyed when the jib snapped.",  # no person
    "One of the divers told reporters the pilot had died.",  # a speaker
    "One of the gunmen shot dead three guards at the gate.",  # who harmed others
])
def test_one_of_a_group_who_suffered_nothing_is_no_figure_of_one(tmp_path, sentence):
    assert not [f for f in _one_page_figures(tmp_path, sentence) if f[0] == 1]


# --- a time phrase opening the sentence is not part of its subject (issue 16: "In no time
# police reported …" lost its source; "On Monday police" was the source "Monday police")

@pytest.mark.parametrize(("text", "who"), [
    ("In no time police reported 9 people hurt on the Tarrow ramp.", "police"),
    ("Within hours coastguards said 9 people were hurt on the Tarrow ramp.", "coastguards"),
    ("On Friday officials said 9 people were hurt on the Tarrow ramp.", "officials"),
    ("Hours later medics said 9 people were hurt on the Tarrow ramp.", "medics"),
    # neighbours: a paper named for a day, a subject whose own words say when
    ("Sunday Ledger reported 9 people hurt on the Tarrow ramp.", "Sunday Ledger"),
    ("The night staff said 9 people were hurt on the Tarrow ramp.", "The night staff"),
])
def test_a_time_phrase_opening_the_sentence_is_no_part_of_the_source(text, who):
    assert source(text, "9") == who


# --- one table of the verbs of change (read once more: "rose by", "rose from" and "rose to"
# each spelt their own list)

def test_the_readers_of_a_change_share_one_table_of_verbs():
    from pathlib import Path

    from tests.probes import strings_written
    increment = strings_written(Path("generator/extract/counts/increment.py"), "_RISEN_BY")
    assert "rose" not in increment and "salito" not in increment
    for path, name in (("generator/extract/figures.py", "_TOLL"),
                       ("generator/extract/figures.py", "_TOLL_RIGHT_BEFORE"),
                       ("generator/extract/context/habits.py", "_REVISED_AFTER")):
        assert "climbed" not in strings_written(Path(path), name), name


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Die Zahl der Toten in Marlo stiegen bis Freitag um 3 auf 14.", "de",
     [(3, "more dead"), (14, "dead")]),
])
def test_a_plural_verb_of_change_reads_as_the_singular_does(text, lang, expected):
    assert figures(text, lang) == expected


# --- a name closed by its year is the year's, not a vessel's id (the spent set s30: a fair's
# name in quotation marks read as an id since trial 38's vessel names)

def test_a_quoted_name_closed_by_a_year_keeps_its_year():
    read_as = [(q.kind, q.value) for q in read('Die Züchter auf der Messe „Flügel 2011“ '
                                               'ahnten nichts.', "de")]
    assert read_as == [("year", 2011)]
    ship = [(q.kind, q.value) for q in read("Der Frachter „Ostsand 431“ lief auf Grund.", "de")]
    assert ship == [("id", 431)]
