"""Spfur16's furniture other than captions left in the story (issue 13).

* a topic kicker of one to three words right over the title, a function word in it or not
  ("Tragedy at sea" / title): navigation (``head``, kicker);
* a stamp's label and its clock time in a short line that ends no sentence ("ACTUALIZACIÓN A
  LAS 12:35 HORAS", a byline, "Updated 10:49h." and share buttons on one line): a date stamp,
  never the headline (``rules/stamps``, labelled-time).

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


# --- a stamp's label and its clock time in a short line -----------------------------------------

@pytest.mark.parametrize("line,language", [
    ("ACTUALIZACIÓN A LAS 12:35 HORAS", "es"),
    ("Actualizado a las 9:05 horas", "es"),
    ("R. Olmedo Kelmar Sábado, 4 de mayo de 2031, 09:46 | Actualizado 10:49h. Compartir", "es"),
    ("T. Orvell Kelmport Friday, 4 May 2031, 09:46 | Updated 10:49h. Share Copy link", "en"),
])
def test_a_stamp_label_with_its_time_is_a_date_stamp_never_the_title(line, language):
    """Fails without labelled-time: the stamp was taken for the headline (or kept as story)."""
    lede = LEDE_ES if language == "es" else LEDE
    c = read(page(line, lede, BODY), url=URL, language=language)
    assert c.headline != line
    assert rules(c).get(line) == "labelled-time" and line not in story(c)
    c = read(page(TITLE, lede, line, BODY), url=URL, language=language)
    assert rules(c).get(line) == "labelled-time"


@pytest.mark.parametrize("line,language", [
    ("El balance fue actualizado a las 12:35 horas por la policía", "es"),  # a label in lower case
    ("Updated at 14:30, the toll stood at 40 dead in the valley.", "en"),  # a sentence
    ("The toll was updated at 14:30 by the regional health office", "en"),
    ("Officials updated the figures after the 14:30 briefing", "en"),  # no time right after it
])
def test_a_story_line_with_an_update_and_a_time_stays(line, language):
    c = read(page(TITLE, LEDE, line, BODY), url=URL, language=language)
    assert line in story(c)


@pytest.mark.parametrize("line,language", [
    ("Update 14:30 – Toll rises to five as a worker dies in hospital", "en"),
    ("Mise à jour 14h30 : le bilan s'alourdit à cinq morts", "fr"),
    ("Actualización 14:30 - El balance asciende a cinco muertos tras morir un herido", "es"),
    ("Updated at 16:00 the council opened a centre for the families", "en"),
])
def test_a_live_entry_after_its_stamp_stays_story(line, language):
    """Fails without ``_entry_after`` (rev41): a live page's entry, its title after the stamp's
    dash or colon or the sentence the label opens without its full stop, was taken whole as a
    date stamp and its news lost. The stamps above, buttons after a full stop or a bar, stay
    date stamps (``test_a_stamp_label_with_its_time_is_a_date_stamp_never_the_title``)."""
    lede = LEDE_ES if language == "es" else LEDE
    c = read(page(TITLE, lede, line, BODY), url=URL, language=language)
    assert line in story(c)


@pytest.mark.parametrize("line", ["T. Orvell Kelmport 09:46 | Updated 10:49 – Share",
                                  "R. Olmedo Kelmar 09:46 | Actualizado 10:49 - Compartir"])
def test_a_button_after_the_stamps_dash_leaves_it_a_stamp(line):
    c = read(page(TITLE, LEDE, line, BODY), url=URL)
    assert rules(c).get(line) == "labelled-time"
