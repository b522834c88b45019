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
