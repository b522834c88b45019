"""Review 21's cleaning leftovers, in invented pages: a story sentence that lost its full stop and
ends on a wire's name is not a picture's caption. Every case is conserved (tests.conservation);
beside each, the caption it was written for still goes."""

from __future__ import annotations

import pytest

from tests.conservation import BODY, LEDE, TITLE, page, read, rules, story


@pytest.mark.parametrize("line", [
    "The rescue teams reached the village of Varn on Monday, 12 hours after the flood, said "
    "officials in Kelm - AFP",
    "Die Helfer erreichten das Dorf Varn am Montag, zwölf Stunden nach der Flut, sagte ein "
    "Sprecher der Polizei in Kelm - dpa",
    "Les secours ont atteint le village de Varn lundi, douze heures après la crue, a déclaré "
    "le maire de Kelm - AFP",
])
def test_a_sentence_with_its_speech_verb_closed_by_a_wire_name_stays_story(line):
    lang = {"Die": "de", "Les": "fr"}.get(line.split()[0], "en")
    c = read(page(TITLE, LEDE, line, BODY), language=lang)
    assert line in story(c)


@pytest.mark.parametrize("line", [
    "Rescuers search the rubble of a house in Varn, Kelm province, on March 9, 2031 - AFP",
    "Rescue workers carry a survivor out of the river in Varn on 9 March 2031 Reuters",
])
def test_a_caption_closed_by_its_wire_name_still_goes(line):
    c = read(page(TITLE, LEDE, line, BODY))
    assert rules(c).get(line) == "wire-name-tail"


# --- review 22: a list announced by the last sentence is the story's only when it is a list of
# short names, not links to other stories or a site's menu ------------------------------------

@pytest.mark.parametrize("intro, items", [
    ("Ces contenus pourraient également vous intéresser, selon vos lectures:",
     ["Crues dans la Varne", "Le bilan s'alourdit", "Météo du week-end"]),
    ("Follow our coverage of the floods in the valley on social media:",
     ["Facebook", "Twitter", "Instagram", "Home", "About us", "Contact"]),
])
def test_links_or_a_menu_after_a_colon_are_still_furniture(intro, items):
    c = read(page(TITLE, LEDE, BODY, intro, *items))
    kept = story(c)
    assert not any(item in kept for item in items)


# --- review 22: a stamp glued after the title, not after a story sentence ------------------------

@pytest.mark.parametrize("line", [
    "Bislang wurden 40 Tote geborgen, teilte die Feuerwehr mit, Stand: 14.05.2031 09:15 Uhr",
    "Die Behörden nannten als Datum: 14.05.2031 09:15 Uhr",
])
def test_a_sentence_ending_on_a_labelled_date_and_time_stays_whole(line):
    c = read(page(TITLE, LEDE, BODY, line, BODY.replace("Sunday", "Monday")), language="de")
    assert line in story(c)


@pytest.mark.parametrize("dateline", ["Kiew (dpa)", "Rom (dpa)", "Paris (AFP)"])
def test_a_dateline_alone_on_its_line_is_not_an_editors_signature(dateline):
    """The editors' initials before bracketed agencies are lower case ("ab/cd (dpa, AFP)"); a
    place is not (review 22: "Kiew (dpa)" was read as initials and an agency credit)."""
    assert dateline in story(read(page(TITLE, LEDE, dateline, BODY)))
