"""Spfur16's furniture other than captions left in the story (issue 13).

* a topic kicker of one to three words right over the title, a function word in it or not
  ("Tragedy at sea" / title): navigation (``head``, kicker).

Invented pages in the shapes real pages print; each removed shape beside the near shapes that
stay story. Each test of a removed shape fails without its rule (the line stayed story).
"""

from __future__ import annotations

import pytest

from tests.conservation import BODY, LEDE, TITLE, page, read, rules, story

URL = "https://www.valleynews.example/2031/11/04/floods-kill-40-in-the-valley/"

LEDE_DE = ("Bei einem Hochwasser im Tal von Kelmbach sind am Samstag mindestens 40 Menschen ums "
           "Leben gekommen, wie die Behörden der Region mitteilten.")
TITLE_DE = "Mindestens 40 Tote bei Hochwasser im Tal von Kelmbach"
LEDE_ES = ("Al menos 40 personas murieron el sábado en las inundaciones del valle de Kelmar, "
           "según informaron las autoridades regionales.")
TITLE_ES = "Al menos 40 muertos por las inundaciones en el valle de Kelmar"


# --- a kicker of one to three words right over the title --------------------------------------

@pytest.mark.parametrize("kicker,title,lede,language", [
    ("Drama im Tal", TITLE_DE, LEDE_DE, "de"),
    ("In Short", TITLE, LEDE, "en"),
    ("Es noticia", TITLE_ES, LEDE_ES, "es"),
    ("What we know", TITLE, LEDE, "en"),
])
def test_a_short_kicker_right_over_the_title_is_navigation(kicker, title, lede, language):
    """Fails without the kicker rule: a kicker with a function word in it stayed story."""
    c = read(page(kicker, title, lede, BODY), url=URL, language=language)
    assert c.headline == title
    assert rules(c).get(kicker) == "kicker" and kicker not in story(c)
    assert story(c) == [lede, BODY]


@pytest.mark.parametrize("line", [
    "Tragedy in the valley",  # four words: a phrase, kept
    "Why now?",  # a question over the title
    "Floods, rain,",  # a list cut at a comma
    "Saturday's toll: 40",  # a figure
    "The valley mourns.",  # a sentence
])
def test_near_shapes_over_the_title_stay_story(line):
    c = read(page(line, TITLE, LEDE, BODY), url=URL)
    assert c.headline == TITLE
    assert rules(c).get(line) != "kicker"


def test_a_short_line_two_blocks_above_the_title_is_no_kicker():
    """Only the line right over the title: a short line above a subtitle line is left alone."""
    c = read(page("In the valley", "Rescue crews return to the flooded streets of Kelmport",
                  TITLE, LEDE, BODY), url=URL)
    assert rules(c).get("In the valley") != "kicker"
