"""The lead's mends of trial 35's number readings (a blizzard reported in six languages: outages
in millions and in vague hundreds of thousands, winds, an old storm recalled by its year, a toll
"now up to" a number, German dead whose verb ends a long list), on invented sentences, each
beside a neighbour whose reading must stay."""

from __future__ import annotations

import pytest

from generator.extract.figures import figures_in
from generator.text.quantities import quantities
from tests.conftest import draft_of_pages
from tests.probes import figures, sentence


def _read(text: str, lang: str = "en") -> list[tuple[float | None, float | None, str]]:
    return [(q.value, q.floor, text[q.start:q.end]) for q in quantities(text, lang)]


# --- "2.3m customers": millions of what a utility counts, not metres


@pytest.mark.parametrize(("text", "value"), [
    ("The gale cut power to 2.3m customers across Norland.", 2_300_000),
    ("About 1.1m subscribers in Tarvik lost their phone line.", 1_100_000),
])
def test_millions_glued_as_m_before_customers(text, value):
    assert [v for v, _f, _w in _read(text)] == [value]


def test_a_wall_of_so_many_metres_stays_metres():
    assert [(q.value, q.unit) for q in quantities("A 2.3m wall fell on the road.", "en")] == [
        (2.3, "m")]


# --- "several hundred thousand", "plusieurs dizaines de milliers": one vague amount


@pytest.mark.parametrize(("text", "lang", "floor", "words"), [
    ("Several hundred thousand homes in Varnia lost power.", "en", 300_000,
     "Several hundred thousand"),
    ("À Brelon, plusieurs dizaines de milliers de ménages restent sans courant.", "fr", 30_000,
     "plusieurs dizaines de milliers"),
    ("Varios cientos de miles de hogares de Ostra siguen sin luz.", "es", 300_000,
     "Varios cientos de miles"),
])
def test_a_vague_amount_of_a_larger_scale_is_one_amount(text, lang, floor, words):
    assert _read(text, lang) == [(None, floor, words)]


def test_several_hundred_alone_and_a_list_of_two_stay():
    assert _read("Several hundred people fled.") == [(None, 300, "Several hundred")]
    assert _read("Several hundred were hurt, thousands more fled.") == [
        (None, 300, "Several hundred"), (None, 2000, "thousands")]


# --- Italian "venti" before a word of wind is the noun, not twenty


@pytest.mark.parametrize("text", [
    "I soccorritori hanno lottato contro venti gelidi sulle colline di Varno.",
    "Venti di burrasca hanno colpito la costa di Varno.",
])
def test_winds_are_no_twenty(text):
    assert _read(text, "it") == []


def test_twenty_people_stay_twenty():
    assert figures("Sono morte venti persone a Varno durante la bufera.", "it") == [(20, "dead")]


# --- a year before the event it names ("a crippling 1962 blizzard") is no count


def test_the_year_of_a_recalled_storm_is_no_count():
    text = "It was the worst storm in Tarvik since a crippling 1958 blizzard that killed 30."
    assert 1958 not in [v for v, _g in figures(text)]


def test_a_count_before_an_event_noun_and_its_noun_stays():
    assert figures("2000 crash victims were treated in Tarvik.") == [(2000, "dead")]


def test_a_recalled_storms_toll_is_not_the_events(tmp_path):
    draft = draft_of_pages(tmp_path, {"storm-en": (
        "en", "https://one.example.org/a\nStorm kills 6 in Tarvik\n\nA storm killed 6 people "
        "in Tarvik on Sunday, officials said.\n\nIt was the worst storm in Tarvik since a "
        "crippling 1958 blizzard that killed some 30 people.\n")},
        published="2031-03-03T10:00:00-05:00")
    labels = " ".join(f.label for f in draft.figures)
    assert "6" in labels and "30" not in labels and "1,958" not in labels, labels


# --- "the death toll is now up to 19": the toll reached, not a bound


@pytest.mark.parametrize(("text", "approx"), [
    ("Tarvik's storm death toll is now up to 19 people, the mayor said.", None),
    ("The toll went up to 19 on Monday.", None),
    ("Up to 19 people may have died in Tarvik.", "up-to"),
    ("The shelter in Tarvik holds up to 19 people.", "up-to"),
])
def test_a_toll_now_up_to_a_number(text, approx):
    found = figures_in(sentence(text), "en")
    assert [f.approx for f in found if f.value == 19] == [approx]


# --- German: a list between the group and its verb at the end


def test_the_dead_after_a_list_in_a_german_clause():
    assert figures("Mindestens 30 Menschen sind seit Montag bei Eis, Schnee und Kälte in "
                   "Tarvik gestorben.", "de") == [(30, "dead")]
    assert figures("Mindestens 30 Menschen sind in Olden, Tarvik und Norland evakuiert "
                   "worden.", "de") == [(30, "evacuee")]
