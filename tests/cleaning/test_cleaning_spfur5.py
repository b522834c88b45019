"""Shapes of pool35, the fresh pages of the fifth furniture round (two rail accidents,
en de fr it es), in invented snippets, each beside a neighbour that must stay as it is:

* a title ending on a full stop over a "View Comments" button: the comments have not begun,
  the story under it stays (``passes.mark_comments``);
* a kicker asking a question over the title, the title under it (``headline.choose``,
  ``_kicker_question``);
* a summary box's points under its label, on a page that prints no title: a point is no title
  (``headline.choose``), and the box's label on the page's first line is
  furniture (``shallow.mark_bare_head``).
"""

from __future__ import annotations

import pytest

from tests.conservation import read, rules, story

# --- "View Comments" under a title that ends on a full stop -------------------------------------

PARAGRAPHS = [
    "At least six people were hurt when a tram left the rails in Eastbrook on Friday evening, "
    "the city's transit authority said.",
    "Two of the four cars tipped onto their sides near the depot, and firefighters freed three "
    "riders who were trapped inside.",
    "The line will stay closed through the weekend while inspectors examine the switch, a "
    "spokesman for the authority said on Saturday.",
]


@pytest.mark.parametrize("button", ["View Comments", "Show comments", "See all comments"])
def test_a_comments_button_under_a_title_ending_on_a_full_stop_opens_no_comments(button):
    title = "The Eastbrook tram crash hurt six. Here's what we know so far."
    c = read("\n\n".join([title, "Staff report", button, *PARAGRAPHS]) + "\n")
    assert story(c)[-3:] == PARAGRAPHS, rules(c)
    assert rules(c).get(button) == "comments-heading"


def test_comments_after_the_story_still_take_the_rest_of_the_page():
    page = "\n\n".join(["Tram leaves the rails in Eastbrook", *PARAGRAPHS, "View Comments",
                        "So glad nobody was killed, the switch there has been loose for years",
                        "Thoughts to the riders and their families"]) + "\n"
    c = read(page)
    assert story(c) == PARAGRAPHS, rules(c)


# --- a summary box on a page with no title ------------------------------------------------------

BOXES = [
    # (language, address, label, points, a paragraph under the box)
    ("de", "https://www.tagblatt-am-see.example/ausland/faehre-auf-grund-gelaufen-viele-"
           "verletzte-id55512345.html",
     "Zusammenfassung",
     ["- Fähre vor Lindenau auf Grund gelaufen",
      "- Zwölf Fahrgäste leicht verletzt",
      "- Die Ursache ist noch unklar"],
     "Die Fähre war am Samstagmorgen mit rund 60 Fahrgästen an Bord auf eine Sandbank "
     "gelaufen, wie die Wasserschutzpolizei am Abend mitteilte."),
    ("en", "https://www.harbour-courier.example/news/ferry-runs-aground-off-lindenau-"
           "dozen-hurt-555123",
     "Key points",
     ["• Ferry runs aground off Lindenau",
      "• Twelve passengers slightly hurt",
      "• The cause is not yet known"],
     "The ferry was carrying about 60 passengers when it struck a sandbank early on Saturday, "
     "the river police said in the evening."),
]


@pytest.mark.parametrize(("language", "url", "label", "points", "paragraph"), BOXES)
def test_a_summary_box_on_a_page_with_no_title(language, url, label, points, paragraph):
    c = read("\n".join([label, *points, paragraph]) + "\n", url=url, language=language)
    assert c.headline not in points, c.headline
    assert story(c) == [*points, paragraph], rules(c)
    assert rules(c).get(label) == "top-label"


def test_a_crosshead_of_a_few_words_between_paragraphs_stays():
    lede = ("Zwölf Fahrgäste sind am Samstag bei der Havarie einer Fähre vor Lindenau leicht "
            "verletzt worden, wie die Polizei mitteilte.")
    after = ("Die Fähre lag am Abend noch auf der Sandbank, ein Schlepper soll sie am Sonntag "
             "freiziehen, sagte ein Sprecher der Reederei.")
    c = read("\n".join(["Fähre läuft vor Lindenau auf Grund", lede, "Bergung am Sonntag",
                        after]) + "\n", language="de")
    assert story(c) == [lede, "Bergung am Sonntag", after], rules(c)


def test_a_title_over_its_lede_stays_the_title_whatever_the_dash():
    # a title opening with a dash that is no list's marker ("-40 °C" is a figure, "–" a dash)
    c = read("Ferry runs aground off Lindenau, twelve hurt\n" + PARAGRAPHS[0] + "\n")
    assert c.headline == "Ferry runs aground off Lindenau, twelve hurt"


# --- a kicker asking a question over the title --------------------------------------------------

def test_a_kicker_question_over_the_title_is_story_and_the_title_the_headline():
    title = "Tram leaves the rails in Eastbrook: six hurt"
    c = read("\n".join(["Brakes to blame?", title, *PARAGRAPHS]) + "\n",
             url="https://www.tagesecho.example/4412345")
    assert c.headline == title, rules(c)
    assert story(c) == ["Brakes to blame?", *PARAGRAPHS]


def test_a_question_title_over_a_subtitle_that_is_a_sentence_stays_the_title():
    subtitle = "The city and the tram operator argue over a repair bill that could reach millions."
    c = read("\n".join(["Who pays for the tram?", subtitle, *PARAGRAPHS]) + "\n",
             url="https://www.tagesecho.example/4412346")
    assert c.headline == "Who pays for the tram?", rules(c)
    assert story(c) == [subtitle, *PARAGRAPHS]
