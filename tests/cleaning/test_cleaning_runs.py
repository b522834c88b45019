"""A list of other articles closing the page, judged as one run (issue 13, round 9), in
invented snippets.

On the fresh working pages of round 9 the lists this judge takes carry function words in every
title and teaser, so the line-by-line passes stop at them. Each furniture case fails without the
pass; the story shapes nearest to them (crossheads over paragraphs, cut or not, a crosshead over
a paragraph that repeats its words, a single title over a teaser, a list of facts, a bulleted
list) stay story.
"""

from __future__ import annotations

import pytest

from tests.conservation import BODY, LEDE, TITLE, page, read, rules, story

# Two entries about other events: a title, and a teaser that retells it (cut, or not).
ENTRIES = [
    "Bakery owner opens a second shop in the old town",
    "The owner of the corner bakery opened a second shop in the old town on Friday, and the "
    "queue reached the",
    "Cycling club wins the regional relay for the third time",
    "The cycling club won the regional relay again, its riders said after a race that had "
    "seemed lost until the last lap…",
]
KICKED = [  # the same with a short label over each title
    "Old town bakery",
    ENTRIES[0],
    ENTRIES[1],
    "Relay title",
    ENTRIES[2],
    "The cycling club won the regional relay again, its riders said after the race.",
]
IT = ("Frana sulla strada del passo, evacuate tre famiglie",
      "Una frana si è staccata nella notte dal costone sopra la strada del passo e i vigili del "
      "fuoco hanno fatto evacuare tre famiglie per precauzione.",
      "La strada resterà chiusa fino a quando i tecnici non avranno finito le verifiche.")
IT_ENTRIES = [
    "Il mercato dei fiori torna in piazza per la primavera",
    "Il mercato dei fiori torna in piazza sabato con cento banchi per la primavera e una "
    "mostra di",
    "La banda cittadina festeggia cento anni di concerti",
    "La banda cittadina ha festeggiato i suoi cento anni con un concerto in piazza e una "
    "sfilata per le",
]


@pytest.mark.parametrize(("parts", "tail", "language"), [
    ((TITLE, LEDE, BODY), ENTRIES, "en"),
    ((TITLE, LEDE, BODY), ["Elsewhere today", *ENTRIES], "en"),
    ((TITLE, LEDE, BODY), KICKED, "en"),
    (IT, IT_ENTRIES, "it"),
])
def test_a_list_of_other_articles_closing_the_page_is_furniture(parts, tail, language):
    c = read(page(*parts, *tail), language=language)
    assert story(c) == list(parts[1:]), rules(c)
    assert all(rules(c).get(line) == "teaser-list" for line in tail), rules(c)


STORY_TAILS = [
    # crossheads over paragraphs, every paragraph cut (a site that cuts them all)
    ["Boats reach the cut-off village",
     "Rescue teams reached the village by boat on Sunday and found the families on the",
     "Shelters open in the school",
     "The army opened two shelters in the district school for the families whose homes were"],
    # a crosshead over a paragraph that repeats its words: the story's own topic
    ["Floods: the death toll in the valley",
     "The death toll from the floods in the valley is expected to rise, officials said.",
     "Rescuers search the river banks",
     "Rescuers searched the river banks for the missing until night fell on Sunday."],
    # one title over one teaser: a crosshead over a cut paragraph as well
    ENTRIES[:2],
    # two crossheads over paragraphs, one of them cut, like a list of cut teasers
    ["Boats reach the cut-off village",
     "Rescue teams reached the village by boat on Sunday and found the families safe.",
     "Shelters open in the school",
     "The army opened two shelters in the district school for the families whose homes were"],
]


@pytest.mark.parametrize("tail", STORY_TAILS)
def test_crossheads_over_paragraphs_stay_story(tail):
    c = read(page(TITLE, LEDE, BODY, *tail), language="en")
    assert story(c) == [LEDE, BODY, *tail], rules(c)


@pytest.mark.parametrize("tail", [
    # a list of facts, a bulleted list: other passes judge them; this one takes no line
    ["Deaths: 40", "Injured: 120", "Missing: 12", "Homes destroyed: 300"],
    ["- 12 taken to the district hospital for treatment after the night",
     "- 20 taken to the shelter in the school on the hill above the river",
     "- 8 taken to the sports hall in the next town for the night"],
])
def test_lists_are_no_titles(tail):
    c = read(page(TITLE, LEDE, BODY, *tail), language="en")
    assert "teaser-list" not in rules(c).values(), rules(c)


