"""A live ticker's entry marks (invented snippets in the shapes of three German sites of the
working sets): the time with its "Uhr" and an arrow or a colon ("20:05 Uhr >", "Update 18.30
Uhr:"), on a line of its own or glued before the entry's title, and the day between plus signs
("+++ 3. Mai +++"). The entry's text after a glued mark stays, as headline or story; a
sentence that gives a time stays story. A page's date stamp glued to the lede with no space
("4.11.2023, 18:43 UhrÜber …", round 18) is cut off the same way."""

from __future__ import annotations

import pytest

from tests.conservation import page, read, rules, story

TITLE = "Sturm reißt Bäume um, Straßen im Kreis gesperrt"
LEDE = ("Ein Sturm hat in der Nacht zahlreiche Bäume im Kreis umgerissen, die Feuerwehr war bis "
        "zum Morgen im Einsatz.")
BODY = "Verletzt wurde nach Angaben der Polizei niemand, der Schaden wird noch geschätzt."


@pytest.mark.parametrize("line", ["20:05 Uhr >", "Update 18.30 Uhr:", "+++ 3. Mai +++"])
def test_a_tickers_mark_on_its_own_line_is_a_date_stamp(line):
    c = read(page(TITLE, LEDE, line, BODY), language="de")
    assert story(c) == [LEDE, BODY] and line in rules(c)


def test_a_tickers_time_glued_before_the_title_is_cut_off():
    c = read(page("20:05 Uhr > " + TITLE, LEDE, BODY), language="de")
    assert c.headline == TITLE and story(c) == [LEDE, BODY]
    assert rules(c)["20:05 Uhr >"] == "date-prefix"


def test_a_tickers_time_glued_before_an_entry_leaves_the_entry():
    entry = "Sturm führt zu mehreren Unfällen auf der Autobahn, zwei Menschen werden verletzt."
    c = read(page(TITLE, LEDE, "Update 18.30 Uhr: " + entry, BODY), language="de")
    assert story(c) == [LEDE, entry, BODY]


def test_a_sentence_with_a_time_is_story():
    line = "Um 19:40 Uhr stürzte ein Baum auf die Landstraße."
    c = read(page(TITLE, LEDE, line, BODY), language="de")
    assert story(c) == [LEDE, line, BODY]


def test_an_entry_opening_on_its_time_keeps_its_words():
    c = read(page(TITLE, LEDE, "19:40 Uhr: Die Feuerwehr meldet die Straße wieder frei.", BODY),
             language="de")
    assert story(c) == [LEDE, "Die Feuerwehr meldet die Straße wieder frei.", BODY]


@pytest.mark.parametrize("line", ["+++ 12 Tote in Halbendorf +++",
                                  "+++ 3 Verletzte bei Brand +++"])
def test_a_breaking_line_with_a_figure_between_plus_signs_is_story(line):
    c = read(page(TITLE, LEDE, line, BODY), language="de")
    assert story(c) == [LEDE, line, BODY]


@pytest.mark.parametrize("line", ["+++ 18:30 Uhr +++", "+++ 9 Uhr +++", "++ 17.07. ++",
                                  "+++ Montag, 3. Mai +++", "+++ 3. Mai, 18.30 Uhr +++"])
def test_a_date_or_a_time_between_plus_signs_is_still_a_mark(line):
    c = read(page(TITLE, LEDE, line, BODY), language="de")
    assert story(c) == [LEDE, BODY] and rules(c)[line] == "ticker-mark"


@pytest.mark.parametrize(("stamp", "lede", "language"), [
    ("4.11.2023, 18:43 Uhr", "Über Nacht " + LEDE[4:], "de"),
    ("Nov 4, 2023 6:43 PM", "The storm tore down trees across the district overnight, and "
                            "firefighters worked until the morning.", "en"),
])
def test_a_date_stamp_glued_to_the_ledes_first_word_is_cut_off(stamp, lede, language):
    # no space between the stamp and the lede: the stamp ends where the lede's capital starts
    c = read(page(TITLE, stamp + lede, BODY), language=language)
    assert story(c) == [lede, BODY] and rules(c) == {stamp: "glued-stamp"}

