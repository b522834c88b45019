"""A sentence closed on a capital letter's name ("… в корпусе Б.", "… στον τομέα Β.") ends the
copy in every cased script: excerpt._FALSE_END's lower-case letter is lower case by the letter's
own case, not by the Latin capitals it listed (the rev39 review: a Cyrillic or Greek capital
passed for a lower-case abbreviation and a whole copy was flagged as cut). Fails without
excerpt._false_end's case check; the lower-case abbreviation stays a false end. Invented text."""

from __future__ import annotations

import pytest

from tests.conservation import read

RU = ["Пожар на складе в Тарнвике",
      "Три человека погибли во вторник при пожаре на складе в Тарнвике, сообщили спасатели.",
      "Огонь потушили к утру, пострадавших доставили в больницу."]
EL = ["Πυρκαγιά σε αποθήκη στο Τάρνβικ",
      "Τρεις άνθρωποι σκοτώθηκαν την Τρίτη σε πυρκαγιά σε αποθήκη στο Τάρνβικ, ανέφερε η "
      "πυροσβεστική.",
      "Η φωτιά έσβησε το πρωί και οι τραυματίες μεταφέρθηκαν στο νοσοκομείο."]


@pytest.mark.parametrize("page,last,lang", [
    (RU, "Раненых разместили в корпусе Б.", "ru"),
    (EL, "Οι τραυματίες νοσηλεύονται στην πτέρυγα Β.", "el"),
])
def test_a_sentence_closed_on_a_capital_letter_ends_the_copy(page, last, lang):
    c = read("\n\n".join(page + [last]) + "\n", language=lang)
    assert not c.excerpt, c.excerpt_reason


def test_a_lower_case_abbreviation_still_ends_no_copy():
    c = read("\n\n".join(RU + ["Раненых разместили в корпусе б."]) + "\n", language="ru")
    assert c.excerpt and "mid-sentence" in c.excerpt_reason