def test_the_list_is_found_above_furniture_other_rules_removed():
    c = read(page(TITLE, LEDE, BODY, *ENTRIES, "Share on Facebook"), language="en")
    assert story(c) == [LEDE, BODY], rules(c)
    assert rules(c).get(ENTRIES[0]) == "teaser-list", rules(c)


# Runs of short lines: a ticker, a weather widget, a list of titles without teasers.
TICKER = ["10:42 Storm closes the coast road for the night",
          "10:15 Council votes on the new budget for the schools",
          "09:58 Two hurt in a crash on the ring road",
          "09:30 Police look for witnesses of a break-in at the station"]
WEATHER = ["Springfield", "Partly cloudy", "Feels like 13°", "Wind 12 km/h", "Humidity 80%",
           "Rain likely in the afternoon", "Sunrise 06:41"]
TITLES = ["Mayor opens the new bridge over the river", "Schools close early for the holidays",
          "Police warn of fake charity collectors in the town",
          "Festival returns to the castle grounds this summer"]


@pytest.mark.parametrize("run", [TICKER, WEATHER, TITLES])
def test_a_run_of_short_lines_closing_the_page_is_furniture(run):
    c = read(page(TITLE, LEDE, BODY, *run), language="en")
    assert story(c) == [LEDE, BODY], rules(c)
    assert "short-run" in rules(c).values(), rules(c)


def test_a_list_of_titles_between_paragraphs_is_furniture():
    c = read(page(TITLE, LEDE, *TITLES, BODY), language="en")
    assert story(c) == [LEDE, BODY], rules(c)
    assert all(rules(c).get(t) == "short-run" for t in TITLES), rules(c)


@pytest.mark.parametrize("run", [
    # a list of names, of names with ages, of facts: the story's own
    ["Jane Roe of Springfield", "John Doe of Shelbyville", "Mary Major of Ogdenville",
     "Richard Miles of North Haverbrook"],
    ["Jane Roe, 34, a teacher from Springfield", "John Doe, 51, a driver from Shelbyville",
     "Mary Major, 29, a nurse from Ogdenville", "Richard Miles, 62, a farmer from the valley"],
    ["Deaths: 40", "Injured: 120", "Missing: 12", "Homes destroyed: 300"],
    # three lines are no run
    TITLES[:3],
])
def test_the_story_s_lists_are_no_short_run(run):
    for parts in ((TITLE, LEDE, BODY, *run), (TITLE, LEDE, *run, BODY)):
        c = read(page(*parts), language="en")
        assert "short-run" not in rules(c).values(), rules(c)


def test_a_list_under_a_line_ending_with_a_colon_is_the_story_s():
    intro = "The council named the new projects for the valley:"
    c = read(page(TITLE, LEDE, BODY, intro, *TITLES), language="en")
    assert "short-run" not in rules(c).values(), rules(c)


FIRE = ("Fire destroys a warehouse in the harbour",
        "A fire destroyed a warehouse in the harbour district on Tuesday night, and firefighters "
        "fought the flames for six hours, the fire service said.",
        "No one was hurt, and the cause of the fire is being investigated.")
FIRE_LIST = ["Night fire at a farm", "Night Fire Destroys a Barn Near Ogdenville",
             "A night fire destroyed a barn near Ogdenville on Sunday, the farmers said.",
             "Bakery blaze downtown", "Downtown Bakery Blaze Forces Evacuation of Flats",
             "A blaze at a downtown bakery forced the evacuation of the flats above it on Monday."]


def test_a_labelled_list_about_the_same_kind_of_event_is_furniture():
    c = read(page(*FIRE, *FIRE_LIST), language="en")
    assert story(c) == list(FIRE[1:]), rules(c)
    assert all(rules(c).get(line) == "teaser-list" for line in FIRE_LIST), rules(c)


