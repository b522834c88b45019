"""Near shapes of fur5's rules (the review of this stop): lines the story announces with a
colon, which repeat words and end on dates, are its own chronology; an interview's turns, a
name over each answer and questions between, are a transcript; advice above the story that
names its place is a service standfirst. All stay story; a list of other articles with one
label over each entry still goes. Invented pages."""

from __future__ import annotations

from tests.conservation import page, read, rules, story

LEDE = ("The stream broke its banks again on Sunday and flooded the lower streets of Lower Town, "
        "the council said.")
LAST = "The council said it would ask the region for money to raise the banks before winter."


def test_a_chronology_the_story_announces_stays():
    told = "Residents listed the earlier floods for the council:"
    dated = [f"The stream flooded Mill Lane on {d}" for d in
             ("June 2, 2016", "May 30, 2019", "July 4, 2021")]
    c = read(page("Floods return to Lower Town", LEDE, told, *dated, LAST))
    assert story(c) == [LEDE, told, *dated, LAST]


def test_an_interviews_turns_stay():
    turns = ["Maria Lopes", "Before dawn on Sunday, and it rose for six more hours after that.",
             "Reporter", "Did anyone come to help you?",
             "Maria Lopes", "Neighbours came with a tractor and took the animals up the hill.",
             "Reporter", "Will you stay after all this?",
             "Maria Lopes", "We have lived here for forty years and will rebuild the barn first."]
    c = read(page("A farmer on the flood", LEDE, "When did the water reach the house?", *turns))
    assert not [b for b, rule in rules(c).items() if rule == "marked-list"]
    assert "We have lived here for forty years and will rebuild the barn first." in story(c)


def test_a_list_with_a_label_over_each_entry_still_goes():
    entries = ["Politics", "Council votes money for new flood walls in the old port",
               "Politics", "Mayor names a new head for the roads department",
               "Politics", "Opposition asks for an inquiry into the bridge repairs"]
    c = read(page("Floods return to Lower Town", LEDE, LAST, *entries))
    assert story(c) == [LEDE, LAST]
    assert {rules(c)[e] for e in entries} == {"marked-list"}


def test_advice_naming_the_storys_place_above_it_is_a_standfirst():
    """fur5's box above the story (a site's welcome or supporters' prompt) is no service
    standfirst that names the story's place, though it speaks to the reader."""
    advice = ["If you live in Lower Town, move your car to higher ground before nightfall.",
              "You should also keep your phone charged and check on elderly neighbours."]
    lede = ("The river is expected to peak in Lower Town around midnight, the county's flood "
            "office said on Sunday.")
    c = read(page("Floods expected in Lower Town tonight", *advice,
                  "Photo: Ana Smit / Reuters", lede, LAST))
    assert story(c) == [*advice, lede, LAST]