@pytest.mark.parametrize("tail", [
    # a live page's entries: a time over a title over its text
    ["10:42", "Firefighters reach the warehouse roof",
     "Firefighters reached the warehouse roof at last and fought the flames from above.",
     "11:15", "Harbour road closed to traffic",
     "The harbour road was closed to traffic while the fire service fought the warehouse fire."],
    # a section label over a crosshead over a paragraph, about the page's own event
    ["The night", "Fire service fights the warehouse flames",
     "The fire service fought the flames in the warehouse for six hours on Tuesday night.",
     "The cause", "Harbour warehouse fire investigated",
     "The fire in the harbour warehouse is being investigated by the fire service."],
])
def test_labelled_sections_of_the_story_stay_story(tail):
    c = read(page(*FIRE, *tail), language="en")
    assert "teaser-list" not in rules(c).values(), rules(c)


# A roundup of the day's accidents (round 14): each entry a place or a short title over a
# paragraph of several sentences about another accident, the last one cut with the copy. Each
# entry retells its title and is about another event than the lede, like a list of other
# articles; the paragraph of three sentences or more is what tells it (a teaser is one or two).
ROUNDUP_EN = (
    "Road deaths of the day: the morning report",
    "A cyclist was found dead by the side of the county road near Springfield late on Monday, "
    "the police said.",
    "Shelbyville, North Valley",
    "A driver of 40 died in Shelbyville in the North Valley when his van left the road at a "
    "bend. The van hit a wall and caught fire. Firefighters pulled him out, but he died there.",
    "Crash on the Ogdenville bridge",
    "Two people died on the Ogdenville bridge after a head-on crash between a lorry and a car. "
    "The lorry driver was taken to hospital. The bridge stayed closed for the")
ROUNDUP_IT = (
    "Gli incidenti mortali di oggi: il bollettino del mattino",
    "Un ciclista è stato trovato morto in serata sul bordo della provinciale vicino a Borgo "
    "Alto, hanno detto i carabinieri.",
    "Furgone fuori strada a Valfonda",
    "Un autista di 40 anni è morto a Valfonda, nel nord della provincia, quando il furgone è "
    "uscito di strada in curva. Il furgone ha urtato un muro e ha preso fuoco. I vigili del "
    "fuoco lo hanno estratto, ma è morto sul posto.",
    "Scontro sul ponte di Roccanera",
    "Due persone sono morte sul ponte di Roccanera in uno scontro frontale tra un camion e "
    "un'auto. L'autista del camion è stato portato in ospedale. Il ponte di Roccanera è "
    "rimasto chiuso per")


@pytest.mark.parametrize(("parts", "language"), [(ROUNDUP_EN, "en"), (ROUNDUP_IT, "it")])
def test_a_roundup_s_entries_of_several_sentences_stay_story(parts, language):
    c = read(page(*parts), language=language)
    assert story(c) == list(parts[1:]), rules(c)


# Titles of a closing list may end on a question mark or on a quoted phrase (round 14): the run
# of short lines is not broken there. A question as a crosshead between paragraphs is no run.
ASKING_TITLES = ["Mayor opens the new bridge over the river",
                 "Will the festival return to the castle grounds?",
                 "Council calls the parking plan 'a costly mistake'",
                 "Schools close early for the holidays"]


def test_a_closing_run_of_titles_ending_on_a_question_or_a_quote_is_furniture():
    c = read(page(TITLE, LEDE, BODY, *ASKING_TITLES), language="en")
    assert story(c) == [LEDE, BODY], rules(c)
    assert all(rules(c).get(t) == "short-run" for t in ASKING_TITLES), rules(c)


@pytest.mark.parametrize("question", ["What caused the fire?", "Why did the alarm stay silent?"])
def test_a_question_crosshead_between_paragraphs_stays_story(question):
    c = read(page(TITLE, LEDE, question, BODY), language="en")
    assert story(c) == [LEDE, question, BODY], rules(c)


# Review 1 of round 14: a story may ask its questions in a row, each on a line of its own, in
# the middle of the copy or at its end. A title's question mark no longer breaks a run of short
# lines, so the questions must not be what tells the run is titles.
STORY_QUESTIONS = ["What did the inspectors find last spring?",
                   "Why was the warning never passed on?",
                   "Who signed off on the repairs at the depot?",
                   "When will the families hear the answers?"]


@pytest.mark.parametrize("where", ["inside", "closing"])
def test_a_story_s_questions_in_a_row_stay_story(where):
    parts = (LEDE, *STORY_QUESTIONS, BODY) if where == "inside" else (LEDE, BODY,
                                                                        *STORY_QUESTIONS)
    c = read(page(TITLE, *parts), language="en")
    assert story(c) == list(parts), rules(c)
